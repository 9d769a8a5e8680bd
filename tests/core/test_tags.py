"""Tags.of(scope) and the TagManager of taggable resources (core/tags.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    Aws,
    CfnResource,
    Construct,
    ITaggable,
    ITaggableV2,
    Stack,
    Tag,
    TagManager,
    Tags,
    TagType,
)
from apigwv2_integrations.cfn.aws_sqs import CfnQueue
from apigwv2_integrations.core.errors import InvalidValueError
from apigwv2_integrations.core.tags import stack_tags_known_at_synth

Render = Callable[[Stack], dict[str, Any]]


class TaggedQueue(CfnResource):
    def __init__(self, scope: Construct, id: str, tags: Any = None) -> None:
        super().__init__(scope, id, type="AWS::SQS::Queue")
        self.tags = TagManager(TagType.STANDARD, "AWS::SQS::Queue", tags, tag_property_name="Tags")


class TaggedApi(CfnResource):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id, type="AWS::ApiGatewayV2::Api")
        self.tags = TagManager(TagType.MAP, "AWS::ApiGatewayV2::Api", None, tag_property_name="Tags")


def test_tags_apply_below_the_scope_sorted_by_key(stack: Stack, template: Render) -> None:
    TaggedQueue(stack, "Queue")
    Tags.of(stack).add("b", "2")
    Tags.of(stack).add("a", "1")
    assert template(stack)["Resources"]["Queue"]["Properties"]["Tags"] == [
        {"Key": "a", "Value": "1"},
        {"Key": "b", "Value": "2"},
    ]


def test_map_tags_render_as_a_dict(stack: Stack, template: Render) -> None:
    TaggedApi(stack, "Api")
    Tags.of(stack).add("team", "x")
    assert template(stack)["Resources"]["Api"]["Properties"]["Tags"] == {"team": "x"}


def test_nearer_scope_wins_and_priority_decides(stack: Stack, template: Render) -> None:
    inner = Construct(stack, "Inner")
    TaggedQueue(inner, "Queue")
    Tags.of(stack).add("k", "outer")
    Tags.of(inner).add("k", "inner")
    Tags.of(stack).add("p", "high", priority=300)
    Tags.of(inner).add("p", "low")
    assert next(iter(template(stack)["Resources"].values()))["Properties"]["Tags"] == [
        {"Key": "k", "Value": "inner"},
        {"Key": "p", "Value": "high"},
    ]


def test_include_and_exclude_resource_types(stack: Stack, template: Render) -> None:
    TaggedQueue(stack, "Queue")
    TaggedApi(stack, "Api")
    Tags.of(stack).add("only-api", "x", include_resource_types=["AWS::ApiGatewayV2::Api"])
    Tags.of(stack).add("not-api", "y", exclude_resource_types=["AWS::ApiGatewayV2::Api"])
    resources = template(stack)["Resources"]
    assert resources["Queue"]["Properties"]["Tags"] == [{"Key": "not-api", "Value": "y"}]
    assert resources["Api"]["Properties"]["Tags"] == {"only-api": "x"}


def test_remove_drops_a_tag(stack: Stack, template: Render) -> None:
    TaggedQueue(stack, "Queue", tags=[{"key": "keep", "value": "1"}, {"key": "drop", "value": "2"}])
    Tags.of(stack).remove("drop")
    assert template(stack)["Resources"]["Queue"]["Properties"]["Tags"] == [{"Key": "keep", "Value": "1"}]


def test_untaggable_resources_are_left_alone(stack: Stack, template: Render) -> None:
    CfnResource(stack, "Plain", type="AWS::SQS::Queue")
    Tags.of(stack).add("k", "v")
    assert "Properties" not in template(stack)["Resources"]["Plain"]


def test_stack_tags_go_to_the_manifest(stack: Stack) -> None:
    Tags.of(stack).add("team", "x")
    stack.tags.set_tag("direct", "y")
    assert stack.tags.tag_values() == {"direct": "y"}


def test_empty_tag_key_is_an_error_reported_short() -> None:
    # A ValueError, reported without a traceback from inside the package (aws-cdk-lib writes the empty
    # key, which CloudFormation refuses at deployment).
    with pytest.raises(InvalidValueError) as error:
        Tag("", "x")
    assert isinstance(error.value, ValueError)
    assert str(error.value) == "Tag: key='' is empty; a tag key has 1 to 128 characters"


def test_is_taggable(stack: Stack) -> None:
    assert TagManager.is_taggable(TaggedQueue(stack, "Queue"))
    assert not TagManager.is_taggable(CfnResource(stack, "Plain", type="AWS::SQS::Queue"))


def test_tag_manager_of_finds_the_manager_of_a_taggable_construct(stack: Stack) -> None:
    queue = CfnQueue(stack, "Queue")
    assert TagManager.of(queue) is queue.tags
    assert TagManager.of(stack) is stack.tags
    assert TagManager.of(Construct(stack, "Plain")) is None
    assert not TagManager.is_taggable_v2(queue)


def test_taggable_resources_satisfy_itaggable(stack: Stack) -> None:
    queue = CfnQueue(stack, "Queue")
    assert isinstance(queue, ITaggable)
    assert not isinstance(Construct(stack, "Plain"), ITaggable)
    assert not isinstance(Construct(stack, "Other"), ITaggableV2)


def test_rendered_tags_is_a_token_of_the_tags_at_synthesis(stack: Stack) -> None:
    from apigwv2_integrations.aws_sqs import CfnQueue

    queue = CfnQueue(stack, "Queue")
    rendered = queue.tags.rendered_tags
    queue.tags.set_tag("team", "api")  # set after the token was made
    assert stack.resolve(rendered) == [{"Key": "team", "Value": "api"}]


def test_stack_tags_with_deploy_time_values_are_left_out_of_the_metadata_with_a_warning() -> None:
    tags = {"Env": "dev", "Region": Aws.REGION, Aws.ACCOUNT_ID: "x", "Owner": "team-a"}
    known, warning = stack_tags_known_at_synth(tags)
    assert known == {"Env": "dev", "Owner": "team-a"}
    # aws-cdk-lib 2.275.0 records the same warning.
    assert warning == (
        "Ignoring stack tags that contain deploy-time values (found: Region=<TOKEN>, <TOKEN>=x). "
        "Apply tags containing deploy-time values to resources only, avoid tagging stacks "
        "(for example using { excludeResourceTypes: ['aws:cdk:stack'] })."
    )


def test_stack_tags_known_at_synth_need_no_warning() -> None:
    assert stack_tags_known_at_synth({"Env": "dev", "Empty": ""}) == ({"Env": "dev", "Empty": ""}, None)


def test_the_stack_metadata_lists_the_known_stack_tags_after_the_warning(app: App) -> None:
    stack = Stack(app, "Tagged", tags={"Env": "dev"})
    CfnQueue(stack, "Queue")
    Tags.of(stack).add("Where", Aws.REGION)
    directory = Path(app.synth().directory)
    entries = json.loads((directory / "Tagged.metadata.json").read_text())["/Tagged"]
    assert [e["type"] for e in entries[-2:]] == ["aws:cdk:warning", "aws:cdk:stack-tags"]
    assert entries[-2]["data"].startswith(
        "Ignoring stack tags that contain deploy-time values (found: Where=<TOKEN>)."
    )
    assert entries[-1]["data"] == [{"key": "Env", "value": "dev"}]
