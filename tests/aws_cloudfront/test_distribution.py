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
    ErrorResponse,
    OriginRequestPolicy,
    ViewerProtocolPolicy,
)
from apigwv2_integrations.aws_cloudfront_origins import HttpOrigin
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError

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
        Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=origin), web_acl_id="arn")
    assert str(error.value) == "Distribution 'Dist': web_acl_id is not supported yet; leave it out"
    dist = Distribution(stack, "Dist2", default_behavior=BehaviorOptions(origin=origin))
    with pytest.raises(ArgumentTypeError) as error:
        dist.add_behavior("/a/*", origin, edge_lambdas=[])
    assert str(error.value) == "BehaviorOptions: edge_lambdas is not supported yet; leave it out"


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


def test_creating_a_cache_policy_is_refused() -> None:
    with pytest.raises(ArgumentTypeError, match=r"^CachePolicy\(\.\.\.\) is not supported"):
        CachePolicy()
