"""Alias record targets for Amazon Route 53."""

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
