"""HttpSqsIntegration: AWS_PROXY with an SQS subtype, a role per integration, default mappings per subtype."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpIntegrationSubtype,
    HttpMethod,
    ParameterMapping,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpSqsIntegration, HttpSqsIntegrationProps
from apigwv2_integrations.aws_sqs import Queue
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, properties_of
from tests.conftest import resources_of_type

QUEUE_URL = {"Ref": "Queue4A7E3555"}
QUEUE_ARN = {"Fn::GetAtt": ["Queue4A7E3555", "Arn"]}


def route_with(stack: Stack, integration: HttpSqsIntegration) -> Any:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/jobs", methods=[HttpMethod.POST], integration=integration)
    return route


def test_http_sqs_integration_keywords_match_props_fields() -> None:
    assert keyword_names(HttpSqsIntegration.__init__) == {
        f.name for f in attrs.fields(HttpSqsIntegrationProps)
    }


def test_http_sqs_integration_defaults_to_send_message_through_an_invoke_role(stack: Stack) -> None:
    queue = Queue(stack, "Queue")
    route = route_with(stack, HttpSqsIntegration("Jobs", queue=queue))
    role = route.node.find_child("InvokeRole")
    assert properties_of(route.node.find_child("Jobs")) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "ConnectionType": "INTERNET",
        "CredentialsArn": stack.resolve(role.role_arn),
        "IntegrationSubtype": "SQS-SendMessage",
        "IntegrationType": "AWS_PROXY",
        "PayloadFormatVersion": "1.0",
        "RequestParameters": {"QueueUrl": QUEUE_URL, "MessageBody": "$request.body.MessageBody"},
    }


@pytest.mark.parametrize(
    ("subtype", "action", "parameters"),
    [
        (
            HttpIntegrationSubtype.SQS_SEND_MESSAGE,
            "sqs:SendMessage",
            {"QueueUrl": QUEUE_URL, "MessageBody": "$request.body.MessageBody"},
        ),
        (HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE, "sqs:ReceiveMessage", {"QueueUrl": QUEUE_URL}),
        (
            HttpIntegrationSubtype.SQS_DELETE_MESSAGE,
            "sqs:DeleteMessage",
            {"QueueUrl": QUEUE_URL, "ReceiptHandle": "$request.body.ReceiptHandle"},
        ),
        (HttpIntegrationSubtype.SQS_PURGE_QUEUE, "sqs:PurgeQueue", {"QueueUrl": QUEUE_URL}),
    ],
)
def test_http_sqs_integration_allows_the_subtypes_action_and_maps_its_parameters(
    stack: Stack, template: Any, subtype: HttpIntegrationSubtype, action: str, parameters: dict[str, Any]
) -> None:
    route = route_with(stack, HttpSqsIntegration("Jobs", queue=Queue(stack, "Queue"), subtype=subtype))
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    integration = properties_of(route.node.find_child("Jobs"))
    assert (
        policy["Properties"]["PolicyDocument"]["Statement"],
        integration["IntegrationSubtype"],
        integration["RequestParameters"],
    ) == (
        [{"Action": action, "Effect": "Allow", "Resource": QUEUE_ARN, "Sid": "AllowSqsExecution"}],
        subtype.value,
        parameters,
    )


def test_http_sqs_integration_custom_mapping_replaces_the_default(stack: Stack) -> None:
    integration = HttpSqsIntegration(
        "Jobs",
        queue=Queue(stack, "Queue"),
        parameter_mapping=ParameterMapping().custom("MessageBody", "$request.body"),
    )
    route = route_with(stack, integration)
    assert properties_of(route.node.find_child("Jobs"))["RequestParameters"] == {
        "MessageBody": "$request.body"
    }


def test_http_sqs_integration_shared_by_two_routes_creates_one_role(stack: Stack, template: Any) -> None:
    api = HttpApi(stack, "Api")
    integration = HttpSqsIntegration("Jobs", queue=Queue(stack, "Queue"))
    api.add_routes(path="/jobs", methods=[HttpMethod.POST, HttpMethod.PUT], integration=integration)
    rendered = template(stack)
    assert (
        len(resources_of_type(rendered, "AWS::IAM::Role")),
        len(resources_of_type(rendered, "AWS::ApiGatewayV2::Integration")),
    ) == (1, 1)


def test_http_sqs_integration_with_an_imported_queue_uses_its_arn_and_url(
    stack: Stack, template: Any
) -> None:
    queue = Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:jobs")
    route = route_with(stack, HttpSqsIntegration("Jobs", queue=queue))
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert (
        policy["Properties"]["PolicyDocument"]["Statement"][0]["Resource"],
        properties_of(route.node.find_child("Jobs"))["RequestParameters"]["QueueUrl"],
    ) == (
        "arn:aws:sqs:us-east-1:123456789012:jobs",
        {"Fn::Join": ["", ["https://sqs.us-east-1.", {"Ref": "AWS::URLSuffix"}, "/123456789012/jobs"]]},
    )


def test_http_sqs_integration_rejects_another_services_subtype_when_bound(stack: Stack) -> None:
    integration = HttpSqsIntegration(
        "Jobs", queue=Queue(stack, "Queue"), subtype=HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS
    )
    with pytest.raises(ValidationError) as error:
        route_with(stack, integration)
    assert str(error.value) == (
        "Test/Api/POST--jobs: integration 'Jobs': subtype=HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS is "
        "not an SQS subtype; use SQS_SEND_MESSAGE, SQS_RECEIVE_MESSAGE, SQS_DELETE_MESSAGE, SQS_PURGE_QUEUE"
    )


def test_http_sqs_integration_rejects_a_queue_that_is_not_a_queue() -> None:
    with pytest.raises(TypeError) as error:
        HttpSqsIntegration("Jobs", queue="jobs")  # type: ignore[arg-type]
    assert str(error.value) == (
        "HttpSqsIntegration('Jobs'): queue='jobs' is a str; use an IQueue (an SQS queue, defined in this app or "
        "imported), such as Queue or Queue.from_queue_arn(...)"
    )


def test_http_sqs_integration_rejects_a_subtype_that_is_not_a_subtype(stack: Stack) -> None:
    with pytest.raises(TypeError) as error:
        HttpSqsIntegration("Jobs", queue=Queue(stack, "Queue"), subtype="SQS-SendMessage")  # type: ignore[arg-type]
    assert str(error.value) == (
        "HttpSqsIntegration('Jobs'): subtype='SQS-SendMessage' is a str; use an HttpIntegrationSubtype, "
        "e.g. HttpIntegrationSubtype.SQS_SEND_MESSAGE"
    )
