"""ApplicationLoadBalancer: scheme, subnets, security group, attributes, name checks and imports."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationLoadBalancer,
    ApplicationLoadBalancerProps,
    IpAddressType,
    ListenerAction,
)
from apigwv2_integrations.core.errors import SynthesisError, ValidationError

Render = Callable[[Stack], dict[str, Any]]


def test_keywords_match_props_fields() -> None:
    keywords = list(inspect.signature(ApplicationLoadBalancer.__init__).parameters)[3:]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(ApplicationLoadBalancerProps))


def test_internal_load_balancer_uses_private_subnets_and_its_own_group(
    stack: Stack, template: Render
) -> None:
    ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1))
    resources = template(stack)["Resources"]
    assert resources["Lb1928D9D6"] == {
        "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "Properties": {
            "LoadBalancerAttributes": [{"Key": "deletion_protection.enabled", "Value": "false"}],
            "Scheme": "internal",
            "SecurityGroups": [{"Fn::GetAtt": ["LbSecurityGroup89A8258D", "GroupId"]}],
            "Subnets": [{"Ref": "VpcPrivateSubnet1Subnet536B997A"}],
            "Type": "application",
        },
    }
    assert resources["LbSecurityGroup89A8258D"]["Properties"] == {
        "GroupDescription": "Automatically created Security Group for ELB TestLb3E1057D6",
        "SecurityGroupEgress": [
            {
                "CidrIp": "255.255.255.255/32",
                "Description": "Disallow all traffic",
                "FromPort": 252,
                "IpProtocol": "icmp",
                "ToPort": 86,
            }
        ],
        "VpcId": {"Ref": "Vpc8378EB38"},
    }


def test_internet_facing_waits_for_public_subnet_routes(stack: Stack, template: Render) -> None:
    ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1), internet_facing=True)
    resource = template(stack)["Resources"]["Lb1928D9D6"]
    assert resource["Properties"]["Scheme"] == "internet-facing"
    assert resource["Properties"]["Subnets"] == [{"Ref": "VpcPublicSubnet1Subnet5C2D37C4"}]
    assert resource["DependsOn"] == [
        "VpcPublicSubnet1DefaultRoute3DA9E72A",
        "VpcPublicSubnet1RouteTableAssociation97140677",
    ]


def test_attributes_render_in_aws_cdk_order(stack: Stack, template: Render) -> None:
    ApplicationLoadBalancer(
        stack,
        "Lb",
        vpc=Vpc(stack, "Vpc", max_azs=1),
        idle_timeout=Duration.seconds(30),
        http2_enabled=False,
        deletion_protection=True,
        cross_zone_enabled=True,
        client_keep_alive=Duration.seconds(120),
        ip_address_type=IpAddressType.DUAL_STACK,
    )
    properties = template(stack)["Resources"]["Lb1928D9D6"]["Properties"]
    assert properties["IpAddressType"] == "dualstack"
    assert properties["LoadBalancerAttributes"] == [
        {"Key": "deletion_protection.enabled", "Value": "true"},
        {"Key": "load_balancing.cross_zone.enabled", "Value": "true"},
        {"Key": "routing.http2.enabled", "Value": "false"},
        {"Key": "idle_timeout.timeout_seconds", "Value": "30"},
        {"Key": "client_keep_alive.seconds", "Value": "120"},
    ]


def test_client_keep_alive_out_of_range_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        ApplicationLoadBalancer(
            stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1), client_keep_alive=Duration.seconds(10)
        )
    assert str(error.value) == (
        "Test/Lb: client_keep_alive=Duration.seconds(10) is out of range; use 60 to 604800 seconds"
    )


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("a" * 33, f"load_balancer_name={'a' * 33!r} is too long; use at most 32 characters"),
        ("internal-x", "load_balancer_name='internal-x' begins with 'internal-'; choose another name"),
        (
            "a_b",
            "load_balancer_name='a_b' has characters other than letters, digits and hyphens; use only those",
        ),
        ("-ab", "load_balancer_name='-ab' begins or ends with a hyphen; remove it"),
    ],
)
def test_bad_names_fail_synthesis(stack: Stack, template: Render, name: str, problem: str) -> None:
    lb = ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1), load_balancer_name=name)
    lb.add_listener("L", port=80, default_action=ListenerAction.fixed_response(200))
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert error.value.problems == [("Test/Lb", problem)]


def test_add_redirect_listens_on_80_and_redirects_to_443(stack: Stack, template: Render) -> None:
    ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1)).add_redirect()
    assert template(stack)["Resources"]["LbRedirect80To443D627ED1E"]["Properties"]["DefaultActions"] == [
        {"RedirectConfig": {"Port": "443", "Protocol": "HTTPS", "StatusCode": "HTTP_301"}, "Type": "redirect"}
    ]


def test_imported_load_balancer_takes_its_environment_from_the_arn(stack: Stack) -> None:
    lb = ApplicationLoadBalancer.from_application_load_balancer_attributes(
        stack,
        "Imported",
        load_balancer_arn="arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/x/1",
        security_group_id="sg-1",
    )
    assert lb.env.region == "us-west-2"
    assert lb.vpc is None


def test_imported_load_balancer_without_dns_name_says_so(stack: Stack) -> None:
    lb = ApplicationLoadBalancer.from_application_load_balancer_attributes(
        stack,
        "Imported",
        load_balancer_arn="arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/x/1",
        security_group_id="sg-1",
    )
    with pytest.raises(ValidationError) as error:
        _ = lb.load_balancer_dns_name
    assert str(error.value) == (
        "Test/Imported: load_balancer_dns_name=None in the imported load balancer's attributes; "
        "pass it to from_application_load_balancer_attributes()"
    )


def test_dual_stack_without_public_ipv4_needs_internet_facing(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        ApplicationLoadBalancer(
            stack,
            "Lb",
            vpc=Vpc(stack, "Vpc", max_azs=1),
            ip_address_type=IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4,
        )
    assert str(error.value) == (
        "Test/Lb: ip_address_type=IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4 needs an internet-facing load "
        "balancer; pass internet_facing=True or another ip_address_type"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"cross_zone_enabled": False},
            "Test/Lb: cross_zone_enabled=False is not possible for an Application Load Balancer, which always "
            "balances across zones; drop the option",
        ),
        (
            {"deny_all_igw_traffic": True},
            "Test/Lb: deny_all_igw_traffic=True needs ip_address_type=IpAddressType.DUAL_STACK; set it or drop "
            "deny_all_igw_traffic",
        ),
    ],
)
def test_options_a_load_balancer_cannot_take_are_rejected(
    stack: Stack, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1), **kwargs)
    assert str(error.value) == message
