"""HTTP proxy, private and AWS service integrations through LocalApi."""

from __future__ import annotations

import hashlib
import socket
from typing import Any

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_servicediscovery as servicediscovery
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_stepfunctions import DefinitionBody, StateMachine
from apigwv2_integrations.local import LocalApi, ServiceCall


def url_api(stack: Stack, url: str, path: str, mapping: apigwv2.ParameterMapping | None = None) -> Any:
    integration = integrations.HttpUrlIntegration("Backend", url, parameter_mapping=mapping)
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(path=path, integration=integration)
    api.add_stage("Beta", stage_name="beta", stage_variables={"tier": "gold"}, auto_deploy=True)
    return api, integration


def test_url_integration_calls_its_url_with_path_variables_and_query(stack: Stack, echo_backend: str) -> None:
    api, _ = url_api(stack, echo_backend + "/v1/books/{id}", "/books/{id}")
    response = LocalApi(api).request("GET", "/books/42?x=1", headers={"x-client": "tests"})
    seen = response.json()
    assert (response.status, response.headers["x-backend"]) == (200, "echo")
    assert (seen["method"], seen["path"]) == ("GET", "/v1/books/42?x=1")
    assert seen["headers"]["x-client"] == "tests"
    assert seen["headers"]["x-forwarded-for"] == "127.0.0.1"
    assert seen["headers"]["host"] == echo_backend.removeprefix("http://")


def test_url_integration_can_be_redirected_to_a_local_backend(stack: Stack, echo_backend: str) -> None:
    api, integration = url_api(stack, "https://books.example.com/api/{proxy}", "/{proxy+}")
    local = LocalApi(api)
    local.backend(integration, echo_backend)
    seen = local.request("POST", "/a/b", body="hi").json()
    assert (seen["method"], seen["path"], seen["body"]) == ("POST", "/api/a/b", "hi")


def test_parameter_mapping_appends_overwrites_and_removes(stack: Stack, echo_backend: str) -> None:
    mapping = (
        apigwv2.ParameterMapping()
        .append_header("x-request-id", apigwv2.MappingValue.context_variable("requestId"))
        .overwrite_header("x-api-version", apigwv2.MappingValue.custom("2"))
        .append_header("x-tier", apigwv2.MappingValue.stage_variable("tier"))
        .append_header("x-copied", apigwv2.MappingValue.request_header("x-debug"))
        .remove_header("x-debug")
        .append_query_string("source", apigwv2.MappingValue.request_header("x-source"))
        .overwrite_query_string("page", apigwv2.MappingValue.request_query_string("p"))
        .remove_query_string("p")
        .overwrite_header("x-id", apigwv2.MappingValue.request_path_param("proxy"))
        .overwrite_header("x-body", apigwv2.MappingValue.request_body("book.title"))
        .overwrite_path(apigwv2.MappingValue.request_path_param("proxy"))
    )
    api, _ = url_api(stack, echo_backend, "/api/{proxy+}", mapping)
    local = LocalApi(api, stage="beta")
    response = local.request(
        "POST",
        "/api/books/7?p=3",
        headers={"x-debug": "on", "x-api-version": "1", "x-source": "web"},
        json={"book": {"title": "Dune"}},
    )
    seen = response.json()
    assert seen["path"] == "/books/7?page=3&source=web"
    headers = seen["headers"]
    assert "x-debug" not in headers
    assert (headers["x-copied"], headers["x-api-version"], headers["x-tier"]) == ("on", "2", "gold")
    assert (headers["x-id"], headers["x-body"]) == ("books/7", "Dune")
    assert len(headers["x-request-id"]) > 8


def test_a_mapping_of_the_host_header_reaches_the_backend(stack: Stack, echo_backend: str) -> None:
    # Without a mapping the backend sees its own host (the first test); with one, the mapped value.
    mapping = apigwv2.ParameterMapping().overwrite_header(
        "Host", apigwv2.MappingValue.custom("app.example.com")
    )
    api, _ = url_api(stack, echo_backend, "/app", mapping)
    seen = LocalApi(api).request("GET", "/app", headers={"host": "client.example.com"}).json()
    assert seen["headers"]["host"] == "app.example.com"


def test_backend_that_refuses_connections_gives_503(stack: Stack) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api, _ = url_api(stack, f"http://127.0.0.1:{port}", "/x")
    response = LocalApi(api).request("GET", "/x")
    assert (response.status, response.json()) == (503, {"message": "Service Unavailable"})


def test_backend_that_outlasts_the_integration_timeout_gives_503(stack: Stack) -> None:
    with socket.socket() as silent:  # accepts connections (backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        integration = integrations.HttpUrlIntegration("Backend", url, timeout=Duration.millis(100))
        api = apigwv2.HttpApi(stack, "Api")
        api.add_routes(path="/x", integration=integration)
        response = LocalApi(api).request("GET", "/x")
    assert (response.status, response.json()) == (503, {"message": "Service Unavailable"})
    assert response.error == f"{url}/ timed out after 0.1 s"


