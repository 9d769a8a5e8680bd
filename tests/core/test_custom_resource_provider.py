"""CustomResourceProvider: one Node.js function and role per kind of custom resource and stack, with the
app's code staged as a zip asset (next to the package's response wrapper, unless it is turned off)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations import (
    App,
    CfnOutput,
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderProps,
    CustomResourceProviderRuntime,
    Duration,
    NestedStack,
    Size,
    Stack,
    ValidationError,
)
from apigwv2_integrations.aws_sqs import CfnQueue
from apigwv2_integrations.core.assets import fingerprint
from tests.aws_apigatewayv2.inspection import keyword_names

Render = Callable[[Stack], dict[str, Any]]
ROLE = "CustomGreeterCustomResourceProviderRoleB098D707"
HANDLER = "CustomGreeterCustomResourceProviderHandlerF005B3EA"
NODE_22 = CustomResourceProviderRuntime.NODEJS_22_X


@pytest.fixture
def code(tmp_path: Path) -> Path:
    folder = tmp_path / "handler"
    folder.mkdir()
    (folder / "index.js").write_text("exports.handler = async () => ({ Data: { Greeting: 'hi' } });\n")
    return folder


def test_keywords_are_the_props_fields() -> None:
    fields = {f.name for f in attrs.fields(CustomResourceProviderProps)}
    assert keyword_names(CustomResourceProvider.__init__) == fields
    assert keyword_names(CustomResourceProvider.get_or_create) == fields
    assert keyword_names(CustomResourceProvider.get_or_create_provider) == fields


def test_defaults_make_a_role_and_a_function_at_the_stack_level(
    stack: Stack, template: Render, code: Path
) -> None:
    token = CustomResourceProvider.get_or_create(
        stack, "Custom::Greeter", code_directory=str(code), runtime=NODE_22
    )
    CustomResource(stack, "Hello", service_token=token, resource_type="Custom::Greeter")
    resources = template(stack)["Resources"]
    assert resources[ROLE]["Properties"] == {
        "AssumeRolePolicyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Action": "sts:AssumeRole",
                    "Effect": "Allow",
                    "Principal": {"Service": "lambda.amazonaws.com"},
                }
            ],
        },
        "ManagedPolicyArns": [
            {"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}
        ],
    }
    handler = resources[HANDLER]
    assert list(handler["Properties"]) == ["Code", "Timeout", "MemorySize", "Handler", "Role", "Runtime"]
    assert handler["Properties"]["Timeout"] == 900
    assert handler["Properties"]["MemorySize"] == 128
    assert handler["Properties"]["Handler"] == "__entrypoint__.handler"
    assert handler["Properties"]["Runtime"] == "nodejs22.x"
    assert handler["DependsOn"] == [ROLE]
    assert resources["Hello"]["Properties"]["ServiceToken"] == {"Fn::GetAtt": [HANDLER, "Arn"]}


def test_one_provider_per_kind_and_stack_and_the_first_options_win(
    stack: Stack, template: Render, code: Path
) -> None:
    first = CustomResourceProvider.get_or_create_provider(
        stack, "Custom::Greeter", code_directory=code, runtime=NODE_22, description="first"
    )
    group = CfnQueue(stack, "Queue")
    again = CustomResourceProvider.get_or_create_provider(
        group, "Custom::Greeter", code_directory=code, runtime=NODE_22, description="second"
    )
    assert again is first
    assert first.node.path == "Test/Custom::GreeterCustomResourceProvider"
    functions = [r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::Lambda::Function"]
    assert [f["Properties"]["Description"] for f in functions] == ["first"]


def test_a_provider_used_in_a_nested_stack_lives_in_the_nested_stack(app: App, code: Path) -> None:
    parent = Stack(app, "Parent")
    inner = NestedStack(parent, "Inner")
    provider = CustomResourceProvider.get_or_create_provider(
        inner, "Custom::Greeter", code_directory=code, runtime=NODE_22
    )
    assert provider.node.path == "Parent/Inner/Custom::GreeterCustomResourceProvider"


def test_policy_statements_and_added_statements_form_one_inline_policy(
    stack: Stack, template: Render, code: Path
) -> None:
    listing = {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}
    reading = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}
    provider = CustomResourceProvider.get_or_create_provider(
        stack, "Custom::Greeter", code_directory=code, runtime=NODE_22, policy_statements=[listing]
    )
    provider.add_to_role_policy(reading)
    assert template(stack)["Resources"][ROLE]["Properties"]["Policies"] == [
        {"PolicyName": "Inline", "PolicyDocument": {"Version": "2012-10-17", "Statement": [listing, reading]}}
    ]


def test_timeout_memory_description_and_environment(stack: Stack, template: Render, code: Path) -> None:
    CustomResourceProvider.get_or_create(
        stack,
        "Custom::Greeter",
        code_directory=code,
        runtime=NODE_22,
        timeout=Duration.minutes(5),
        memory_size=Size.gibibytes(1),
        description="Greets",
        environment={"zeta": "1", "Alpha": "2", "AWS_STS_REGIONAL_ENDPOINTS": "legacy"},
    )
    properties = template(stack)["Resources"][HANDLER]["Properties"]
    assert properties["Timeout"] == 300
    assert properties["MemorySize"] == 1024
    assert list(properties)[-2:] == ["Environment", "Description"]
    # Sorted by code point, with STS's regional endpoints forced on, as in aws-cdk-lib.
    assert list(properties["Environment"]["Variables"].items()) == [
        ("AWS_STS_REGIONAL_ENDPOINTS", "regional"),
        ("Alpha", "2"),
        ("zeta", "1"),
    ]


def test_an_empty_environment_renders_nothing(stack: Stack, template: Render, code: Path) -> None:
    CustomResourceProvider.get_or_create(
        stack, "Custom::Greeter", code_directory=code, runtime=NODE_22, environment={}
    )
    assert "Environment" not in template(stack)["Resources"][HANDLER]["Properties"]


def test_the_wrapper_is_staged_with_the_code_and_hashed_with_it(app: App, stack: Stack, code: Path) -> None:
    provider = CustomResourceProvider.get_or_create_provider(
        stack, "Custom::Greeter", code_directory=code, runtime=NODE_22
    )
    app.synth()
    staged = Path(app.outdir) / f"asset.{provider.code_hash}"
    assert sorted(p.name for p in staged.iterdir()) == ["__entrypoint__.js", "index.js"]
    assert "require('./index').handler" in (staged / "__entrypoint__.js").read_text()
    assert provider.code_hash == fingerprint(str(staged)) != fingerprint(str(code))
    template = json.loads((Path(app.outdir) / "Test.template.json").read_text())
    assert template["Resources"][HANDLER]["Properties"]["Code"]["S3Key"] == f"{provider.code_hash}.zip"


def test_without_the_wrapper_the_code_is_staged_as_is_with_its_own_handler(
    app: App, stack: Stack, template: Render, code: Path
) -> None:
    provider = CustomResourceProvider.get_or_create_provider(
        stack, "Custom::Greeter", code_directory=code, runtime=NODE_22, use_cfn_response_wrapper=False
    )
    assert template(stack)["Resources"][HANDLER]["Properties"]["Handler"] == "index.handler"
    # The hash is the code folder's, as aws-cdk-lib's is.
    assert provider.code_hash == fingerprint(str(code))
    app.synth()
    staged = Path(app.outdir) / f"asset.{provider.code_hash}"
    assert [p.name for p in staged.iterdir()] == ["index.js"]


@pytest.mark.parametrize("runtime", list(CustomResourceProviderRuntime), ids=lambda r: r.name)
def test_each_runtime_is_named_as_lambda_names_it(
    stack: Stack, template: Render, code: Path, runtime: CustomResourceProviderRuntime
) -> None:
    CustomResourceProvider.get_or_create(stack, "Custom::Greeter", code_directory=code, runtime=runtime)
    version = runtime.name.split("_")[1]
    assert template(stack)["Resources"][HANDLER]["Properties"]["Runtime"] == f"nodejs{version}.x"


def test_attributes_are_the_function_role_and_code_hash(stack: Stack, template: Render, code: Path) -> None:
    provider = CustomResourceProvider.get_or_create_provider(
        stack, "Custom::Greeter", code_directory=code, runtime=NODE_22
    )
    CfnOutput(stack, "Token", value=provider.service_token)
    CfnOutput(stack, "Role", value=provider.role_arn)
    CfnOutput(stack, "Hash", value=provider.code_hash)
    outputs = template(stack)["Outputs"]
    assert outputs["Token"]["Value"] == {"Fn::GetAtt": [HANDLER, "Arn"]}
    assert outputs["Role"]["Value"] == {"Fn::GetAtt": [ROLE, "Arn"]}
    assert outputs["Hash"]["Value"] == provider.code_hash


def test_an_app_provider_is_not_marked_as_a_library_handler(app: App, stack: Stack, code: Path) -> None:
    CustomResourceProvider.get_or_create(stack, "Custom::Greeter", code_directory=code, runtime=NODE_22)
    app.synth()
    metadata = json.loads((Path(app.outdir) / "Test.metadata.json").read_text())
    assert "/Test/Custom::GreeterCustomResourceProvider" not in metadata
    tree = json.loads((Path(app.outdir) / "tree.json").read_text())
    provider = tree["tree"]["children"]["Test"]["children"]["Custom::GreeterCustomResourceProvider"]
    assert provider["constructInfo"]["fqn"] == "aws-cdk-lib.CustomResourceProvider"
    assert list(provider["children"]) == ["Staging", "Role", "Handler"]


def test_a_code_directory_without_index_js_is_refused(stack: Stack, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        CustomResourceProvider.get_or_create(
            stack, "Custom::Greeter", code_directory=str(tmp_path), runtime=NODE_22
        )
    assert str(raised.value) == (
        f"Test: code_directory={str(tmp_path)!r} has no index.js; put the provider's code there, "
        "exporting an async `handler`"
    )
    assert stack.node.try_find_child("Custom::GreeterCustomResourceProvider") is None


def test_a_uniqueid_that_names_another_construct_is_refused(stack: Stack, code: Path) -> None:
    CfnQueue(stack, "Custom::GreeterCustomResourceProvider")
    with pytest.raises(ValidationError) as raised:
        CustomResourceProvider.get_or_create(stack, "Custom::Greeter", code_directory=code, runtime=NODE_22)
    assert str(raised.value) == (
        "Test: uniqueid='Custom::Greeter' names 'Test/Custom::GreeterCustomResourceProvider', which is not a "
        "custom resource provider; choose another uniqueid"
    )
