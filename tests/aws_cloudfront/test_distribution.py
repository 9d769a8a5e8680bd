"""Distribution: behaviors, origins, defaults and the errors of bad input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Stack
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.aws_cloudfront import (
    AllowedMethods,
    BehaviorOptions,
    CachePolicy,
    Distribution,
    EdgeLambda,
    ErrorResponse,
    GeoRestriction,
    LambdaEdgeEventType,
    OriginRequestPolicy,
    ViewerProtocolPolicy,
)
from apigwv2_integrations.aws_cloudfront_origins import HttpOrigin
from apigwv2_integrations.aws_iam import AccountRootPrincipal, Role
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.aws_s3 import Bucket, ObjectOwnership
from apigwv2_integrations.core.errors import ArgumentTypeError, InvalidValueError, ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _config(template: dict[str, Any]) -> dict[str, Any]:
    (resource,) = (r for r in template["Resources"].values() if r["Type"] == "AWS::CloudFront::Distribution")
    config: dict[str, Any] = resource["Properties"]["DistributionConfig"]
    return config


def test_defaults_render_one_https_origin_and_the_optimized_cache_policy(
    stack: Stack, template: Render
) -> None:
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")))
    assert _config(template(stack)) == {
        "DefaultCacheBehavior": {
            "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6",
            "Compress": True,
            "TargetOriginId": "TestDistOrigin17BC8FF2A",
            "ViewerProtocolPolicy": "allow-all",
        },
        "Enabled": True,
        "HttpVersion": "http2",
        "IPV6Enabled": True,
        "Origins": [
            {
                "CustomOriginConfig": {
                    "OriginProtocolPolicy": "https-only",
                    "OriginSSLProtocols": ["TLSv1.2"],
                },
                "DomainName": "example.com",
                "Id": "TestDistOrigin17BC8FF2A",
            }
        ],
    }


def test_an_origin_used_by_two_behaviors_is_rendered_once(stack: Stack, template: Render) -> None:
    origin = HttpOrigin("example.com")
    dist = Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=origin))
    dist.add_behavior(
        "/api/*",
        origin,
        allowed_methods=AllowedMethods.ALLOW_ALL,
        cache_policy=CachePolicy.CACHING_DISABLED,
        origin_request_policy=OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        viewer_protocol_policy=ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    )
    config = _config(template(stack))
    assert len(config["Origins"]) == 1
    assert config["CacheBehaviors"] == [
        {
            "AllowedMethods": ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
            "CachePolicyId": "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
            "Compress": True,
            "OriginRequestPolicyId": "b689b0a8-53d0-40ab-baf2-68738e2966ac",
            "PathPattern": "/api/*",
            "TargetOriginId": config["Origins"][0]["Id"],
            "ViewerProtocolPolicy": "redirect-to-https",
        }
    ]


def test_the_cdk_init_flag_redirects_viewers_to_https_by_default(tmp_path: Any, template: Render) -> None:
    app = App(
        outdir=str(tmp_path),
        context={"@aws-cdk/aws-cloudfront:defaultViewerProtocolPolicyRedirectToHttps": True},
    )
    stack = Stack(app, "Test")
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")))
    assert _config(template(stack))["DefaultCacheBehavior"]["ViewerProtocolPolicy"] == "redirect-to-https"


def test_error_responses_comment_and_certificate(stack: Stack, template: Render) -> None:
    certificate = Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:us-east-1:111111111111:certificate/abc"
    )
    Distribution(
        stack,
        "Dist",
        default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")),
        certificate=certificate,
        domain_names=["www.example.com"],
        comment="x" * 200,
        error_responses=[
            ErrorResponse(http_status=404, response_page_path="/index.html"),
            ErrorResponse(http_status=503, ttl=Duration.seconds(5)),
        ],
    )
    config = _config(template(stack))
    assert config["Comment"] == "x" * 125 + "..."
    assert config["CustomErrorResponses"] == [
        {"ErrorCode": 404, "ResponseCode": 404, "ResponsePagePath": "/index.html"},
        {"ErrorCachingMinTTL": 5, "ErrorCode": 503},
    ]
    assert config["ViewerCertificate"] == {
        "AcmCertificateArn": "arn:aws:acm:us-east-1:111111111111:certificate/abc",
        "MinimumProtocolVersion": "TLSv1.2_2021",
        "SslSupportMethod": "sni-only",
    }


def test_a_certificate_outside_us_east_1_is_refused(stack: Stack) -> None:
    certificate = Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:eu-west-1:111111111111:certificate/abc"
    )
    with pytest.raises(ValidationError) as error:
        Distribution(
            stack,
            "Dist",
            default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")),
            certificate=certificate,
            domain_names=["www.example.com"],
        )
    assert str(error.value) == (
        f"Test/Dist: certificate={certificate!r} is in eu-west-1; use a certificate in us-east-1, where "
        "CloudFront reads certificates"
    )


def test_an_error_response_that_sets_nothing_is_refused(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Distribution(
            stack,
            "Dist",
            default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")),
            error_responses=[ErrorResponse(http_status=404)],
        )
    assert str(error.value) == (
        "Test/Dist: error_responses: ErrorResponse(http_status=404, response_http_status=None, "
        "response_page_path=None, ttl=None) sets none of ttl, response_http_status and response_page_path; "
        "give at least one"
    )


def test_a_behavior_for_star_is_refused(stack: Stack) -> None:
    dist = Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")))
    with pytest.raises(ValidationError) as error:
        dist.add_behavior("*", HttpOrigin("other.example.com"))
    assert str(error.value) == (
        "Test/Dist: path_pattern='*' is the default behavior's; use default_behavior or a narrower pattern"
    )


def test_keywords_not_rendered_yet_are_refused_by_name(stack: Stack) -> None:
    origin = HttpOrigin("example.com")
    with pytest.raises(ArgumentTypeError) as error:
        Distribution(
            stack, "Dist", default_behavior=BehaviorOptions(origin=origin), publish_additional_metrics=True
        )
    assert str(error.value) == (
        "Distribution 'Dist': publish_additional_metrics is not supported yet; leave it out"
    )
    dist = Distribution(stack, "Dist2", default_behavior=BehaviorOptions(origin=origin))
    with pytest.raises(ArgumentTypeError) as error:
        dist.add_behavior("/a/*", origin, trusted_key_groups=[])
    assert str(error.value) == "BehaviorOptions: trusted_key_groups is not supported yet; leave it out"


def test_a_default_behavior_of_the_wrong_type_is_a_type_error(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as error:
        Distribution(stack, "Dist", default_behavior="example.com")  # type: ignore[arg-type]
    assert str(error.value) == (
        "Test/Dist: default_behavior='example.com' is a str; use a BehaviorOptions or a dict of "
        "BehaviorOptions fields"
    )


def test_distribution_id_and_domain_name_are_the_resource_ref_and_attribute(stack: Stack) -> None:
    dist = Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")))
    assert stack.resolve(dist.distribution_id) == {"Ref": "DistB3B78991"}
    assert stack.resolve(dist.distribution_domain_name) == {"Fn::GetAtt": ["DistB3B78991", "DomainName"]}


def test_distribution_arn_is_formatted_in_the_stack_account(app: App) -> None:
    stack = Stack(app, "Test", env={"account": "123456789012", "region": "us-east-1"})
    dist = Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")))
    assert stack.resolve(dist.distribution_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":cloudfront::123456789012:distribution/",
                {"Ref": "DistB3B78991"},
            ],
        ]
    }


def test_geo_restriction_logging_and_web_acl_are_rendered(stack: Stack, template: Render) -> None:
    logs = Bucket(stack, "Logs", object_ownership=ObjectOwnership.OBJECT_WRITER)
    Distribution(
        stack,
        "Dist",
        default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")),
        geo_restriction=GeoRestriction.allowlist("US", "CA"),
        log_bucket=logs,
        log_file_prefix="cdn/",
        log_includes_cookies=True,
        web_acl_id="arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/abc",
    )
    (resource,) = resources_of_type(template(stack), "AWS::CloudFront::Distribution").values()
    config = resource["Properties"]["DistributionConfig"]
    assert config["Restrictions"] == {
        "GeoRestriction": {"Locations": ["US", "CA"], "RestrictionType": "whitelist"}
    }
    assert config["Logging"] == {
        "Bucket": {"Fn::GetAtt": ["Logs6819BB44", "RegionalDomainName"]},
        "IncludeCookies": True,
        "Prefix": "cdn/",
    }
    assert config["WebACLId"] == "arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/abc"


def test_enable_logging_without_a_bucket_makes_one_with_acls(stack: Stack, template: Render) -> None:
    Distribution(
        stack,
        "Dist",
        default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")),
        geo_restriction=GeoRestriction.denylist("RU"),
        enable_logging=True,
    )
    rendered = template(stack)
    (bucket,) = resources_of_type(rendered, "AWS::S3::Bucket").values()
    assert bucket["Properties"] == {
        "BucketEncryption": {
            "ServerSideEncryptionConfiguration": [
                {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}
            ]
        },
        "OwnershipControls": {"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
    }
    (resource,) = resources_of_type(rendered, "AWS::CloudFront::Distribution").values()
    config = resource["Properties"]["DistributionConfig"]
    assert config["Logging"] == {
        "Bucket": {"Fn::GetAtt": ["DistLoggingBucket86DF9CA0", "RegionalDomainName"]}
    }
    assert config["Restrictions"]["GeoRestriction"]["RestrictionType"] == "blacklist"


def test_a_log_bucket_with_logging_turned_off_is_refused(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Distribution(
            stack,
            "Dist",
            default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")),
            enable_logging=False,
            log_bucket=Bucket(stack, "Logs"),
        )
    assert str(error.value) == (
        "Test/Dist: enable_logging=False with a log_bucket: logging is turned off but a bucket is given for it; "
        "leave out log_bucket or set enable_logging=True"
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: GeoRestriction.allowlist(), "GeoRestriction.allowlist: no location given"),
        (
            lambda: GeoRestriction.denylist("us"),
            "GeoRestriction.denylist: location 'us' is not a country code",
        ),
        (
            lambda: GeoRestriction.allowlist("USA"),
            "GeoRestriction.allowlist: location 'USA' is not a country",
        ),
    ],
)
def test_geo_restriction_locations_are_two_letter_uppercase_codes(
    make: Callable[[], Any], message: str
) -> None:
    with pytest.raises(InvalidValueError, match=f"^{message}"):
        make()


def _edge_function(stack: Stack, id: str) -> Function:
    return Function(
        stack, id, runtime=Runtime.NODEJS_20_X, handler="index.handler", code=Code.from_inline("x")
    )


def test_edge_lambdas_are_associated_and_their_role_trusts_lambda_at_edge(
    stack: Stack, template: Render
) -> None:
    auth = _edge_function(stack, "Auth")
    Distribution(
        stack,
        "Dist",
        default_behavior=BehaviorOptions(
            origin=HttpOrigin("example.com"),
            edge_lambdas=[
                EdgeLambda(
                    function_version=auth.current_version,
                    event_type=LambdaEdgeEventType.VIEWER_REQUEST,
                    include_body=True,
                ),
                {"function_version": auth.current_version, "event_type": LambdaEdgeEventType.ORIGIN_RESPONSE},
            ],
        ),
    )
    rendered = template(stack)
    (resource,) = resources_of_type(rendered, "AWS::CloudFront::Distribution").values()
    associations = resource["Properties"]["DistributionConfig"]["DefaultCacheBehavior"][
        "LambdaFunctionAssociations"
    ]
    version = stack.resolve(auth.current_version.function_arn)
    assert version == {"Ref": "AuthCurrentVersion3950FC06a543a4d762673981449cc170753a88e3"}
    assert associations == [
        {"EventType": "viewer-request", "IncludeBody": True, "LambdaFunctionARN": version},
        {"EventType": "origin-response", "LambdaFunctionARN": version},
    ]
    (role,) = resources_of_type(rendered, "AWS::IAM::Role").values()
    assert role["Properties"]["AssumeRolePolicyDocument"]["Statement"] == [
        {"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}},
        {"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "edgelambda.amazonaws.com"}},
    ]


def test_edge_lambdas_refuse_a_body_on_responses_and_the_latest_version(stack: Stack) -> None:
    edge = _edge_function(stack, "Edge")
    origin = HttpOrigin("example.com")
    with pytest.raises(
        ValidationError, match=r"^Test/Body: include_body=True with event_type=.*VIEWER_RESPONSE"
    ):
        Distribution(
            stack,
            "Body",
            default_behavior=BehaviorOptions(
                origin=origin,
                edge_lambdas=[
                    EdgeLambda(
                        function_version=edge.current_version,
                        event_type=LambdaEdgeEventType.VIEWER_RESPONSE,
                        include_body=True,
                    )
                ],
            ),
        )
    with pytest.raises(ValidationError, match=r"^Test/Latest: edge_lambdas: the \$LATEST version cannot run"):
        Distribution(
            stack,
            "Latest",
            default_behavior=BehaviorOptions(
                origin=origin,
                edge_lambdas=[
                    EdgeLambda(
                        function_version=edge.latest_version, event_type=LambdaEdgeEventType.VIEWER_REQUEST
                    )
                ],
            ),
        )


def test_grants_name_the_distribution_arn_and_imported_distributions_too(
    stack: Stack, template: Render
) -> None:
    dist = Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")))
    imported = Distribution.from_distribution_attributes(
        stack, "Imported", distribution_id="E123EXAMPLE", domain_name="d111.cloudfront.net"
    )
    role = Role(stack, "Deployer", assumed_by=AccountRootPrincipal())
    dist.grant_create_invalidation(role)
    imported.grant(role, "cloudfront:GetDistribution")
    assert imported.distribution_domain_name == "d111.cloudfront.net"
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    arn_prefix = [
        "arn:",
        {"Ref": "AWS::Partition"},
        ":cloudfront::",
        {"Ref": "AWS::AccountId"},
        ":distribution/",
    ]
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": "cloudfront:CreateInvalidation",
            "Effect": "Allow",
            "Resource": {"Fn::Join": ["", [*arn_prefix, {"Ref": "DistB3B78991"}]]},
        },
        {
            "Action": "cloudfront:GetDistribution",
            "Effect": "Allow",
            "Resource": {
                "Fn::Join": [
                    "",
                    [
                        "arn:",
                        {"Ref": "AWS::Partition"},
                        ":cloudfront::",
                        {"Ref": "AWS::AccountId"},
                        ":distribution/E123EXAMPLE",
                    ],
                ]
            },
        },
    ]


def test_metrics_are_by_distribution_id_with_their_default_statistics(stack: Stack) -> None:
    dist = Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=HttpOrigin("example.com")))
    requests = dist.metric_requests(period=Duration.minutes(1))
    assert (requests.namespace, requests.metric_name, requests.statistic) == (
        "AWS/CloudFront",
        "Requests",
        "Sum",
    )
    assert stack.resolve(requests.dimensions) == {"DistributionId": {"Ref": "DistB3B78991"}}
    assert requests.period.to_seconds() == 60
    assert dist.metric5xx_error_rate().statistic == "Average"
    assert dist.metric_bytes_downloaded().metric_name == "BytesDownloaded"
    assert dist.metric("OriginLatency", statistic="p90").statistic == "p90"
