"""Port: a protocol and port range of a security group rule."""

from __future__ import annotations

from ..core.errors import ValidationError
from ..core.js_number import js_number_text
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token

_MAX_PORT = 65535


class Protocol(SimpleEnum):
    """IP protocols of security group rules (`IpProtocol`)."""

    ALL = "-1"
    HOPOPT = "0"
    ICMP = "icmp"
    IGMP = "2"
    GGP = "3"
    IPV4 = "4"
    ST = "5"
    TCP = "tcp"
    CBT = "7"
    EGP = "8"
    IGP = "9"
    BBN_RCC_MON = "10"
    NVP_II = "11"
    PUP = "12"
    EMCON = "14"
    XNET = "15"
    CHAOS = "16"
    UDP = "udp"
    MUX = "18"
    DCN_MEAS = "19"
    HMP = "20"
    PRM = "21"
    XNS_IDP = "22"
    TRUNK_1 = "23"
    TRUNK_2 = "24"
    LEAF_1 = "25"
    LEAF_2 = "26"
    RDP = "27"
    IRTP = "28"
    ISO_TP4 = "29"
    NETBLT = "30"
    MFE_NSP = "31"
    MERIT_INP = "32"
    DCCP = "33"
    THREEPC = "34"
    IDPR = "35"
    XTP = "36"
    DDP = "37"
    IDPR_CMTP = "38"
    TPPLUSPLUS = "39"
    IL = "40"
    IPV6 = "41"
    SDRP = "42"
    IPV6_ROUTE = "43"
    IPV6_FRAG = "44"
    IDRP = "45"
    RSVP = "46"
    GRE = "47"
    DSR = "48"
    BNA = "49"
    ESP = "50"
    AH = "51"
    I_NLSP = "52"
    SWIPE = "53"
    NARP = "54"
    MOBILE = "55"
    TLSP = "56"
    SKIP = "57"
    ICMPV6 = "icmpv6"
    IPV6_NONXT = "59"
    IPV6_OPTS = "60"
    CFTP = "62"
    ANY_LOCAL = "63"
    SAT_EXPAK = "64"
    KRYPTOLAN = "65"
    RVD = "66"
    IPPC = "67"
    ANY_DFS = "68"
    SAT_MON = "69"
    VISA = "70"
    IPCV = "71"
    CPNX = "72"
    CPHB = "73"
    WSN = "74"
    PVP = "75"
    BR_SAT_MON = "76"
    SUN_ND = "77"
    WB_MON = "78"
    WB_EXPAK = "79"
    ISO_IP = "80"
    VMTP = "81"
    SECURE_VMTP = "82"
    VINES = "83"
    TTP = "84"
    IPTM = "84"
    NSFNET_IGP = "85"
    DGP = "86"
    TCF = "87"
    EIGRP = "88"
    OSPFIGP = "89"
    SPRITE_RPC = "90"
    LARP = "91"
    MTP = "92"
    AX_25 = "93"
    IPIP = "94"
    MICP = "95"
    SCC_SP = "96"
    ETHERIP = "97"
    ENCAP = "98"
    ANY_ENC = "99"
    GMTP = "100"
    IFMP = "101"
    PNNI = "102"
    PIM = "103"
    ARIS = "104"
    SCPS = "105"
    QNX = "106"
    A_N = "107"
    IPCOMP = "108"
    SNP = "109"
    COMPAQ_PEER = "110"
    IPX_IN_IP = "111"
    VRRP = "112"
    PGM = "113"
    ANY_0_HOP = "114"
    L2_T_P = "115"
    DDX = "116"
    IATP = "117"
    STP = "118"
    SRP = "119"
    UTI = "120"
    SMP = "121"
    SM = "122"
    PTP = "123"
    ISIS_IPV4 = "124"
    FIRE = "125"
    CRTP = "126"
    CRUDP = "127"
    SSCOPMCE = "128"
    IPLT = "129"
    SPS = "130"
    PIPE = "131"
    SCTP = "132"
    FC = "133"
    RSVP_E2E_IGNORE = "134"
    MOBILITY_HEADER = "135"
    UDPLITE = "136"
    MPLS_IN_IP = "137"
    MANET = "138"
    HIP = "139"
    SHIM6 = "140"
    WESP = "141"
    ROHC = "142"
    ETHERNET = "143"
    EXPERIMENT_1 = "253"
    EXPERIMENT_2 = "254"
    RESERVED = "255"


