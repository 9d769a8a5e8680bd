"""SecurityGroup: inbound and outbound rules, inline where aws-cdk-lib inlines them, else as resources."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..cfn.aws_ec2 import (
    CfnSecurityGroup,
    CfnSecurityGroupEgress,
    CfnSecurityGroupIngress,
    SecurityGroupReference,
)
from ..core.annotations import Annotations
from ..core.construct import Construct, Node
from ..core.context_provider import ContextProvider
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.names import Names
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from ._vpc_types import IVpc
from .connections import Connections
from .peer import IPeer, Peer
from .port import Port

if TYPE_CHECKING:
    from typing import Any

_CAMEL_BOUNDARY = re.compile(r"([A-Z])")

_ALLOW_ALL_RULE = {
    "cidrIp": "0.0.0.0/0",
    "description": "Allow all outbound traffic by default",
    "ipProtocol": "-1",
}
_ALLOW_ALL_IPV6_RULE = {
    "cidrIpv6": "::/0",
    "description": "Allow all outbound ipv6 traffic by default",
    "ipProtocol": "-1",
}
# EC2 adds an implicit "allow all" egress rule to a group without egress rules; this rule matches
# nothing and keeps that from happening.
_MATCH_NO_TRAFFIC = {
    "cidrIp": "255.255.255.255/32",
    "description": "Disallow all traffic",
    "ipProtocol": "icmp",
    "fromPort": 252,
    "toPort": 86,
}
# The fields that make two inline rules the same rule. As in aws-cdk-lib, the description is not one
# of them: the first rule added for a peer and port wins, whatever the later ones' descriptions say.
_RULE_KEYS_INGRESS = (
    "cidrIp",
    "cidrIpv6",
    "fromPort",
    "toPort",
    "ipProtocol",
    "sourceSecurityGroupId",
    "sourceSecurityGroupName",
    "sourceSecurityGroupOwnerId",
)
_RULE_KEYS_EGRESS = (
    "cidrIp",
    "cidrIpv6",
    "fromPort",
    "toPort",
    "ipProtocol",
    "destinationPrefixListId",
    "destinationSecurityGroupId",
)


# The keys a peer's rule config may give, as the rule properties of CloudFormation name them in camelCase;
# aws-cdk-lib does not see other keys (snake_case ones included).
_PEER_KEYS_INGRESS = frozenset(
    (*_RULE_KEYS_INGRESS, "description", "sourcePrefixListId", "sourceSecurityGroupName")
)
_PEER_KEYS_EGRESS = frozenset((*_RULE_KEYS_EGRESS, "description"))


def _snake_case(key: str) -> str:
    return _CAMEL_BOUNDARY.sub(r"_\1", key).lower()


def _cfn_rule(rule: dict[str, Any]) -> dict[str, Any]:
    """An inline rule with CloudFormation's keys, in the sorted order aws-cdk-lib renders."""
    rendered = {key[:1].upper() + key[1:]: value for key, value in rule.items() if value is not None}
    return dict(sorted(rendered.items()))


def _rules_equal(a: dict[str, Any], b: dict[str, Any], keys: tuple[str, ...]) -> bool:
    return all(a.get(key) == b.get(key) for key in keys)


def _is_all_traffic(rule: dict[str, Any]) -> bool:
    return (rule.get("cidrIp") == "0.0.0.0/0" or rule.get("cidrIpv6") == "::/0") and rule.get(
        "ipProtocol"
    ) == "-1"


class _ISecurityGroupRef(Protocol):
    """What aws_cdk's ISecurityGroupRef adds to a security group. An app's own ISecurityGroup class may
    leave it out, as aws_cdk's binding lets it (only code that reads the reference needs it)."""

    @property
    def security_group_ref(self) -> SecurityGroupReference:
        """A reference to the group: its id."""
        ...


