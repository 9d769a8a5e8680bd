"""S3StaticWebsiteOrigin: the bucket's website domain, reached over HTTP unless told otherwise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_cloudfront import BehaviorOptions, Distribution, OriginProtocolPolicy
from apigwv2_integrations.aws_cloudfront_origins import S3StaticWebsiteOrigin
from apigwv2_integrations.aws_s3 import Bucket
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

_WEBSITE_DOMAIN = {"Fn::Select": [2, {"Fn::Split": ["/", {"Fn::GetAtt": ["SiteE53D7754", "WebsiteURL"]}]}]}


def _origins(template: dict[str, Any]) -> list[dict[str, Any]]:
    (distribution,) = resources_of_type(template, "AWS::CloudFront::Distribution").values()
    origins: list[dict[str, Any]] = distribution["Properties"]["DistributionConfig"]["Origins"]
    return origins


def test_the_website_domain_is_reached_over_http_only(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Site", website_index_document="index.html")
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=S3StaticWebsiteOrigin(bucket)))
    (origin,) = _origins(template(stack))
    assert origin["DomainName"] == _WEBSITE_DOMAIN
    assert origin["CustomOriginConfig"] == {
        "OriginProtocolPolicy": "http-only",
        "OriginSSLProtocols": ["TLSv1.2"],
    }


def test_http_options_are_rendered_as_for_an_http_origin(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Site", website_index_document="index.html")
    origin = S3StaticWebsiteOrigin(
        bucket,
        http_port=8080,
        protocol_policy=OriginProtocolPolicy.MATCH_VIEWER,
        read_timeout=Duration.seconds(30),
        origin_path="/x",
    )
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=origin))
    (rendered,) = _origins(template(stack))
    assert rendered["CustomOriginConfig"] == {
        "HTTPPort": 8080,
        "OriginProtocolPolicy": "match-viewer",
        "OriginReadTimeout": 30,
        "OriginSSLProtocols": ["TLSv1.2"],
    }
    assert rendered["OriginPath"] == "/x"
