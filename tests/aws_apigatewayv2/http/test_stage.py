"""HttpStage: default route settings, stage variables, URLs, domain mappings, access logs and metrics."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_apigateway import AccessLogFormat
from apigwv2_integrations.aws_apigatewayv2 import (
    AccessLogSettings,
    CfnApi,
    DomainName,
    HttpApi,
    HttpStage,
    HttpStageProps,
    LogGroupLogDestination,
)
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.aws_logs import LogGroup
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of, resource_of
from tests.conftest import resources_of_type

CERTIFICATE_ARN = "arn:aws:acm:us-east-1:111111111111:certificate/abc"


def bare_api(stack: Stack) -> HttpApi:
    return HttpApi(stack, "Api", create_default_stage=False)


def domain(stack: Stack) -> DomainName:
    certificate = Certificate.from_certificate_arn(stack, "Certificate", CERTIFICATE_ARN)
    return DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)


def test_http_stage_keywords_match_props_fields() -> None:
    assert keyword_names(HttpStage.__init__) == {f.name for f in attrs.fields(HttpStageProps)}


def test_http_stage_defaults_to_default_stage_name(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack))
    assert stage.stage_name == "$default"
    assert properties_of(stage) == {"ApiId": {"Ref": "ApiF70053CD"}, "StageName": "$default"}


def test_http_stage_renders_description_and_auto_deploy(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), description="beta", auto_deploy=False)
    assert properties_of(stage) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "AutoDeploy": False,
        "Description": "beta",
        "StageName": "$default",
    }


def test_http_stage_without_throttle_or_metrics_has_no_default_route_settings(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), stage_name="beta")
    assert "DefaultRouteSettings" not in properties_of(stage)


def test_http_stage_renders_throttle_into_default_route_settings(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), throttle={"rate_limit": 10, "burst_limit": 5})
    assert properties_of(stage)["DefaultRouteSettings"] == {
        "ThrottlingBurstLimit": 5,
        "ThrottlingRateLimit": 10,
    }


def test_http_stage_renders_detailed_metrics_into_default_route_settings(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), detailed_metrics_enabled=True)
    assert properties_of(stage)["DefaultRouteSettings"] == {"DetailedMetricsEnabled": True}


def test_http_stage_with_detailed_metrics_off_alone_has_no_default_route_settings(stack: Stack) -> None:
    # As aws-cdk-lib: False is the service's default, so only a throttle makes the settings appear.
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), detailed_metrics_enabled=False)
    assert "DefaultRouteSettings" not in properties_of(stage)


def test_http_stage_with_detailed_metrics_off_and_a_throttle_renders_both(stack: Stack) -> None:
    stage = HttpStage(
        stack,
        "Stage",
        http_api=bare_api(stack),
        detailed_metrics_enabled=False,
        throttle={"rate_limit": 10},
    )
    assert properties_of(stage)["DefaultRouteSettings"] == {
        "DetailedMetricsEnabled": False,
        "ThrottlingRateLimit": 10,
    }


def test_http_stage_renders_stage_variables(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), stage_variables={"env": "beta"})
    assert properties_of(stage)["StageVariables"] == {"env": "beta"}


def test_http_stage_variables_added_after_creation_are_rendered(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), stage_variables={"env": "beta"})
    stage.add_stage_variable("table", "books")
    assert properties_of(stage)["StageVariables"] == {"env": "beta", "table": "books"}


def test_http_stage_without_variables_renders_none(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack))
    assert "StageVariables" not in properties_of(stage)


def _stage_url(api_ref: str, path: str) -> dict[str, Any]:
    return {
        "Fn::Join": [
            "",
            [
                "https://",
                {"Ref": api_ref},
                ".execute-api.",
                {"Ref": "AWS::Region"},
                ".",
                {"Ref": "AWS::URLSuffix"},
                path,
            ],
        ]
    }


def test_http_stage_url_of_default_stage_has_no_stage_path(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack))
    assert stack.resolve(stage.url) == _stage_url("ApiF70053CD", "/")


def test_http_stage_url_of_named_stage_ends_with_its_name(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), stage_name="beta")
    assert stack.resolve(stage.url) == _stage_url("ApiF70053CD", "/beta")


def test_imported_http_stage_keeps_name_and_api(stack: Stack) -> None:
    api = bare_api(stack)
    stage = HttpStage.from_http_stage_attributes(stack, "Imported", api=api, stage_name="prod")
    assert (stage.stage_name, stage.api) == ("prod", api)


def test_imported_http_stage_has_no_url(stack: Stack) -> None:
    stage = HttpStage.from_http_stage_attributes(stack, "Imported", api=bare_api(stack), stage_name="prod")
    with pytest.raises(ValidationError) as caught:
        _ = stage.url
    assert (
        str(caught.value) == "Test/Imported: url is not known for an imported stage; build it from the API id"
    )


def test_http_stage_domain_mapping_creates_api_mapping(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    domain_name = domain(stack)
    stage = HttpStage(
        stack,
        "Stage",
        http_api=bare_api(stack),
        stage_name="beta",
        domain_mapping={"domain_name": domain_name, "mapping_key": "books"},
    )
    (mapping_id, mapping), *others = resources_of_type(
        template(stack), "AWS::ApiGatewayV2::ApiMapping"
    ).items()
    assert others == []
    # aws-cdk-lib builds the mapping's construct id from the domain's path and the key.
    assert mapping_id == logical_id_of(stage.node.find_child("Test--Domainbooks"))
    assert mapping == {
        "Type": "AWS::ApiGatewayV2::ApiMapping",
        "Properties": {
            "ApiId": {"Ref": "ApiF70053CD"},
            "ApiMappingKey": "books",
            "DomainName": {"Ref": logical_id_of(domain_name)},
            "Stage": "beta",
        },
        "DependsOn": [logical_id_of(domain_name), logical_id_of(stage)],
    }


def test_http_stage_domain_mapping_without_key_is_named_undefined(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), domain_mapping={"domain_name": domain(stack)})
    assert "ApiMappingKey" not in properties_of(stage.node.find_child("Test--Domainundefined"))


def test_http_stage_with_domain_mapping_waits_for_the_domain(stack: Stack) -> None:
    domain_name = domain(stack)
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), domain_mapping={"domain_name": domain_name})
    assert resource_of(stage)["DependsOn"] == [logical_id_of(domain_name)]


def test_http_stage_domain_url_uses_domain_and_key(stack: Stack) -> None:
    domain_name = domain(stack)
    stage = HttpStage(
        stack,
        "Stage",
        http_api=bare_api(stack),
        domain_mapping={"domain_name": domain_name, "mapping_key": "books"},
    )
    assert stack.resolve(stage.domain_url) == {
        "Fn::Join": ["", ["https://", {"Ref": logical_id_of(domain_name)}, "/books"]]
    }


def test_http_stage_of_an_l1_api_renders_its_ref(stack: Stack) -> None:
    api = CfnApi(stack, "Api", name="books", protocol_type="HTTP")
    stage = HttpStage(stack, "Stage", http_api=api, stage_name="beta")
    assert properties_of(stage)["ApiId"] == {"Ref": logical_id_of(api)}
    with pytest.raises(ValidationError) as raised:
        stage.api  # noqa: B018
    assert str(raised.value) == (
        "Test/Stage: http_api is a CfnApi, not an IHttpApi; use the API construct you passed, or pass "
        "an HttpApi or HttpApi.from_http_api_attributes(...)"
    )


def test_http_stage_domain_url_without_domain_mapping_is_an_error(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack))
    with pytest.raises(ValidationError) as raised:
        stage.domain_url  # noqa: B018
    assert str(raised.value) == (
        "Test/Stage: domain_url is not available: the stage has no custom domain mapping; "
        "create the stage with domain_mapping=DomainMappingOptions(domain_name=...)"
    )


def test_default_domain_mapping_maps_the_default_stage(stack: Stack) -> None:
    domain_name = domain(stack)
    api = HttpApi(stack, "Api", default_domain_mapping={"domain_name": domain_name})
    assert api.default_stage is not None
    mapping = api.default_stage.node.find_child("Test--Domainundefined")
    assert properties_of(mapping) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "DomainName": {"Ref": logical_id_of(domain_name)},
        "Stage": "$default",
    }


def test_default_domain_mapping_needs_the_default_stage(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpApi(
            stack, "Api", create_default_stage=False, default_domain_mapping={"domain_name": domain(stack)}
        )
    assert str(caught.value) == (
        "Test/Api: default_domain_mapping needs the default stage; remove create_default_stage=False "
        "or map a stage added with add_stage()"
    )


CLF = (
    "$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "
    '"$context.httpMethod $context.resourcePath $context.protocol" $context.status '
    "$context.responseLength $context.requestId"
)


def test_http_stage_access_logs_default_to_common_log_format(stack: Stack) -> None:
    logs = LogGroup(stack, "Logs")
    stage = HttpStage(
        stack,
        "Stage",
        http_api=bare_api(stack),
        access_log_settings=AccessLogSettings(destination=LogGroupLogDestination(logs)),
    )
    assert properties_of(stage)["AccessLogSettings"] == {
        "DestinationArn": {"Fn::GetAtt": [logical_id_of(logs), "Arn"]},
        "Format": CLF,
    }


def test_http_stage_access_logs_use_a_custom_format(stack: Stack) -> None:
    logs = LogGroup(stack, "Logs")
    stage = HttpStage(
        stack,
        "Stage",
        http_api=bare_api(stack),
        access_log_settings=AccessLogSettings(
            destination=LogGroupLogDestination(logs),
            format=AccessLogFormat.custom("$context.requestId $context.status"),
        ),
    )
    assert properties_of(stage)["AccessLogSettings"]["Format"] == "$context.requestId $context.status"


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
def test_http_stage_metrics_use_api_and_stage_dimensions(
    stack: Stack, method_name: str, metric_name: str, statistic: str
) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), stage_name="beta")
    metric = getattr(stage, method_name)(period=Duration.minutes(1))
    assert (metric.namespace, metric.metric_name, metric.statistic, metric.period) == (
        "AWS/ApiGateway",
        metric_name,
        statistic,
        Duration.minutes(1),
    )
    assert stack.resolve(metric.dimensions_map) == {"ApiId": {"Ref": "ApiF70053CD"}, "Stage": "beta"}


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
def test_http_stage_canned_metric_ignores_dimensions_map(stack: Stack, method_name: str) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), stage_name="beta")
    metric = getattr(stage, method_name)(dimensions_map={"Stage": "other", "Route": "GET /"})
    assert stack.resolve(metric.dimensions_map) == {"ApiId": {"Ref": "ApiF70053CD"}, "Stage": "beta"}


def test_http_stage_metric_by_name_ignores_dimensions_map(stack: Stack) -> None:
    stage = HttpStage(stack, "Stage", http_api=bare_api(stack), stage_name="beta")
    metric = stage.metric("Count", dimensions_map={"Route": "GET /"}, statistic="Sum")
    assert metric.statistic == "Sum"
    assert stack.resolve(metric.dimensions_map) == {"ApiId": {"Ref": "ApiF70053CD"}, "Stage": "beta"}


def test_imported_http_stage_metric_ignores_dimensions_map(stack: Stack) -> None:
    api = HttpApi.from_http_api_attributes(stack, "Api", http_api_id="abc123")
    stage = HttpStage.from_http_stage_attributes(stack, "Stage", api=api, stage_name="live")
    metric = stage.metric_latency(dimensions_map={"Stage": "other"})
    assert metric.dimensions_map == {"ApiId": "abc123", "Stage": "live"}
