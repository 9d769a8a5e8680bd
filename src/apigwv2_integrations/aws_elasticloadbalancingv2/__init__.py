"""Elastic Load Balancing v2: Application and Network Load Balancers, listeners, rules and target groups,
and every `Cfn*` class of the service."""

import typing as _typing

from ..cfn.aws_elasticloadbalancingv2 import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_elasticloadbalancingv2 import *  # noqa: F403
    from .alb._types import (
        IApplicationListener,
        IApplicationListenerRef,
        IApplicationLoadBalancer,
        IApplicationLoadBalancerRef,
        IApplicationLoadBalancerTarget,
        IApplicationTargetGroup,
    )
    from .alb.application_listener import (
        AddApplicationActionProps,
        AddApplicationTargetGroupsProps,
        AddApplicationTargetsProps,
        AddRuleProps,
        ApplicationListener,
        ApplicationListenerAttributes,
        ApplicationListenerLookupOptions,
        ApplicationListenerProps,
        BaseApplicationListenerProps,
        MutualAuthentication,
        MutualAuthenticationMode,
    )
    from .alb.application_listener_action import (
        AuthenticateJwtOptions,
        AuthenticateOidcOptions,
        FixedResponseOptions,
        ForwardOptions,
        ListenerAction,
        RedirectOptions,
        UnauthenticatedAction,
        WeightedTargetGroup,
    )
    from .alb.application_listener_certificate import (
        ApplicationListenerCertificate,
        ApplicationListenerCertificateProps,
    )
    from .alb.application_listener_rule import (
        ApplicationListenerRule,
        ApplicationListenerRuleProps,
        BaseApplicationListenerRuleProps,
    )
    from .alb.application_load_balancer import (
        ApplicationLoadBalancer,
        ApplicationLoadBalancerAttributes,
        ApplicationLoadBalancerLookupOptions,
        ApplicationLoadBalancerProps,
        ApplicationLoadBalancerRedirectConfig,
    )
    from .alb.application_load_balancer_metrics import (
        HttpCodeElb,
        HttpCodeTarget,
        IApplicationLoadBalancerMetrics,
    )
    from .alb.application_target_group import ApplicationTargetGroup, ApplicationTargetGroupProps
    from .alb.application_target_group_metrics import IApplicationTargetGroupMetrics
    from .alb.conditions import ListenerCondition, QueryStringCondition
    from .alb.trust_store import ITrustStore, TrustStore, TrustStoreProps
    from .alb.trust_store_revocation import (
        RevocationContent,
        RevocationType,
        TrustStoreRevocation,
        TrustStoreRevocationProps,
    )
    from .nlb._types import (
        INetworkListener,
        INetworkListenerRef,
        INetworkLoadBalancer,
        INetworkLoadBalancerTarget,
        INetworkTargetGroup,
        INetworkTargetGroupRef,
    )
    from .nlb.network_listener import (
        AddNetworkActionProps,
        AddNetworkTargetsProps,
        BaseNetworkListenerProps,
        NetworkListener,
        NetworkListenerLookupOptions,
        NetworkListenerProps,
    )
    from .nlb.network_listener_action import (
        NetworkForwardOptions,
        NetworkListenerAction,
        NetworkWeightedTargetGroup,
    )
    from .nlb.network_load_balancer import (
        NetworkLoadBalancer,
        NetworkLoadBalancerAttributes,
        NetworkLoadBalancerLookupOptions,
        NetworkLoadBalancerProps,
    )
    from .nlb.network_load_balancer_metrics import INetworkLoadBalancerMetrics
    from .nlb.network_target_group import NetworkTargetGroup, NetworkTargetGroupProps
    from .nlb.network_target_group_metrics import INetworkTargetGroupMetrics
    from .nlb.subnet_mapping import SourceNatIpv6Prefix, SubnetMapping
    from .shared.base_listener import BaseListener, BaseListenerLookupOptions, IListener, IListenerAction
    from .shared.base_load_balancer import (
        BaseLoadBalancer,
        BaseLoadBalancerLookupOptions,
        BaseLoadBalancerProps,
        ILoadBalancerV2,
    )
    from .shared.base_target_group import (
        BaseTargetGroupProps,
        HealthCheck,
        ITargetGroup,
        LoadBalancerTargetProps,
        TargetGroupAttributes,
        TargetGroupBase,
        TargetGroupHealth,
    )
    from .shared.enums import (
        AlpnPolicy,
        ApplicationProtocol,
        ApplicationProtocolVersion,
        ClientRoutingPolicy,
        DesyncMitigationMode,
        IpAddressType,
        Protocol,
        SslPolicy,
        TargetGroupIpAddressType,
        TargetGroupLoadBalancingAlgorithmType,
        TargetType,
        XffHeaderProcessingMode,
    )
    from .shared.listener_certificate import IListenerCertificate, ListenerCertificate
