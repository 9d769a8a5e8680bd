"""DockerImageFunction, DockerImageCode and the dead-letter queue props (aws_lambda/image_function.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_sns as sns
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def image_directory(tmp_path: Path) -> str:
    directory = tmp_path / "image"
    directory.mkdir()
    (directory / "Dockerfile").write_text('FROM public.ecr.aws/lambda/python:3.12\nCMD ["app.handler"]\n')
    (directory / "app.py").write_text("def handler(event, context):\n    return 1\n")
    return str(directory)


def test_image_asset_function_renders_the_image_and_the_asset_manifest(
    tmp_path: Path, app: App, stack: Stack
) -> None:
    lambda_.DockerImageFunction(
        stack,
        "Fn",
        code=lambda_.DockerImageCode.from_image_asset(image_directory(tmp_path), cmd=["app.handler"]),
        architecture=lambda_.Architecture.ARM_64,
    )
    assembly = app.synth()
    out = Path(assembly.directory)
    template = json.loads((out / "Test.template.json").read_text())
    function = template["Resources"]["Fn9270CBC0"]["Properties"]
    assert function["PackageType"] == "Image"
    assert function["ImageConfig"] == {"Command": ["app.handler"]}
    assert "Handler" not in function and "Runtime" not in function
    images = json.loads((out / "Test.assets.json").read_text())["dockerImages"]
    ((image_hash, entry),) = images.items()
    assert function["Code"] == {
        "ImageUri": {
            "Fn::Sub": "${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/"
            f"cdk-hnb659fds-container-assets-${{AWS::AccountId}}-${{AWS::Region}}:{image_hash}"
        }
    }
    assert entry["displayName"] == "Fn/AssetImage"
    assert entry["source"] == {"directory": f"asset.{image_hash}", "platform": "linux/arm64"}
    assert (out / f"asset.{image_hash}" / "Dockerfile").is_file()


class _Repository:
    """Stands in for an aws_ecr repository: a URI per tag and a pull grant."""

    def __init__(self) -> None:
        self.pulled_by: list[Any] = []

    def repository_uri_for_tag_or_digest(self, tag: str) -> str:
        return f"111111111111.dkr.ecr.us-east-1.amazonaws.com/app:{tag}"

    def grant_pull(self, grantee: Any) -> None:
        self.pulled_by.append(grantee)


def test_ecr_image_function_uses_the_tag(stack: Stack, template: Render) -> None:
    repository = _Repository()
    lambda_.DockerImageFunction(
        stack, "Fn", code=lambda_.DockerImageCode.from_ecr(repository, tag_or_digest="v2")
    )
    properties = template(stack)["Resources"]["Fn9270CBC0"]["Properties"]
    assert properties["Code"] == {"ImageUri": "111111111111.dkr.ecr.us-east-1.amazonaws.com/app:v2"}
    assert len(repository.pulled_by) == 1


def test_image_functions_have_no_layers(tmp_path: Path, stack: Stack) -> None:
    layer = lambda_.LayerVersion.from_layer_version_arn(stack, "L", "arn:aws:lambda:us-east-1:1:layer:x:1")
    with pytest.raises(ValidationError) as error:
        lambda_.DockerImageFunction(
            stack, "Fn", code=lambda_.DockerImageCode.from_ecr(_Repository()), layers=[layer]
        )
    assert str(error.value) == (
        "Test/Fn: layers are not supported by container image functions; put the files in the image"
    )


def test_image_code_needs_the_image_handler(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        lambda_.Function(
            stack,
            "Fn",
            code=lambda_.EcrImageCode(_Repository()),
            handler="index.handler",
            runtime=lambda_.Runtime.FROM_IMAGE,
        )
    assert (
        str(error.value)
        == "Test/Fn: handler must be Handler.FROM_IMAGE exactly when the code is a container image"
    )


def inline_function(stack: Stack, **props: Any) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(e, c):\n    return 1\n"),
        **props,
    )


def test_dead_letter_queue_enabled_creates_a_queue(stack: Stack, template: Render) -> None:
    function = inline_function(stack, dead_letter_queue_enabled=True)
    rendered = template(stack)
    queues = resources_of_type(rendered, "AWS::SQS::Queue")
    assert queues["FnDeadLetterQueue48721F4D"]["Properties"] == {"MessageRetentionPeriod": 1209600}
    assert rendered["Resources"]["Fn9270CBC0"]["Properties"]["DeadLetterConfig"] == {
        "TargetArn": {"Fn::GetAtt": ["FnDeadLetterQueue48721F4D", "Arn"]}
    }
    assert function.dead_letter_queue is not None


def test_dead_letter_queue_and_disabled_flag_conflict(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Dlq")
    with pytest.raises(ValidationError) as error:
        inline_function(stack, dead_letter_queue=queue, dead_letter_queue_enabled=False)
    assert str(error.value) == (
        "Test/Fn: dead_letter_queue is set but dead_letter_queue_enabled=False; remove one of them"
    )


def test_dead_letter_topic_excludes_a_queue(stack: Stack) -> None:
    topic = sns.Topic(stack, "DlqTopic")
    with pytest.raises(ValidationError) as error:
        inline_function(stack, dead_letter_topic=topic, dead_letter_queue_enabled=True)
    assert str(error.value) == (
        "Test/Fn: dead_letter_topic is set together with dead_letter_queue or dead_letter_queue_enabled; "
        "use a queue or a topic, not both"
    )


def test_image_function_template(stack: Stack, template: Render, snapshot_json: SnapshotAssertion) -> None:
    directory = Path(__file__).parent / "image_fixture"
    lambda_.DockerImageFunction(
        stack,
        "Fn",
        code=lambda_.DockerImageCode.from_image_asset(str(directory), cmd=["app.handler"]),
        memory_size=1024,
        dead_letter_queue_enabled=True,
    ).add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)
    rendered = template(stack)
    assert rendered == snapshot_json
    assert_cfn_lint_clean(rendered)


def test_image_directory_must_exist(tmp_path: Path, stack: Stack) -> None:
    missing = str(tmp_path / "nothing")
    with pytest.raises(ValidationError) as error:
        lambda_.DockerImageFunction(stack, "Fn", code=lambda_.DockerImageCode.from_image_asset(missing))
    assert str(error.value) == f"Test/Fn/AssetImage: directory={missing!r} does not exist; pass a directory"


def test_image_directory_needs_its_dockerfile(tmp_path: Path, stack: Stack) -> None:
    directory = image_directory(tmp_path)
    with pytest.raises(ValidationError) as error:
        lambda_.DockerImageFunction(
            stack, "Fn", code=lambda_.DockerImageCode.from_image_asset(directory, file="Other.Dockerfile")
        )
    assert str(error.value) == (
        f"Test/Fn/AssetImage: file='Other.Dockerfile' is not in {directory!r}; add it or pass file=<its path>"
    )


def test_code_from_ecr_image_runs_a_from_image_function(stack: Stack, template: Render) -> None:
    repository = _Repository()
    lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.FROM_IMAGE,
        handler=lambda_.Handler.FROM_IMAGE,
        code=lambda_.Code.from_ecr_image(repository, tag_or_digest="v42", cmd=["app.handler"]),
    )
    properties = template(stack)["Resources"]["Fn9270CBC0"]["Properties"]
    assert properties["Code"] == {"ImageUri": "111111111111.dkr.ecr.us-east-1.amazonaws.com/app:v42"}
    assert properties["ImageConfig"] == {"Command": ["app.handler"]}
    assert properties["PackageType"] == "Image"


def test_code_from_asset_image_is_an_asset_image_code() -> None:
    code = lambda_.Code.from_asset_image("image", cmd=["app.handler"], build_args={"STAGE": "prod"})
    assert isinstance(code, lambda_.AssetImageCode)
    assert (code.directory, code.cmd, code.build_args) == ("image", ("app.handler",), {"STAGE": "prod"})
