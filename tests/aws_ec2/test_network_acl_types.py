"""AclCidr and AclTraffic: the address range and traffic of a network ACL entry."""

from __future__ import annotations

from apigwv2_integrations.aws_ec2 import (
    AclCidr,
    AclCidrConfig,
    AclIcmp,
    AclPortRange,
    AclTraffic,
    AclTrafficConfig,
)


def test_acl_cidr_ipv4_and_any_ipv4_give_the_cidr_block() -> None:
    assert AclCidr.ipv4("10.0.0.0/16").to_cidr_config() == AclCidrConfig(cidr_block="10.0.0.0/16")
    assert AclCidr.any_ipv4().to_cidr_config() == AclCidrConfig(cidr_block="0.0.0.0/0")


def test_acl_cidr_ipv6_and_any_ipv6_give_the_ipv6_cidr_block() -> None:
    assert AclCidr.ipv6("2001:db8::/32").to_cidr_config() == AclCidrConfig(ipv6_cidr_block="2001:db8::/32")
    assert AclCidr.any_ipv6().to_cidr_config() == AclCidrConfig(ipv6_cidr_block="::/0")


def test_acl_traffic_all_traffic_is_protocol_minus_one() -> None:
    assert AclTraffic.all_traffic().to_traffic_config() == AclTrafficConfig(protocol=-1)


def test_acl_traffic_icmp_and_icmpv6_carry_type_and_code() -> None:
    assert AclTraffic.icmp(type=8, code=-1).to_traffic_config() == AclTrafficConfig(
        protocol=1, icmp=AclIcmp(code=-1, type=8)
    )
    assert AclTraffic.icmpv6(code=2).to_traffic_config() == AclTrafficConfig(
        protocol=58, icmp=AclIcmp(code=2)
    )


def test_acl_traffic_ports_and_ranges_of_tcp_and_udp() -> None:
    assert AclTraffic.tcp_port(443).to_traffic_config() == AclTrafficConfig(
        protocol=6, port_range=AclPortRange(from_=443, to=443)
    )
    assert AclTraffic.tcp_port_range(1024, 65535).to_traffic_config() == AclTrafficConfig(
        protocol=6, port_range=AclPortRange(from_=1024, to=65535)
    )
    assert AclTraffic.udp_port(53).to_traffic_config() == AclTrafficConfig(
        protocol=17, port_range=AclPortRange(from_=53, to=53)
    )
    assert AclTraffic.udp_port_range(5000, 5100).to_traffic_config() == AclTrafficConfig(
        protocol=17, port_range=AclPortRange(from_=5000, to=5100)
    )


def test_traffic_config_accepts_dicts_for_icmp_and_port_range() -> None:
    config = AclTrafficConfig(protocol=6, port_range={"from_": 1, "to": 2}, icmp={"type": 3})
    assert (config.port_range, config.icmp) == (AclPortRange(from_=1, to=2), AclIcmp(type=3))


def test_cidr_and_traffic_repr_as_the_factory_call() -> None:
    assert repr(AclCidr.ipv4("10.0.0.0/8")) == "AclCidr.ipv4('10.0.0.0/8')"
    assert repr(AclCidr.any_ipv6()) == "AclCidr.any_ipv6()"
    assert repr(AclTraffic.icmp(type=8)) == "AclTraffic.icmp(type=8)"
    assert repr(AclTraffic.tcp_port_range(1, 2)) == "AclTraffic.tcp_port_range(1, 2)"
