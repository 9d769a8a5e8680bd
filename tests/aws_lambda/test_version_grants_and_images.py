"""Version grants build `$LATEST`; SnapStart on container images; `Runtime.bundling_image`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.core.bundling import DockerImage
from tests.aws_lambda.test_image_function import image_directory
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack, id: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("x"),
    )


def _caller(stack: Stack) -> Role:
    return Role(stack, "Caller", assumed_by=ServicePrincipal("lambda.amazonaws.com"))


def test_grant_invoke_latest_version_builds_the_latest_node_before_the_grant(stack: Stack) -> None:
    function = _function(stack, "Fn")
    function.grant_invoke_latest_version(ServicePrincipal("events.amazonaws.com"))

    children = [child.node.id for child in function.node.children]
    assert children.index("$LATEST") < next(i for i, name in enumerate(children) if name.startswith("Invoke"))


def test_grant_invoke_version_builds_the_latest_node_once(stack: Stack) -> None:
    function = _function(stack, "Fn")
    caller = _caller(stack)
    function.grant_invoke_version(caller, function.current_version)
    function.grant_invoke_version(caller, function.current_version)

    assert [child.node.id for child in function.node.children].count("$LATEST") == 1


def test_grant_invoke_builds_no_latest_node(stack: Stack) -> None:
    function = _function(stack, "Fn")
    function.grant_invoke(_caller(stack))

    assert "$LATEST" not in [child.node.id for child in function.node.children]


def test_snap_start_is_accepted_on_a_container_image(tmp_path: Path, stack: Stack, template: Render) -> None:
    lambda_.DockerImageFunction(
        stack,
        "Fn",
        code=lambda_.DockerImageCode.from_image_asset(image_directory(tmp_path)),
        snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS,
    )

    (function,) = resources_of_type(template(stack), "AWS::Lambda::Function").values()
    assert function["Properties"]["SnapStart"] == {"ApplyOn": "PublishedVersions"}


def test_bundling_image_is_the_sam_build_image_of_the_runtime() -> None:
    image = lambda_.Runtime.PYTHON_3_9.bundling_image

    assert isinstance(image, DockerImage)
    assert image.image == "public.ecr.aws/sam/build-python3.9"
