"""The `*_ref` members of the L2 constructs and interfaces: the identifiers other resources refer to."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    ApiKey,
    ApiMapping,
    DomainName,
    HttpApi,
    HttpAuthorizer,
    HttpAuthorizerType,
    HttpIntegration,
    HttpIntegrationType,
    HttpMethod,
    IApiKey,
    IApiMapping,
    IDomainName,
    IUsagePlan,
    UsagePlan,
    WebSocketApi,
    WebSocketAuthorizer,
    WebSocketAuthorizerType,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration, WebSocketMockIntegration
from apigwv2_integrations.core.errors import ValidationError

LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn/invocations"


def ref(stack: Stack, construct: Any) -> dict[str, str]:
    return {"Ref": stack.get_logical_id(construct.node.default_child)}


def test_http_api_stage_route_integration_and_authorizer_refer_to_their_resources(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(
        path="/books",
        methods=[HttpMethod.GET],
        integration=HttpUrlIntegration("Books", "https://example.com"),
    )
    integration = HttpIntegration(
        stack,
        "Integration",
        http_api=api,
        integration_type=HttpIntegrationType.HTTP_PROXY,
        integration_uri="https://example.com",
        method=HttpMethod.ANY,
    )
    authorizer = HttpAuthorizer(
        stack,
        "Authorizer",
        http_api=api,
        identity_source=["$request.header.Authorization"],
        type=HttpAuthorizerType.LAMBDA,
        authorizer_uri=LAMBDA_URI,
    )
    stage = api.default_stage
    assert stage is not None
    api_ref = ref(stack, api)
    assert stack.resolve(api.api_ref.api_id) == api_ref
    assert stack.resolve([stage.stage_ref.api_id, stage.stage_ref.stage_name]) == [api_ref, "$default"]
    assert stack.resolve([route.route_ref.api_id, route.route_ref.route_id]) == [api_ref, ref(stack, route)]
    assert stack.resolve(
        [integration.integration_ref.api_id, integration.integration_ref.integration_id]
    ) == [
        api_ref,
        ref(stack, integration),
    ]
    assert stack.resolve([authorizer.authorizer_ref.api_id, authorizer.authorizer_ref.authorizer_id]) == [
        api_ref,
        ref(stack, authorizer),
    ]


def test_websocket_api_route_integration_and_authorizer_refer_to_their_resources(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    route = api.add_route("sendmessage", integration=WebSocketMockIntegration("Mock"))
    authorizer = WebSocketAuthorizer(
        stack,
        "Authorizer",
        web_socket_api=api,
        identity_source=["route.request.header.Authorization"],
        type=WebSocketAuthorizerType.LAMBDA,
        authorizer_uri=LAMBDA_URI,
    )
    api_ref = ref(stack, api)
    assert stack.resolve(api.api_ref.api_id) == api_ref
    assert stack.resolve([route.route_ref.api_id, route.route_ref.route_id]) == [api_ref, ref(stack, route)]
    assert stack.resolve(authorizer.authorizer_ref.api_id) == api_ref


def test_imported_api_refers_to_its_id(stack: Stack) -> None:
    api = HttpApi.from_http_api_attributes(stack, "Imported", http_api_id="api42")
    assert api.api_ref.api_id == "api42"


def test_domain_name_refers_to_its_name_and_arn(stack: Stack) -> None:
    imported = DomainName.from_domain_name_attributes(
        stack,
        "Imported",
        name="api.example.com",
        regional_domain_name="d.example.com",
        regional_hosted_zone_id="Z1",
    )
    assert isinstance(imported, IDomainName)
    assert imported.domain_name_ref.domain_name == "api.example.com"
    # As aws-cdk-lib: the ARN of an imported domain name has the stack's account.
    assert stack.resolve(imported.domain_name_ref.domain_name_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":apigateway:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":/domainnames/api.example.com",
            ],
        ]
    }


def test_imported_api_mapping_without_its_domain_reports_it_when_the_reference_is_rendered(
    stack: Stack,
) -> None:
    mapping = ApiMapping.from_api_mapping_attributes(stack, "Mapping", api_mapping_id="map42")
    assert isinstance(mapping, IApiMapping)
    assert mapping.api_mapping_ref.api_mapping_id == "map42"
    with pytest.raises(ValidationError) as caught:
        stack.resolve(mapping.api_mapping_ref.domain_name)
    assert str(caught.value) == (
        "Test/Mapping: domain_name is not known; pass domain_name=... to ApiMapping.from_api_mapping_attributes"
    )


def test_api_keys_and_usage_plans_refer_to_their_ids(stack: Stack) -> None:
    key = ApiKey(stack, "Key")
    plan = UsagePlan(stack, "Plan")
    imported_key = ApiKey.from_api_key_id(stack, "ImportedKey", "key42")
    imported_plan = UsagePlan.from_usage_plan_id(stack, "ImportedPlan", "plan42")
    assert isinstance(imported_key, IApiKey) and isinstance(imported_plan, IUsagePlan)
    assert stack.resolve([key.api_key_ref.api_key_id, plan.usage_plan_ref.usage_plan_id]) == [
        ref(stack, key),
        ref(stack, plan),
    ]
    assert (imported_key.api_key_ref.api_key_id, imported_plan.usage_plan_ref.usage_plan_id) == (
        "key42",
        "plan42",
    )
