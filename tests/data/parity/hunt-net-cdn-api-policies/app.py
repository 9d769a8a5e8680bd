"""CloudFront in front of an HTTP API and a static site bucket: custom policies, a viewer function,
extra behaviors, error pages, logging, a certificate from us-east-1 and Route 53 aliases."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integ
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as r53t
from aws_cdk import aws_s3 as s3


class CdnStack(cdk.Stack):
    def __init__(self, scope, id, **kw):
        super().__init__(scope, id, **kw)
        zone = route53.HostedZone.from_hosted_zone_attributes(self, "Zone", hosted_zone_id="Z0123456789ABC", zone_name="example.org")
        cert = acm.Certificate(self, "SiteCert", domain_name="www.example.org", subject_alternative_names=["example.org"],
                               validation=acm.CertificateValidation.from_dns(zone))
        handler = lambda_.Function(self, "ApiFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                   code=lambda_.Code.from_inline("def handler(e, c):\n    return {'statusCode': 200}"))
        api = apigwv2.HttpApi(self, "Api", default_integration=integ.HttpLambdaIntegration("ApiIntegration", handler))

        site = s3.Bucket(self, "Site", block_public_access=s3.BlockPublicAccess.BLOCK_ALL, enforce_ssl=True,
                         removal_policy=cdk.RemovalPolicy.DESTROY)
        logs_bucket = s3.Bucket(self, "CdnLogs", object_ownership=s3.ObjectOwnership.OBJECT_WRITER,
                                lifecycle_rules=[s3.LifecycleRule(expiration=cdk.Duration.days(30))])

        api_domain = cdk.Fn.select(2, cdk.Fn.split("/", api.api_endpoint))
        api_origin = origins.HttpOrigin(api_domain, protocol_policy=cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
                                        origin_ssl_protocols=[cloudfront.OriginSslPolicy.TLS_V1_2],
                                        custom_headers={"X-Origin-Verify": "secret-value"},
                                        read_timeout=cdk.Duration.seconds(45), keepalive_timeout=cdk.Duration.seconds(30),
                                        connection_attempts=2, connection_timeout=cdk.Duration.seconds(5))
        api_cache = cloudfront.CachePolicy(self, "ApiCache", cache_policy_name="api-short",
                                           default_ttl=cdk.Duration.seconds(10), min_ttl=cdk.Duration.seconds(0), max_ttl=cdk.Duration.minutes(5),
                                           header_behavior=cloudfront.CacheHeaderBehavior.allow_list("Authorization"),
                                           query_string_behavior=cloudfront.CacheQueryStringBehavior.all(),
                                           cookie_behavior=cloudfront.CacheCookieBehavior.none(),
                                           enable_accept_encoding_gzip=True, enable_accept_encoding_brotli=True)
        api_requests = cloudfront.OriginRequestPolicy(self, "ApiRequests",
                                                      header_behavior=cloudfront.OriginRequestHeaderBehavior.allow_list("X-Request-Id", "Accept-Language"),
                                                      query_string_behavior=cloudfront.OriginRequestQueryStringBehavior.all(),
                                                      cookie_behavior=cloudfront.OriginRequestCookieBehavior.allow_list("session"))
        headers = cloudfront.ResponseHeadersPolicy(
            self, "Headers",
            comment="security headers",
            cors_behavior=cloudfront.ResponseHeadersCorsBehavior(
                access_control_allow_credentials=False,
                access_control_allow_headers=["*"],
                access_control_allow_methods=["GET", "POST", "OPTIONS"],
                access_control_allow_origins=["https://www.example.org"],
                access_control_max_age=cdk.Duration.seconds(600),
                origin_override=True,
            ),
            security_headers_behavior=cloudfront.ResponseSecurityHeadersBehavior(
                strict_transport_security=cloudfront.ResponseHeadersStrictTransportSecurity(
                    access_control_max_age=cdk.Duration.days(365), include_subdomains=True, override=True),
                content_type_options=cloudfront.ResponseHeadersContentTypeOptions(override=True),
                frame_options=cloudfront.ResponseHeadersFrameOptions(frame_option=cloudfront.HeadersFrameOption.DENY, override=True),
                referrer_policy=cloudfront.ResponseHeadersReferrerPolicy(referrer_policy=cloudfront.HeadersReferrerPolicy.NO_REFERRER, override=True),
            ),
            custom_headers_behavior=cloudfront.ResponseCustomHeadersBehavior(custom_headers=[
                cloudfront.ResponseCustomHeader(header="X-Served-By", value="cdn", override=False)]),
            remove_headers=["Server"],
            server_timing_sampling_rate=50,
        )
        rewrite = cloudfront.Function(self, "Rewrite", code=cloudfront.FunctionCode.from_inline(
            "function handler(event) { var r = event.request; if (r.uri.endsWith('/')) { r.uri += 'index.html'; } return r; }"),
            runtime=cloudfront.FunctionRuntime.JS_2_0, comment="index rewrite")
        dist = cloudfront.Distribution(
            self, "Dist",
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.S3BucketOrigin.with_origin_access_control(site),
                viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                cache_policy=cloudfront.CachePolicy.CACHING_OPTIMIZED,
                response_headers_policy=headers,
                function_associations=[cloudfront.FunctionAssociation(function=rewrite, event_type=cloudfront.FunctionEventType.VIEWER_REQUEST)],
                compress=True,
            ),
            additional_behaviors={
                "/api/*": cloudfront.BehaviorOptions(
                    origin=api_origin,
                    allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL,
                    cached_methods=cloudfront.CachedMethods.CACHE_GET_HEAD_OPTIONS,
                    viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
                    cache_policy=api_cache,
                    origin_request_policy=api_requests,
                ),
                "/health": cloudfront.BehaviorOptions(
                    origin=api_origin,
                    cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
                    origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
                ),
            },
            domain_names=["www.example.org", "example.org"],
            certificate=cert,
            default_root_object="index.html",
            error_responses=[
                cloudfront.ErrorResponse(http_status=403, response_http_status=200, response_page_path="/index.html", ttl=cdk.Duration.seconds(0)),
                cloudfront.ErrorResponse(http_status=404, response_http_status=404, response_page_path="/404.html"),
            ],
            enable_logging=True, log_bucket=logs_bucket, log_file_prefix="cdn/", log_includes_cookies=True,
            geo_restriction=cloudfront.GeoRestriction.allowlist("US", "CA", "GB"),
            price_class=cloudfront.PriceClass.PRICE_CLASS_100,
            http_version=cloudfront.HttpVersion.HTTP2_AND_3,
            minimum_protocol_version=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
            comment="site and api",
        )
        for name, rec in [("Apex", None), ("Www", "www")]:
            route53.ARecord(self, f"{name}A", zone=zone, record_name=rec, target=route53.RecordTarget.from_alias(r53t.CloudFrontTarget(dist)))
            route53.AaaaRecord(self, f"{name}Aaaa", zone=zone, record_name=rec, target=route53.RecordTarget.from_alias(r53t.CloudFrontTarget(dist)))
        cdk.CfnOutput(self, "DistributionDomain", value=dist.distribution_domain_name)
        cdk.CfnOutput(self, "DistributionId", value=dist.distribution_id)
        cdk.CfnOutput(self, "DistributionArn", value=dist.distribution_arn)
        cdk.CfnOutput(self, "ApiUrl", value=api.url or "")


app = cdk.App()
CdnStack(app, "CdnSite", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
