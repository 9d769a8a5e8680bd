"""The closed sets of values of Elastic Load Balancing v2: protocols, target types, policies."""

from __future__ import annotations

from ...core.simple_enum import SimpleEnum


class IpAddressType(SimpleEnum):
    """The IP address types a load balancer accepts."""

    IPV4 = "ipv4"
    DUAL_STACK = "dualstack"
    DUAL_STACK_WITHOUT_PUBLIC_IPV4 = "dualstack-without-public-ipv4"


class Protocol(SimpleEnum):
    """Load balancing protocols."""

    HTTP = "HTTP"
    HTTPS = "HTTPS"
    TCP = "TCP"
    TLS = "TLS"
    UDP = "UDP"
    TCP_UDP = "TCP_UDP"


class ApplicationProtocol(SimpleEnum):
    """Protocols of Application Load Balancer listeners and target groups."""

    HTTP = "HTTP"
    HTTPS = "HTTPS"


class ApplicationProtocolVersion(SimpleEnum):
    """The protocol version of an Application Load Balancer target group."""

    GRPC = "GRPC"
    HTTP1 = "HTTP1"
    HTTP2 = "HTTP2"


class TargetType(SimpleEnum):
    """How targets are registered with a target group."""

    INSTANCE = "instance"
    IP = "ip"
    LAMBDA = "lambda"
    ALB = "alb"


class SslPolicy(SimpleEnum):
    """Security policies of HTTPS and TLS listeners."""

    RECOMMENDED_TLS = "ELBSecurityPolicy-TLS13-1-2-2021-06"
    TLS13_12_PQ = "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09"
    RECOMMENDED = "ELBSecurityPolicy-2016-08"
    TLS13_RES = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
    TLS13_EXT1 = "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06"
    TLS13_EXT2 = "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06"
    TLS13_10 = "ELBSecurityPolicy-TLS13-1-0-2021-06"
    TLS13_11 = "ELBSecurityPolicy-TLS13-1-1-2021-06"
    TLS13_13 = "ELBSecurityPolicy-TLS13-1-3-2021-06"
    TLS13_13_PQ = "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"
    TLS13_12_RES_PQ = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"
    TLS13_12_EXT1_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09"
    TLS13_12_EXT2_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09"
    TLS13_10_PQ = "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09"
    FIPS_TLS13_13 = "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04"
    FIPS_TLS13_12_RES = "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04"
    FIPS_TLS13_12 = "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"
    FIPS_TLS13_12_EXT0 = "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04"
    FIPS_TLS13_12_EXT1 = "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04"
    FIPS_TLS13_12_EXT2 = "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04"
    FIPS_TLS13_11 = "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04"
    FIPS_TLS13_10 = "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04"
    FIPS_TLS13_13_PQ = "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09"
    FIPS_TLS13_12_PQ = "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09"
    FIPS_TLS13_12_RES_PQ = "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09"
    FIPS_TLS13_12_EXT0_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09"
    FIPS_TLS13_12_EXT1_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09"
    FIPS_TLS13_12_EXT2_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09"
    FIPS_TLS13_10_PQ = "ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09"
    FORWARD_SECRECY_TLS12_RES_GCM = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
    FORWARD_SECRECY_TLS12_RES = "ELBSecurityPolicy-FS-1-2-Res-2019-08"
    FORWARD_SECRECY_TLS12 = "ELBSecurityPolicy-FS-1-2-2019-08"
    FORWARD_SECRECY_TLS11 = "ELBSecurityPolicy-FS-1-1-2019-08"
    FORWARD_SECRECY = "ELBSecurityPolicy-FS-2018-06"
    TLS12 = "ELBSecurityPolicy-TLS-1-2-2017-01"
    TLS12_EXT = "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"
    TLS11 = "ELBSecurityPolicy-TLS-1-1-2017-01"
    LEGACY = "ELBSecurityPolicy-TLS-1-0-2015-04"


class DesyncMitigationMode(SimpleEnum):
    """How an Application Load Balancer handles requests that may be a desync risk."""

    MONITOR = "monitor"
    DEFENSIVE = "defensive"
    STRICTEST = "strictest"


class XffHeaderProcessingMode(SimpleEnum):
    """How an Application Load Balancer treats the X-Forwarded-For header."""

    APPEND = "append"
    PRESERVE = "preserve"
    REMOVE = "remove"


class TargetGroupLoadBalancingAlgorithmType(SimpleEnum):
    """How an Application Load Balancer picks a target."""

    ROUND_ROBIN = "round_robin"
    LEAST_OUTSTANDING_REQUESTS = "least_outstanding_requests"
    WEIGHTED_RANDOM = "weighted_random"


class TargetGroupIpAddressType(SimpleEnum):
    """The IP address type of a target group."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"


class AlpnPolicy(SimpleEnum):
    """Application-Layer Protocol Negotiation policies of TLS listeners."""

    HTTP1_ONLY = "HTTP1Only"
    HTTP2_ONLY = "HTTP2Only"
    HTTP2_OPTIONAL = "HTTP2Optional"
    HTTP2_PREFERRED = "HTTP2Preferred"
    NONE = "None"


class ClientRoutingPolicy(SimpleEnum):
    """How a Network Load Balancer's DNS spreads clients over availability zones."""

    AVAILABILITY_ZONE_AFFINITY = "availability_zone_affinity"
    PARTIAL_AVAILABILITY_ZONE_AFFINITY = "partial_availability_zone_affinity"
    ANY_AVAILABILITY_ZONE = "any_availability_zone"
