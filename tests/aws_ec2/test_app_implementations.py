"""NAT providers, IP address providers and peers that an app writes itself: called and read as aws_cdk calls
and reads them (an options struct or keywords in; a struct or a camelCase dict back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _OptionsNat(ec2.NatProvider):
    """Takes the options as one struct, as an override written against the docs' struct may."""

    def __init__(self) -> None:
        self.inner = ec2.NatProvider.gateway()
        self.seen: list[ec2.ConfigureNatOptions] = []

    @property
    def configured_gateways(self) -> list[ec2.GatewayConfig]:
        return self.inner.configured_gateways

    def configure_nat(self, options: ec2.ConfigureNatOptions) -> None:  # type: ignore[override]
        self.seen.append(options)
        self.inner.configure_nat(
            vpc=options.vpc, nat_subnets=options.nat_subnets, private_subnets=options.private_subnets
        )

    def configure_subnet(self, subnet: ec2.PrivateSubnet) -> None:
        self.inner.configure_subnet(subnet)


class _KeywordNat(ec2.NatGatewayProvider):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def configure_nat(
        self,
        *,
        vpc: ec2.Vpc,
        nat_subnets: Any,
        private_subnets: Any,
    ) -> None:
        self.calls += 1
        super().configure_nat(vpc=vpc, nat_subnets=nat_subnets, private_subnets=private_subnets)


def test_nat_provider_taking_one_options_struct_gets_configure_nat_options(
    stack: Stack, template: Render
) -> None:
    provider = _OptionsNat()
    vpc = ec2.Vpc(stack, "V", nat_gateway_provider=provider, max_azs=2, nat_gateways=1)
    (options,) = provider.seen
    assert isinstance(options, ec2.ConfigureNatOptions)
    assert options.vpc is vpc
    assert len(options.nat_subnets) == 1 and len(options.private_subnets) == 2
    assert len(resources_of_type(template(stack), "AWS::EC2::NatGateway")) == 1


def test_nat_provider_taking_keywords_gets_the_fields(stack: Stack, template: Render) -> None:
    provider = _KeywordNat()
    ec2.Vpc(stack, "V", nat_gateway_provider=provider, max_azs=2, nat_gateways=2)
    assert provider.calls == 1
    assert len(resources_of_type(template(stack), "AWS::EC2::NatGateway")) == 2


class _Addresses:
    def __init__(self, vpc_answer: Any, subnets_answer: Callable[[int], Any]) -> None:
        self.vpc_answer = vpc_answer
        self.subnets_answer = subnets_answer

    def allocate_vpc_cidr(self) -> Any:
        return self.vpc_answer

    def allocate_subnets_cidr(self, request: ec2.AllocateCidrRequest) -> Any:
        return self.subnets_answer(len(request.requested_subnets))


def _camel_subnets(count: int) -> dict[str, Any]:
    return {"allocatedSubnets": [{"cidr": f"10.1.{i}.0/24", "ipv6_cidr": "ignored"} for i in range(count)]}


def test_ip_addresses_returning_camel_case_dicts_are_read_like_structs(
    stack: Stack, template: Render
) -> None:
    addresses = _Addresses({"cidrBlock": "10.1.0.0/16"}, _camel_subnets)
    ec2.Vpc(stack, "V", ip_addresses=addresses, max_azs=2, nat_gateways=0)  # type: ignore[arg-type]
    rendered = template(stack)
    (vpc,) = resources_of_type(rendered, "AWS::EC2::VPC").values()
    assert vpc["Properties"]["CidrBlock"] == "10.1.0.0/16"
    subnets = resources_of_type(rendered, "AWS::EC2::Subnet").values()
    assert sorted(s["Properties"]["CidrBlock"] for s in subnets) == [f"10.1.{i}.0/24" for i in range(4)]
    # aws_cdk does not see a snake_case key in a returned dict, at any level.
    assert all("Ipv6CidrBlock" not in s["Properties"] for s in subnets)


def test_ip_addresses_snake_case_vpc_key_is_not_seen(stack: Stack, template: Render) -> None:
    subnets = ec2.SubnetIpamOptions
    addresses = _Addresses(
        {"cidr_block": "10.1.0.0/16"},
        lambda n: subnets(allocated_subnets=[ec2.AllocatedSubnet(cidr=f"10.1.{i}.0/24") for i in range(n)]),
    )
    ec2.Vpc(stack, "V", ip_addresses=addresses, max_azs=2, nat_gateways=0)  # type: ignore[arg-type]
    (vpc,) = resources_of_type(template(stack), "AWS::EC2::VPC").values()
    assert "CidrBlock" not in vpc["Properties"]


def test_ip_addresses_returning_none_is_a_type_error(stack: Stack) -> None:
    addresses = _Addresses(None, _camel_subnets)
    with pytest.raises(ArgumentTypeError) as error:
        ec2.Vpc(stack, "V", ip_addresses=addresses, max_azs=2, nat_gateways=0)  # type: ignore[arg-type]
    assert str(error.value) == (
        "Test/V: allocate_vpc_cidr() returned None; return a VpcIpamOptions(...) or a dict of its fields"
    )