@lazy_frozen(kw_only=True)
class PortProps(metaclass=LazyAttrsMeta):
    """Properties of a Port."""

    protocol: Protocol
    """The protocol."""
    string_representation: str
    """The text that stands for the port in rule ids and descriptions."""
    from_port: float | None = None
    """The first port of the range. Default: none (all ports)."""
    to_port: float | None = None
    """The last port of the range. Default: none (all ports)."""


def _render_port(port: float) -> str:
    return "{IndirectPort}" if Token.is_unresolved(port) else js_number_text(port)


def _check_port(name: str, port: float) -> None:
    # Differs from aws-cdk-lib: it accepts any number and lets CloudFormation reject it at deploy time.
    if Token.is_unresolved(port):
        return
    if not isinstance(port, (int, float)) or isinstance(port, bool) or port != int(port):
        raise TypeError(f"{name} must be a whole number, got {port!r}")
    if not 0 <= port <= _MAX_PORT:
        raise ValidationError(None, f"{name}={port!r} is out of range; use a port from 0 to {_MAX_PORT}")


def _whole(port: float | None) -> float | None:
    """A port given as a whole float (`443.0`) as the int CloudFormation's integer fields take."""
    if port is None or Token.is_unresolved(port) or isinstance(port, int):
        return port
    return int(port)


def _check_range(start_port: float, end_port: float) -> None:
    _check_port("start_port", start_port)
    _check_port("end_port", end_port)
    if not Token.is_unresolved(start_port) and not Token.is_unresolved(end_port) and start_port > end_port:
        raise ValidationError(
            None, f"start_port={start_port!r} is greater than end_port={end_port!r}; swap them"
        )


