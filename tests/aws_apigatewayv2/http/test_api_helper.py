"""HttpApiHelper: execute-api ARNs of any HTTP API."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpApiHelper
from apigwv2_integrations.core.errors import ValidationError


def test_helper_arn_names_stage_method_and_path(stack: Stack) -> None:
    helper = HttpApiHelper.from_http_api(HttpApi.from_http_api_attributes(stack, "Api", http_api_id="api42"))
    assert stack.resolve(helper.arn_for_execute_api("ANY", "/books", "prod")) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":execute-api:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":api42/prod/*/books",
            ],
        ]
    }


def test_helper_accepts_an_empty_path_as_aws_cdk_lib_does(stack: Stack) -> None:
    helper = HttpApiHelper.from_http_api(HttpApi.from_http_api_attributes(stack, "Api", http_api_id="api42"))
    assert stack.resolve(helper.arn_for_execute_api("GET", "", "")) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":execute-api:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":api42//GET",
            ],
        ]
    }


def test_helper_rejects_a_path_without_leading_slash(stack: Stack) -> None:
    helper = HttpApiHelper.from_http_api(HttpApi(stack, "Api"))
    with pytest.raises(ValidationError) as caught:
        helper.arn_for_execute_api("GET", "books")
    assert str(caught.value) == "Test/Api: path='books' must start with '/'; use a path like '/books'"


def test_helper_has_no_public_constructor() -> None:
    with pytest.raises(TypeError):
        HttpApiHelper(None)  # type: ignore[call-arg]
