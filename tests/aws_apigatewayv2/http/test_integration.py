"""HttpIntegration and HttpRouteIntegration: rendering, payload formats, credentials, timeouts, binding."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import CfnParameter, Duration, Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    CfnApi,
    HttpApi,
    HttpConnectionType,
    HttpIntegration,
    HttpIntegrationProps,
    HttpIntegrationSubtype,
    HttpIntegrationType,
    HttpMethod,
    HttpRoute,
    HttpRouteIntegration,
    HttpRouteIntegrationConfig,
    HttpRouteKey,
    IHttpRoute,
    IntegrationCredentials,
    MappingValue,
    ParameterMapping,
    PayloadFormatVersion,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.aws_iam import CfnRole, Role
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of
from tests.conftest import resources_of_type


def proxy_integration(stack: Stack, **options: Any) -> HttpIntegration:
    return HttpIntegration(
        stack,
        "Integration",
        http_api=HttpApi(stack, "Api"),
        integration_type=HttpIntegrationType.HTTP_PROXY,
        integration_uri="https://example.com",
        **options,
    )


def sqs_integration(stack: Stack, **options: Any) -> HttpIntegration:
    return HttpIntegration(
        stack,
        "Integration",
        http_api=HttpApi(stack, "Api"),
        integration_type=HttpIntegrationType.AWS_PROXY,
        integration_subtype=HttpIntegrationSubtype.SQS_SEND_MESSAGE,
        **options,
    )


def test_http_integration_keywords_match_props_fields() -> None:
    assert keyword_names(HttpIntegration.__init__) == {f.name for f in attrs.fields(HttpIntegrationProps)}


def test_http_integration_renders_type_and_uri(stack: Stack) -> None:
    integration = proxy_integration(stack)
    assert properties_of(integration) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "IntegrationType": "HTTP_PROXY",
        "IntegrationUri": "https://example.com",
    }


def test_http_integration_of_an_l1_api_renders_its_ref(stack: Stack) -> None:
    api = CfnApi(stack, "Api", name="books", protocol_type="HTTP")
    integration = HttpIntegration(
        stack,
        "Integration",
        http_api=api,
        integration_type=HttpIntegrationType.HTTP_PROXY,
        integration_uri="https://example.com",
    )
    assert properties_of(integration)["ApiId"] == {"Ref": logical_id_of(api)}
    assert stack.resolve(integration.integration_ref.api_id) == {"Ref": logical_id_of(api)}
    with pytest.raises(ValidationError) as raised:
        integration.http_api  # noqa: B018
    assert str(raised.value) == (
        "Test/Integration: http_api is a CfnApi, not an IHttpApi; use the API construct you passed, or pass "
        "an HttpApi or HttpApi.from_http_api_attributes(...)"
    )


def test_http_integration_id_is_the_integration_ref(stack: Stack) -> None:
    integration = proxy_integration(stack)
    assert stack.resolve(integration.integration_id) == {"Ref": logical_id_of(integration)}


def test_http_integration_renders_method(stack: Stack) -> None:
    integration = proxy_integration(stack, method=HttpMethod.PATCH)
    assert properties_of(integration)["IntegrationMethod"] == "PATCH"


@pytest.mark.parametrize(
    ("subtype", "rendered"),
    [
        (HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS, "EventBridge-PutEvents"),
        (HttpIntegrationSubtype.SQS_SEND_MESSAGE, "SQS-SendMessage"),
        (HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE, "SQS-ReceiveMessage"),
        (HttpIntegrationSubtype.SQS_DELETE_MESSAGE, "SQS-DeleteMessage"),
        (HttpIntegrationSubtype.SQS_PURGE_QUEUE, "SQS-PurgeQueue"),
        (HttpIntegrationSubtype.APPCONFIG_GET_CONFIGURATION, "AppConfig-GetConfiguration"),
        (HttpIntegrationSubtype.KINESIS_PUT_RECORD, "Kinesis-PutRecord"),
        (HttpIntegrationSubtype.STEPFUNCTIONS_START_EXECUTION, "StepFunctions-StartExecution"),
        (HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION, "StepFunctions-StartSyncExecution"),
        (HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION, "StepFunctions-StopExecution"),
    ],
)
def test_http_integration_subtype_renders_service_action(
    stack: Stack, subtype: HttpIntegrationSubtype, rendered: str
) -> None:
    integration = HttpIntegration(
        stack,
        "Integration",
        http_api=HttpApi(stack, "Api"),
        integration_type=HttpIntegrationType.AWS_PROXY,
        integration_subtype=subtype,
    )
    assert properties_of(integration) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "IntegrationSubtype": rendered,
        "IntegrationType": "AWS_PROXY",
    }


def test_http_integration_needs_subtype_or_uri(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpIntegration(
            stack,
            "Integration",
            http_api=HttpApi(stack, "Api"),
            integration_type=HttpIntegrationType.AWS_PROXY,
        )
    assert str(caught.value) == (
        "Test/Integration: integration_subtype and integration_uri are both None; pass one of them"
    )


@pytest.mark.parametrize(
    ("connection_type", "rendered"),
    [(HttpConnectionType.INTERNET, "INTERNET"), (HttpConnectionType.VPC_LINK, "VPC_LINK")],
)
def test_http_integration_renders_connection_type(
    stack: Stack, connection_type: HttpConnectionType, rendered: str
) -> None:
    integration = proxy_integration(stack, connection_type=connection_type, connection_id="vpclink-1")
    properties = properties_of(integration)
    assert (properties["ConnectionType"], properties["ConnectionId"]) == (rendered, "vpclink-1")


def test_http_integration_renders_server_name_to_verify(stack: Stack) -> None:
    integration = proxy_integration(stack, secure_server_name="backend.example.com")
    assert properties_of(integration)["TlsConfig"] == {"ServerNameToVerify": "backend.example.com"}


@pytest.mark.parametrize(
    ("version", "rendered"),
    [
        (PayloadFormatVersion.VERSION_1_0, "1.0"),
        (PayloadFormatVersion.VERSION_2_0, "2.0"),
        (PayloadFormatVersion.custom("2.0"), "2.0"),
    ],
)
def test_http_integration_renders_payload_format_version(
    stack: Stack, version: PayloadFormatVersion, rendered: str
) -> None:
    integration = HttpIntegration(
        stack,
        "Integration",
        http_api=HttpApi(stack, "Api"),
        integration_type=HttpIntegrationType.AWS_PROXY,
        integration_uri="arn:aws:lambda:us-east-1:111111111111:function:books",
        payload_format_version=version,
    )
    assert properties_of(integration)["PayloadFormatVersion"] == rendered


def test_payload_format_version_values() -> None:
    assert (
        PayloadFormatVersion.VERSION_1_0.version,
        PayloadFormatVersion.VERSION_2_0.version,
        PayloadFormatVersion.custom("3.0").version,
    ) == ("1.0", "2.0", "3.0")
    assert PayloadFormatVersion.custom("2.0") == PayloadFormatVersion.VERSION_2_0


def test_http_integration_credentials_from_role(stack: Stack) -> None:
    role = Role.from_role_arn(stack, "Role", "arn:aws:iam::111111111111:role/api")
    integration = sqs_integration(stack, credentials=IntegrationCredentials.from_role(role))
    assert properties_of(integration)["CredentialsArn"] == "arn:aws:iam::111111111111:role/api"


def test_http_integration_credentials_from_an_l1_role(stack: Stack) -> None:
    role = CfnRole(stack, "Role", assume_role_policy_document={"Version": "2012-10-17", "Statement": []})
    integration = sqs_integration(stack, credentials=IntegrationCredentials.from_role(role))
    assert properties_of(integration)["CredentialsArn"] == {"Fn::GetAtt": [logical_id_of(role), "Arn"]}


def test_http_integration_credentials_use_caller_identity(stack: Stack) -> None:
    integration = sqs_integration(stack, credentials=IntegrationCredentials.use_caller_identity())
    assert properties_of(integration)["CredentialsArn"] == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::*:user/*"]]
    }


def test_http_integration_renders_parameter_mapping(stack: Stack) -> None:
    mapping = ParameterMapping().custom("QueueUrl", "$request.header.queueUrl")
    integration = sqs_integration(stack, parameter_mapping=mapping)
    assert properties_of(integration)["RequestParameters"] == {"QueueUrl": "$request.header.queueUrl"}


@pytest.mark.parametrize(
    ("timeout", "millis"),
    [(Duration.millis(50), 50), (Duration.seconds(10), 10000), (Duration.seconds(30), 30000)],
)
def test_http_integration_renders_timeout_in_range(stack: Stack, timeout: Duration, millis: int) -> None:
    integration = proxy_integration(stack, timeout=timeout)
    assert properties_of(integration)["TimeoutInMillis"] == millis


def test_http_integration_rejects_timeout_below_50_milliseconds(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        proxy_integration(stack, timeout=Duration.millis(49))
    assert str(caught.value) == (
        "Test/Integration: timeout=Duration.millis(49) is out of range; use 50 milliseconds to 30 seconds"
    )


def test_http_integration_rejects_timeout_above_30_seconds(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        proxy_integration(stack, timeout=Duration.millis(30001))
    assert str(caught.value) == (
        "Test/Integration: timeout=Duration.millis(30001) is out of range; use 50 milliseconds to 30 seconds"
    )


def test_http_integration_skips_timeout_check_for_tokens(stack: Stack) -> None:
    parameter = CfnParameter(stack, "Timeout", type="Number")
    integration = proxy_integration(stack, timeout=Duration.millis(parameter.value_as_number))
    assert properties_of(integration)["TimeoutInMillis"] == {"Ref": "Timeout"}


def test_http_integration_rejects_reserved_header_mapping(stack: Stack) -> None:
    mapping = ParameterMapping().overwrite_header("X-Forwarded-Host", MappingValue.custom("example.com"))
    with pytest.raises(ValidationError) as caught:
        proxy_integration(stack, parameter_mapping=mapping)
    assert str(caught.value) == (
        "Test/Integration: parameter_mapping key 'overwrite:header.X-Forwarded-Host' targets the reserved "
        "header 'X-Forwarded-Host', which API Gateway does not let mappings change; map it to another header name"
    )


def route(stack: Stack, api: HttpApi, id: str, path: str, integration: HttpRouteIntegration) -> HttpRoute:
    return HttpRoute(stack, id, http_api=api, route_key=HttpRouteKey.with_(path), integration=integration)


def test_first_route_creates_the_integration_as_its_child(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    books = route(stack, api, "Books", "/books", HttpUrlIntegration("Backend", "https://example.com"))
    child = books.node.find_child("Backend")
    assert isinstance(child, HttpIntegration)
    assert child.node.path == "Test/Books/Backend"


def test_later_routes_reuse_the_integration(stack: Stack, template: Any) -> None:
    api = HttpApi(stack, "Api")
    backend = HttpUrlIntegration("Backend", "https://example.com")
    books = route(stack, api, "Books", "/books", backend)
    authors = route(stack, api, "Authors", "/authors", backend)
    assert len(resources_of_type(template(stack), "AWS::ApiGatewayV2::Integration")) == 1
    assert authors.node.try_find_child("Backend") is None
    assert properties_of(authors)["Target"] == properties_of(books)["Target"]


def test_integration_cannot_serve_two_apis(stack: Stack) -> None:
    backend = HttpUrlIntegration("Backend", "https://example.com")
    route(stack, HttpApi(stack, "First"), "Books", "/books", backend)
    with pytest.raises(ValidationError) as caught:
        route(stack, HttpApi(stack, "Second"), "Authors", "/authors", backend)
    assert str(caught.value) == (
        "Test/Authors: integration 'Backend' already belongs to 'Test/First'; a single integration cannot "
        "serve two APIs, so create one instance per API"
    )


def test_integration_errors_name_the_integration_path(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    backend = HttpUrlIntegration("Backend", "https://example.com", timeout=Duration.seconds(31))
    with pytest.raises(ValidationError) as caught:
        api.add_routes(path="/books", methods=[HttpMethod.GET], integration=backend)
    assert str(caught.value) == (
        "Test/Api/GET--books/Backend: timeout=Duration.seconds(31) is out of range; "
        "use 50 milliseconds to 30 seconds"
    )


class _SqsReceive(HttpRouteIntegration):
    """A custom integration: AWS service subtype, payload 1.0, caller credentials."""

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        return HttpRouteIntegrationConfig(
            type=HttpIntegrationType.AWS_PROXY,
            subtype=HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE,
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            credentials=IntegrationCredentials.use_caller_identity(),
            parameter_mapping=ParameterMapping().custom("QueueUrl", "$request.header.queueUrl"),
        )


def test_custom_route_integration_renders_its_config(stack: Stack) -> None:
    receive = route(stack, HttpApi(stack, "Api"), "Receive", "/receive", _SqsReceive("Receive"))
    assert properties_of(receive.node.find_child("Receive")) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "CredentialsArn": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::*:user/*"]]},
        "IntegrationSubtype": "SQS-ReceiveMessage",
        "IntegrationType": "AWS_PROXY",
        "PayloadFormatVersion": "1.0",
        "RequestParameters": {"QueueUrl": "$request.header.queueUrl"},
    }


def test_route_integration_without_bind_says_what_to_implement(stack: Stack) -> None:
    with pytest.raises(NotImplementedError) as caught:
        route(stack, HttpApi(stack, "Api"), "Books", "/books", HttpRouteIntegration("Bare"))
    assert str(caught.value) == "HttpRouteIntegration must implement bind(*, route, scope)"


def test_route_integration_config_requires_payload_format_version_as_aws_cdk() -> None:
    with pytest.raises(TypeError) as caught:
        HttpRouteIntegrationConfig(type=HttpIntegrationType.HTTP_PROXY, uri="https://example.com")  # type: ignore[call-arg]
    assert str(caught.value) == (
        "HttpRouteIntegrationConfig: payload_format_version is missing; "
        "pass payload_format_version=<a PayloadFormatVersion>"
    )
