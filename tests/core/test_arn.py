"""ARN formatting and splitting (core/arn.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    Arn,
    ArnComponents,
    ArnFormat,
    Aws,
    CfnParameter,
    CfnResource,
    Environment,
    Fn,
    Stack,
)


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


def test_split_a_format_arn_result_keeps_its_parts(stack: Stack) -> None:
    components = Arn.split(
        stack.format_arn(service="iam", region="", resource="role", resource_name="r"),
        ArnFormat.SLASH_RESOURCE_NAME,
    )
    assert (components.service, components.region, components.resource, components.resource_name) == (
        "iam",
        "",
        "role",
        "r",
    )
    assert stack.resolve(components.account) == {"Ref": "AWS::AccountId"}


def test_split_a_reference_gives_select_and_split(stack: Stack) -> None:
    components = Arn.split(Fn.import_value("Arn"), ArnFormat.COLON_RESOURCE_NAME)
    assert stack.resolve(components.resource_name) == {
        "Fn::Select": [6, {"Fn::Split": [":", {"Fn::ImportValue": "Arn"}]}]
    }


def test_split_rejects_an_arn_without_service() -> None:
    with pytest.raises(ValueError) as error:
        Arn.split("arn:aws::us-east-1:1:x", ArnFormat.SLASH_RESOURCE_NAME)
    assert str(error.value) == (
        "Arn.split: arn='arn:aws::us-east-1:1:x' has no service (part 3); "
        "expected 'arn:partition:service:region:account:resource'"
    )


_FORMATS = {
    "NO": ArnFormat.NO_RESOURCE_NAME,
    "COLON": ArnFormat.COLON_RESOURCE_NAME,
    "SLASH": ArnFormat.SLASH_RESOURCE_NAME,
    "SLASH_SLASH": ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
}
_SPLIT_TABLE = json.loads((Path(__file__).parent.parent / "data" / "arn_split.json").read_text())


def _split_inputs(stack: Stack, whole_token: str, part_token: str) -> dict[str, str]:
    """The ARNs of `arn_split.json`, built the same way aws-cdk-lib's were."""

    def fa(**kwargs: Any) -> str:
        return stack.format_arn(**kwargs)

    colon, no_name = ArnFormat.COLON_RESOURCE_NAME, ArnFormat.NO_RESOURCE_NAME
    return {
        "literal-colon": "arn:aws:states:us-east-1:123456789012:stateMachine:my-machine",
        "literal-colon-multi": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/x:*",
        "literal-slash": "arn:aws:events:us-east-1:123456789012:event-bus/my-bus",
        "literal-slash-deep": "arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/books",
        "literal-slash-slash": "arn:aws:apigateway:us-east-1::/restapis/abc123",
        "literal-no-name": "arn:aws:sqs:us-east-1:123456789012:my-queue",
        "literal-s3": "arn:aws:s3:::my-bucket/key/path",
        "literal-empty-region": "arn:aws:iam::123456789012:role/service-role/MyRole",
        "literal-slash-then-colon": "arn:aws:lambda:us-east-1:123456789012:function/x:alias",
        "ref-token": whole_token,
        "param-token": part_token,
        "token-suffix-slash": f"{whole_token}/extra",
        "token-suffix-colon": f"{whole_token}:extra",
        "arn-prefix-token-rest": f"arn:{part_token}",
        "token-resource-name": f"arn:aws:states:us-east-1:123456789012:stateMachine:{part_token}",
        "token-account": f"arn:aws:sqs:us-east-1:{part_token}:queue",
        "token-partition-slash": f"arn:{Aws.PARTITION}:events:us-east-1:123456789012:rule/{part_token}",
        "fa-colon": fa(service="states", resource="stateMachine", resource_name="m", arn_format=colon),
        "fa-colon-token-name": fa(
            service="states", resource="stateMachine", resource_name=part_token, arn_format=colon
        ),
        "fa-slash": fa(service="events", resource="event-bus", resource_name="b"),
        "fa-slash-token-name": fa(service="events", resource="event-bus", resource_name=part_token),
        "fa-no-name": fa(service="sqs", resource="q1", arn_format=no_name),
        "fa-no-name-token": fa(service="sqs", resource=part_token, arn_format=no_name),
        "fa-slash-slash": fa(
            service="apigateway",
            resource="restapis",
            resource_name="x",
            account="",
            arn_format=ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
        ),
        "fa-empty-region": fa(service="iam", region="", resource="role", resource_name="r"),
        "fa-appended-slash": fa(service="execute-api", resource=part_token, resource_name="*/*") + "/GET/x",
        "fa-appended-colon": fa(
            service="states", resource="stateMachine", resource_name="m", arn_format=colon
        )
        + ":v1",
        "fa-token-name-appended": fa(
            service="lambda", resource="function", resource_name=part_token, arn_format=colon
        )
        + ":live",
    }


