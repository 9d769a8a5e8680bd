"""Cache, origin request and response headers policies made in the stack: rendering, defaults, generated
names and the values CloudFront refuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Stack
from apigwv2_integrations.aws_cloudfront import (
    BehaviorOptions,
    CacheCookieBehavior,
    CacheHeaderBehavior,
    CachePolicy,
    CacheQueryStringBehavior,
    Distribution,
    HeadersFrameOption,
    HeadersReferrerPolicy,
    OriginRequestCookieBehavior,
    OriginRequestHeaderBehavior,
    OriginRequestPolicy,
    OriginRequestQueryStringBehavior,
    ResponseCustomHeader,
    ResponseCustomHeadersBehavior,
    ResponseHeadersCorsBehavior,
    ResponseHeadersFrameOptions,
    ResponseHeadersPolicy,
    ResponseHeadersReferrerPolicy,
    ResponseHeadersStrictTransportSecurity,
    ResponseHeadersXSSProtection,
)
from apigwv2_integrations.aws_cloudfront_origins import HttpOrigin
from apigwv2_integrations.core.errors import InvalidValueError, ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

_NO_PARAMETERS = {
    "CookiesConfig": {"CookieBehavior": "none"},
    "EnableAcceptEncodingBrotli": False,
    "EnableAcceptEncodingGzip": False,
    "HeadersConfig": {"HeaderBehavior": "none"},
    "QueryStringsConfig": {"QueryStringBehavior": "none"},
}


def _only(template: dict[str, Any], kind: str) -> dict[str, Any]:
    (resource,) = resources_of_type(template, kind).values()
    properties: dict[str, Any] = resource["Properties"]
    return properties


def test_a_bare_cache_policy_gets_the_default_ttls_and_a_name_ending_in_the_region(
    stack: Stack, template: Render
) -> None:
    CachePolicy(stack, "Bare")
    assert _only(template(stack), "AWS::CloudFront::CachePolicy") == {
        "CachePolicyConfig": {
            "DefaultTTL": 86400,
            "MaxTTL": 31536000,
            "MinTTL": 0,
            "Name": {"Fn::Join": ["", ["TestBare4AB035AC-", {"Ref": "AWS::Region"}]]},
            "ParametersInCacheKeyAndForwardedToOrigin": _NO_PARAMETERS,
        }
    }


def test_a_cache_policy_renders_its_behaviors_and_ttls(stack: Stack, template: Render) -> None:
    CachePolicy(
        stack,
        "Api",
        cache_policy_name="api-short",
        comment="short",
        default_ttl=Duration.seconds(10),
        max_ttl=Duration.minutes(5),
        header_behavior=CacheHeaderBehavior.allow_list("Authorization", "X-Api-Key"),
        query_string_behavior=CacheQueryStringBehavior.deny_list("debug"),
        cookie_behavior=CacheCookieBehavior.allow_list("session"),
        enable_accept_encoding_gzip=True,
        enable_accept_encoding_brotli=True,
    )
    assert _only(template(stack), "AWS::CloudFront::CachePolicy")["CachePolicyConfig"] == {
        "Comment": "short",
        "DefaultTTL": 10,
        "MaxTTL": 300,
        "MinTTL": 0,
        "Name": "api-short",
        "ParametersInCacheKeyAndForwardedToOrigin": {
            "CookiesConfig": {"CookieBehavior": "whitelist", "Cookies": ["session"]},
            "EnableAcceptEncodingBrotli": True,
            "EnableAcceptEncodingGzip": True,
            "HeadersConfig": {"HeaderBehavior": "whitelist", "Headers": ["Authorization", "X-Api-Key"]},
            "QueryStringsConfig": {"QueryStringBehavior": "allExcept", "QueryStrings": ["debug"]},
        },
    }


def test_the_default_ttl_follows_a_long_min_ttl_and_the_max_ttl_is_never_below_it(
    stack: Stack, template: Render
) -> None:
    CachePolicy(stack, "LongMin", min_ttl=Duration.days(3))
    CachePolicy(stack, "ShortMax", default_ttl=Duration.days(2), max_ttl=Duration.days(1))
    rendered = template(stack)["Resources"]
    long_min = rendered["LongMin78CAC87F"]["Properties"]["CachePolicyConfig"]
    short_max = rendered["ShortMax52CB1E15"]["Properties"]["CachePolicyConfig"]
    assert (long_min["MinTTL"], long_min["DefaultTTL"], long_min["MaxTTL"]) == (259200, 259200, 31536000)
    assert (short_max["MinTTL"], short_max["DefaultTTL"], short_max["MaxTTL"]) == (0, 172800, 172800)


def test_the_generated_name_keeps_110_characters_of_the_unique_id(app: App, template: Render) -> None:
    stack = Stack(app, "Test", env={"account": "111111111111", "region": "eu-west-1"})
    CachePolicy(stack, "X" * 200)
    name = _only(template(stack), "AWS::CloudFront::CachePolicy")["CachePolicyConfig"]["Name"]
    assert name == "Test" + "X" * 106 + "-eu-west-1"


def test_a_distribution_refers_to_the_policies_of_the_stack(stack: Stack, template: Render) -> None:
    cache = CachePolicy(stack, "Cache")
    origin_request = OriginRequestPolicy(stack, "Forward")
    headers = ResponseHeadersPolicy(stack, "Headers")
    Distribution(
        stack,
        "Dist",
        default_behavior=BehaviorOptions(
            origin=HttpOrigin("example.com"),
            cache_policy=cache,
            origin_request_policy=origin_request,
            response_headers_policy=headers,
        ),
    )
    config = _only(template(stack), "AWS::CloudFront::Distribution")["DistributionConfig"]
    behavior = config["DefaultCacheBehavior"]
    assert behavior["CachePolicyId"] == {"Ref": "Cache18F6EE16"}
    assert behavior["OriginRequestPolicyId"] == {"Ref": "Forward9800F3B2"}
    assert behavior["ResponseHeadersPolicyId"] == {"Ref": "HeadersECA0794E"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"cache_policy_name": "has space"},
            "Test/Bad: cache_policy_name='has space' has characters a cache policy name cannot have; use "
            "letters, digits, '-' and '_'",
        ),
        (
            {"cache_policy_name": "a" * 129},
            f"Test/Bad: cache_policy_name={'a' * 40 + '...'!r} is 129 characters long; use at most 128",
        ),
        (
            {"comment": "c" * 200},
            f"Test/Bad: comment={'c' * 40 + '...'!r} is 200 characters long; use at most 128",
        ),
        (
            {"default_ttl": Duration.millis(1500)},
            "Test/Bad: default_ttl=Duration.millis(1500) is not a whole number of seconds; use seconds",
        ),
    ],
)
def test_cache_policy_values_cloudfront_refuses_are_errors(
    stack: Stack, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        CachePolicy(stack, "Bad", **kwargs)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (CacheHeaderBehavior.allow_list, "CacheHeaderBehavior.allow_list: at least one header to allow"),
        (CacheQueryStringBehavior.deny_list, "CacheQueryStringBehavior.deny_list: at least one query string"),
        (CacheCookieBehavior.allow_list, "CacheCookieBehavior.allow_list: at least one cookie to allow"),
        (OriginRequestHeaderBehavior.deny_list, "OriginRequestHeaderBehavior.deny_list: at least one header"),
        (OriginRequestCookieBehavior.allow_list, "OriginRequestCookieBehavior.allow_list: at least one"),
    ],
)
def test_a_list_behavior_needs_at_least_one_name(make: Callable[[], Any], message: str) -> None:
    with pytest.raises(InvalidValueError, match=f"^{message}"):
        make()


def test_an_origin_request_policy_renders_its_behaviors_and_a_name_from_the_unique_id(
    stack: Stack, template: Render
) -> None:
    OriginRequestPolicy(
        stack,
        "Forward",
        comment="viewer data",
        header_behavior=OriginRequestHeaderBehavior.all("CloudFront-Viewer-Country"),
        query_string_behavior=OriginRequestQueryStringBehavior.allow_list("page", "size"),
        cookie_behavior=OriginRequestCookieBehavior.deny_list("tracking"),
    )
    assert _only(template(stack), "AWS::CloudFront::OriginRequestPolicy") == {
        "OriginRequestPolicyConfig": {
            "Comment": "viewer data",
            "CookiesConfig": {"CookieBehavior": "allExcept", "Cookies": ["tracking"]},
            "HeadersConfig": {
                "HeaderBehavior": "allViewerAndWhitelistCloudFront",
                "Headers": ["CloudFront-Viewer-Country"],
            },
            "Name": "TestForward62BA7D55",
            "QueryStringsConfig": {"QueryStringBehavior": "whitelist", "QueryStrings": ["page", "size"]},
        }
    }


def test_origin_request_header_behaviors() -> None:
    assert OriginRequestHeaderBehavior.all().behavior == "allViewer"
    assert OriginRequestHeaderBehavior.none().headers is None
    with pytest.raises(InvalidValueError, match="the additional headers must begin with 'CloudFront-'"):
        OriginRequestHeaderBehavior.all("cloudfront-viewer-city")
    with pytest.raises(InvalidValueError, match="use a CachePolicy to forward the Authorization"):
        OriginRequestHeaderBehavior.allow_list("X-Id", "AUTHORIZATION")


def test_an_origin_request_policy_name_must_be_letters_digits_dashes_and_underscores(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        OriginRequestPolicy(stack, "Bad", origin_request_policy_name="a b")
    assert str(error.value) == (
        "Test/Bad: origin_request_policy_name='a b' has characters a policy name cannot have; use letters, "
        "digits, '-' and '_'"
    )


def test_a_response_headers_policy_renders_what_is_set_only(stack: Stack, template: Render) -> None:
    ResponseHeadersPolicy(
        stack,
        "Headers",
        response_headers_policy_name="site-headers",
        cors_behavior=ResponseHeadersCorsBehavior(
            access_control_allow_credentials=False,
            access_control_allow_headers=["*"],
            access_control_allow_methods=["GET", "POST"],
            access_control_allow_origins=["https://www.example.org"],
            access_control_max_age=Duration.minutes(10),
            origin_override=True,
        ),
        custom_headers_behavior=ResponseCustomHeadersBehavior(
            custom_headers=[ResponseCustomHeader(header="X-Served-By", value="cdn", override=False)]
        ),
        security_headers_behavior={
            "content_type_options": {"override": True},
            "frame_options": ResponseHeadersFrameOptions(frame_option=HeadersFrameOption.DENY, override=True),
            "referrer_policy": ResponseHeadersReferrerPolicy(
                referrer_policy=HeadersReferrerPolicy.NO_REFERRER, override=False
            ),
            "strict_transport_security": ResponseHeadersStrictTransportSecurity(
                access_control_max_age=Duration.days(365), include_subdomains=True, override=True
            ),
            "xss_protection": ResponseHeadersXSSProtection(
                protection=True, override=False, report_uri="https://r.example"
            ),
        },
        remove_headers=["Server"],
        server_timing_sampling_rate=12.5,
    )
    assert _only(template(stack), "AWS::CloudFront::ResponseHeadersPolicy") == {
        "ResponseHeadersPolicyConfig": {
            "CorsConfig": {
                "AccessControlAllowCredentials": False,
                "AccessControlAllowHeaders": {"Items": ["*"]},
                "AccessControlAllowMethods": {"Items": ["GET", "POST"]},
                "AccessControlAllowOrigins": {"Items": ["https://www.example.org"]},
                "AccessControlMaxAgeSec": 600,
                "OriginOverride": True,
            },
            "CustomHeadersConfig": {"Items": [{"Header": "X-Served-By", "Override": False, "Value": "cdn"}]},
            "Name": "site-headers",
            "RemoveHeadersConfig": {"Items": [{"Header": "Server"}]},
            "SecurityHeadersConfig": {
                "ContentTypeOptions": {"Override": True},
                "FrameOptions": {"FrameOption": "DENY", "Override": True},
                "ReferrerPolicy": {"Override": False, "ReferrerPolicy": "no-referrer"},
                "StrictTransportSecurity": {
                    "AccessControlMaxAgeSec": 31536000,
                    "IncludeSubdomains": True,
                    "Override": True,
                },
                "XSSProtection": {"Override": False, "Protection": True, "ReportUri": "https://r.example"},
            },
            "ServerTimingHeadersConfig": {"Enabled": True, "SamplingRate": 12.5},
        }
    }


def test_a_sampling_rate_of_zero_adds_no_server_timing(stack: Stack, template: Render) -> None:
    ResponseHeadersPolicy(stack, "Headers", server_timing_sampling_rate=0)
    assert _only(template(stack), "AWS::CloudFront::ResponseHeadersPolicy") == {
        "ResponseHeadersPolicyConfig": {"Name": "TestHeaders6E27C8E3"}
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"server_timing_sampling_rate": 101}, "server_timing_sampling_rate=101 is out of range"),
        ({"server_timing_sampling_rate": 1.23456}, "server_timing_sampling_rate=1.23456 has more than four"),
        ({"remove_headers": ["via"]}, "remove_headers has the read-only header 'via'"),
        (
            {
                "cors_behavior": {
                    "access_control_allow_credentials": True,
                    "access_control_allow_headers": ["X-*"],
                    "access_control_allow_methods": ["GET"],
                    "access_control_allow_origins": ["https://a.example"],
                    "origin_override": True,
                }
            },
            r"has '\*' while access_control_allow_credentials is True",
        ),
        (
            {
                "cors_behavior": {
                    "access_control_allow_credentials": False,
                    "access_control_allow_headers": ["X-A"],
                    "access_control_allow_methods": ["GET", "ALL"],
                    "access_control_allow_origins": ["*"],
                    "origin_override": True,
                }
            },
            "combines 'ALL' with specific methods",
        ),
        (
            {
                "cors_behavior": {
                    "access_control_allow_credentials": False,
                    "access_control_allow_headers": ["X-A"],
                    "access_control_allow_methods": ["get"],
                    "access_control_allow_origins": ["*"],
                    "origin_override": True,
                }
            },
            r"has unexpected method names \['get'\]",
        ),
    ],
)
def test_response_headers_policy_values_cloudfront_refuses_are_errors(
    stack: Stack, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError, match=f"^Test/Bad: .*{message}"):
        ResponseHeadersPolicy(stack, "Bad", **kwargs)


def test_managed_policies_repr_as_their_names() -> None:
    assert repr(CachePolicy.CACHING_OPTIMIZED) == "CachePolicy.CACHING_OPTIMIZED"
    assert repr(OriginRequestPolicy.ALL_VIEWER) == "OriginRequestPolicy.ALL_VIEWER"
    assert repr(ResponseHeadersPolicy.SECURITY_HEADERS) == "ResponseHeadersPolicy.SECURITY_HEADERS"
