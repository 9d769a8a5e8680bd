"""Runtime.ALL as the runtimes of a layer imported by ARN (layers.py, function.py).

aws-cdk-lib's layer imported by ARN supports Runtime.ALL itself, and each function on NODEJS_LATEST adds
its own copy of that runtime to the list; under `@aws-cdk/aws-lambda:recognizeLayerVersion` the whole list
is in the version hash of functions using the layer. The logical IDs are those aws-cdk-lib 2.275.0 wrote.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.core.errors import ValidationError

VERSION_FLAGS = {
    "@aws-cdk/aws-lambda:recognizeLayerVersion": True,
    "@aws-cdk/aws-lambda:recognizeVersionProps": True,
}
LAYER_ARN = "arn:aws:lambda:us-east-1:123456789012:layer:shared:3"


def layered_function(app: App, stack_id: str) -> Stack:
    stack = Stack(app, stack_id)
    layer = lambda_.LayerVersion.from_layer_version_arn(stack, "Layer", LAYER_ARN)
    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("x"),
        layers=[layer],
    )
    fn.add_alias("live")
    return stack


def version_ids(stack: Stack) -> list[str]:
    resources = Template.from_stack(stack).to_json()["Resources"]
    return [logical_id for logical_id in resources if "CurrentVersion" in logical_id]


def latest_node_function(stack: Stack, id: str = "Fn", **options: object) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.NODEJS_LATEST,
        handler="index.handler",
        code=lambda_.Code.from_inline("x"),
        **options,  # type: ignore[arg-type]
    )


def test_function_on_nodejs_latest_keeps_its_own_copy_of_the_runtime(stack: Stack) -> None:
    fn = latest_node_function(stack)
    assert fn.runtime is not lambda_.Runtime.NODEJS_LATEST
    assert fn.runtime.runtime_equals(lambda_.Runtime.NODEJS_LATEST)
    assert fn.runtime.is_variable
    assert lambda_.Runtime.ALL[-1] is fn.runtime


def test_function_on_another_runtime_keeps_that_runtime(stack: Stack) -> None:
    count = len(lambda_.Runtime.ALL)
    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("x"),
    )
    assert fn.runtime is lambda_.Runtime.NODEJS_22_X
    assert len(lambda_.Runtime.ALL) == count


def test_nodejs_latest_copy_is_made_before_the_logging_checks(stack: Stack) -> None:
    count = len(lambda_.Runtime.ALL)
    with pytest.raises(ValidationError):
        latest_node_function(stack, system_log_level_v2=lambda_.SystemLogLevel.WARN)
    assert len(lambda_.Runtime.ALL) == count + 1


def test_layer_imported_by_arn_supports_runtimes_made_later(stack: Stack) -> None:
    layer = lambda_.LayerVersion.from_layer_version_arn(stack, "Layer", LAYER_ARN)
    custom = lambda_.Runtime("python3.99", lambda_.RuntimeFamily.PYTHON, supports_inline_code=True)
    assert custom in cast(Any, layer).compatible_runtimes


def test_version_hash_counts_a_nodejs_latest_function_of_another_stack(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "cdk.out"), context=VERSION_FLAGS)
    layered = layered_function(app, "Layered")
    latest_node_function(Stack(app, "Latest"))
    assert version_ids(layered) == ["FnCurrentVersion17A89ABBcacaf0de07e74ff6e7cb0505a18b909e"]


def test_version_hash_counts_a_runtime_made_after_the_import(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "cdk.out"), context=VERSION_FLAGS)
    layered = layered_function(app, "Custom")
    lambda_.Runtime("python3.99", lambda_.RuntimeFamily.PYTHON, supports_inline_code=True)
    assert version_ids(layered) == ["FnCurrentVersion17A89ABB870e5a8646dd9089c28a7e0a73f92540"]
