"""Mistakes in core calls fail at the call (or at synth) with the construct, the value and the fix."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    Arn,
    ArnComponents,
    ArnFormat,
    Aspects,
    CfnResource,
    Expiration,
    Fn,
    Stack,
    Tags,
)
from apigwv2_integrations.core.errors import (
    ArgumentTypeError,
    InvalidArnError,
    SynthesisError,
    ValidationError,
)

ARN_SHAPE = "'arn:partition:service:region:account:resource'"


def test_stack_split_arn_names_the_stack(stack: Stack) -> None:
    with pytest.raises(InvalidArnError) as error:
        stack.split_arn("not-an-arn", ArnFormat.SLASH_RESOURCE_NAME)
    assert str(error.value) == f"Test: arn='not-an-arn' is not an ARN; expected {ARN_SHAPE}"
    assert isinstance(error.value, ValidationError)
    assert isinstance(error.value, ValueError)


def test_stack_split_arn_names_the_missing_part(stack: Stack) -> None:
    with pytest.raises(InvalidArnError) as error:
        stack.split_arn("arn:aws:iam::123456789012", ArnFormat.SLASH_RESOURCE_NAME)
    assert str(error.value) == (
        f"Test: arn='arn:aws:iam::123456789012' has no resource (part 6); expected {ARN_SHAPE}"
    )


def test_arn_split_without_a_stack_names_the_call() -> None:
    with pytest.raises(InvalidArnError) as error:
        Arn.split("arn::s3:::b", ArnFormat.SLASH_RESOURCE_NAME)
    assert str(error.value) == f"Arn.split: arn='arn::s3:::b' has no partition (part 2); expected {ARN_SHAPE}"


def test_arn_format_takes_a_dict() -> None:
    components: Any = {"service": "s3", "resource": "b", "partition": "aws", "region": "", "account": ""}
    assert Arn.format(components) == "arn:aws:s3:::b"


def test_arn_format_keeps_a_resource_name_given_without_a_separator() -> None:
    components = ArnComponents(
        service="s3",
        resource="b",
        resource_name="k",
        arn_format=ArnFormat.NO_RESOURCE_NAME,
        partition="aws",
        region="",
        account="",
    )
    assert Arn.format(components) == "arn:aws:s3:::b/k"


def test_fn_split_with_an_empty_delimiter_splits_characters() -> None:
    assert Fn.split("", "abc") == ["a", "b", "c"]


def test_of_helpers_reject_what_is_no_construct() -> None:
    bad: Any = "x"
    with pytest.raises(ArgumentTypeError) as error:
        Stack.of(bad)
    assert (
        str(error.value)
        == "Stack.of: construct='x' is a str; pass a construct, such as a Stack or a resource"
    )
    with pytest.raises(ArgumentTypeError) as error:
        Tags.of(None)  # type: ignore[arg-type]
    assert str(error.value) == "Tags.of: scope=None is None; pass a construct, such as a Stack or a resource"
    with pytest.raises(ArgumentTypeError):
        Aspects.of(bad)


def test_a_construct_cannot_depend_on_its_own_stack(app: App) -> None:
    stack = Stack(app, "Test")
    child = Stack(app, "Other")  # only to show that a sibling stack is fine
    resource = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    resource.node.add_dependency(stack)
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [
        (
            "Test/Queue",
            "cannot depend on its own stack 'Test'; depend on the constructs in it, or on another stack",
        )
    ]
    assert child.dependencies == []


def test_a_construct_that_depends_on_another_stack_makes_a_stack_dependency(app: App) -> None:
    stack = Stack(app, "Test")
    other = Stack(app, "Other")
    CfnResource(stack, "Queue", type="AWS::SQS::Queue").node.add_dependency(other)
    assembly = app.synth()
    assert [dep.id for dep in assembly.get_stack_artifact("Test").dependencies] == ["Other"]


def test_a_validation_that_returns_a_str_is_reported(stack: Stack) -> None:
    class ReturnsText:
        def validate(self) -> Any:
            return "not a list"

    stack.node.add_validation(ReturnsText())
    with pytest.raises(ValidationError) as error:
        stack.node.validate()
    assert str(error.value) == (
        "Test: ReturnsText.validate() returned 'not a list'; "
        "return a list of problem strings (empty when there is none)"
    )


def test_expiration_from_an_http_date() -> None:
    assert Expiration.from_string("Tue, 01 Jan 2030 00:00:00 GMT").to_epoch() == 1893456000


def test_expiration_from_text_that_is_no_date() -> None:
    with pytest.raises(ValueError) as error:
        Expiration.from_string("soon")
    assert str(error.value) == (
        "Expiration.from_string: s='soon' is not a date; use ISO 8601 ('2030-01-01T00:00:00Z') "
        "or an HTTP date ('Tue, 01 Jan 2030 00:00:00 GMT')"
    )


def test_a_condition_that_is_no_cfn_condition_is_reported_at_synth(app: App) -> None:
    stack = Stack(app, "Test")
    resource = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    resource.cfn_options.condition = "IsProd"  # type: ignore[assignment]
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert (
        "Test/Queue",
        "cfn_options.condition='IsProd' is a str; use a CfnCondition, e.g. CfnCondition(stack, 'IsProd', "
        "expression=...)",
    ) in error.value.problems
