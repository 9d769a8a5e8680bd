"""A distribution in front of an HTTP API (its execute-api domain as an HttpOrigin) and a website origin: managed cache, origin request and response headers policies, an added behavior, error responses, a certificate and the distribution's domain name and ID as outputs."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-api-origin")

api = apigwv2.HttpApi(stack, "Api")
api_origin = origins.HttpOrigin(
    f"{api.api_id}.execute-api.{stack.region}.amazonaws.com",
    read_timeout=cdk.Duration.seconds(60),
    custom_headers={"X-Origin-Verify": "secret"},
)
site = origins.HttpOrigin("site.example.com", origin_path="static/", protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY)
certificate = acm.Certificate.from_certificate_arn(
    stack, "Certificate", "arn:aws:acm:us-east-1:111111111111:certificate/1234"
)

distribution = cloudfront.Distribution(
    stack,
    "Distribution",
    default_behavior=cloudfront.BehaviorOptions(
        origin=site,
        viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        response_headers_policy=cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
    ),
    additional_behaviors={
        "/api/*": cloudfront.BehaviorOptions(
            origin=api_origin,
            allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL,
            cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
            origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        ),
    },
    default_root_object="index.html",
    domain_names=["www.example.com"],
    certificate=certificate,
    error_responses=[
        cloudfront.ErrorResponse(http_status=404, response_http_status=200, response_page_path="/index.html"),
        cloudfront.ErrorResponse(http_status=503, ttl=cdk.Duration.seconds(5)),
    ],
    price_class=cloudfront.PriceClass.PRICE_CLASS_100,
    http_version=cloudfront.HttpVersion.HTTP2_AND_3,
    comment="site and API",
)
distribution.add_behavior(
    "/assets/*",
    site,
    cache_policy=cloudfront.CachePolicy.CACHING_OPTIMIZED,
    compress=False,
    cached_methods=cloudfront.CachedMethods.CACHE_GET_HEAD_OPTIONS,
    allowed_methods=cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
)

cdk.CfnOutput(stack, "DomainName", value=distribution.distribution_domain_name)
cdk.CfnOutput(stack, "DistributionId", value=distribution.distribution_id)

app.synth()
