"""The props and options structs of core: each holds exactly the keywords of the call it describes."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import apigwv2_integrations as cdk


def _keywords(function: Callable[..., Any]) -> set[str]:
    parameters = inspect.signature(function).parameters.values()
    return {p.name for p in parameters if p.kind is p.KEYWORD_ONLY}


@pytest.mark.parametrize(
    ("struct", "function"),
    [
        (cdk.AppProps, cdk.App.__init__),
        (cdk.StageProps, cdk.Stage.__init__),
        (cdk.StackProps, cdk.Stack.__init__),
        (cdk.ResourceProps, cdk.Resource.__init__),
        (cdk.TagProps, cdk.Tag.__init__),
        (cdk.TagProps, cdk.Tags.add),
        (cdk.TagProps, cdk.Tags.remove),
        (cdk.TagProps, cdk.RemoveTag.__init__),
        (cdk.TagManagerOptions, cdk.TagManager.__init__),
        (cdk.AspectOptions, cdk.Aspects.add),
        (cdk.RemovalPolicyOptions, cdk.CfnResource.apply_removal_policy),
        (cdk.RemovalPolicyProps, cdk.RemovalPolicies.apply),
        (cdk.RemovalPolicyProps, cdk.MissingRemovalPolicies.apply),
        (cdk.ExportValueOptions, cdk.Stack.export_value),
        (cdk.DefaultStackSynthesizerProps, cdk.DefaultStackSynthesizer.__init__),
        (cdk.BootstraplessSynthesizerProps, cdk.BootstraplessSynthesizer.__init__),
        (cdk.LazyStringValueOptions, cdk.Lazy.string),
        (cdk.LazyAnyValueOptions, cdk.Lazy.any),
        (cdk.LazyListValueOptions, cdk.Lazy.list),
        (cdk.EncodingOptions, cdk.Token.as_string),
        (cdk.TimeConversionOptions, cdk.Duration.to_seconds),
        (cdk.SizeConversionOptions, cdk.Size.to_mebibytes),
        (cdk.UniqueResourceNameOptions, cdk.Names.unique_resource_name),
    ],
    ids=lambda value: getattr(value, "__qualname__", None),
)
def test_struct_fields_are_the_keywords_of_its_call(struct: type, function: Callable[..., Any]) -> None:
    assert {field.name for field in attrs.fields(struct)} == _keywords(function)


def test_struct_fields_unpack_into_the_constructor(tmp_path: Any) -> None:
    props = cdk.StackProps(env={"account": "111111111111", "region": "eu-west-1"}, description="Books")
    app = cdk.App(outdir=str(tmp_path))
    stack = cdk.Stack(app, "Books", **attrs.asdict(props, recurse=False))
    assert props.env == cdk.Environment(account="111111111111", region="eu-west-1")
    assert (stack.account, stack.region, stack.template_options.description) == (
        "111111111111",
        "eu-west-1",
        "Books",
    )


def test_structs_compare_by_value_and_repr_as_their_call() -> None:
    assert cdk.StageProps(stage_name="Prod") == cdk.StageProps(stage_name="Prod")
    assert repr(cdk.TimeConversionOptions(integral=False)) == "TimeConversionOptions(integral=False)"
    assert repr(cdk.Acknowledgment(id="annotation::W1", reason="known")) == (
        "Acknowledgment(id='annotation::W1', reason='known')"
    )


def test_resolve_options_need_a_resolver() -> None:
    with pytest.raises(TypeError) as error:
        cdk.ResolveOptions(scope=None)  # type: ignore[call-arg]
    assert str(error.value) == "ResolveOptions: resolver is missing; pass resolver=<a value>"


def test_struct_fields_are_type_checked() -> None:
    with pytest.raises(TypeError) as error:
        cdk.StackProps(stack_name=3)  # type: ignore[arg-type]
    assert str(error.value) == "StackProps: stack_name=3 is an int; use a str"
