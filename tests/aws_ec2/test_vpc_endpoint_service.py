"""VPC endpoint services: the service resource, its permissions, the service name's prefix per region, the
load balancer check and the interfaces."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_ec2 import (
    IpAddressType,
    IVpcEndpointService,
    IVpcEndpointServiceLoadBalancer,
    Vpc,
    VpcEndpointService,
    VpcEndpointServiceProps,
)
from apigwv2_integrations.aws_elasticloadbalancingv2 import NetworkLoadBalancer
from apigwv2_integrations.aws_iam import AccountPrincipal, ArnPrincipal
from apigwv2_integrations.cfn.aws_ec2 import VPCEndpointServiceReference
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

_NLB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/0123456789abcdef"


class _LoadBalancer:
    """The least a load balancer needs to host a service: its ARN."""

    def __init__(self, arn: str = _NLB_ARN) -> None:
        self.load_balancer_arn = arn


def _services(template: dict[str, Any]) -> dict[str, Any]:
    return resources_of_type(template, "AWS::EC2::VPCEndpointService")


def _permissions(template: dict[str, Any]) -> dict[str, Any]:
    return resources_of_type(template, "AWS::EC2::VPCEndpointServicePermissions")


# --- structs and signatures ----------------------------------------------------------------------


def test_constructor_keywords_match_props_fields() -> None:
    keywords = list(inspect.signature(VpcEndpointService.__init__).parameters)[3:]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(VpcEndpointServiceProps))


def test_props_store_sequences_as_tuples() -> None:
    load_balancer = _LoadBalancer()
    props = VpcEndpointServiceProps(
        vpc_endpoint_service_load_balancers=[load_balancer],
        allowed_regions=["us-east-1"],
        supported_ip_address_types=[IpAddressType.IPV6],
    )
    assert props.vpc_endpoint_service_load_balancers == (load_balancer,)
    assert props.allowed_regions == ("us-east-1",)
    assert props.supported_ip_address_types == (IpAddressType.IPV6,)
    assert props.allowed_principals is None


def test_class_constants_are_aws_cdks() -> None:
    assert VpcEndpointService.DEFAULT_PREFIX == "com.amazonaws.vpce"
    assert VpcEndpointService.PROPERTY_INJECTION_ID == "aws-cdk-lib.aws-ec2.VpcEndpointService"
    assert [member.name for member in IpAddressType] == ["IPV4", "IPV6"]


# --- the service resource ------------------------------------------------------------------------


def test_defaults_require_acceptance_and_host_the_network_load_balancer(
    stack: Stack, template: Render
) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2)
    nlb = NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    VpcEndpointService(stack, "Service", vpc_endpoint_service_load_balancers=[nlb])
    rendered = template(stack)
    assert _services(rendered) == {
        "ServiceD69D759B": {
            "Type": "AWS::EC2::VPCEndpointService",
            "Properties": {"AcceptanceRequired": True, "NetworkLoadBalancerArns": [{"Ref": "NlbBCDB97FE"}]},
        }
    }
    assert _permissions(rendered) == {}
    assert_cfn_lint_clean(rendered)


def test_defaults_set_the_public_attributes(stack: Stack) -> None:
    load_balancer = _LoadBalancer()
    service = VpcEndpointService(stack, "Service", vpc_endpoint_service_load_balancers=(load_balancer,))
    assert service.vpc_endpoint_service_load_balancers == [load_balancer]
    assert service.acceptance_required is True
    assert service.allowed_principals == []
    assert service.contributor_insights_enabled is None


def test_every_prop_is_rendered(stack: Stack, template: Render) -> None:
    principal = ArnPrincipal("arn:aws:iam::123456789012:role/Consumer")
    service = VpcEndpointService(
        stack,
        "Service",
        vpc_endpoint_service_load_balancers=[
            _LoadBalancer(),
            _LoadBalancer(_NLB_ARN.replace("nlb", "other")),
        ],
        acceptance_required=False,
        allowed_principals=[principal],
        allowed_regions=["us-east-1", "eu-west-1"],
        contributor_insights=True,
        supported_ip_address_types=[IpAddressType.IPV4, IpAddressType.IPV6],
    )
    rendered = template(stack)
    assert _services(rendered)["ServiceD69D759B"]["Properties"] == {
        "AcceptanceRequired": False,
        "ContributorInsightsEnabled": True,
        "NetworkLoadBalancerArns": [_NLB_ARN, _NLB_ARN.replace("nlb", "other")],
        "SupportedIpAddressTypes": ["ipv4", "ipv6"],
        "SupportedRegions": ["us-east-1", "eu-west-1"],
    }
    assert service.acceptance_required is False
    assert service.allowed_principals == [principal]
    assert service.contributor_insights_enabled is True
    assert_cfn_lint_clean(rendered)


def test_contributor_insights_false_is_written(stack: Stack, template: Render) -> None:
    VpcEndpointService(
        stack, "Service", vpc_endpoint_service_load_balancers=[_LoadBalancer()], contributor_insights=False
    )
    assert _services(template(stack))["ServiceD69D759B"]["Properties"]["ContributorInsightsEnabled"] is False


def test_empty_allowed_regions_are_written_as_given(stack: Stack, template: Render) -> None:
    VpcEndpointService(
        stack, "Service", vpc_endpoint_service_load_balancers=[_LoadBalancer()], allowed_regions=[]
    )
    assert _services(template(stack))["ServiceD69D759B"]["Properties"]["SupportedRegions"] == []


# --- permissions ---------------------------------------------------------------------------------


def test_principals_get_a_permissions_resource(stack: Stack, template: Render) -> None:
    VpcEndpointService(
        stack,
        "Service",
        vpc_endpoint_service_load_balancers=[_LoadBalancer()],
        allowed_principals=[
            ArnPrincipal("arn:aws:iam::123456789012:root"),
            AccountPrincipal("210987654321"),
        ],
    )
    assert _permissions(template(stack)) == {
        "ServicePermissions64AB3ABC": {
            "Type": "AWS::EC2::VPCEndpointServicePermissions",
            "Properties": {
                "AllowedPrincipals": [
                    "arn:aws:iam::123456789012:root",
                    {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::210987654321:root"]]},
                ],
                "ServiceId": {"Ref": "ServiceD69D759B"},
            },
        }
    }


def test_no_permissions_resource_without_principals(stack: Stack, template: Render) -> None:
    VpcEndpointService(
        stack, "Service", vpc_endpoint_service_load_balancers=[_LoadBalancer()], allowed_principals=[]
    )
    assert _permissions(template(stack)) == {}


# --- id, name and reference ----------------------------------------------------------------------


def test_id_and_name_follow_the_region_token_when_agnostic(stack: Stack) -> None:
    service = VpcEndpointService(stack, "Service", vpc_endpoint_service_load_balancers=[_LoadBalancer()])
    assert stack.resolve(service.vpc_endpoint_service_id) == {"Ref": "ServiceD69D759B"}
    assert stack.resolve(service.vpc_endpoint_service_name) == {
        "Fn::Join": [".", ["com.amazonaws.vpce", {"Ref": "AWS::Region"}, {"Ref": "ServiceD69D759B"}]]
    }


@pytest.mark.parametrize(
    ("region", "prefix"),
    [
        ("us-east-1", "com.amazonaws.vpce"),
        ("cn-north-1", "cn.com.amazonaws.vpce"),
        ("cn-northwest-1", "cn.com.amazonaws.vpce"),
        ("us-iso-east-1", "gov.ic.c2s.vpce"),
        ("us-isob-west-1", "gov.sgov.sc2s.vpce"),
        ("us-isof-south-1", "gov.ic.hci.csp.vpce"),
        ("eu-isoe-west-1", "uk.adc-e.cloud.vpce"),
        ("eusc-de-east-1", "eu.amazonaws.vpce"),
        ("xx-unknown-1", "com.amazonaws.vpce"),
    ],
)
def test_name_prefix_follows_the_stack_region(app: App, region: str, prefix: str) -> None:
    stack = Stack(app, "Regional", env={"account": "123456789012", "region": region})
    service = VpcEndpointService(stack, "Service", vpc_endpoint_service_load_balancers=[_LoadBalancer()])
    assert stack.resolve(service.vpc_endpoint_service_name) == {
        "Fn::Join": [".", [prefix, {"Ref": "AWS::Region"}, {"Ref": "ServiceD69D759B"}]]
    }


def test_reference_holds_the_service_id(stack: Stack) -> None:
    service = VpcEndpointService(stack, "Service", vpc_endpoint_service_load_balancers=[_LoadBalancer()])
    reference = service.vpc_endpoint_service_ref
    assert isinstance(reference, VPCEndpointServiceReference)
    assert stack.resolve(reference.service_id) == {"Ref": "ServiceD69D759B"}


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("empty", [[], ()])
def test_no_load_balancer_is_rejected(stack: Stack, empty: list[Any] | tuple[Any, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        VpcEndpointService(stack, "Service", vpc_endpoint_service_load_balancers=empty)
    assert str(caught.value) == (
        "Test/Service: vpc_endpoint_service_load_balancers=[] is empty; give at least one load balancer to host "
        "the service, e.g. a NetworkLoadBalancer"
    )


def test_a_load_balancer_arn_string_is_rejected(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        VpcEndpointService(stack, "Service", vpc_endpoint_service_load_balancers=["nlb"])  # type: ignore[list-item]
    assert str(caught.value) == (
        "Test/Service: vpc_endpoint_service_load_balancers[0]='nlb' is a str; use an "
        "IVpcEndpointServiceLoadBalancer (a load balancer that can host a VPC endpoint service, such as a "
        "NetworkLoadBalancer)"
    )


def test_a_principal_arn_string_is_rejected(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        VpcEndpointService(
            stack,
            "Service",
            vpc_endpoint_service_load_balancers=[_LoadBalancer()],
            allowed_principals=["arn:aws:iam::123456789012:root"],  # type: ignore[list-item]
        )
    assert str(caught.value) == (
        "Test/Service: allowed_principals[0]='arn:aws:iam::123456789012:root' is a str; use an ArnPrincipal, "
        "such as AccountPrincipal, AccountRootPrincipal or AnyPrincipal"
    )


def test_an_ip_address_type_string_is_rejected(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        VpcEndpointService(
            stack,
            "Service",
            vpc_endpoint_service_load_balancers=[_LoadBalancer()],
            supported_ip_address_types=["ipv4"],  # type: ignore[list-item]
        )
    assert str(caught.value) == (
        "Test/Service: supported_ip_address_types[0]='ipv4' is a str; use an IpAddressType, e.g. IpAddressType.IPV4"
    )


# --- interfaces ----------------------------------------------------------------------------------


def test_service_is_an_ivpc_endpoint_service(stack: Stack) -> None:
    service = VpcEndpointService(stack, "Service", vpc_endpoint_service_load_balancers=[_LoadBalancer()])
    as_interface: IVpcEndpointService = service
    assert isinstance(as_interface, IVpcEndpointService)
    assert as_interface.env.region == stack.region
    assert not isinstance(_LoadBalancer(), IVpcEndpointService)


def test_network_load_balancers_can_host_a_service(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2)
    defined: IVpcEndpointServiceLoadBalancer = NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    imported: IVpcEndpointServiceLoadBalancer = NetworkLoadBalancer.from_network_load_balancer_attributes(
        stack, "Imported", load_balancer_arn=_NLB_ARN
    )
    assert isinstance(defined, IVpcEndpointServiceLoadBalancer)
    assert isinstance(imported, IVpcEndpointServiceLoadBalancer)
    assert isinstance(_LoadBalancer(), IVpcEndpointServiceLoadBalancer)
    assert not isinstance(object(), IVpcEndpointServiceLoadBalancer)