class Port:
    """A protocol and port range, as security group rules take them."""

    def __init__(
        self,
        *,
        protocol: Protocol,
        string_representation: str,
        from_port: float | None = None,
        to_port: float | None = None,
    ) -> None:
        self._props = PortProps(
            protocol=protocol,
            string_representation=string_representation,
            from_port=_whole(from_port),
            to_port=_whole(to_port),
        )
        self._factory: str | None = None
        self.can_inline_rule: bool = not Token.is_unresolved(from_port) and not Token.is_unresolved(to_port)
        """Whether the rule can be inlined in the security group (ports are not tokens)."""

    @staticmethod
    def _made(
        factory: str,
        protocol: Protocol,
        string_representation: str,
        from_port: float | None = None,
        to_port: float | None = None,
    ) -> Port:
        """A port that shows as the factory call `factory` made it (`Port.tcp(443)`)."""
        port = Port(
            protocol=protocol,
            string_representation=string_representation,
            from_port=from_port,
            to_port=to_port,
        )
        port._factory = factory
        return port

    @staticmethod
    def tcp(port: float) -> Port:
        """A single TCP port."""
        _check_port("port", port)
        return Port._made(f"Port.tcp({port!r})", Protocol.TCP, _render_port(port), port, port)

    @staticmethod
    def tcp_range(start_port: float, end_port: float) -> Port:
        """A range of TCP ports."""
        _check_range(start_port, end_port)
        text = f"{_render_port(start_port)}-{_render_port(end_port)}"
        return Port._made(
            f"Port.tcp_range({start_port!r}, {end_port!r})", Protocol.TCP, text, start_port, end_port
        )

    @staticmethod
    def all_tcp() -> Port:
        """Every TCP port."""
        return Port._made("Port.all_tcp()", Protocol.TCP, "ALL PORTS", 0, _MAX_PORT)

    @staticmethod
    def udp(port: float) -> Port:
        """A single UDP port."""
        _check_port("port", port)
        return Port._made(f"Port.udp({port!r})", Protocol.UDP, f"UDP {_render_port(port)}", port, port)

    @staticmethod
    def udp_range(start_port: float, end_port: float) -> Port:
        """A range of UDP ports."""
        _check_range(start_port, end_port)
        text = f"UDP {_render_port(start_port)}-{_render_port(end_port)}"
        return Port._made(
            f"Port.udp_range({start_port!r}, {end_port!r})", Protocol.UDP, text, start_port, end_port
        )

    @staticmethod
    def all_udp() -> Port:
        """Every UDP port."""
        return Port._made("Port.all_udp()", Protocol.UDP, "UDP ALL PORTS", 0, _MAX_PORT)

    @staticmethod
    def icmp_type_and_code(type: int, code: int) -> Port:  # noqa: A002 - aws_cdk's keyword
        """One ICMP type and code."""
        factory = f"Port.icmp_type_and_code({type!r}, {code!r})"
        return Port._made(factory, Protocol.ICMP, f"ICMP Type {type} Code {code}", type, code)

    @staticmethod
    def icmp_type(type: int) -> Port:  # noqa: A002 - aws_cdk's keyword
        """Every code of one ICMP type."""
        return Port._made(f"Port.icmp_type({type!r})", Protocol.ICMP, f"ICMP Type {type}", type, -1)

    @staticmethod
    def icmp_ping() -> Port:
        """ICMP echo requests (type 8)."""
        return Port._made("Port.icmp_ping()", Protocol.ICMP, "ICMP Type 8", 8, -1)

    @staticmethod
    def all_icmp() -> Port:
        """Every ICMP type and code."""
        return Port._made("Port.all_icmp()", Protocol.ICMP, "ALL ICMP", -1, -1)

    @staticmethod
    def all_icmp_v6() -> Port:
        """Every ICMPv6 type and code."""
        return Port._made("Port.all_icmp_v6()", Protocol.ICMPV6, "ALL ICMPv6", -1, -1)

    @staticmethod
    def all_traffic() -> Port:
        """Every protocol and port."""
        return Port._made("Port.all_traffic()", Protocol.ALL, "ALL TRAFFIC")

    @staticmethod
    def esp() -> Port:
        """IPsec Encapsulating Security Payload (protocol 50)."""
        return Port._made("Port.esp()", Protocol.ESP, "ESP 50", 50, 50)

    @staticmethod
    def ah() -> Port:
        """IPsec Authentication Header (protocol 51)."""
        return Port._made("Port.ah()", Protocol.AH, "AH 51", 51, 51)

    def to_rule_json(self) -> dict[str, object]:
        """The rule fields of this port, with camelCase keys (`ipProtocol`, `fromPort`, `toPort`)."""
        rule: dict[str, object] = {"ipProtocol": self._props.protocol.value}
        if self._props.from_port is not None:
            rule["fromPort"] = self._props.from_port
        if self._props.to_port is not None:
            rule["toPort"] = self._props.to_port
        return rule

    def to_string(self) -> str:
        """The text that stands for the port in rule ids and descriptions (`443`, `UDP 53`, `ALL TRAFFIC`)."""
        return self._props.string_representation

    def __str__(self) -> str:
        return self._props.string_representation

    def __repr__(self) -> str:
        if self._factory is not None:
            return self._factory
        p = self._props
        return (
            f"Port(protocol=Protocol.{p.protocol.name}, string_representation={p.string_representation!r}, "
            f"from_port={p.from_port!r}, to_port={p.to_port!r})"
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Port) and self._props == other._props

    def __hash__(self) -> int:
        return hash(self._props)

    # Well-known ports, as aws_cdk has them.
    SSH: Port
    SMTP: Port
    DNS_UDP: Port
    DNS_TCP: Port
    HTTP: Port
    POP3: Port
    IMAP: Port
    LDAP: Port
    HTTPS: Port
    SMB: Port
    IMAPS: Port
    POP3_S: Port
    MSSQL: Port
    MYSQL_AURORA: Port
    NFS: Port
    POSTGRES: Port
    RDP: Port


def _named_tcp(name: str, number: int) -> Port:
    port = Port.tcp(number)
    port._factory = f"Port.{name}"
    return port


Port.SSH = _named_tcp("SSH", 22)
Port.SMTP = _named_tcp("SMTP", 25)
Port.DNS_TCP = _named_tcp("DNS_TCP", 53)
Port.HTTP = _named_tcp("HTTP", 80)
Port.POP3 = _named_tcp("POP3", 110)
Port.IMAP = _named_tcp("IMAP", 143)
Port.LDAP = _named_tcp("LDAP", 389)
Port.HTTPS = _named_tcp("HTTPS", 443)
Port.SMB = _named_tcp("SMB", 445)
Port.IMAPS = _named_tcp("IMAPS", 993)
Port.POP3_S = _named_tcp("POP3_S", 995)
Port.MSSQL = _named_tcp("MSSQL", 1433)
Port.NFS = _named_tcp("NFS", 2049)
Port.MYSQL_AURORA = _named_tcp("MYSQL_AURORA", 3306)
Port.RDP = _named_tcp("RDP", 3389)
Port.POSTGRES = _named_tcp("POSTGRES", 5432)
Port.DNS_UDP = Port.udp(53)
Port.DNS_UDP._factory = "Port.DNS_UDP"
