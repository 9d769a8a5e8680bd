"""HttpApi: the API resource, its default stage and route, CORS, routes, stages, VPC links and metrics."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Duration, Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations.aws_apigatewayv2 import (
    CorsHttpMethod,
    HttpApi,
    HttpApiProps,
    HttpMethod,
    HttpStage,
    IpAddressType,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.aws_cloudwatch import Alarm
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def api_properties(template: Render, stack: Stack) -> dict[str, Any]:
    (api,) = resources_of_type(template(stack), "AWS::ApiGatewayV2::Api").values()
    properties: dict[str, Any] = api["Properties"]
    return properties


def test_http_api_keywords_match_props_fields() -> None:
    assert keyword_names(HttpApi.__init__) == {f.name for f in attrs.fields(HttpApiProps)}


def test_http_api_name_defaults_to_construct_id(stack: Stack, template: Render) -> None:
    api = HttpApi(stack, "Books")
    assert api_properties(template, stack) == {"Name": "Books", "ProtocolType": "HTTP"}
    assert api.http_api_name == "Books"


def test_http_api_name_can_be_set(stack: Stack, template: Render) -> None:
    api = HttpApi(stack, "Books", api_name="books-api")
    assert api_properties(template, stack)["Name"] == "books-api"
    assert api.http_api_name == "books-api"


def test_http_api_creates_auto_deployed_default_stage(stack: Stack, template: Render) -> None:
    api = HttpApi(stack, "Api")
    assert template(stack)["Resources"]["ApiDefaultStage189A7074"] == {
        "Type": "AWS::ApiGatewayV2::Stage",
        "Properties": {"ApiId": {"Ref": "ApiF70053CD"}, "AutoDeploy": True, "StageName": "$default"},
    }
    assert isinstance(api.default_stage, HttpStage)
    assert api.default_stage.node.id == "DefaultStage"


def test_http_api_without_default_stage(stack: Stack, template: Render) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    assert resources_of_type(template(stack), "AWS::ApiGatewayV2::Stage") == {}
    assert api.default_stage is None
    assert api.url is None


def test_http_api_default_integration_creates_default_route(stack: Stack) -> None:
    api = HttpApi(stack, "Api", default_integration=HttpUrlIntegration("Backend", "https://example.com"))
    route = api.node.find_child("DefaultRoute")
    integration_id = logical_id_of(route.node.find_child("Backend"))
    assert properties_of(route) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "AuthorizationType": "NONE",
        "RouteKey": "$default",
        "Target": {"Fn::Join": ["", ["integrations/", {"Ref": integration_id}]]},
    }


def test_http_api_without_default_integration_has_no_route(stack: Stack, template: Render) -> None:
    HttpApi(stack, "Api")
    assert resources_of_type(template(stack), "AWS::ApiGatewayV2::Route") == {}


def test_http_api_renders_description(stack: Stack, template: Render) -> None:
    HttpApi(stack, "Api", description="Books API")
    assert api_properties(template, stack)["Description"] == "Books API"


def test_http_api_renders_disable_execute_api_endpoint(stack: Stack, template: Render) -> None:
    HttpApi(stack, "Api", disable_execute_api_endpoint=True)
    assert api_properties(template, stack)["DisableExecuteApiEndpoint"] is True


def test_http_api_endpoint_is_the_api_endpoint_attribute(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    assert stack.resolve(api.api_endpoint) == {"Fn::GetAtt": ["ApiF70053CD", "ApiEndpoint"]}


def test_http_api_endpoint_rejects_disabled_execute_api_endpoint(stack: Stack) -> None:
    api = HttpApi(stack, "Api", disable_execute_api_endpoint=True)
    with pytest.raises(ValidationError) as caught:
        _ = api.api_endpoint
    assert str(caught.value) == (
        "Test/Api: api_endpoint is not available because disable_execute_api_endpoint=True; "
        "use a custom domain name instead"
    )


def test_http_api_route_selection_expression_renders_method_and_path(stack: Stack, template: Render) -> None:
    HttpApi(stack, "Api", route_selection_expression=True)
    assert api_properties(template, stack)["RouteSelectionExpression"] == "${request.method} ${request.path}"


def test_http_api_route_selection_expression_false_renders_nothing(stack: Stack, template: Render) -> None:
    HttpApi(stack, "Api", route_selection_expression=False)
    assert "RouteSelectionExpression" not in api_properties(template, stack)


def test_http_api_renders_ip_address_type(stack: Stack, template: Render) -> None:
    HttpApi(stack, "Api", ip_address_type=IpAddressType.DUAL_STACK)
    assert api_properties(template, stack)["IpAddressType"] == "dualstack"


def test_http_api_ids_are_the_api_ref(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    assert stack.resolve(api.api_id) == {"Ref": "ApiF70053CD"}
    assert stack.resolve(api.http_api_id) == {"Ref": "ApiF70053CD"}


def test_http_api_url_is_the_default_stage_url(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    assert stack.resolve(api.url) == {
        "Fn::Join": [
            "",
            [
                "https://",
                {"Ref": "ApiF70053CD"},
                ".execute-api.",
                {"Ref": "AWS::Region"},
                ".",
                {"Ref": "AWS::URLSuffix"},
                "/",
            ],
        ]
    }


def test_add_routes_creates_one_route_per_method(stack: Stack, template: Render) -> None:
    api = HttpApi(stack, "Api")
    routes = api.add_routes(
        path="/books",
        methods=[HttpMethod.GET, HttpMethod.POST],
        integration=HttpUrlIntegration("Books", "https://example.com/books"),
    )
    # The construct ids are f"{method}{path}"; the construct tree turns "/" into "--".
    assert [route.node.id for route in routes] == ["GET--books", "POST--books"]
    assert [properties_of(route)["RouteKey"] for route in routes] == ["GET /books", "POST /books"]


def test_add_routes_defaults_to_any(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/books", integration=HttpUrlIntegration("Books", "https://example.com"))
    assert route.node.id == "ANY--books"
    assert properties_of(route)["RouteKey"] == "ANY /books"


def test_add_routes_rejects_a_malformed_path(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_routes(path="books", integration=HttpUrlIntegration("Books", "https://example.com"))
    assert str(caught.value) == (
        "Test/Api: path='books' must start with '/'; use a path like '/books/{id}' or '/{proxy+}'"
    )


def test_add_stage_creates_a_named_stage(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    stage = api.add_stage("Prod", stage_name="prod", auto_deploy=True)
    assert stage.node.path == "Test/Api/Prod"
    assert properties_of(stage) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "AutoDeploy": True,
        "StageName": "prod",
    }


def test_add_vpc_link_creates_one_link_per_vpc(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    vpc = ec2.Vpc(stack, "Vpc")
    first = api.add_vpc_link(vpc=vpc)
    assert api.add_vpc_link(vpc=vpc) is first
    assert first.node.path == "Test/Api/VpcLink-1"


def test_add_vpc_link_numbers_links_of_further_vpcs(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    api.add_vpc_link(vpc=ec2.Vpc(stack, "VpcA"))
    second = api.add_vpc_link(vpc=ec2.Vpc(stack, "VpcB"))
    assert second.node.id == "VpcLink-2"


def _arn(stack: Stack, api_ref: str, resource_name: str) -> Any:
    return {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":execute-api:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":",
                {"Ref": api_ref},
                resource_name,
            ],
        ]
    }


def test_arn_for_execute_api_defaults_to_wildcards(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    assert stack.resolve(api.arn_for_execute_api()) == _arn(stack, "ApiF70053CD", "/*/*/*")


def test_arn_for_execute_api_uses_method_path_and_stage(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    assert stack.resolve(api.arn_for_execute_api("GET", "/books", "prod")) == _arn(
        stack, "ApiF70053CD", "/prod/GET/books"
    )


def test_arn_for_execute_api_turns_any_into_wildcard(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    assert stack.resolve(api.arn_for_execute_api("ANY", "/books")) == _arn(stack, "ApiF70053CD", "/*/*/books")


def test_arn_for_execute_api_keeps_empty_strings_as_aws_cdk_lib_does(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    assert stack.resolve(api.arn_for_execute_api("", "", "")) == _arn(stack, "ApiF70053CD", "//")
    assert stack.resolve(api.arn_for_execute_api(stage="")) == _arn(stack, "ApiF70053CD", "//*/*")


def test_arn_for_execute_api_rejects_path_without_leading_slash(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.arn_for_execute_api("GET", "books")
    assert str(caught.value) == "Test/Api: path='books' must start with '/'; use a path like '/books'"


@pytest.mark.parametrize(
    ("method_name", "metric_name", "statistic"),
    [
        ("metric_client_error", "4xx", "Sum"),
        ("metric_server_error", "5xx", "Sum"),
        ("metric_data_processed", "DataProcessed", "Sum"),
        ("metric_count", "Count", "SampleCount"),
        ("metric_integration_latency", "IntegrationLatency", "Average"),
        ("metric_latency", "Latency", "Average"),
    ],
)
def test_http_api_metrics_use_api_gateway_namespace_and_api_id(
    stack: Stack, method_name: str, metric_name: str, statistic: str
) -> None:
    api = HttpApi(stack, "Api")
    metric = getattr(api, method_name)()
    assert (metric.namespace, metric.metric_name, metric.statistic, metric.period) == (
        "AWS/ApiGateway",
        metric_name,
        statistic,
        Duration.minutes(5),
    )
    assert stack.resolve(metric.dimensions_map) == {"ApiId": {"Ref": "ApiF70053CD"}}


def test_http_api_and_stage_metrics_carry_the_account_and_region_of_their_stack(app: App) -> None:
    stack = Stack(app, "Api", env={"account": "123456789012", "region": "eu-west-1"})
    api = HttpApi(stack, "Api")
    stage = api.add_stage("Beta", stage_name="beta")
    assert [
        (m.account, m.region) for m in (api.metric_count(), api.metric("Custom"), stage.metric_latency())
    ] == [("123456789012", "eu-west-1")] * 3


def test_http_api_metric_has_no_account_or_region_in_an_environment_agnostic_stack(stack: Stack) -> None:
    metric = HttpApi(stack, "Api").metric_count()
    assert (metric.account, metric.region) == (None, None)


def test_alarm_on_an_http_api_metric_in_another_region_is_refused(app: App) -> None:
    api = HttpApi(Stack(app, "Api", env={"account": "123456789012", "region": "us-east-1"}), "Api")
    alarms = Stack(app, "Alarms", env={"account": "123456789012", "region": "eu-central-1"})
    with pytest.raises(ValidationError) as raised:
        Alarm(alarms, "Errors", metric=api.metric_client_error(), threshold=1, evaluation_periods=1)
    assert str(raised.value) == (
        "Alarms/Errors: metric=4xx is in region 'us-east-1' but the alarm's stack is in 'eu-central-1'; "
        "create the alarm in a stack of the metric's region"
    )


def test_http_api_metric_accepts_statistic_and_period(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    metric = api.metric_latency(statistic="p99", period=Duration.minutes(1))
    assert (metric.statistic, metric.period) == ("p99", Duration.minutes(1))


def test_http_api_metric_by_name(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    metric = api.metric("Custom")
    assert (metric.metric_name, metric.statistic) == ("Custom", "Average")
    assert stack.resolve(metric.dimensions_map) == {"ApiId": {"Ref": "ApiF70053CD"}}


def test_http_api_metric_dimensions_map_replaces_the_api_id(stack: Stack) -> None:
    metric = HttpApi(stack, "Api").metric("Custom", dimensions_map={"Resource": "/books"})
    assert metric.dimensions_map == {"Resource": "/books"}


@pytest.mark.parametrize(
    "method_name",
    [
        "metric_client_error",
        "metric_server_error",
        "metric_data_processed",
        "metric_count",
        "metric_integration_latency",
        "metric_latency",
    ],
)
def test_http_api_canned_metric_dimensions_map_replaces_the_api_id(stack: Stack, method_name: str) -> None:
    metric = getattr(HttpApi(stack, "Api"), method_name)(dimensions_map={"Stage": "prod"})
    assert metric.dimensions_map == {"Stage": "prod"}


def test_http_api_metric_empty_dimensions_map_selects_no_dimension(stack: Stack) -> None:
    assert HttpApi(stack, "Api").metric_count(dimensions_map={}).dimensions_map == {}


def test_imported_http_api_metric_dimensions_map_replaces_the_api_id(stack: Stack) -> None:
    api = HttpApi.from_http_api_attributes(stack, "Imported", http_api_id="abc123")
    assert api.metric_latency(dimensions_map={"Stage": "prod"}).dimensions_map == {"Stage": "prod"}


def test_imported_http_api_keeps_its_ids(stack: Stack) -> None:
    api = HttpApi.from_http_api_attributes(stack, "Imported", http_api_id="abc123", api_endpoint="https://x")
    assert (api.api_id, api.http_api_id, api.api_endpoint) == ("abc123", "abc123", "https://x")


def test_imported_http_api_endpoint_must_be_given(stack: Stack) -> None:
    api = HttpApi.from_http_api_attributes(stack, "Imported", http_api_id="abc123")
    with pytest.raises(ValidationError) as caught:
        _ = api.api_endpoint
    assert str(caught.value) == (
        "Test/Imported: api_endpoint is not known; pass api_endpoint=... to HttpApi.from_http_api_attributes"
    )


def test_imported_http_api_accepts_add_routes(stack: Stack) -> None:
    api = HttpApi.from_http_api_attributes(stack, "Imported", http_api_id="abc123")
    (route,) = api.add_routes(
        path="/books",
        methods=[HttpMethod.GET],
        integration=HttpUrlIntegration("Books", "https://example.com"),
    )
    assert properties_of(route)["ApiId"] == "abc123"
    assert properties_of(route.node.find_child("Books"))["ApiId"] == "abc123"


def test_imported_http_api_metrics_use_its_id(stack: Stack) -> None:
    api = HttpApi.from_http_api_attributes(stack, "Imported", http_api_id="abc123")
    assert api.metric_count().dimensions_map == {"ApiId": "abc123"}


def test_cors_preflight_renders_every_option(stack: Stack, template: Render) -> None:
    HttpApi(
        stack,
        "Api",
        cors_preflight={
            "allow_credentials": True,
            "allow_headers": ["Authorization"],
            "allow_methods": [CorsHttpMethod.GET, CorsHttpMethod.POST],
            "allow_origins": ["https://example.com"],
            "expose_headers": ["X-Total"],
            "max_age": Duration.days(1),
        },
    )
    assert api_properties(template, stack)["CorsConfiguration"] == {
        "AllowCredentials": True,
        "AllowHeaders": ["Authorization"],
        "AllowMethods": ["GET", "POST"],
        "AllowOrigins": ["https://example.com"],
        "ExposeHeaders": ["X-Total"],
        "MaxAge": 86400,
    }


def test_cors_any_method_renders_as_star(stack: Stack, template: Render) -> None:
    HttpApi(stack, "Api", cors_preflight={"allow_methods": [CorsHttpMethod.ANY]})
    assert api_properties(template, stack)["CorsConfiguration"] == {"AllowMethods": ["*"]}


def test_cors_max_age_renders_in_seconds(stack: Stack, template: Render) -> None:
    HttpApi(stack, "Api", cors_preflight={"max_age": Duration.minutes(10)})
    assert api_properties(template, stack)["CorsConfiguration"] == {"MaxAge": 600}


def test_cors_rejects_credentials_with_any_origin(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpApi(stack, "Api", cors_preflight={"allow_credentials": True, "allow_origins": ["*"]})
    assert str(caught.value) == (
        "Test/Api: cors_preflight allow_credentials=True with allow_origins containing '*' is not allowed; "
        "list the origins explicitly"
    )
