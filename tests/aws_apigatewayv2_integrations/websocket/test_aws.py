"""WebSocketAwsIntegration: an AWS integration that calls a service action."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations.aws_apigatewayv2 import ContentHandling, PassthroughBehavior, WebSocketApi
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    WebSocketAwsIntegration,
    WebSocketAwsIntegrationProps,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of

PUT_ITEM = "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem"


def test_web_socket_aws_integration_keywords_match_props_fields() -> None:
    assert keyword_names(WebSocketAwsIntegration.__init__) == {
        f.name for f in attrs.fields(WebSocketAwsIntegrationProps)
    }


def test_web_socket_aws_integration_renders_uri_and_method(stack: Stack) -> None:
    integration = WebSocketAwsIntegration("PutItem", integration_uri=PUT_ITEM, integration_method="POST")
    route = WebSocketApi(stack, "Chat").add_route("$default", integration=integration)
    assert properties_of(route.node.find_child("PutItem")) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "IntegrationMethod": "POST",
        "IntegrationType": "AWS",
        "IntegrationUri": PUT_ITEM,
    }


def test_web_socket_aws_integration_renders_every_option(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    integration = WebSocketAwsIntegration(
        "PutItem",
        integration_uri=PUT_ITEM,
        integration_method="POST",
        content_handling=ContentHandling.CONVERT_TO_TEXT,
        credentials_role=role,
        passthrough_behavior=PassthroughBehavior.WHEN_NO_TEMPLATES,
        request_parameters={"integration.request.header.Content-Type": "'application/x-amz-json-1.0'"},
        request_templates={"application/json": '{"TableName": "messages"}'},
        template_selection_expression="\\$default",
        timeout=Duration.seconds(10),
    )
    route = WebSocketApi(stack, "Chat").add_route("$default", integration=integration)
    assert properties_of(route.node.find_child("PutItem")) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "ContentHandlingStrategy": "CONVERT_TO_TEXT",
        "CredentialsArn": {"Fn::GetAtt": [logical_id_of(role), "Arn"]},
        "IntegrationMethod": "POST",
        "IntegrationType": "AWS",
        "IntegrationUri": PUT_ITEM,
        "PassthroughBehavior": "WHEN_NO_TEMPLATES",
        "RequestParameters": {"integration.request.header.Content-Type": "'application/x-amz-json-1.0'"},
        "RequestTemplates": {"application/json": '{"TableName": "messages"}'},
        "TemplateSelectionExpression": "\\$default",
        "TimeoutInMillis": 10000,
    }


def test_web_socket_aws_integration_rejects_timeout_above_29_seconds(stack: Stack) -> None:
    integration = WebSocketAwsIntegration(
        "PutItem", integration_uri=PUT_ITEM, integration_method="POST", timeout=Duration.seconds(30)
    )
    with pytest.raises(ValidationError) as caught:
        WebSocketApi(stack, "Chat").add_route("$default", integration=integration)
    assert str(caught.value) == (
        "Test/Chat/$default-Route/PutItem: timeout=Duration.seconds(30) is out of range; "
        "use 50 milliseconds to 29 seconds"
    )
