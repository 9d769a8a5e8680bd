"""ApiKey and RateLimitedApiKey: the key resource, its ARN and grants, and the usage plan of a rate-limited key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations.aws_apigatewayv2 import (
    ApiKey,
    ApiKeyProps,
    IApiKey,
    Period,
    QuotaSettings,
    RateLimitedApiKey,
    RateLimitedApiKeyProps,
    ThrottleSettings,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_api_key_keywords_match_props_fields() -> None:
    assert keyword_names(ApiKey.__init__) == {f.name for f in attrs.fields(ApiKeyProps)}


def test_rate_limited_api_key_keywords_match_props_fields() -> None:
    assert keyword_names(RateLimitedApiKey.__init__) == {f.name for f in attrs.fields(RateLimitedApiKeyProps)}


def test_api_key_is_enabled_by_default(stack: Stack) -> None:
    assert properties_of(ApiKey(stack, "Key")) == {"Enabled": True}


def test_api_key_arn_names_the_key(stack: Stack) -> None:
    key = ApiKey(stack, "Key")
    key_ref = {"Ref": logical_id_of(key)}
    assert stack.resolve(key.key_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":apigateway:",
                {"Ref": "AWS::Region"},
                "::/apikeys/",
                key_ref,
            ],
        ]
    }


def test_imported_api_key_is_an_api_key(stack: Stack) -> None:
    key = ApiKey.from_api_key_id(stack, "Imported", "abc123")
    assert isinstance(key, IApiKey)
    assert key.key_id == "abc123"


def test_api_key_grant_read_write_allows_every_method(stack: Stack, template: Render) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    ApiKey(stack, "Key").grant_read_write(role)
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    (statement,) = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Action"] == [
        "apigateway:GET",
        "apigateway:POST",
        "apigateway:PUT",
        "apigateway:PATCH",
        "apigateway:DELETE",
    ]


def test_rate_limited_api_key_without_limits_has_no_usage_plan(stack: Stack, template: Render) -> None:
    RateLimitedApiKey(stack, "Key", api_key_name="partner")
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::ApiGateway::UsagePlan") == {}
    (key,) = resources_of_type(rendered, "AWS::ApiGateway::ApiKey").values()
    assert key["Properties"] == {"Enabled": True, "Name": "partner"}


def test_rate_limited_api_key_with_a_quota_gets_a_plan_and_a_plan_key(stack: Stack, template: Render) -> None:
    RateLimitedApiKey(stack, "Key", quota={"limit": 100, "period": Period.MONTH})
    rendered = template(stack)
    (plan,) = resources_of_type(rendered, "AWS::ApiGateway::UsagePlan").values()
    assert plan["Properties"] == {"Quota": {"Limit": 100, "Period": "MONTH"}}
    (plan_key,) = resources_of_type(rendered, "AWS::ApiGateway::UsagePlanKey").values()
    assert plan_key["Properties"]["KeyType"] == "API_KEY"


def test_rate_limited_api_key_rejects_a_fractional_quota_limit(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        RateLimitedApiKey(stack, "Key", quota=QuotaSettings(limit=10.5))
    assert str(caught.value) == (
        "Test/Key/UsagePlanResource: quota limit=10.5 is not a whole number from 0; use an integer number of requests"
    )


def test_rate_limited_api_key_rejects_a_fractional_burst_limit(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        RateLimitedApiKey(stack, "Key", throttle=ThrottleSettings(rate_limit=10, burst_limit=2.5))
    assert str(caught.value) == (
        "Test/Key/UsagePlanResource: throttle burst_limit=2.5 is not a whole number from 0; "
        "use an integer number of requests"
    )
