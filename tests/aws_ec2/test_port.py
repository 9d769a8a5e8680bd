"""Port: rule fields, text forms and range checks."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Fn, Token
from apigwv2_integrations.aws_ec2 import Port, Protocol
from apigwv2_integrations.core.errors import ValidationError


@pytest.mark.parametrize(
    ("port", "text", "rule"),
    [
        (Port.tcp(443), "443", {"ipProtocol": "tcp", "fromPort": 443, "toPort": 443}),
        (Port.tcp_range(8000, 8100), "8000-8100", {"ipProtocol": "tcp", "fromPort": 8000, "toPort": 8100}),
        (Port.all_tcp(), "ALL PORTS", {"ipProtocol": "tcp", "fromPort": 0, "toPort": 65535}),
        (Port.udp(53), "UDP 53", {"ipProtocol": "udp", "fromPort": 53, "toPort": 53}),
        (Port.udp_range(1, 2), "UDP 1-2", {"ipProtocol": "udp", "fromPort": 1, "toPort": 2}),
        (Port.all_udp(), "UDP ALL PORTS", {"ipProtocol": "udp", "fromPort": 0, "toPort": 65535}),
        (Port.icmp_ping(), "ICMP Type 8", {"ipProtocol": "icmp", "fromPort": 8, "toPort": -1}),
        (
            Port.icmp_type_and_code(3, 4),
            "ICMP Type 3 Code 4",
            {"ipProtocol": "icmp", "fromPort": 3, "toPort": 4},
        ),
        (Port.all_icmp(), "ALL ICMP", {"ipProtocol": "icmp", "fromPort": -1, "toPort": -1}),
        (Port.all_icmp_v6(), "ALL ICMPv6", {"ipProtocol": "icmpv6", "fromPort": -1, "toPort": -1}),
        (Port.all_traffic(), "ALL TRAFFIC", {"ipProtocol": "-1"}),
        (Port.esp(), "ESP 50", {"ipProtocol": "50", "fromPort": 50, "toPort": 50}),
        (Port.ah(), "AH 51", {"ipProtocol": "51", "fromPort": 51, "toPort": 51}),
        (Port.HTTPS, "443", {"ipProtocol": "tcp", "fromPort": 443, "toPort": 443}),
        (Port.DNS_UDP, "UDP 53", {"ipProtocol": "udp", "fromPort": 53, "toPort": 53}),
    ],
)
def test_port_renders_text_and_rule_fields(port: Port, text: str, rule: dict[str, object]) -> None:
    assert (port.to_string(), str(port), port.to_rule_json()) == (text, text, rule)


def test_port_repr_is_the_factory_call() -> None:
    assert [repr(Port.tcp(80)), repr(Port.HTTPS), repr(Port.tcp_range(1, 2))] == [
        "Port.tcp(80)",
        "Port.HTTPS",
        "Port.tcp_range(1, 2)",
    ]


def test_port_constructor_takes_any_protocol() -> None:
    port = Port(protocol=Protocol.GRE, string_representation="GRE")
    assert (port.to_rule_json(), port.can_inline_rule) == ({"ipProtocol": "47"}, True)


def test_tcp_rejects_port_out_of_range() -> None:
    with pytest.raises(ValidationError) as caught:
        Port.tcp(70000)
    assert str(caught.value) == "port=70000 is out of range; use a port from 0 to 65535"


def test_tcp_range_rejects_reversed_range() -> None:
    with pytest.raises(ValidationError) as caught:
        Port.tcp_range(100, 50)
    assert str(caught.value) == "start_port=100 is greater than end_port=50; swap them"


def test_udp_rejects_non_integer_port() -> None:
    with pytest.raises(TypeError) as caught:
        Port.udp("53")  # type: ignore[arg-type]
    assert str(caught.value) == "Port.udp: port='53' is a str; use a number"


def test_whole_float_ports_render_as_integers() -> None:
    port = Port.udp_range(1000.0, 2000)
    assert (port.to_string(), port.to_rule_json()) == (
        "UDP 1000-2000",
        {"ipProtocol": "udp", "fromPort": 1000, "toPort": 2000},
    )


def test_fractional_port_is_rejected() -> None:
    with pytest.raises(TypeError) as caught:
        Port.tcp(443.5)
    assert str(caught.value) == "port must be a whole number, got 443.5"


def test_token_port_stays_a_token() -> None:
    port = Port.tcp(Token.as_number(Fn.import_value("Port")))
    assert (port.to_string(), port.can_inline_rule) == ("{IndirectPort}", False)