def alb_listener(stack: Stack) -> elbv2.ApplicationListener:
    vpc = ec2.Vpc(stack, "Vpc")
    lb = elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc)
    listener = lb.add_listener("Listener", port=80)
    listener.add_targets("Target", port=80)
    return listener


def test_private_integration_forwards_the_request_path_to_the_mapped_listener(
    stack: Stack, echo_backend: str
) -> None:
    listener = alb_listener(stack)
    mapping = (
        apigwv2.ParameterMapping()
        .append_header("header2", apigwv2.MappingValue.request_header("header1"))
        .remove_header("header1")
    )
    api = apigwv2.HttpApi(
        stack,
        "Api",
        default_integration=integrations.HttpAlbIntegration("Alb", listener, parameter_mapping=mapping),
    )
    local = LocalApi(api)
    local.backend(listener, echo_backend)
    seen = local.request("GET", "/orders/1?q=2", headers={"header1": "v"}).json()
    assert seen["path"] == "/orders/1?q=2"
    assert (seen["headers"]["header2"], "header1" in seen["headers"]) == ("v", False)


def test_private_integration_path_includes_a_named_stage_unless_mapped_away(
    stack: Stack, echo_backend: str
) -> None:
    listener = alb_listener(stack)
    api = apigwv2.HttpApi(stack, "Api", default_integration=integrations.HttpAlbIntegration("Alb", listener))
    api.add_routes(
        path="/short/{proxy+}",
        integration=integrations.HttpAlbIntegration(
            "Short",
            listener,
            parameter_mapping=apigwv2.ParameterMapping().overwrite_path(apigwv2.MappingValue.request_path()),
        ),
    )
    api.add_stage("Test", stage_name="test", auto_deploy=True)
    local = LocalApi(api, stage="test")
    local.backend(listener, echo_backend)
    assert local.request("GET", "/orders/1?q=2").json()["path"] == "/test/orders/1?q=2"
    assert local.request("GET", "/short/a").json()["path"] == "/short/a"


def test_default_route_sends_the_full_request_path_to_its_url(stack: Stack, echo_backend: str) -> None:
    api = apigwv2.HttpApi(
        stack, "Api", default_integration=integrations.HttpUrlIntegration("Url", echo_backend)
    )
    api.add_routes(path="/fixed", integration=integrations.HttpUrlIntegration("Fixed", echo_backend + "/v1"))
    local = LocalApi(api)
    assert local.request("GET", "/store/checkout?x=1").json()["path"] == "/store/checkout?x=1"
    assert local.request("GET", "/fixed?x=1").json()["path"] == "/v1?x=1"


def test_private_integration_without_a_mapped_backend_explains_what_to_do(stack: Stack) -> None:
    api = apigwv2.HttpApi(
        stack, "Api", default_integration=integrations.HttpAlbIntegration("Alb", alb_listener(stack))
    )
    response = LocalApi(api).request("GET", "/")
    assert (response.status, response.json()) == (500, {"message": "Internal Server Error"})
    assert response.error == (
        "integration Alb reaches its backend through a VPC link; "
        "map it with local.backend(integration_or_listener, 'http://127.0.0.1:PORT')"
    )


def test_cloud_map_integration_uses_the_backend_mapped_to_its_service(
    stack: Stack, echo_backend: str
) -> None:
    vpc = ec2.Vpc(stack, "Vpc")
    namespace = servicediscovery.PrivateDnsNamespace(stack, "Ns", name="local.test", vpc=vpc)
    service = namespace.create_service("Service")
    integration = integrations.HttpServiceDiscoveryIntegration(
        "Discovered", service, vpc_link=apigwv2.VpcLink(stack, "Link", vpc=vpc)
    )
    api = apigwv2.HttpApi(stack, "Api", default_integration=integration)
    local = LocalApi(api)
    local.backend(service, echo_backend)
    assert local.request("DELETE", "/things/1").json()["method"] == "DELETE"
    local.backend(integration, echo_backend + "/prefix")
    assert local.request("GET", "/things/1").json()["path"] == "/prefix/things/1"