def test_ip_addresses_returning_too_few_subnets_is_an_error(stack: Stack) -> None:
    addresses = _Addresses({"cidrBlock": "10.1.0.0/16"}, lambda n: _camel_subnets(1))
    with pytest.raises(ValidationError) as error:
        ec2.Vpc(stack, "V", ip_addresses=addresses, max_azs=2, nat_gateways=0)  # type: ignore[arg-type]
    assert str(error.value) == (
        "Test/V: ip_addresses.allocate_subnets_cidr() returned 1 subnets for 4 requested ones; return one "
        "AllocatedSubnet per requested subnet, in the order requested"
    )


class _Peer:
    def __init__(self, config: Any, *, can_inline_rule: bool = True) -> None:
        self.config = config
        self.can_inline_rule = can_inline_rule
        self.unique_id = "MyPeer"

    @property
    def connections(self) -> ec2.Connections:
        return ec2.Connections(peer=self)

    def to_ingress_rule_config(self) -> Any:
        return self.config

    def to_egress_rule_config(self) -> Any:
        return self.config


def _group(stack: Stack) -> ec2.SecurityGroup:
    vpc = ec2.Vpc(stack, "V", max_azs=1, nat_gateways=0)
    return ec2.SecurityGroup(stack, "SG", vpc=vpc, allow_all_outbound=False)


def test_peer_rule_config_keeps_camel_case_rule_keys_only(stack: Stack, template: Render) -> None:
    group = _group(stack)
    group.add_ingress_rule(_Peer({"cidrIp": "1.2.3.4/32", "cidr_ip": "9.9.9.9/32"}), ec2.Port.tcp(22))
    separate = _Peer({"cidrIp": "5.6.7.8/32", "source_prefix_list_id": "pl-1"}, can_inline_rule=False)
    group.add_ingress_rule(separate, ec2.Port.tcp(443))
    rendered = template(stack)
    (resource,) = resources_of_type(rendered, "AWS::EC2::SecurityGroup").values()
    assert resource["Properties"]["SecurityGroupIngress"] == [
        {
            "CidrIp": "1.2.3.4/32",
            "Description": "from MyPeer:22",
            "FromPort": 22,
            "IpProtocol": "tcp",
            "ToPort": 22,
        }
    ]
    (rule,) = resources_of_type(rendered, "AWS::EC2::SecurityGroupIngress").values()
    assert rule["Properties"]["CidrIp"] == "5.6.7.8/32"
    assert "SourcePrefixListId" not in rule["Properties"]


def test_peer_rule_config_that_is_not_a_dict_is_a_type_error(stack: Stack) -> None:
    group = _group(stack)
    with pytest.raises(ArgumentTypeError) as error:
        group.add_ingress_rule(_Peer(None), ec2.Port.tcp(22))
    assert str(error.value) == (
        "Test/SG: _Peer.to_ingress_rule_config() returned None; return a dict of rule fields with camelCase "
        "keys, such as {'cidrIp': '10.0.0.0/16'}"
    )


class _AppSecurityGroup:
    """An app's own ISecurityGroup, without the security_group_ref that aws_cdk's binding does not ask for."""

    def __init__(self, inner: ec2.ISecurityGroup) -> None:
        self.inner = inner
        self.node = inner.node
        self.stack = inner.stack
        self.env = inner.env
        self.security_group_id = inner.security_group_id
        self.allow_all_outbound = False
        self.can_inline_rule = False
        self.unique_id = "AppGroup"

    @property
    def connections(self) -> ec2.Connections:
        return ec2.Connections(security_groups=[self])  # type: ignore[list-item]

    def add_ingress_rule(
        self, peer: Any, connection: Any, description: Any = None, remote_rule: Any = None
    ) -> None:
        self.inner.add_ingress_rule(peer, connection, description, remote_rule)

    def add_egress_rule(
        self, peer: Any, connection: Any, description: Any = None, remote_rule: Any = None
    ) -> None:
        self.inner.add_egress_rule(peer, connection, description, remote_rule)

    def to_ingress_rule_config(self) -> dict[str, Any]:
        return {"sourceSecurityGroupId": self.security_group_id}

    def to_egress_rule_config(self) -> dict[str, Any]:
        return {"destinationSecurityGroupId": self.security_group_id}

    def apply_removal_policy(self, policy: Any) -> None:
        pass


def test_app_security_group_without_reference_joins_connections(stack: Stack, template: Render) -> None:
    imported = ec2.SecurityGroup.from_security_group_id(
        stack, "Imported", "sg-0123456789abcdef0", allow_all_outbound=False
    )
    own = _AppSecurityGroup(imported)
    group = _group(stack)
    group.connections.allow_to(own.connections, ec2.Port.tcp(3))
    (egress,) = resources_of_type(template(stack), "AWS::EC2::SecurityGroupEgress").values()
    assert egress["Properties"]["DestinationSecurityGroupId"] == "sg-0123456789abcdef0"
    assert egress["Properties"]["Description"] == "to AppGroup:3"