else:
    _L2_SOURCES = {
        ".alb._types": (
            "IApplicationListener",
            "IApplicationListenerRef",
            "IApplicationLoadBalancer",
            "IApplicationLoadBalancerRef",
            "IApplicationLoadBalancerTarget",
            "IApplicationTargetGroup",
        ),
        ".alb.application_listener": (
            "ApplicationListenerLookupOptions",
            "AddApplicationActionProps",
            "AddApplicationTargetGroupsProps",
            "AddApplicationTargetsProps",
            "AddRuleProps",
            "ApplicationListener",
            "ApplicationListenerAttributes",
            "ApplicationListenerProps",
            "BaseApplicationListenerProps",
            "MutualAuthentication",
            "MutualAuthenticationMode",
        ),
        ".alb.application_listener_action": (
            "AuthenticateJwtOptions",
            "AuthenticateOidcOptions",
            "FixedResponseOptions",
            "ForwardOptions",
            "ListenerAction",
            "RedirectOptions",
            "UnauthenticatedAction",
            "WeightedTargetGroup",
        ),
        ".alb.application_listener_certificate": (
            "ApplicationListenerCertificate",
            "ApplicationListenerCertificateProps",
        ),
        ".alb.application_listener_rule": (
            "ApplicationListenerRule",
            "ApplicationListenerRuleProps",
            "BaseApplicationListenerRuleProps",
        ),
        ".alb.application_load_balancer": (
            "ApplicationLoadBalancerLookupOptions",
            "ApplicationLoadBalancer",
            "ApplicationLoadBalancerAttributes",
            "ApplicationLoadBalancerProps",
            "ApplicationLoadBalancerRedirectConfig",
        ),
        ".alb.application_target_group_metrics": ("IApplicationTargetGroupMetrics",),
        ".nlb.network_target_group_metrics": ("INetworkTargetGroupMetrics",),
        ".alb.application_load_balancer_metrics": (
            "HttpCodeElb",
            "HttpCodeTarget",
            "IApplicationLoadBalancerMetrics",
        ),
        ".alb.application_target_group": ("ApplicationTargetGroup", "ApplicationTargetGroupProps"),
        ".alb.conditions": ("ListenerCondition", "QueryStringCondition"),
        ".alb.trust_store": ("ITrustStore", "TrustStore", "TrustStoreProps"),
        ".alb.trust_store_revocation": (
            "RevocationContent",
            "RevocationType",
            "TrustStoreRevocation",
            "TrustStoreRevocationProps",
        ),
        ".nlb._types": (
            "INetworkListener",
            "INetworkListenerRef",
            "INetworkLoadBalancer",
            "INetworkLoadBalancerTarget",
            "INetworkTargetGroup",
            "INetworkTargetGroupRef",
        ),
        ".nlb.network_listener": (
            "NetworkListenerLookupOptions",
            "AddNetworkActionProps",
            "AddNetworkTargetsProps",
            "BaseNetworkListenerProps",
            "NetworkListener",
            "NetworkListenerProps",
        ),
        ".nlb.network_listener_action": (
            "NetworkForwardOptions",
            "NetworkListenerAction",
            "NetworkWeightedTargetGroup",
        ),
        ".nlb.network_load_balancer": (
            "NetworkLoadBalancerLookupOptions",
            "NetworkLoadBalancer",
            "NetworkLoadBalancerAttributes",
            "NetworkLoadBalancerProps",
        ),
        ".nlb.network_load_balancer_metrics": ("INetworkLoadBalancerMetrics",),
        ".nlb.subnet_mapping": ("SourceNatIpv6Prefix", "SubnetMapping"),
        ".nlb.network_target_group": ("NetworkTargetGroup", "NetworkTargetGroupProps"),
        ".shared.base_listener": (
            "BaseListenerLookupOptions",
            "BaseListener",
            "IListener",
            "IListenerAction",
        ),
        ".shared.base_load_balancer": (
            "BaseLoadBalancerLookupOptions",
            "BaseLoadBalancer",
            "BaseLoadBalancerProps",
            "ILoadBalancerV2",
        ),
        ".shared.base_target_group": (
            "BaseTargetGroupProps",
            "TargetGroupHealth",
            "HealthCheck",
            "ITargetGroup",
            "LoadBalancerTargetProps",
            "TargetGroupAttributes",
            "TargetGroupBase",
        ),
        ".shared.enums": (
            "AlpnPolicy",
            "ApplicationProtocol",
            "ApplicationProtocolVersion",
            "ClientRoutingPolicy",
            "DesyncMitigationMode",
            "IpAddressType",
            "Protocol",
            "SslPolicy",
            "TargetGroupIpAddressType",
            "TargetGroupLoadBalancingAlgorithmType",
            "TargetType",
            "XffHeaderProcessingMode",
        ),
        ".shared.listener_certificate": ("IListenerCertificate", "ListenerCertificate"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_elasticloadbalancingv2"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "AddApplicationActionProps",
    "AddApplicationTargetGroupsProps",
    "AddApplicationTargetsProps",
    "AddNetworkActionProps",
    "AddNetworkTargetsProps",
    "AddRuleProps",
    "AlpnPolicy",
    "ApplicationListener",
    "ApplicationListenerAttributes",
    "ApplicationListenerCertificate",
    "ApplicationListenerCertificateProps",
    "ApplicationListenerLookupOptions",
    "ApplicationListenerProps",
    "ApplicationListenerRule",
    "ApplicationListenerRuleProps",
    "ApplicationLoadBalancer",
    "ApplicationLoadBalancerAttributes",
    "ApplicationLoadBalancerLookupOptions",
    "ApplicationLoadBalancerProps",
    "ApplicationLoadBalancerRedirectConfig",
    "ApplicationProtocol",
    "ApplicationProtocolVersion",
    "ApplicationTargetGroup",
    "ApplicationTargetGroupProps",
    "AuthenticateJwtOptions",
    "AuthenticateOidcOptions",
    "BaseApplicationListenerProps",
    "BaseApplicationListenerRuleProps",
    "BaseListener",
    "BaseListenerLookupOptions",
    "BaseLoadBalancer",
    "BaseLoadBalancerLookupOptions",
    "BaseLoadBalancerProps",
    "BaseNetworkListenerProps",
    "BaseTargetGroupProps",
    "ClientRoutingPolicy",
    "DesyncMitigationMode",
    "FixedResponseOptions",
    "ForwardOptions",
    "HealthCheck",
    "HttpCodeElb",
    "HttpCodeTarget",
    "IApplicationListener",
    "IApplicationListenerRef",
    "IApplicationLoadBalancer",
    "IApplicationLoadBalancerMetrics",
    "IApplicationLoadBalancerRef",
    "IApplicationLoadBalancerTarget",
    "IApplicationTargetGroup",
    "IApplicationTargetGroupMetrics",
    "IListener",
    "IListenerAction",
    "IListenerCertificate",
    "ILoadBalancerV2",
    "INetworkListener",
    "INetworkListenerRef",
    "INetworkLoadBalancer",
    "INetworkLoadBalancerMetrics",
    "INetworkLoadBalancerTarget",
    "INetworkTargetGroup",
    "INetworkTargetGroupMetrics",
    "INetworkTargetGroupRef",
    "ITargetGroup",
    "ITrustStore",
    "IpAddressType",
    "ListenerAction",
    "ListenerCertificate",
    "ListenerCondition",
    "LoadBalancerTargetProps",
    "MutualAuthentication",
    "MutualAuthenticationMode",
    "NetworkForwardOptions",
    "NetworkListener",
    "NetworkListenerAction",
    "NetworkListenerLookupOptions",
    "NetworkListenerProps",
    "NetworkLoadBalancer",
    "NetworkLoadBalancerAttributes",
    "NetworkLoadBalancerLookupOptions",
    "NetworkLoadBalancerProps",
    "NetworkTargetGroup",
    "NetworkTargetGroupProps",
    "NetworkWeightedTargetGroup",
    "Protocol",
    "QueryStringCondition",
    "RedirectOptions",
    "RevocationContent",
    "RevocationType",
    "SourceNatIpv6Prefix",
    "SslPolicy",
    "SubnetMapping",
    "TargetGroupAttributes",
    "TargetGroupBase",
    "TargetGroupHealth",
    "TargetGroupIpAddressType",
    "TargetGroupLoadBalancingAlgorithmType",
    "TargetType",
    "TrustStore",
    "TrustStoreProps",
    "TrustStoreRevocation",
    "TrustStoreRevocationProps",
    "UnauthenticatedAction",
    "WeightedTargetGroup",
    "XffHeaderProcessingMode",
]
