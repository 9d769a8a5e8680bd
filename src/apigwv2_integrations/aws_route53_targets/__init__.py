"""Alias record targets for Amazon Route 53."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an API's domain target does not import the others'
# services. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .api_gateway_domain_name import ApiGateway, ApiGatewayDomain
    from .api_gatewayv2_domain_name import ApiGatewayv2DomainProperties
    from .appsync_target import AppSyncTarget
    from .bucket_website_target import BucketWebsiteTarget
    from .classic_load_balancer_target import ClassicLoadBalancerTarget
    from .cloudfront_target import CloudFrontTarget
    from .elastic_beanstalk_environment_target import ElasticBeanstalkEnvironmentEndpointTarget
    from .global_accelerator_target import GlobalAcceleratorDomainTarget, GlobalAcceleratorTarget
    from .interface_vpc_endpoint_target import InterfaceVpcEndpointTarget
    from .load_balancer_target import LoadBalancerTarget
    from .route53_record import Route53RecordTarget
    from .shared import IAliasRecordTargetProps
    from .userpool_domain import UserPoolDomainTarget
else:
    _SOURCES = {
        ".api_gateway_domain_name": ("ApiGateway", "ApiGatewayDomain"),
        ".api_gatewayv2_domain_name": ("ApiGatewayv2DomainProperties",),
        ".appsync_target": ("AppSyncTarget",),
        ".bucket_website_target": ("BucketWebsiteTarget",),
        ".classic_load_balancer_target": ("ClassicLoadBalancerTarget",),
        ".cloudfront_target": ("CloudFrontTarget",),
        ".elastic_beanstalk_environment_target": ("ElasticBeanstalkEnvironmentEndpointTarget",),
        ".global_accelerator_target": ("GlobalAcceleratorDomainTarget", "GlobalAcceleratorTarget"),
        ".interface_vpc_endpoint_target": ("InterfaceVpcEndpointTarget",),
        ".load_balancer_target": ("LoadBalancerTarget",),
        ".route53_record": ("Route53RecordTarget",),
        ".shared": ("IAliasRecordTargetProps",),
        ".userpool_domain": ("UserPoolDomainTarget",),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "ApiGateway",
    "ApiGatewayDomain",
    "ApiGatewayv2DomainProperties",
    "AppSyncTarget",
    "BucketWebsiteTarget",
    "ClassicLoadBalancerTarget",
    "CloudFrontTarget",
    "ElasticBeanstalkEnvironmentEndpointTarget",
    "GlobalAcceleratorDomainTarget",
    "GlobalAcceleratorTarget",
    "IAliasRecordTargetProps",
    "InterfaceVpcEndpointTarget",
    "LoadBalancerTarget",
    "Route53RecordTarget",
    "UserPoolDomainTarget",
]