@runtime_checkable
class ISecurityGroup(IResource, _ISecurityGroupRef, Protocol):
    """A security group, defined here or imported."""

    @property
    def node(self) -> Node:
        """The group's construct node."""
        ...

    @property
    def security_group_id(self) -> str:
        """The group's id."""
        ...

    @property
    def allow_all_outbound(self) -> bool:
        """Whether the group allows all IPv4 outbound traffic."""
        ...

    @property
    def connections(self) -> Connections:
        """The group's network connections."""
        ...

    @property
    def unique_id(self) -> str:
        """A unique id of the group, used in rule ids."""
        ...

    @property
    def can_inline_rule(self) -> bool:
        """Whether rules naming this group can be inlined in another group (never)."""
        ...

    def add_ingress_rule(
        self, peer: IPeer, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow inbound traffic from `peer` on `connection`."""
        ...

    def add_egress_rule(
        self, peer: IPeer, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow outbound traffic to `peer` on `connection`."""
        ...

    def to_ingress_rule_config(self) -> dict[str, Any]:
        """The source fields of an ingress rule naming this group."""
        ...

    def to_egress_rule_config(self) -> dict[str, Any]:
        """The destination fields of an egress rule naming this group."""
        ...


class _SecurityGroupBase(Resource):
    """Rules as separate `SecurityGroupIngress` / `SecurityGroupEgress` resources, named by peer and port."""

    can_inline_rule = False
    security_group_id: str
    allow_all_outbound: bool
    allow_all_ipv6_outbound: bool
    default_port: Port | None = None

    @property
    def security_group_ref(self) -> SecurityGroupReference:
        """A reference to the group: its id."""
        return SecurityGroupReference(security_group_id=self.security_group_id)

    def __init__(self, scope: Construct, id: str, *, physical_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=physical_name)
        self._peer_token_count = 0
        self.connections = Connections(security_groups=[self])

    @property
    def unique_id(self) -> str:
        """The group's unique id (its path as a logical-ID-like string)."""
        return Names.unique_id(self)

    @staticmethod
    def is_security_group(x: Any) -> bool:
        """True when `x` is a security group of this package."""
        return isinstance(x, _SecurityGroupBase)

    def to_ingress_rule_config(self) -> dict[str, Any]:
        """The source fields of an ingress rule naming this group."""
        return {"sourceSecurityGroupId": self.security_group_id}

    def to_egress_rule_config(self) -> dict[str, Any]:
        """The destination fields of an egress rule naming this group."""
        return {"destinationSecurityGroupId": self.security_group_id}

    def add_ingress_rule(
        self, peer: IPeer, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow inbound traffic from `peer` on `connection` (a separate resource)."""
        self._add_rule_resource(peer, connection, description, remote_rule, is_ingress=True)

    def add_egress_rule(
        self, peer: IPeer, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow outbound traffic to `peer` on `connection` (a separate resource)."""
        self._add_rule_resource(peer, connection, description, remote_rule, is_ingress=False)

    def _add_rule_resource(
        self,
        peer: IPeer,
        connection: Port,
        description: str | None,
        remote_rule: bool | None,
        *,
        is_ingress: bool,
    ) -> None:
        """The rule's `SecurityGroupIngress`/`SecurityGroupEgress` resource, once per peer and port."""
        direction = "from" if is_ingress else "to"
        if description is None:
            description = f"{direction} {peer.unique_id}:{connection}"
        scope, rule_id = self._rule_scope(peer, connection, direction, remote_rule)
        if scope.node.try_find_child(rule_id) is not None:
            return
        peer_fields = self._peer_rule_config(peer, is_ingress=is_ingress)
        fields = {
            _snake_case(key): value for key, value in {**peer_fields, **connection.to_rule_json()}.items()
        }
        if is_ingress:
            CfnSecurityGroupIngress(
                scope, rule_id, group_id=self.security_group_id, description=description, **fields
            )
        else:
            CfnSecurityGroupEgress(
                scope, rule_id, group_id=self.security_group_id, description=description, **fields
            )

    def _peer_rule_config(self, peer: IPeer, *, is_ingress: bool) -> dict[str, Any]:
        """The source (ingress) or destination (egress) fields `peer` gives a rule, read as aws_cdk reads
        them: a dict whose camelCase rule-property keys count (other keys are not seen)."""
        config = peer.to_ingress_rule_config() if is_ingress else peer.to_egress_rule_config()
        if not isinstance(config, Mapping):
            method = "to_ingress_rule_config" if is_ingress else "to_egress_rule_config"
            raise ArgumentTypeError(
                f"{self.node.path}: {type(peer).__name__}.{method}() returned {config!r}; return a dict of "
                "rule fields with camelCase keys, such as {'cidrIp': '10.0.0.0/16'}"
            )
        allowed = _PEER_KEYS_INGRESS if is_ingress else _PEER_KEYS_EGRESS
        return {key: value for key, value in config.items() if key in allowed}

    def _rule_scope(
        self, peer: IPeer, connection: Port, direction: str, remote_rule: bool | None
    ) -> tuple[Construct, str]:
        if remote_rule and isinstance(peer, _SecurityGroupBase) and Stack.of(self) is not Stack.of(peer):
            # A rule about a group in another stack lives in that stack, next to the peer.
            reversed_direction = "to" if direction == "from" else "from"
            return peer, f"{self.unique_id}:{connection} {reversed_direction}"
        # aws-cdk-lib replaces only the first "/" of the id.
        return self, f"{direction} {self._render_peer(peer)}:{connection}".replace("/", "_", 1)

    def _render_peer(self, peer: IPeer) -> str:
        if Token.is_unresolved(peer.unique_id):
            # Each token peer gets its own id, so that distinct rules are not taken for duplicates.
            count = self._peer_token_count
            self._peer_token_count += 1
            return f"'{{IndirectPeer{count + 1}}}'" if count else "{IndirectPeer}"
        return peer.unique_id

    def __str__(self) -> str:
        return self.node.path


@lazy_frozen(kw_only=True)
class SecurityGroupProps(metaclass=LazyAttrsMeta):
    """Properties of a SecurityGroup."""

    vpc: IVpc
    """The VPC of the group."""
    allow_all_ipv6_outbound: bool | None = None
    """Allow all IPv6 outbound traffic. Default: false."""
    allow_all_outbound: bool | None = None
    """Allow all IPv4 outbound traffic; egress rules added later are ignored then. Default: true."""
    description: str | None = None
    """The group's description. Default: the construct path."""
    disable_inline_rules: bool | None = None
    """Render every rule as a separate resource. Default: false."""
    security_group_name: str | None = None
    """The group's name. Default: generated by CloudFormation."""


@lazy_frozen(kw_only=True)
class SecurityGroupImportOptions(metaclass=LazyAttrsMeta):
    """Options of an imported security group."""

    allow_all_ipv6_outbound: bool | None = None
    """Whether the group allows all IPv6 outbound traffic. Default: false."""
    allow_all_outbound: bool | None = None
    """Whether the group allows all IPv4 outbound traffic; egress rules are added only when false.

    Default: true.
    """
    mutable: bool | None = None
    """Whether rules may be added to the group. Default: true."""


class SecurityGroup(_SecurityGroupBase):
    """A security group (`AWS::EC2::SecurityGroup`) with inline rules where possible."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        allow_all_ipv6_outbound: bool | None = None,
        allow_all_outbound: bool | None = None,
        description: str | None = None,
        disable_inline_rules: bool | None = None,
        security_group_name: str | None = None,
    ) -> None:
        props = SecurityGroupProps(
            vpc=vpc,
            allow_all_ipv6_outbound=allow_all_ipv6_outbound,
            allow_all_outbound=allow_all_outbound,
            description=description,
            disable_inline_rules=disable_inline_rules,
            security_group_name=security_group_name,
        )
        super().__init__(scope, id, physical_name=props.security_group_name)
        self._direct_ingress_rules: list[dict[str, Any]] = []
        self._direct_egress_rules: list[dict[str, Any]] = []
        self.allow_all_outbound = props.allow_all_outbound is not False
        self.allow_all_ipv6_outbound = bool(props.allow_all_ipv6_outbound)
        if props.disable_inline_rules is not None:
            self._disable_inline_rules = props.disable_inline_rules
        else:
            self._disable_inline_rules = bool(
                self.node.try_get_context("@aws-cdk/aws-ec2.securityGroupDisableInlineRules")
            )
        self._security_group = CfnSecurityGroup(
            self,
            "Resource",
            group_name=props.security_group_name,
            group_description=props.description or self.node.path,
            security_group_ingress=Lazy.any(
                lambda: [_cfn_rule(r) for r in self._direct_ingress_rules], omit_empty_array=True
            ),
            security_group_egress=Lazy.any(
                lambda: [_cfn_rule(r) for r in self._direct_egress_rules], omit_empty_array=True
            ),
            vpc_id=props.vpc.vpc_id,
        )
        self.security_group_id: str = self._security_group.attr_group_id
        self.security_group_vpc_id: str = Token.as_string(self._security_group.get_att("VpcId"))
        self._add_default_egress_rule()
        self._add_default_ipv6_egress_rule()

    @staticmethod
    def from_security_group_id(
        scope: Construct,
        id: str,
        security_group_id: str,
        *,
        allow_all_ipv6_outbound: bool | None = None,
        allow_all_outbound: bool | None = None,
        mutable: bool | None = None,
    ) -> ISecurityGroup:
        """An existing security group; rules added to it become separate resources unless `mutable=False`."""
        options = SecurityGroupImportOptions(
            allow_all_ipv6_outbound=allow_all_ipv6_outbound,
            allow_all_outbound=allow_all_outbound,
            mutable=mutable,
        )
        if options.mutable is False:
            return _ImmutableImportedSecurityGroup(scope, id, security_group_id, options)
        return _MutableImportedSecurityGroup(scope, id, security_group_id, options)

    @staticmethod
    def from_lookup_by_id(scope: Construct, id: str, security_group_id: str) -> ISecurityGroup:
        """An existing security group that the CDK CLI looks up by id (cached in `cdk.context.json`)."""
        return _lookup_security_group(scope, id, {"securityGroupId": security_group_id})

    @staticmethod
    def from_lookup_by_name(scope: Construct, id: str, security_group_name: str, vpc: IVpc) -> ISecurityGroup:
        """An existing security group that the CDK CLI looks up by name in a VPC."""
        return _lookup_security_group(
            scope, id, {"securityGroupName": security_group_name, "vpcId": vpc.vpc_id}
        )

    def add_ingress_rule(
        self, peer: IPeer, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow inbound traffic from `peer` on `connection` (inline when possible)."""
        if not peer.can_inline_rule or not connection.can_inline_rule or self._disable_inline_rules:
            super().add_ingress_rule(peer, connection, description, remote_rule)
            return
        if description is None:
            description = f"from {peer.unique_id}:{connection}"
        rule = {
            **self._peer_rule_config(peer, is_ingress=True),
            **connection.to_rule_json(),
            "description": description,
        }
        if not any(_rules_equal(r, rule, _RULE_KEYS_INGRESS) for r in self._direct_ingress_rules):
            self._direct_ingress_rules.append(rule)

    def add_egress_rule(
        self, peer: IPeer, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        """Allow outbound traffic to `peer` on `connection`; ignored while all outbound traffic is allowed."""
        is_ipv6 = "cidrIpv6" in self._peer_rule_config(peer, is_ingress=False)
        if not is_ipv6 and self.allow_all_outbound:
            if not remote_rule:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-ec2:ipv4IgnoreEgressRule",
                    "Ignoring Egress rule since 'allowAllOutbound' is set to true; To add customized rules, "
                    "set allowAllOutbound=false on the SecurityGroup",
                )
            return
        if not is_ipv6:
            self._remove_no_traffic_rule()
        if is_ipv6 and self.allow_all_ipv6_outbound:
            if not remote_rule:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-ec2:ipv6IgnoreEgressRule",
                    "Ignoring Egress rule since 'allowAllIpv6Outbound' is set to true; To add customized "
                    "rules, set allowAllIpv6Outbound=false on the SecurityGroup",
                )
            return
        if not peer.can_inline_rule or not connection.can_inline_rule or self._disable_inline_rules:
            super().add_egress_rule(peer, connection, description, remote_rule)
            return
        if description is None:
            # Matches aws-cdk-lib, whose default description of inline egress rules says "from".
            description = f"from {peer.unique_id}:{connection}"
        rule = {
            **self._peer_rule_config(peer, is_ingress=False),
            **connection.to_rule_json(),
            "description": description,
        }
        if _is_all_traffic(rule):
            raise ValidationError(
                self,
                f"add_egress_rule({peer!r}, {connection!r}) allows all traffic; set allow_all_outbound=True "
                "(IPv4) or allow_all_ipv6_outbound=True (IPv6) on the SecurityGroup instead",
            )
        if not any(_rules_equal(r, rule, _RULE_KEYS_EGRESS) for r in self._direct_egress_rules):
            self._direct_egress_rules.append(rule)

    def _add_default_egress_rule(self) -> None:
        if self._disable_inline_rules:
            description = "Allow all outbound traffic by default"
            if self.allow_all_outbound:
                super().add_egress_rule(Peer.any_ipv4(), Port.all_traffic(), description, False)
            else:
                super().add_egress_rule(
                    _no_traffic_peer(), _no_traffic_port(), str(_MATCH_NO_TRAFFIC["description"]), False
                )
        elif self.allow_all_outbound:
            self._direct_egress_rules.append(dict(_ALLOW_ALL_RULE))
        else:
            self._direct_egress_rules.append(dict(_MATCH_NO_TRAFFIC))

    def _add_default_ipv6_egress_rule(self) -> None:
        if not self.allow_all_ipv6_outbound:
            return
        if self._disable_inline_rules:
            super().add_egress_rule(
                Peer.any_ipv6(), Port.all_traffic(), str(_ALLOW_ALL_IPV6_RULE["description"]), False
            )
        else:
            self._direct_egress_rules.append(dict(_ALLOW_ALL_IPV6_RULE))

    def _remove_no_traffic_rule(self) -> None:
        if self._disable_inline_rules:
            scope, rule_id = self._rule_scope(_no_traffic_peer(), _no_traffic_port(), "to", False)
            scope.node.try_remove_child(rule_id)
        else:
            self._direct_egress_rules = [
                r
                for r in self._direct_egress_rules
                if not _rules_equal(r, _MATCH_NO_TRAFFIC, _RULE_KEYS_EGRESS)
            ]


def _no_traffic_peer() -> IPeer:
    return Peer.ipv4(str(_MATCH_NO_TRAFFIC["cidrIp"]))


def _no_traffic_port() -> Port:
    return Port.icmp_type_and_code(252, 86)


class _ImportedSecurityGroup(_SecurityGroupBase):
    """A group imported by id; whether it allows all outbound traffic comes from the import options."""

    def __init__(
        self, scope: Construct, id: str, security_group_id: str, options: SecurityGroupImportOptions
    ) -> None:
        super().__init__(scope, id)
        self.security_group_id = security_group_id
        self._options = options
        self.allow_all_outbound = options.allow_all_outbound is not False
        self.allow_all_ipv6_outbound = bool(options.allow_all_ipv6_outbound)


class _MutableImportedSecurityGroup(_ImportedSecurityGroup):
    def add_egress_rule(
        self, peer: IPeer, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        # Only a group imported with allow_all_outbound=False needs egress rules.
        if self._options.allow_all_outbound is False:
            super().add_egress_rule(peer, connection, description, remote_rule)


class _ImmutableImportedSecurityGroup(_ImportedSecurityGroup):
    def add_ingress_rule(
        self, peer: IPeer, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        return

    def add_egress_rule(
        self, peer: IPeer, connection: Port, description: str | None = None, remote_rule: bool | None = None
    ) -> None:
        return


_SECURITY_GROUP_PROVIDER = "security-group"
# What aws-cdk-lib answers until the CLI has looked the group up.
_DUMMY_SECURITY_GROUP = {"securityGroupId": "sg-12345678", "allowAllOutbound": True}


def _lookup_security_group(scope: Construct, id: str, props: dict[str, str]) -> ISecurityGroup:
    if any(Token.is_unresolved(value) for value in props.values()):
        raise ValidationError(
            scope,
            f"the security group lookup {id!r} got a token in {props!r}; every argument of a lookup must be "
            "known at synth",
        )
    value = ContextProvider.get_value(
        scope, provider=_SECURITY_GROUP_PROVIDER, props=props, dummy_value=dict(_DUMMY_SECURITY_GROUP)
    ).value
    if not isinstance(value, Mapping) or not isinstance(value.get("securityGroupId"), str):
        raise ValidationError(
            scope,
            f"the context value of the security group lookup {id!r} is {value!r}, not a security group; "
            "clear it from cdk.context.json so the CLI looks the group up again",
        )
    return SecurityGroup.from_security_group_id(
        scope,
        id,
        value["securityGroupId"],
        allow_all_outbound=value.get("allowAllOutbound"),
        allow_all_ipv6_outbound=value.get("allowAllIpv6Outbound"),
    )
