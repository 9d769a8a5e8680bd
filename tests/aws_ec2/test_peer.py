"""Peer: CIDR checks and rule fields."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Fn, Stack
from apigwv2_integrations.aws_ec2 import Peer
from apigwv2_integrations.core.errors import ValidationError


def test_peers_render_rule_fields() -> None:
    peers = [
        Peer.ipv4("10.0.0.0/8"),
        Peer.any_ipv6(),
        Peer.prefix_list("pl-1"),
        Peer.security_group_id("sg-12345678", "111111111111"),
    ]
    assert [
        (p.unique_id, p.can_inline_rule, p.to_ingress_rule_config(), p.to_egress_rule_config()) for p in peers
    ] == [
        ("10.0.0.0/8", True, {"cidrIp": "10.0.0.0/8"}, {"cidrIp": "10.0.0.0/8"}),
        ("::/0", True, {"cidrIpv6": "::/0"}, {"cidrIpv6": "::/0"}),
        ("pl-1", False, {"sourcePrefixListId": "pl-1"}, {"destinationPrefixListId": "pl-1"}),
        (
            "sg-12345678",
            True,
            {"sourceSecurityGroupId": "sg-12345678", "sourceSecurityGroupOwnerId": "111111111111"},
            {"destinationSecurityGroupId": "sg-12345678"},
        ),
    ]


def test_peer_connections_stand_for_the_peer() -> None:
    peer = Peer.any_ipv4()
    assert (peer.connections.security_groups, peer.connections._security_group_rules.as_list()) == (
        [],
        [peer],
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Peer.ipv4("abc"), "cidr_ip='abc' is not an IPv4 CIDR; write it as a.b.c.d/mask"),
        (
            lambda: Peer.ipv4("10.0.0.0"),
            "cidr_ip='10.0.0.0' has no mask; add one, for example '10.0.0.0/32'",
        ),
        (lambda: Peer.ipv6("zz"), "cidr_ip='zz' is not an IPv6 CIDR; write it as address/mask"),
        (lambda: Peer.ipv6("::"), "cidr_ip='::' has no mask; add one, for example '::/128'"),
    ],
)
def test_peer_rejects_malformed_cidr(make: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make()  # type: ignore[operator]
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ("sg-1",),
            "security_group_id='sg-1' is not a security group id; use 'sg-' and 8 to 17 lower-case letters "
            "or digits, e.g. 'sg-0123456789abcdef0'",
        ),
        (
            ("sg-12345678", "1111"),
            "source_security_group_owner_id='1111' is not an account id; use its 12 digits",
        ),
    ],
)
def test_security_group_peer_checks_its_ids(arguments: tuple[str, ...], message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Peer.security_group_id(*arguments)
    assert str(caught.value) == message


def test_security_group_peer_takes_a_token_id(stack: Stack) -> None:
    peer = Peer.security_group_id(Fn.import_value("GroupId"))
    assert stack.resolve(peer.to_egress_rule_config()) == {
        "destinationSecurityGroupId": {"Fn::ImportValue": "GroupId"}
    }
