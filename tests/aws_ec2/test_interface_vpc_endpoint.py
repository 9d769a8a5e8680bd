"""Interface endpoints: service names per region, the endpoint resource, its security group and connections,
the AZ lookup, imports and endpoint policies."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Fn, Stack
from apigwv2_integrations.aws_ec2 import (
    GatewayVpcEndpointAwsService,
    IInterfaceVpcEndpoint,
    InterfaceVpcEndpoint,
    InterfaceVpcEndpointAwsService,
    InterfaceVpcEndpointOptions,
    InterfaceVpcEndpointProps,
    InterfaceVpcEndpointService,
    Peer,
    Port,
    SecurityGroup,
    Subnet,
    SubnetSelection,
    SubnetType,
    Vpc,
    VpcEndpointDnsRecordIpType,
    VpcEndpointIpAddressType,
    VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint,
)
from apigwv2_integrations.aws_iam import AnyPrincipal, PolicyStatement
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

_ENV = {"account": "123456789012", "region": "us-east-1"}
_SNS_AZ_KEY = (
    "endpoint-service-availability-zones:account=123456789012:region=us-east-1:"
    "serviceName=com.amazonaws.us-east-1.sns"
)
_US_EAST_AZ_KEY = "availability-zones:account=123456789012:region=us-east-1"


def _endpoint(template: dict[str, Any], logical_id: str) -> dict[str, Any]:
    resource = template["Resources"][logical_id]
    assert resource["Type"] == "AWS::EC2::VPCEndpoint"
    return dict(resource["Properties"])


def _region_stack(app: App, region: str) -> Stack:
    return Stack(app, f"In{region.replace('-', '')}", env={"account": "123456789012", "region": region})


# --- structs and signatures ----------------------------------------------------------------------


def test_constructor_keywords_match_props_fields() -> None:
    keywords = list(inspect.signature(InterfaceVpcEndpoint.__init__).parameters)[3:]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(InterfaceVpcEndpointProps))


def test_add_interface_endpoint_keywords_match_options_fields() -> None:
    keywords = list(inspect.signature(Vpc.add_interface_endpoint).parameters)[2:]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(InterfaceVpcEndpointOptions))


# --- service names -------------------------------------------------------------------------------


def test_aws_service_name_follows_the_region_token_when_agnostic(stack: Stack) -> None:
    assert stack.resolve(InterfaceVpcEndpointAwsService.SQS.name) == {
        "Fn::Join": ["", ["com.amazonaws.", {"Ref": "AWS::Region"}, ".sqs"]]
    }


def test_aws_service_name_uses_the_regional_prefix_and_suffix(app: App) -> None:
    china = _region_stack(app, "cn-north-1")
    isolated = _region_stack(app, "us-iso-east-1")
    assert [
        china.resolve(InterfaceVpcEndpointAwsService.SQS.name),
        china.resolve(InterfaceVpcEndpointAwsService.SNS.name),
        china.resolve(InterfaceVpcEndpointAwsService.TRANSCRIBE.name),
        isolated.resolve(InterfaceVpcEndpointAwsService.SQS.name),
        isolated.resolve(InterfaceVpcEndpointAwsService.STS.name),
    ] == [
        "cn.com.amazonaws.cn-north-1.sqs",
        "com.amazonaws.cn-north-1.sns",
        "cn.com.amazonaws.cn-north-1.transcribe.cn",
        "gov.ic.c2s.us-iso-east-1.sqs",
        "com.amazonaws.us-iso-east-1.sts",
    ]


def test_aws_service_explicit_prefix_and_global_names(app: App) -> None:
    china = _region_stack(app, "cn-north-1")
    assert [
        china.resolve(InterfaceVpcEndpointAwsService("sqs", "com.amazonaws").name),
        china.resolve(InterfaceVpcEndpointAwsService("sqs", "").name),
        china.resolve(InterfaceVpcEndpointAwsService("sqs", global_=True).name),
        china.resolve(InterfaceVpcEndpointAwsService.CODECATALYST.name),
        china.resolve(InterfaceVpcEndpointAwsService.SAGEMAKER_STUDIO.name),
    ] == [
        "com.amazonaws.cn-north-1.sqs",
        "cn.com.amazonaws.cn-north-1.sqs",
        "cn.com.amazonaws.sqs",
        "aws.api.global.codecatalyst",
        "aws.sagemaker.cn-north-1.studio",
    ]


def test_one_service_constant_serves_stacks_of_different_regions(app: App) -> None:
    service = InterfaceVpcEndpointAwsService.ECR_DOCKER
    names = [_region_stack(app, r).resolve(service.name) for r in ("eu-west-1", "cn-northwest-1")]
    assert names == ["com.amazonaws.eu-west-1.ecr.dkr", "cn.com.amazonaws.cn-northwest-1.ecr.dkr"]


def test_service_ports_and_private_dns_defaults() -> None:
    custom = InterfaceVpcEndpointService("com.amazonaws.vpce.us-east-1.vpce-svc-1", 8443)
    assert [
        (InterfaceVpcEndpointAwsService.SQS.port, InterfaceVpcEndpointAwsService.SQS.private_dns_default),
        (InterfaceVpcEndpointAwsService.KEYSPACES.port, InterfaceVpcEndpointAwsService.KEYSPACES.short_name),
        (custom.port, custom.private_dns_default, custom.name),
        InterfaceVpcEndpointService("svc").port,
    ] == [(443, True), (9142, "cassandra"), (8443, False, "com.amazonaws.vpce.us-east-1.vpce-svc-1"), 443]


def test_services_repr_as_the_call_that_builds_them() -> None:
    assert [
        repr(InterfaceVpcEndpointAwsService.SQS),
        repr(InterfaceVpcEndpointAwsService("x", "aws.api", 8443, global_=True)),
        repr(InterfaceVpcEndpointService("svc", 8443)),
    ] == [
        "InterfaceVpcEndpointAwsService('sqs')",
        "InterfaceVpcEndpointAwsService('x', 'aws.api', port=8443, global_=True)",
        "InterfaceVpcEndpointService('svc', 8443)",
    ]


# --- the endpoint --------------------------------------------------------------------------------


def test_endpoint_defaults_to_private_subnets_and_a_security_group_open_to_the_vpc(
    stack: Stack, template: Render
) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2)
    vpc.add_interface_endpoint("Sqs", service=InterfaceVpcEndpointAwsService.SQS)
    rendered = template(stack)
    assert _endpoint(rendered, "VpcSqsE7514EF6") == {
        "PrivateDnsEnabled": True,
        "SecurityGroupIds": [{"Fn::GetAtt": ["VpcSqsSecurityGroup26536649", "GroupId"]}],
        "ServiceName": {"Fn::Join": ["", ["com.amazonaws.", {"Ref": "AWS::Region"}, ".sqs"]]},
        "SubnetIds": [{"Ref": "VpcPrivateSubnet1Subnet536B997A"}, {"Ref": "VpcPrivateSubnet2Subnet3788AAA1"}],
        "Tags": [{"Key": "Name", "Value": "Test/Vpc"}],
        "VpcEndpointType": "Interface",
        "VpcId": {"Ref": "Vpc8378EB38"},
    }
    group = rendered["Resources"]["VpcSqsSecurityGroup26536649"]["Properties"]
    cidr = {"Fn::GetAtt": ["Vpc8378EB38", "CidrBlock"]}
    assert group["SecurityGroupIngress"] == [
        {
            "CidrIp": cidr,
            "Description": {"Fn::Join": ["", ["from ", cidr, ":443"]]},
            "FromPort": 443,
            "IpProtocol": "tcp",
            "ToPort": 443,
        }
    ]
    assert_cfn_lint_clean(rendered)


def test_endpoint_renders_dns_and_ip_options(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    InterfaceVpcEndpoint(
        stack,
        "Endpoint",
        vpc=vpc,
        service=InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
        dns_record_ip_type=VpcEndpointDnsRecordIpType.SERVICE_DEFINED,
        ip_address_type=VpcEndpointIpAddressType.DUALSTACK,
        private_dns_enabled=False,
        private_dns_only_for_inbound_resolver_endpoint=(
            VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint.ONLY_INBOUND_RESOLVER
        ),
        service_region="us-west-2",
    )
    properties = _endpoint(template(stack), "EndpointEEF1FD8F")
    assert {
        key: properties[key] for key in ("DnsOptions", "IpAddressType", "PrivateDnsEnabled", "ServiceRegion")
    } == {
        "DnsOptions": {
            "DnsRecordIpType": "service-defined",
            "PrivateDnsOnlyForInboundResolverEndpoint": "OnlyInboundResolver",
        },
        "IpAddressType": "dualstack",
        "PrivateDnsEnabled": False,
        "ServiceRegion": "us-west-2",
    }


def test_closed_endpoint_with_given_groups_creates_no_group_or_rule(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    group = SecurityGroup(stack, "Group", vpc=vpc)
    vpc.add_interface_endpoint(
        "Lambda", service=InterfaceVpcEndpointAwsService.LAMBDA_, open=False, security_groups=[group]
    )
    rendered = template(stack)
    assert list(resources_of_type(rendered, "AWS::EC2::SecurityGroup")) == ["GroupC77FDACD"]
    assert "SecurityGroupIngress" not in rendered["Resources"]["GroupC77FDACD"]["Properties"]
    assert _endpoint(rendered, "VpcLambdaB0E2DCFD")["SecurityGroupIds"] == [
        {"Fn::GetAtt": ["GroupC77FDACD", "GroupId"]}
    ]


def test_custom_service_uses_its_port_and_no_private_dns(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    endpoint = vpc.add_interface_endpoint(
        "Custom", service=InterfaceVpcEndpointService("com.amazonaws.vpce.us-east-1.vpce-svc-1", 8443)
    )
    client = SecurityGroup(stack, "Client", vpc=vpc)
    endpoint.connections.allow_default_port_from(client)
    rendered = template(stack)
    properties = _endpoint(rendered, "VpcCustom171E4A55")
    assert (properties["PrivateDnsEnabled"], properties["ServiceName"]) == (
        False,
        "com.amazonaws.vpce.us-east-1.vpce-svc-1",
    )
    ingress = resources_of_type(rendered, "AWS::EC2::SecurityGroupIngress")
    assert [
        (r["Properties"]["FromPort"], r["Properties"]["SourceSecurityGroupId"]) for r in ingress.values()
    ] == [(8443, {"Fn::GetAtt": ["Client4A7F64DF", "GroupId"]})]


def test_endpoint_keeps_one_subnet_per_az(stack: Stack, template: Render) -> None:
    vpc = Vpc(
        stack,
        "Vpc",
        max_azs=2,
        subnet_configuration=[
            {"name": "Public", "subnet_type": SubnetType.PUBLIC},
            {"name": "A", "subnet_type": SubnetType.PRIVATE_WITH_EGRESS},
            {"name": "B", "subnet_type": SubnetType.PRIVATE_WITH_EGRESS},
        ],
    )
    vpc.add_interface_endpoint("Sns", service=InterfaceVpcEndpointAwsService.SNS)
    vpc.add_interface_endpoint(
        "PublicSns", service=InterfaceVpcEndpointAwsService.SNS, subnets={"subnet_type": SubnetType.PUBLIC}
    )
    rendered = template(stack)
    assert [
        _endpoint(rendered, "VpcSns2786D51C")["SubnetIds"],
        _endpoint(rendered, "VpcPublicSnsB5B28CE9")["SubnetIds"],
    ] == [
        [{"Ref": "VpcASubnet1Subnet19D59E7E"}, {"Ref": "VpcASubnet2Subnet45FDA7A8"}],
        [{"Ref": "VpcPublicSubnet1Subnet5C2D37C4"}, {"Ref": "VpcPublicSubnet2Subnet691E08A3"}],
    ]


def test_endpoint_attributes_are_tokens_of_the_resource(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    endpoint = vpc.add_interface_endpoint("Sqs", service=InterfaceVpcEndpointAwsService.SQS)
    assert [
        stack.resolve(endpoint.vpc_endpoint_id),
        stack.resolve(endpoint.vpc_endpoint_ref.vpc_endpoint_id),
        stack.resolve(endpoint.vpc_endpoint_creation_timestamp),
        stack.resolve(Fn.select(0, endpoint.vpc_endpoint_dns_entries)),
        stack.resolve(Fn.join(",", endpoint.vpc_endpoint_network_interface_ids)),
    ] == [
        {"Ref": "VpcSqsE7514EF6"},
        {"Ref": "VpcSqsE7514EF6"},
        {"Fn::GetAtt": ["VpcSqsE7514EF6", "CreationTimestamp"]},
        {"Fn::Select": [0, {"Fn::GetAtt": ["VpcSqsE7514EF6", "DnsEntries"]}]},
        {"Fn::Join": [",", {"Fn::GetAtt": ["VpcSqsE7514EF6", "NetworkInterfaceIds"]}]},
    ]


def test_endpoint_connections_add_rules_to_its_group(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    endpoint = vpc.add_interface_endpoint("Sqs", service=InterfaceVpcEndpointAwsService.SQS, open=False)
    endpoint.connections.allow_default_port_from(Peer.ipv4("10.1.0.0/16"))
    group = template(stack)["Resources"]["VpcSqsSecurityGroup26536649"]["Properties"]
    assert group["SecurityGroupIngress"] == [
        {
            "CidrIp": "10.1.0.0/16",
            "Description": "from 10.1.0.0/16:443",
            "FromPort": 443,
            "IpProtocol": "tcp",
            "ToPort": 443,
        }
    ]


def test_empty_security_groups_are_rejected(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    with pytest.raises(ValidationError) as caught:
        vpc.add_interface_endpoint("Sqs", service=InterfaceVpcEndpointAwsService.SQS, security_groups=[])
    assert str(caught.value) == (
        "Test/Vpc/Sqs: security_groups=[] is empty; give at least one security group, or leave security_groups "
        "unset to create one"
    )


def test_selection_without_subnets_is_rejected(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    with pytest.raises(ValidationError) as caught:
        vpc.add_interface_endpoint(
            "Sqs",
            service=InterfaceVpcEndpointAwsService.SQS,
            subnets=SubnetSelection(availability_zones=["nowhere-1a"]),
        )
    assert str(caught.value) == (
        "Test/Vpc/Sqs: subnets=SubnetSelection(availability_zones=('nowhere-1a',)) selects no subnets of the "
        "VPC; select at least one subnet"
    )


def test_endpoint_in_an_imported_vpc(stack: Stack, template: Render) -> None:
    vpc = Vpc.from_vpc_attributes(
        stack,
        "Vpc",
        vpc_id="vpc-1",
        availability_zones=["us-east-1a", "us-east-1b"],
        private_subnet_ids=["subnet-1", "subnet-2"],
        vpc_cidr_block="10.9.0.0/16",
    )
    vpc.add_interface_endpoint("Sqs", service=InterfaceVpcEndpointAwsService.SQS)
    rendered = template(stack)
    assert _endpoint(rendered, "VpcSqsE7514EF6")["SubnetIds"] == ["subnet-1", "subnet-2"]
    ingress = rendered["Resources"]["VpcSqsSecurityGroup26536649"]["Properties"]["SecurityGroupIngress"]
    assert ingress[0]["CidrIp"] == "10.9.0.0/16"


# --- AZ lookup -----------------------------------------------------------------------------------


def test_lookup_records_the_missing_context_and_uses_dummy_zones(app: App, tmp_path: Path) -> None:
    stack = Stack(app, "Env", env=_ENV)
    vpc = Vpc(stack, "Vpc", max_azs=2)
    endpoint = vpc.add_interface_endpoint(
        "Sns", service=InterfaceVpcEndpointAwsService.SNS, lookup_supported_azs=True
    )
    assert len(stack.resolve(endpoint.node.default_child.subnet_ids)) == 2  # type: ignore[union-attr]
    app.synth()
    missing = json.loads((tmp_path / "cdk.out" / "manifest.json").read_text())["missing"]
    entry = next(m for m in missing if m["provider"] == "endpoint-service-availability-zones")
    assert (entry["key"], entry["props"]["dummyValue"], entry["props"]["serviceName"]) == (
        _SNS_AZ_KEY,
        ["dummy1a", "dummy1b", "dummy1c"],
        "com.amazonaws.us-east-1.sns",
    )


def test_lookup_keeps_subnets_in_the_service_zones(tmp_path: Path, template: Render) -> None:
    context = {
        _US_EAST_AZ_KEY: ["us-east-1a", "us-east-1b", "us-east-1c"],
        _SNS_AZ_KEY: ["us-east-1a", "us-east-1c"],
    }
    app = App(outdir=str(tmp_path), context=context)
    stack = Stack(app, "Env", env=_ENV)
    vpc = Vpc(stack, "Vpc")
    vpc.add_interface_endpoint("Sns", service=InterfaceVpcEndpointAwsService.SNS, lookup_supported_azs=True)
    assert _endpoint(template(stack), "VpcSns2786D51C")["SubnetIds"] == [
        {"Ref": "VpcPrivateSubnet1Subnet536B997A"},
        {"Ref": "VpcPrivateSubnet3SubnetF258B56E"},
    ]


def test_lookup_without_a_matching_zone_is_rejected(tmp_path: Path) -> None:
    context = {_US_EAST_AZ_KEY: ["us-east-1a", "us-east-1b"], _SNS_AZ_KEY: ["us-east-1z"]}
    stack = Stack(App(outdir=str(tmp_path), context=context), "Env", env=_ENV)
    vpc = Vpc(stack, "Vpc")
    with pytest.raises(ValidationError) as caught:
        vpc.add_interface_endpoint(
            "Sns", service=InterfaceVpcEndpointAwsService.SNS, lookup_supported_azs=True
        )
    assert str(caught.value) == (
        "Env/Vpc/Sns: lookup_supported_azs=True found the service in ['us-east-1z'], but the selected subnets "
        "are in ['us-east-1a', 'us-east-1b']; select subnets in one of the service's availability zones"
    )


def test_lookup_rejects_malformed_context(tmp_path: Path) -> None:
    stack = Stack(App(outdir=str(tmp_path), context={_SNS_AZ_KEY: "us-east-1a"}), "Env", env=_ENV)
    vpc = Vpc(stack, "Vpc")
    with pytest.raises(ValidationError) as caught:
        vpc.add_interface_endpoint(
            "Sns", service=InterfaceVpcEndpointAwsService.SNS, lookup_supported_azs=True
        )
    assert str(caught.value) == (
        f"Env/Vpc/Sns: context {_SNS_AZ_KEY!r}='us-east-1a' is not a list of availability zones; "
        "fix or clear the context"
    )


def test_lookup_needs_an_environment(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    with pytest.raises(ValidationError) as caught:
        vpc.add_interface_endpoint(
            "Sns", service=InterfaceVpcEndpointAwsService.SNS, lookup_supported_azs=True
        )
    assert str(caught.value) == (
        "Test/Vpc/Sns: lookup_supported_azs=True needs the stack's account and region; give the Stack an "
        "env=Environment(account=..., region=...), or leave lookup_supported_azs unset"
    )


def test_lookup_rejects_a_token_service_name(app: App) -> None:
    stack = Stack(app, "Env", env=_ENV)
    vpc = Vpc(stack, "Vpc", max_azs=1)
    service = InterfaceVpcEndpointService(Fn.import_value("ServiceName"))
    with pytest.raises(ValidationError) as caught:
        vpc.add_interface_endpoint("Custom", service=service, lookup_supported_azs=True)
    assert str(caught.value) == (
        f"Env/Vpc/Custom: lookup_supported_azs=True cannot look up the service {service!r}, whose name is a "
        "token; give the service a literal name, or leave lookup_supported_azs unset"
    )


def test_lookup_rejects_subnets_with_token_zones(app: App) -> None:
    stack = Stack(app, "Env", env=_ENV)
    vpc = Vpc(stack, "Vpc", availability_zones=[Fn.select(0, Fn.get_azs())])
    with pytest.raises(ValidationError) as caught:
        vpc.add_interface_endpoint(
            "Sns", service=InterfaceVpcEndpointAwsService.SNS, lookup_supported_azs=True
        )
    assert str(caught.value) == (
        "Env/Vpc/Sns: lookup_supported_azs=True cannot filter subnet 'Env/Vpc/PrivateSubnet1', whose "
        "availability zone is a token; give the VPC literal availability zones, or leave lookup_supported_azs "
        "unset"
    )


def test_lookup_needs_the_zones_of_imported_subnets(app: App) -> None:
    stack = Stack(app, "Env", env=_ENV)
    vpc = Vpc(stack, "Vpc", max_azs=1)
    subnet = Subnet.from_subnet_id(stack, "Imported", "subnet-9")
    with pytest.raises(ValidationError) as caught:
        vpc.add_interface_endpoint(
            "Sns",
            service=InterfaceVpcEndpointAwsService.SNS,
            lookup_supported_azs=True,
            subnets=SubnetSelection(subnets=[subnet]),
        )
    assert str(caught.value) == (
        "Env/Imported: availability_zone=None was given on import, so the subnet's AZ is unknown; "
        "pass availability_zone=... to Subnet.from_subnet_attributes()"
    )


# --- imports -------------------------------------------------------------------------------------


def test_imported_endpoint_has_connections_on_its_port(stack: Stack, template: Render) -> None:
    group = SecurityGroup.from_security_group_id(stack, "EndpointGroup", "sg-12345678")
    endpoint = InterfaceVpcEndpoint.from_interface_vpc_endpoint_attributes(
        stack, "Imported", vpc_endpoint_id="vpce-12345678", port=8443, security_groups=[group]
    )
    vpc = Vpc(stack, "Vpc", max_azs=1)
    client = SecurityGroup(stack, "Client", vpc=vpc)
    endpoint.connections.allow_default_port_from(client)
    assert isinstance(endpoint, IInterfaceVpcEndpoint)
    assert (endpoint.vpc_endpoint_id, endpoint.vpc_endpoint_ref.vpc_endpoint_id) == (
        "vpce-12345678",
        "vpce-12345678",
    )
    ingress = resources_of_type(template(stack), "AWS::EC2::SecurityGroupIngress")
    assert [r["Properties"] for r in ingress.values()] == [
        {
            "Description": "from TestClient25D57983:8443",
            "FromPort": 8443,
            "GroupId": "sg-12345678",
            "IpProtocol": "tcp",
            "SourceSecurityGroupId": {"Fn::GetAtt": ["Client4A7F64DF", "GroupId"]},
            "ToPort": 8443,
        }
    ]


def test_imported_endpoint_without_groups_has_only_a_default_port(stack: Stack) -> None:
    endpoint = InterfaceVpcEndpoint.from_interface_vpc_endpoint_attributes(
        stack, "Imported", vpc_endpoint_id="vpce-1", port=443
    )
    assert (endpoint.connections.security_groups, endpoint.connections.default_port) == ([], Port.tcp(443))


# --- endpoint policies ---------------------------------------------------------------------------


def test_add_to_policy_renders_a_policy_document(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    endpoint = vpc.add_interface_endpoint("Sqs", service=InterfaceVpcEndpointAwsService.SQS)
    statement = PolicyStatement(principals=[AnyPrincipal()], actions=["sqs:SendMessage"], resources=["*"])
    endpoint.add_to_policy(statement)
    endpoint.add_to_policy(statement)
    assert _endpoint(template(stack), "VpcSqsE7514EF6")["PolicyDocument"] == {
        "Statement": [
            {"Action": "sqs:SendMessage", "Effect": "Allow", "Principal": {"AWS": "*"}, "Resource": "*"}
        ],
        "Version": "2012-10-17",
    }


def test_gateway_endpoint_add_to_policy(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    s3 = vpc.add_gateway_endpoint("S3", service=GatewayVpcEndpointAwsService.S3)
    assert "PolicyDocument" not in _endpoint(template(stack), "VpcS3A5408339")
    s3.add_to_policy(PolicyStatement(principals=[AnyPrincipal()], actions=["s3:GetObject"], resources=["*"]))
    rendered = template(stack)
    assert _endpoint(rendered, "VpcS3A5408339")["PolicyDocument"]["Statement"] == [
        {"Action": "s3:GetObject", "Effect": "Allow", "Principal": {"AWS": "*"}, "Resource": "*"}
    ]
    assert_cfn_lint_clean(rendered)


def test_add_to_policy_needs_a_principal(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    endpoint = vpc.add_interface_endpoint("Sqs", service=InterfaceVpcEndpointAwsService.SQS)
    with pytest.raises(ValidationError) as caught:
        endpoint.add_to_policy(PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
    assert str(caught.value) == (
        "Test/Vpc/Sqs: add_to_policy(statement={'Action': 'sqs:SendMessage', 'Effect': 'Allow', 'Resource': '*'}) "
        "names no principal, which an endpoint policy needs; pass principals=[...] to the PolicyStatement, "
        "e.g. AnyPrincipal()"
    )
