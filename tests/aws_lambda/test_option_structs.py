"""The option structs of aws_lambda's methods and constructors: each holds exactly their keywords."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def keywords_of(callable_: Callable[..., Any]) -> list[str]:
    return sorted(
        name
        for name, parameter in inspect.signature(callable_).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    )


def fields_of(struct: type) -> list[str]:
    return sorted(f.name for f in attrs.fields(struct))


@pytest.mark.parametrize(
    ("struct", "callable_"),
    [
        (lambda_.EnvironmentOptions, lambda_.Function.add_environment),
        (lambda_.EnvironmentOptions, lambda_.SingletonFunction.add_environment),
        (lambda_.ResourceBindOptions, lambda_.Code.bind_to_resource),
        (lambda_.BucketOptions, lambda_.Code.from_bucket_v2),
        (lambda_.LambdaRuntimeProps, lambda_.Runtime.__init__),
        (lambda_.EcrImageCodeProps, lambda_.EcrImageCode.__init__),
        (lambda_.EcrImageCodeProps, lambda_.DockerImageCode.from_ecr),
        (lambda_.AssetImageCodeProps, lambda_.AssetImageCode.__init__),
        (lambda_.AssetImageCodeProps, lambda_.DockerImageCode.from_image_asset),
        (lambda_.DockerImageFunctionProps, lambda_.DockerImageFunction.__init__),
    ],
    ids=lambda value: getattr(value, "__qualname__", str(value)),
)
def test_struct_fields_are_the_keywords(struct: type, callable_: Callable[..., Any]) -> None:
    assert fields_of(struct) == keywords_of(callable_)


def test_docker_image_function_props_are_function_options_with_an_image() -> None:
    assert set(fields_of(lambda_.DockerImageFunctionProps)) - set(fields_of(lambda_.FunctionOptions)) == {
        "code"
    }


def test_image_code_props_convert_lists_to_tuples() -> None:
    props = lambda_.EcrImageCodeProps(cmd=["run"], entrypoint=["/bin/sh", "-c"])
    assert props.cmd == ("run",)
    assert props.entrypoint == ("/bin/sh", "-c")
    asset = lambda_.AssetImageCodeProps(build_args={"A": "1"}, exclude=["*.md"])
    assert asset.build_args == {"A": "1"}
    assert asset.exclude == ("*.md",)


def test_ecr_image_code_takes_the_digest_before_the_tag() -> None:
    code = lambda_.EcrImageCode(object(), tag="v1", tag_or_digest="sha256:abc", cmd=["run"])
    assert code.tag_or_digest == "sha256:abc"
    assert code.cmd == ("run",)
    assert lambda_.EcrImageCode(object()).tag_or_digest == "latest"


def test_log_format_values_are_cloudformations(stack: Stack, template: Render) -> None:
    assert [(m.name, m.value) for m in lambda_.LogFormat] == [("TEXT", "Text"), ("JSON", "JSON")]
    lambda_.Function(
        stack,
        "Fn",
        code=lambda_.Code.from_inline("x"),
        handler="index.handler",
        runtime=lambda_.Runtime.PYTHON_3_12,
        log_format=lambda_.LogFormat.TEXT.value,
    )
    (function,) = resources_of_type(template(stack), "AWS::Lambda::Function").values()
    assert function["Properties"]["LoggingConfig"] == {"LogFormat": "Text"}


def test_a_runtimes_bundling_image_is_part_of_the_layer_hash(
    tmp_path: Path, template: Render, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new Runtime joins Runtime.ALL (as in aws-cdk-lib); keep the list of other tests as it was.
    monkeypatch.setattr(lambda_.Runtime, "ALL", list(lambda_.Runtime.ALL))
    # Versions of aws-cdk-lib for the same functions under @aws-cdk/aws-lambda:recognizeLayerVersion.
    app = App(outdir=str(tmp_path / "cdk.out"), context={"@aws-cdk/aws-lambda:recognizeLayerVersion": True})
    stack = Stack(app, "S")
    for index, image in enumerate([None, "public.ecr.aws/example/build:3.12"]):
        runtime = lambda_.Runtime(
            "python3.12", lambda_.RuntimeFamily.PYTHON, supports_inline_code=True, bundling_docker_image=image
        )
        layer = lambda_.LayerVersion.from_layer_version_attributes(
            stack,
            f"L{index}",
            layer_version_arn="arn:aws:lambda:us-east-1:123456789012:layer:shared:4",
            compatible_runtimes=[runtime],
        )
        fn = lambda_.Function(
            stack,
            f"F{index}",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return {}\n"),
            handler="index.handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            layers=[layer],
        )
        fn.current_version  # noqa: B018 - creates the version
    assert sorted(resources_of_type(template(stack), "AWS::Lambda::Version")) == [
        "F0CurrentVersionDFEAC271e89b54de284b14e7d7e7ee8af36f58bb",
        "F1CurrentVersionDFC9AA7C5f1c4c56b8efe76b88001c2d5e25aa9c",
    ]
