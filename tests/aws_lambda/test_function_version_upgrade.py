"""FunctionVersionUpgrade: the aspect that publishes new versions after a hash-changing flag (function.py).

The hashes are those aws-cdk-lib 2.275.0 wrote for the same functions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Aspects, CfnParameter, Construct, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_s3 as s3
from apigwv2_integrations import aws_sqs as sqs
from tests.cfn_lint import assert_cfn_lint_clean

Render = Callable[[Stack], dict[str, Any]]
LAYER_FLAG = "@aws-cdk/aws-lambda:recognizeLayerVersion"
CODE = lambda_.Code.from_inline("def handler(e, c):\n    return {}\n")


def app_with(tmp_path: Path, context: dict[str, Any] | None = None) -> App:
    return App(outdir=str(tmp_path / "cdk.out"), context=context)


def function(scope: Construct, id: str, **options: Any) -> lambda_.Function:
    options.setdefault("code", CODE)
    return lambda_.Function(
        scope, id, handler="index.handler", runtime=lambda_.Runtime.PYTHON_3_12, **options
    )


def two_functions(stack: Stack) -> None:
    function(stack, "F1")
    function(stack, "F2", description="hello").current_version  # noqa: B018 - creates the version


def descriptions(rendered: dict[str, Any]) -> dict[str, Any]:
    return {
        logical_id: resource["Properties"].get("Description")
        for logical_id, resource in rendered["Resources"].items()
        if resource["Type"] == "AWS::Lambda::Function"
    }


def version_ids(rendered: dict[str, Any]) -> list[str]:
    return sorted(k for k, v in rendered["Resources"].items() if v["Type"] == "AWS::Lambda::Version")


def test_acts_when_the_flag_is_on(tmp_path: Path, template: Render) -> None:
    stack = Stack(app_with(tmp_path, {LAYER_FLAG: True}), "S")
    two_functions(stack)
    Aspects.of(stack).add(lambda_.FunctionVersionUpgrade(LAYER_FLAG))
    rendered = template(stack)
    assert descriptions(rendered) == {
        "F1EAD92DBE": "version-hash:9a56244961657d137e7d2626dac608a6",
        "F23BAC7B9C": "hello version-hash:b5d616d38af15617fcc85148c7a43ac6",
    }
    # The version's hash includes the new description: a new version is published.
    assert version_ids(rendered) == ["F2CurrentVersionB3FFD64Fcd4a5486dd19a8f60c671ce90e65282c"]
    assert_cfn_lint_clean(rendered)


def test_does_nothing_when_the_flag_is_off(tmp_path: Path, template: Render) -> None:
    stack = Stack(app_with(tmp_path), "S")
    two_functions(stack)
    Aspects.of(stack).add(lambda_.FunctionVersionUpgrade(LAYER_FLAG))
    rendered = template(stack)
    assert descriptions(rendered) == {"F1EAD92DBE": None, "F23BAC7B9C": "hello"}
    assert version_ids(rendered) == ["F2CurrentVersionB3FFD64F67ec9eef87b683753e53c79be0f367a7"]


def test_enabled_false_acts_when_the_flag_is_off(tmp_path: Path, template: Render) -> None:
    stack = Stack(app_with(tmp_path), "S")
    two_functions(stack)
    Aspects.of(stack).add(lambda_.FunctionVersionUpgrade(LAYER_FLAG, False))
    rendered = template(stack)
    # The hash is that of the configuration before the description changes (the old version's).
    assert descriptions(rendered) == {
        "F1EAD92DBE": "version-hash:b995d69b8da1ee75b1c4a0ef3bd129eb",
        "F23BAC7B9C": "hello version-hash:67ec9eef87b683753e53c79be0f367a7",
    }
    assert version_ids(rendered) == ["F2CurrentVersionB3FFD64Fece5b4b3f43a24c7ce99a257d95f8865"]


def test_enabled_false_does_nothing_when_the_flag_is_on(tmp_path: Path, template: Render) -> None:
    stack = Stack(app_with(tmp_path, {LAYER_FLAG: True}), "S")
    function(stack, "F1")
    Aspects.of(stack).add(lambda_.FunctionVersionUpgrade(LAYER_FLAG, False))
    assert descriptions(template(stack)) == {"F1EAD92DBE": None}


def test_a_second_visit_replaces_the_first(tmp_path: Path, template: Render) -> None:
    stack = Stack(app_with(tmp_path), "S")
    bucket = s3.Bucket.from_bucket_name(stack, "B", "my-bucket")
    fn = function(stack, "F", code=lambda_.Code.from_bucket(bucket, "k.zip"), description="d")
    fn.current_version  # noqa: B018 - creates the version
    Aspects.of(stack).add(lambda_.FunctionVersionUpgrade("x:y", False))
    Aspects.of(fn).add(lambda_.FunctionVersionUpgrade("x:z", False))
    rendered = template(stack)
    assert descriptions(rendered) == {"FC4345940": "d version-hash:94ae33a1bbdeebbc12116ed72740a754"}
    assert version_ids(rendered) == ["FCurrentVersion58B8A55Dfe98870edc80c759a47105f8ff71cb88"]


def test_the_hash_leaves_out_invalidate_version_based_on(tmp_path: Path, template: Render) -> None:
    stack = Stack(app_with(tmp_path), "S")
    bucket = s3.Bucket.from_bucket_name(stack, "B", "my-bucket")
    fn = function(stack, "F", code=lambda_.Code.from_bucket(bucket, "k.zip"))
    fn.invalidate_version_based_on("abc")
    fn.current_version  # noqa: B018 - creates the version
    Aspects.of(stack).add(lambda_.FunctionVersionUpgrade("x:y", False))
    rendered = template(stack)
    assert descriptions(rendered) == {"FC4345940": "version-hash:525a89c9a4cd2f96912634b3bd9de4ef"}
    assert version_ids(rendered) == ["FCurrentVersion58B8A55Dd2278bdae1edc3558343d1dd0f8db397"]


def test_an_unresolved_description_is_joined(tmp_path: Path, template: Render) -> None:
    stack = Stack(app_with(tmp_path), "S")
    bucket = s3.Bucket.from_bucket_name(stack, "B", "my-bucket")
    description = CfnParameter(stack, "D").value_as_string
    function(stack, "F", code=lambda_.Code.from_bucket(bucket, "k.zip"), description=description)
    Aspects.of(stack).add(lambda_.FunctionVersionUpgrade("x:y", False))
    assert descriptions(template(stack)) == {
        "FC4345940": {"Fn::Join": ["", [{"Ref": "D"}, " version-hash:157f3da73b5c4347a12cd167ecaf3850"]]}
    }


def test_visits_the_function_of_a_singleton_and_nothing_else(tmp_path: Path, template: Render) -> None:
    stack = Stack(app_with(tmp_path), "S")
    lambda_.SingletonFunction(
        stack, "Single", uuid="u1", code=CODE, handler="index.handler", runtime=lambda_.Runtime.PYTHON_3_12
    )
    sqs.Queue(stack, "Queue")
    Aspects.of(stack).add(lambda_.FunctionVersionUpgrade(LAYER_FLAG, False))
    rendered = template(stack)
    assert descriptions(rendered) == {
        "SingletonLambdau1CED84F49": "version-hash:fddaab6e3f716114ceecad3d0ffb72a9"
    }
    (queue,) = [r for r in rendered["Resources"].values() if r["Type"] == "AWS::SQS::Queue"]
    assert "Properties" not in queue


@pytest.mark.parametrize("enabled", [None, True])
def test_enabled_defaults_to_true(tmp_path: Path, template: Render, enabled: bool | None) -> None:
    stack = Stack(app_with(tmp_path, {LAYER_FLAG: True}), "S")
    function(stack, "F1")
    Aspects.of(stack).add(lambda_.FunctionVersionUpgrade(LAYER_FLAG, enabled))
    assert descriptions(template(stack)) == {"F1EAD92DBE": "version-hash:9a56244961657d137e7d2626dac608a6"}
