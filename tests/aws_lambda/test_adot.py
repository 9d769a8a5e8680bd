"""ADOT instrumentation of a function (aws_lambda/adot.py and Function's `adot_instrumentation`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]
GENERIC_LATEST = lambda_.AdotLayerVersion.from_generic_layer_version(
    lambda_.AdotLambdaLayerGenericVersion.LATEST
)
PYTHON_LATEST = lambda_.AdotLayerVersion.from_python_sdk_layer_version(
    lambda_.AdotLambdaLayerPythonSdkVersion.LATEST
)
XRAY_ACTIONS = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]


def instrumented(
    stack: Stack,
    layer: lambda_.AdotLayerVersion = GENERIC_LATEST,
    wrapper: lambda_.AdotLambdaExecWrapper = lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER,
    runtime: lambda_.Runtime = lambda_.Runtime.NODEJS_22_X,
    **props: Any,
) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Fn",
        code=lambda_.Code.from_inline("exports.handler = async () => {};"),
        handler="index.handler",
        runtime=runtime,
        adot_instrumentation=lambda_.AdotInstrumentationConfig(layer_version=layer, exec_wrapper=wrapper),
        **props,
    )


def function_properties(rendered: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = rendered["Resources"]["Fn9270CBC0"]["Properties"]
    return properties


def regional_stack(app: App, region: str = "eu-west-1") -> Stack:
    return Stack(app, "Regional", env=Environment(region=region))


def test_adot_adds_the_layer_the_wrapper_and_active_tracing(app: App, template: Render) -> None:
    stack = regional_stack(app)
    instrumented(stack)
    properties = function_properties(template(stack))
    assert properties["Layers"] == [
        "arn:aws:lambda:eu-west-1:901920570463:layer:aws-otel-collector-amd64-ver-0-115-0:2"
    ]
    assert properties["Environment"] == {"Variables": {"AWS_LAMBDA_EXEC_WRAPPER": "/opt/otel-handler"}}
    assert properties["TracingConfig"] == {"Mode": "Active"}
    policy = template(stack)["Resources"]["FnServiceRoleDefaultPolicyC6A839BF"]["Properties"]
    assert policy["PolicyDocument"]["Statement"] == [
        {"Action": XRAY_ACTIONS, "Effect": "Allow", "Resource": "*"}
    ]


def test_adot_keeps_tracing_the_user_sets(app: App, template: Render) -> None:
    stack = regional_stack(app)
    instrumented(stack, tracing=lambda_.Tracing.DISABLED)
    assert "TracingConfig" not in function_properties(template(stack))


def test_adot_layer_follows_own_layers_and_wrapper_follows_own_environment(
    app: App, template: Render
) -> None:
    stack = regional_stack(app)
    own = lambda_.LayerVersion.from_layer_version_arn(stack, "Own", "arn:aws:lambda:eu-west-1:1:layer:own:1")
    instrumented(stack, layers=[own], environment={"ZED": "1"})
    properties = function_properties(template(stack))
    assert properties["Layers"][0] == "arn:aws:lambda:eu-west-1:1:layer:own:1"
    assert list(properties["Environment"]["Variables"]) == ["ZED", "AWS_LAMBDA_EXEC_WRAPPER"]


@pytest.mark.parametrize(
    ("wrapper", "script"),
    [
        (lambda_.AdotLambdaExecWrapper.PROXY_HANDLER, "/opt/otel-proxy-handler"),
        (lambda_.AdotLambdaExecWrapper.STREAM_HANDLER, "/opt/otel-stream-handler"),
        (lambda_.AdotLambdaExecWrapper.SQS_HANDLER, "/opt/otel-sqs-handler"),
    ],
)
def test_each_wrapper_names_its_script(
    app: App, template: Render, wrapper: lambda_.AdotLambdaExecWrapper, script: str
) -> None:
    stack = regional_stack(app)
    instrumented(stack, wrapper=wrapper)
    variables = function_properties(template(stack))["Environment"]["Variables"]
    assert variables == {"AWS_LAMBDA_EXEC_WRAPPER": script}


def test_layer_in_every_region_of_one_partition_is_a_join_on_the_region(
    stack: Stack, template: Render
) -> None:
    instrumented(
        stack, PYTHON_LATEST, lambda_.AdotLambdaExecWrapper.INSTRUMENT_HANDLER, lambda_.Runtime.PYTHON_3_12
    )
    assert function_properties(template(stack))["Layers"] == [
        {
            "Fn::Join": [
                "",
                [
                    "arn:aws:lambda:",
                    {"Ref": "AWS::Region"},
                    ":901920570463:layer:aws-otel-python-amd64-ver-1-29-0:1",
                ],
            ]
        }
    ]


def test_layer_with_rows_that_differ_is_looked_up_in_the_stack_mapping(
    stack: Stack, template: Render
) -> None:
    version = lambda_.AdotLambdaLayerJavaScriptSdkVersion.V1_7_0
    instrumented(
        stack,
        lambda_.AdotLayerVersion.from_java_script_sdk_layer_version(version),
        architecture=lambda_.Architecture.ARM_64,
    )
    rendered = template(stack)
    key = "JAVASCRIPTxSDKx1x7x0xarm64"
    assert function_properties(rendered)["Layers"] == [
        {"Fn::FindInMap": ["AdotlambdalayerMap", {"Ref": "AWS::Region"}, key]}
    ]
    rows = rendered["Mappings"]["AdotlambdalayerMap"]
    assert (
        rows["us-west-1"][key]
        == "arn:aws:lambda:us-west-1:901920570463:layer:aws-otel-nodejs-arm64-ver-1-7-0:1"
    )
    assert (
        rows["us-east-1"][key]
        == "arn:aws:lambda:us-east-1:901920570463:layer:aws-otel-nodejs-arm64-ver-1-7-0:2"
    )
    assert len(rows) == 16


def test_adot_instrumentation_accepts_a_dict(app: App, template: Render) -> None:
    stack = regional_stack(app)
    lambda_.Function(
        stack,
        "Fn",
        code=lambda_.Code.from_inline("exports.handler = async () => {};"),
        handler="index.handler",
        runtime=lambda_.Runtime.NODEJS_22_X,
        adot_instrumentation={
            "layer_version": GENERIC_LATEST,
            "exec_wrapper": lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER,
        },
    )
    assert len(function_properties(template(stack))["Layers"]) == 1


def test_layer_arn_in_a_regional_stack_is_literal(app: App) -> None:
    stack = regional_stack(app, "us-east-1")
    arn = lambda_.AdotLambdaLayerJavaSdkVersion.V1_32_0_1.layer_arn(stack, lambda_.Architecture.ARM_64)
    assert arn == "arn:aws:lambda:us-east-1:901920570463:layer:aws-otel-java-wrapper-arm64-ver-1-32-0:4"
    latest = lambda_.AdotLambdaLayerJavaSdkVersion.LATEST.layer_arn(stack, lambda_.Architecture.ARM_64)
    assert latest == arn


def test_python_runtime_needs_the_instrument_handler(app: App) -> None:
    stack = regional_stack(app)
    with pytest.raises(ValidationError) as error:
        instrumented(stack, PYTHON_LATEST, runtime=lambda_.Runtime.PYTHON_3_12)
    assert str(error.value) == (
        "Regional/Fn: adot_instrumentation.exec_wrapper=AdotLambdaExecWrapper.REGULAR_HANDLER is not "
        "supported by Python runtimes; use AdotLambdaExecWrapper.INSTRUMENT_HANDLER"
    )


def test_region_without_the_layer_is_an_error(app: App) -> None:
    stack = regional_stack(app, "il-central-1")
    with pytest.raises(ValidationError) as error:
        instrumented(stack)
    assert str(error.value) == (
        "Regional/Fn: AdotLambdaLayerGenericVersion.LATEST has no x86_64 layer in region 'il-central-1'; "
        "use a region where AWS publishes it"
    )


def test_region_without_the_version_names_the_versions_there(app: App) -> None:
    stack = regional_stack(app, "me-central-1")
    version = lambda_.AdotLambdaLayerPythonSdkVersion.V1_29_0
    with pytest.raises(ValidationError) as error:
        version.layer_arn(stack, lambda_.Architecture.X86_64)
    assert str(error.value) == (
        "Regional: AdotLambdaLayerPythonSdkVersion.V1_29_0 has no x86_64 layer in region 'me-central-1'; "
        "use V1_17_0"
    )


def test_version_published_nowhere_is_an_error_without_a_region(stack: Stack) -> None:
    version = lambda_.AdotLambdaLayerPythonSdkVersion.V1_14_0
    with pytest.raises(ValidationError) as error:
        version.layer_arn(stack, lambda_.Architecture.X86_64)
    assert str(error.value) == (
        "Test: AdotLambdaLayerPythonSdkVersion.V1_14_0 has no x86_64 layer in any region; use another version"
    )


def test_container_image_function_cannot_use_adot(app: App, tmp_path: Path) -> None:
    stack = regional_stack(app)
    (tmp_path / "Dockerfile").write_text("FROM public.ecr.aws/lambda/nodejs:22\n")
    with pytest.raises(ValidationError) as error:
        lambda_.DockerImageFunction(
            stack,
            "Fn",
            code=lambda_.DockerImageCode.from_image_asset(str(tmp_path)),
            adot_instrumentation=lambda_.AdotInstrumentationConfig(
                layer_version=GENERIC_LATEST, exec_wrapper=lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER
            ),
        )
    assert str(error.value) == (
        "Regional/Fn: adot_instrumentation.layer_version=AdotLayerVersion.from_generic_layer_version("
        "AdotLambdaLayerGenericVersion.LATEST) is not supported by container image functions; put the ADOT "
        "layer's files in the image"
    )


def test_versions_repr_as_their_constants() -> None:
    assert (
        repr(lambda_.AdotLambdaLayerPythonSdkVersion.V1_19_0_1) == "AdotLambdaLayerPythonSdkVersion.V1_19_0_1"
    )
    assert repr(PYTHON_LATEST) == (
        "AdotLayerVersion.from_python_sdk_layer_version(AdotLambdaLayerPythonSdkVersion.LATEST)"
    )


def test_wrong_version_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        lambda_.AdotLayerVersion.from_python_sdk_layer_version(
            lambda_.AdotLambdaLayerGenericVersion.LATEST  # type: ignore[arg-type]
        )