def test_sqs_integration_records_the_call_and_answers_like_sqs(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Queue")
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(
        path="/orders",
        methods=[apigwv2.HttpMethod.POST],
        integration=integrations.HttpSqsIntegration("Enqueue", queue=queue),
    )
    local = LocalApi(api)
    response = local.request("POST", "/orders", json={"MessageBody": "order-1"})
    assert response.status == 200
    result = response.json()["SendMessageResponse"]["SendMessageResult"]
    assert result["MD5OfMessageBody"] == hashlib.md5(b"order-1").hexdigest()
    assert [(c.action, dict(c.parameters), c.route_key, c.integration) for c in local.calls] == [
        (
            "SQS-SendMessage",
            {
                "QueueUrl": f"https://sqs.us-east-1.amazonaws.com/123456789012/{queue.node.default_child.logical_id}",
                "MessageBody": "order-1",
            },
            "POST /orders",
            "Enqueue",
        )
    ]


def test_service_call_without_a_required_parameter_is_400(stack: Stack) -> None:
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(
        path="/orders",
        methods=[apigwv2.HttpMethod.POST],
        integration=integrations.HttpSqsIntegration("Enqueue", queue=sqs.Queue(stack, "Queue")),
    )
    local = LocalApi(api)
    response = local.request("POST", "/orders", json={"Body": "typo"})
    assert (response.status, response.json()) == (400, {"message": "Bad Request"})
    assert response.error == (
        "integration Enqueue (SQS-SendMessage) has no value for MessageBody; "
        "check its parameter mapping and the request"
    )


def test_eventbridge_and_step_functions_integrations(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    machine = StateMachine(
        stack,
        "Machine",
        definition_body=DefinitionBody.from_string('{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}'),
    )
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(
        path="/events",
        methods=[apigwv2.HttpMethod.POST],
        integration=integrations.HttpEventBridgeIntegration("Put", event_bus_ref=bus.event_bus_ref),
    )
    api.add_routes(
        path="/runs",
        methods=[apigwv2.HttpMethod.POST],
        integration=integrations.HttpStepFunctionsIntegration(
            "Start",
            state_machine=machine,
            parameter_mapping=apigwv2.ParameterMapping()
            .custom("StateMachineArn", machine.state_machine_arn)
            .custom("Input", "$request.body.Input"),
        ),
    )
    local = LocalApi(api)
    put = local.request(
        "POST", "/events", json={"Detail": {"id": 1}, "DetailType": "created", "Source": "shop"}
    )
    assert put.json()["FailedEntryCount"] == 0
    started = local.request("POST", "/runs", json={"Input": {"n": 1}})
    assert started.json()["executionArn"].startswith(
        f"arn:aws:states:us-east-1:123456789012:execution:{machine.node.default_child.logical_id}:"
    )
    assert [call.action for call in local.calls] == ["EventBridge-PutEvents", "StepFunctions-StartExecution"]
    assert dict(local.calls[0].parameters) == {
        "Detail": '{"id":1}',
        "DetailType": "created",
        "Source": "shop",
        "EventBusName": bus.node.default_child.logical_id,
    }
    assert local.calls[1].parameters["Input"] == '{"n":1}'


def test_service_integration_answer_can_come_from_a_plugged_handler(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Queue")
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(
        path="/orders",
        methods=[apigwv2.HttpMethod.POST],
        integration=integrations.HttpSqsIntegration("Enqueue", queue=queue),
    )
    local = LocalApi(api)
    received: list[ServiceCall] = []

    def fake_queue(call: ServiceCall) -> Any:
        received.append(call)
        return {"queued": call.parameters["MessageBody"]}

    local.service(queue, fake_queue)
    assert local.request("POST", "/orders", json={"MessageBody": "m"}).json() == {"queued": "m"}
    local.service("SQS-SendMessage", lambda call: {"by": "action"})
    assert local.request("POST", "/orders", json={"MessageBody": "m"}).json() == {"queued": "m"}
    assert len(received) == 2


def test_nlb_private_integration_uses_the_mapped_listener(stack: Stack, echo_backend: str) -> None:
    vpc = ec2.Vpc(stack, "Vpc")
    lb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    listener = lb.add_listener("Listener", port=80)
    listener.add_targets("Target", port=80)
    api = apigwv2.HttpApi(stack, "Api", default_integration=integrations.HttpNlbIntegration("Nlb", listener))
    local = LocalApi(api)
    local.backend(listener, echo_backend)
    assert local.request("PUT", "/x", body="b").json()["body"] == "b"


def test_local_api_leaves_the_template_as_it_was(stack: Stack, echo_backend: str) -> None:
    api, integration = url_api(stack, echo_backend, "/x")
    before = Template.from_stack(stack).to_json()
    local = LocalApi(api)
    local.backend(integration, echo_backend)
    local.request("GET", "/x")
    assert Template.from_stack(stack).to_json() == before


def test_response_parameters_change_the_integration_response_by_status(
    stack: Stack, echo_backend: str
) -> None:
    integration = integrations.HttpUrlIntegration("Backend", echo_backend)
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(path="/x", integration=integration)
    api.add_stage("Beta", stage_name="beta", stage_variables={"env": "test"}, auto_deploy=True)
    cfn_integration = next(c for c in api.node.find_all() if isinstance(c, apigwv2.CfnIntegration))
    cfn_integration.add_property_override(
        "ResponseParameters",
        {
            "200": {
                "ResponseParameters": [
                    {"Destination": "overwrite:statuscode", "Source": "202"},
                    {"Destination": "append:header.x-env", "Source": "$stageVariables.env"},
                    {"Destination": "overwrite:header.x-copied", "Source": "$response.header.x-backend"},
                    {"Destination": "append:header.x-method", "Source": "$response.body.method"},
                    {"Destination": "remove:header.x-backend", "Source": "''"},
                ]
            },
            "404": {"ResponseParameters": [{"Destination": "overwrite:statuscode", "Source": "410"}]},
        },
    )
    response = LocalApi(api, stage="beta").request("GET", "/x")
    assert response.status == 202
    assert [item for item in response.header_items if item[0].startswith("x-")] == [
        ("x-copied", "echo"),
        ("x-env", "test"),
        ("x-method", "GET"),
    ]