def _split_results() -> dict[str, Any]:
    app = App()
    agnostic = Stack(app, "S")
    located = Stack(app, "E", env=Environment(account="111122223333", region="eu-west-1"))
    queue = CfnResource(agnostic, "Q", type="AWS::SQS::Queue")
    parameter = CfnParameter(agnostic, "P")
    results: dict[str, Any] = {}
    for label, stack, whole, part in (
        ("agnostic", agnostic, queue.get_att("Arn").to_string(), parameter.value_as_string),
        ("env", located, Fn.import_value("QArn"), Fn.import_value("PV")),
    ):
        for name, arn in _split_inputs(stack, whole, part).items():
            for format_name, arn_format in _FORMATS.items():
                key = f"{label}/{name}/{format_name}"
                try:
                    parts = Arn.split(arn, arn_format)
                except ValueError:
                    results[key] = {"arn": stack.resolve(arn), "error": True}
                    continue
                fields = ("partition", "service", "region", "account", "resource", "resource_name")
                rendered = {field: stack.resolve(getattr(parts, field)) for field in fields}
                rendered["arn_format"] = parts.arn_format.name if parts.arn_format else None
                results[key] = {
                    "arn": stack.resolve(arn),
                    "components": {k: v for k, v in rendered.items() if v is not None},
                }
    return results


def test_split_matches_aws_cdk_lib_across_arn_shapes() -> None:
    """`arn_split.json`: what aws-cdk-lib's Arn.split gives for each input ARN and format."""
    results = _split_results()
    assert sorted(results) == sorted(_SPLIT_TABLE)
    mismatched = [key for key in _SPLIT_TABLE if results[key] != _SPLIT_TABLE[key]]
    assert mismatched == []


def test_extract_resource_name_of_a_reference_splits_on_the_type(stack: Stack) -> None:
    name = Arn.extract_resource_name(Fn.import_value("Bus"), "event-bus")
    assert stack.resolve(name) == {
        "Fn::Select": [1, {"Fn::Split": [":event-bus/", {"Fn::ImportValue": "Bus"}]}]
    }


def test_extract_resource_name() -> None:
    assert Arn.extract_resource_name("arn:aws:iam::1:role/x", "role") == "x"
    with pytest.raises(ValueError) as error:
        Arn.extract_resource_name("arn:aws:iam::1:user/x", "role")
    assert str(error.value) == "Arn.extract_resource_name: arn='arn:aws:iam::1:user/x' is not a 'role' ARN"


def test_split_rejects_an_arn_without_resource() -> None:
    with pytest.raises(ValueError) as error:
        Arn.split("arn:aws:s3:::", ArnFormat.SLASH_RESOURCE_NAME)
    assert str(error.value) == (
        "Arn.split: arn='arn:aws:s3:::' has no resource (part 6); "
        "expected 'arn:partition:service:region:account:resource'"
    )


def test_extract_resource_name_needs_a_name() -> None:
    with pytest.raises(ValueError) as error:
        Arn.extract_resource_name("arn:aws:events:us-east-1:1:event-bus", "event-bus")
    assert str(error.value) == (
        "Arn.extract_resource_name: arn='arn:aws:events:us-east-1:1:event-bus' has no resource name; "
        "expected '...:event-bus/<name>'"
    )
