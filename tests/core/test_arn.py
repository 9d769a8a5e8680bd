"""ARN formatting and splitting (core/arn.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Arn, ArnComponents, ArnFormat, Stack


def test_format_arn_uses_the_stack_environment(stack: Stack) -> None:
    arn = stack.format_arn(service="sqs", resource="queue")
    assert stack.resolve(arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":sqs:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":queue",
            ],
        ]
    }


def test_format_with_every_component() -> None:
    components = ArnComponents(
        service="lambda",
        resource="function",
        resource_name="f",
        arn_format=ArnFormat.COLON_RESOURCE_NAME,
        partition="aws",
        region="eu-west-1",
        account="111111111111",
    )
    assert Arn.format(components) == "arn:aws:lambda:eu-west-1:111111111111:function:f"


def test_format_without_a_stack_needs_the_environment() -> None:
    with pytest.raises(ValueError) as error:
        Arn.format(ArnComponents(service="s3", resource="b"))
    assert str(error.value) == (
        "Arn.format: partition, region and account are required when no stack is given; "
        "got partition=None, region=None, account=None"
    )


def test_split_a_literal_arn() -> None:
    components = Arn.split("arn:aws:s3:::bucket/key", ArnFormat.SLASH_RESOURCE_NAME)
    assert (components.service, components.resource, components.resource_name) == ("s3", "bucket", "key")


def test_split_rejects_text_that_is_no_arn() -> None:
    with pytest.raises(ValueError) as error:
        Arn.split("nope", ArnFormat.SLASH_RESOURCE_NAME)
    assert str(error.value) == (
        "Arn.split: arn='nope' is not an ARN; expected 'arn:partition:service:region:account:resource'"
    )


def test_split_a_token_arn_gives_select_and_split(stack: Stack) -> None:
    components = Arn.split(
        stack.format_arn(service="iam", region="", resource="role", resource_name="r"),
        ArnFormat.SLASH_RESOURCE_NAME,
    )
    assert stack.resolve(components.service)["Fn::Select"][0] == 2


def test_extract_resource_name() -> None:
    assert Arn.extract_resource_name("arn:aws:iam::1:role/x", "role") == "x"
    with pytest.raises(ValueError) as error:
        Arn.extract_resource_name("arn:aws:iam::1:user/x", "role")
    assert str(error.value) == "Arn.extract_resource_name: arn='arn:aws:iam::1:user/x' is not a 'role' ARN"
