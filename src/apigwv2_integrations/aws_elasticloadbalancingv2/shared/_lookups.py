"""Load balancers and listeners the CDK CLI looks up: the context lookups and aws-cdk-lib's dummy answers."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_ec2 import ISecurityGroup, SecurityGroup
from ...core.construct import Construct
from ...core.context_provider import ContextProvider
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

_LOAD_BALANCER_PROVIDER = "load-balancer"
_LISTENER_PROVIDER = "load-balancer-listener"
_DUMMY_ARN = "arn:aws:elasticloadbalancing:us-west-2:123456789012:{}/{}/my-load-balancer/50dc6c495c0c9188"


@lazy_frozen(kw_only=True)
class LookedUpLoadBalancerAttributes(metaclass=LazyAttrsMeta):
    """What a load balancer lookup answers, as the imported load balancer takes it (its VPC comes later)."""

    load_balancer_arn: str
    load_balancer_canonical_hosted_zone_id: str
    load_balancer_dns_name: str
    vpc: Any = None

    @staticmethod
    def of(found: Mapping[str, Any]) -> LookedUpLoadBalancerAttributes:
        return LookedUpLoadBalancerAttributes(
            load_balancer_arn=found["loadBalancerArn"],
            load_balancer_canonical_hosted_zone_id=found["loadBalancerCanonicalHostedZoneId"],
            load_balancer_dns_name=found["loadBalancerDnsName"],
        )


def _dummy_load_balancer(kind: str) -> dict[str, Any]:
    return {
        "ipAddressType": "dualstack",
        "loadBalancerArn": _DUMMY_ARN.format("loadbalancer", kind),
        "loadBalancerCanonicalHostedZoneId": "Z3DZXE0EXAMPLE",
        "loadBalancerDnsName": "my-load-balancer-123456789012.us-west-2.elb.amazonaws.com",
        "securityGroupIds": ["sg-1234"],
        "vpcId": "vpc-12345",
    }


def _dummy_listener(kind: str) -> dict[str, Any]:
    return {
        "listenerArn": _DUMMY_ARN.format("listener", kind) + "/f2f7dc8efc522ab2",
        "listenerPort": 80,
        "securityGroupIds": ["sg-123456789012"],
    }


def _lookup(
    scope: Construct,
    id: str,
    provider: str,
    props: dict[str, Any],
    dummy: dict[str, Any],
    needs: tuple[str, ...],
) -> dict[str, Any]:
    """The CLI's answer for a lookup (properties in name order, as aws-cdk-lib sends them), or the dummy."""
    if any(Token.is_unresolved(value) for value in props.values() if isinstance(value, (str, int, float))):
        raise ValidationError(
            scope, f"the lookup {id!r} got a token; every argument of a lookup must be known at synth"
        )
    ordered = {name: props[name] for name in sorted(props) if props[name] is not None}
    value = ContextProvider.get_value(scope, provider=provider, props=ordered, dummy_value=dummy).value
    if not isinstance(value, Mapping) or any(name not in value for name in needs):
        raise ValidationError(
            scope,
            f"the context value of the lookup {id!r} is {value!r}, which lacks {', '.join(needs)}; clear it "
            "from cdk.context.json so the CLI looks it up again",
        )
    return dict(value)


def _tags(tags: Mapping[str, str] | None) -> list[dict[str, str]] | None:
    return [{"key": key, "value": value} for key, value in tags.items()] if tags else None


def lookup_load_balancer(
    scope: Construct, id: str, kind: str, arn: str | None, tags: Mapping[str, str] | None
) -> dict[str, Any]:
    """A load balancer of `kind` ("application" or "network") found by ARN or tags."""
    if arn is None and not tags:
        raise ValidationError(
            scope,
            f"the load balancer lookup {id!r} has neither load_balancer_arn nor load_balancer_tags; give one",
        )
    props = {"loadBalancerArn": arn, "loadBalancerTags": _tags(tags), "loadBalancerType": kind}
    needs = ("loadBalancerArn", "loadBalancerDnsName", "loadBalancerCanonicalHostedZoneId", "vpcId")
    return _lookup(scope, id, _LOAD_BALANCER_PROVIDER, props, _dummy_load_balancer(kind), needs)


def lookup_listener(
    scope: Construct,
    id: str,
    kind: str,
    *,
    listener_arn: str | None = None,
    listener_port: float | None = None,
    listener_protocol: str | None = None,
    load_balancer_arn: str | None = None,
    load_balancer_tags: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A listener of a load balancer of `kind`: by its ARN, or by its load balancer, port and protocol."""
    if listener_arn is None and load_balancer_arn is None and not load_balancer_tags:
        raise ValidationError(
            scope,
            f"the listener lookup {id!r} has no listener_arn, load_balancer_arn or load_balancer_tags; "
            "give one",
        )
    props = {
        "listenerArn": listener_arn,
        "listenerPort": listener_port,
        "listenerProtocol": listener_protocol,
        "loadBalancerArn": load_balancer_arn,
        "loadBalancerTags": _tags(load_balancer_tags),
        "loadBalancerType": kind,
    }
    return _lookup(
        scope, id, _LISTENER_PROVIDER, props, _dummy_listener(kind), ("listenerArn", "listenerPort")
    )


def looked_up_security_groups(scope: Construct, group_ids: list[str], by_index: bool) -> list[ISecurityGroup]:
    """The groups of a looked-up load balancer or listener, each looked up by id (`SecurityGroup-<id>`,
    or `SecurityGroup-<index>` for a network load balancer, as aws-cdk-lib names them)."""
    return [
        SecurityGroup.from_lookup_by_id(scope, f"SecurityGroup-{index if by_index else group_id}", group_id)
        for index, group_id in enumerate(group_ids)
    ]
