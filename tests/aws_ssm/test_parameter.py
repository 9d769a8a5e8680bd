"""StringParameter and StringListParameter: rendering, checks, imports, values read at deployment, grants
and context lookups."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Aws, CfnOutput, CfnParameter, Environment, Fn, Stack
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_ssm import (
    IStringListParameter,
    IStringParameter,
    ParameterDataType,
    ParameterTier,
    ParameterType,
    ParameterValueType,
    StringListParameter,
    StringListParameterProps,
    StringParameter,
    StringParameterProps,
)
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.aws_apigatewayv2.inspection import resource_of
from tests.cfn_lint import assert_cfn_lint_clean

Render = Callable[[Stack], dict[str, Any]]
LOOKUP_MISSING = Path(__file__).parents[1] / "data" / "aws_ssm" / "lookup-missing.json"
ENV = Environment(account="123456789012", region="us-east-1")
READ_ACTIONS = ["ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"]


def _arn(*tail: Any) -> dict[str, Any]:
    return {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":ssm:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                *tail,
            ],
        ]
    }


def _resolve(stack: Stack, template: Render, value: Any) -> Any:
    CfnOutput(stack, "Probe", value=value)
    return template(stack)["Outputs"]["Probe"]["Value"]


def _statements(rendered: dict[str, Any]) -> list[Any]:
    (policy,) = [r for r in rendered["Resources"].values() if r["Type"] == "AWS::IAM::Policy"]
    statements: list[Any] = policy["Properties"]["PolicyDocument"]["Statement"]
    return statements


def _role(stack: Stack) -> Role:
    return Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))


# --- keywords -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("construct", "props"),
    [(StringParameter, StringParameterProps), (StringListParameter, StringListParameterProps)],
)
def test_constructor_keywords_match_props_fields(construct: type, props: type) -> None:
    keywords = [
        p for p in inspect.signature(construct.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(props))


# --- rendering ------------------------------------------------------------------------------------------


def test_string_parameter_renders_every_property(stack: Stack, template: Render) -> None:
    parameter = StringParameter(
        stack,
        "Image",
        string_value="ami-0123",
        parameter_name="/app/image",
        description="The image",
        allowed_pattern="^ami-[0-9a-f]+$",
        data_type=ParameterDataType.AWS_EC2_IMAGE,
        tier=ParameterTier.INTELLIGENT_TIERING,
    )
    assert resource_of(parameter) == {
        "Type": "AWS::SSM::Parameter",
        "Properties": {
            "AllowedPattern": "^ami-[0-9a-f]+$",
            "DataType": "aws:ec2:image",
            "Description": "The image",
            "Name": "/app/image",
            "Tier": "Intelligent-Tiering",
            "Type": "String",
            "Value": "ami-0123",
        },
    }
    assert_cfn_lint_clean(template(stack))


def test_string_parameter_attributes_are_ref_and_get_atts(stack: Stack, template: Render) -> None:
    parameter = StringParameter(stack, "Plain", string_value="hello")
    CfnOutput(stack, "Name", value=parameter.parameter_name)
    CfnOutput(stack, "Arn", value=parameter.parameter_arn)
    CfnOutput(stack, "Type", value=parameter.parameter_type)
    CfnOutput(stack, "Value", value=parameter.string_value)
    outputs = template(stack)["Outputs"]
    assert outputs["Name"]["Value"] == {"Ref": "Plain295EB121"}
    assert outputs["Arn"]["Value"] == _arn(":parameter/", {"Ref": "Plain295EB121"})
    assert outputs["Type"]["Value"] == {"Fn::GetAtt": ["Plain295EB121", "Type"]}
    assert outputs["Value"]["Value"] == {"Fn::GetAtt": ["Plain295EB121", "Value"]}
    assert parameter.encryption_key is None
    assert isinstance(parameter, IStringParameter)


def test_arn_of_a_name_with_a_leading_slash_has_no_extra_slash(stack: Stack, template: Render) -> None:
    parameter = StringParameter(stack, "Named", string_value="v", parameter_name="/a/b")
    assert _resolve(stack, template, parameter.parameter_arn) == _arn(":parameter", {"Ref": "NamedD2F31604"})


def test_arn_of_a_token_name_follows_simple_name(stack: Stack, template: Render) -> None:
    name = CfnParameter(stack, "Name").value_as_string
    parameter = StringParameter(stack, "P", string_value="v", parameter_name=name, simple_name=True)
    logical_id = stack.get_logical_id(parameter.node.find_child("Resource"))  # type: ignore[arg-type]
    assert _resolve(stack, template, parameter.parameter_arn) == _arn(":parameter/", {"Ref": logical_id})


def test_deprecated_type_is_rendered(stack: Stack) -> None:
    parameter = StringParameter(stack, "P", string_value="v", type=ParameterType.STRING)
    assert resource_of(parameter)["Properties"] == {"Type": "String", "Value": "v"}


def test_string_list_parameter_joins_and_splits_its_values(stack: Stack, template: Render) -> None:
    parameter = StringListParameter(
        stack, "List", string_list_value=["a", "b"], parameter_name="/l", tier=ParameterTier.STANDARD
    )
    assert resource_of(parameter)["Properties"] == {
        "Name": "/l",
        "Tier": "Standard",
        "Type": "StringList",
        "Value": "a,b",
    }
    assert _resolve(stack, template, Fn.select(0, parameter.string_list_value)) == {
        "Fn::Select": [0, {"Fn::Split": [",", {"Fn::GetAtt": ["List125D1B59", "Value"]}]}]
    }
    assert isinstance(parameter, IStringListParameter)
    assert_cfn_lint_clean(template(stack))


def test_string_list_values_with_tokens_are_joined_by_cloudformation(stack: Stack) -> None:
    parameter = StringListParameter(stack, "List", string_list_value=["a", Aws.REGION])
    assert resource_of(parameter)["Properties"]["Value"] == {"Fn::Join": [",", ["a", {"Ref": "AWS::Region"}]]}


# --- checks ---------------------------------------------------------------------------------------------


def _error(build: Callable[[Stack], object], stack: Stack) -> str:
    with pytest.raises(ValidationError) as caught:
        build(stack)
    return str(caught.value)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda s: StringParameter(s, "P", string_value="abc", allowed_pattern="^[0-9]+$"),
            "Test/P: string_value='abc' does not match allowed_pattern='^[0-9]+$'; give a value the pattern "
            "matches, or change the pattern",
        ),
        (
            lambda s: StringListParameter(s, "P", string_list_value=["1", "x"], allowed_pattern="^[0-9]+$"),
            "Test/P: string_list_value has 'x', does not match allowed_pattern='^[0-9]+$'; give a value the "
            "pattern matches, or change the pattern",
        ),
        (
            lambda s: StringParameter(s, "P", string_value="a", allowed_pattern="(["),
            "Test/P: allowed_pattern='([' is not a regular expression (unterminated character set at "
            "position 1); fix the pattern",
        ),
        (
            lambda s: StringListParameter(s, "P", string_list_value=["a,b"]),
            "Test/P: string_list_value has 'a,b', which contains ','; values are joined with ',', so use a "
            "StringParameter for a value with commas",
        ),
        (
            lambda s: StringListParameter(s, "P", string_list_value=[]),
            "Test/P: string_list_value=[] is empty; give at least one value",
        ),
        (
            lambda s: StringParameter(s, "P", string_value="v", parameter_name="a b"),
            "Test/P: parameter_name='a b' has characters SSM does not allow; use letters, digits and the "
            "symbols . - _ /",
        ),
        (
            lambda s: StringParameter(s, "P", string_value="v", parameter_name=""),
            "Test/P: parameter_name='' has characters SSM does not allow; use letters, digits and the "
            "symbols . - _ /",
        ),
        (
            lambda s: StringParameter(s, "P", string_value="v", parameter_name="/a/b", simple_name=True),
            "Test/P: parameter_name='/a/b' starts with '/' but simple_name=True; leave simple_name unset or "
            "set it to False",
        ),
        (
            lambda s: StringParameter(s, "P", string_value="v", parameter_name="ab", simple_name=False),
            "Test/P: parameter_name='ab' does not start with '/' but simple_name=False; leave simple_name "
            "unset or set it to True",
        ),
        (
            lambda s: StringParameter(s, "P", string_value="v", simple_name=False),
            "Test/P: simple_name=False without a parameter_name; generated names are simple, so leave "
            "simple_name unset or set it to True",
        ),
        (
            lambda s: StringParameter(s, "P", string_value="v", description="d" * 1025),
            "Test/P: description is 1025 characters long; use at most 1024",
        ),
        (
            lambda s: StringParameter(s, "P", string_value="v", type=ParameterType.AWS_EC2_IMAGE_ID),
            "Test/P: type=ParameterType.AWS_EC2_IMAGE_ID is not a parameter type; use ParameterType.STRING "
            "with data_type=ParameterDataType.AWS_EC2_IMAGE for an AMI ID",
        ),
    ],
)
def test_invalid_props_are_rejected(build: Callable[[Stack], object], message: str, stack: Stack) -> None:
    assert _error(build, stack) == message


def test_name_longer_than_2048_characters_is_rejected(stack: Stack) -> None:
    name = "/" + "a" * 2048
    StringParameter(stack, "Longest", string_value="v", parameter_name=name[:-1])
    assert _error(
        lambda s: StringListParameter(s, "P", string_list_value=["v"], parameter_name=name), stack
    ) == (f"Test/P: parameter_name={name!r} is 2049 characters long; use at most 2048")


def test_token_name_needs_simple_name(stack: Stack) -> None:
    assert _error(
        lambda s: StringParameter(s, "P", string_value="v", parameter_name=Aws.STACK_NAME), stack
    ) == (
        f"Test/P: parameter_name={Aws.STACK_NAME!r} is a token, so whether the ARN needs a '/' after "
        "'parameter' is unknown; set simple_name=True (a name without a leading '/') or simple_name=False"
    )


def test_pattern_is_searched_and_tokens_are_not_checked(stack: Stack) -> None:
    StringParameter(stack, "Search", string_value="a123", allowed_pattern="[0-9]+")
    StringParameter(stack, "Token", string_value=Aws.STACK_NAME, allowed_pattern="^[0-9]+$")
    StringListParameter(stack, "List", string_list_value=["a", Aws.STACK_NAME], allowed_pattern="^[a-z]$")
    StringParameter(stack, "Empty", string_value="")


def test_secure_string_type_is_a_warning_of_the_template_validation(app: App, stack: Stack) -> None:
    StringParameter(stack, "P", string_value="v", type=ParameterType.SECURE_STRING)
    report = json.loads((Path(app.synth().directory) / "validation-report.json").read_text())
    [violation] = report["pluginReports"][0]["violations"]
    assert (violation["ruleName"], violation["description"], violation["severity"]) == (
        "W3030",
        "Type: 'SecureString' is not one of ['String', 'StringList']",
        "warning",
    )


# --- imports --------------------------------------------------------------------------------------------


def test_import_by_name_adds_its_template_parameter_when_the_value_is_read(
    stack: Stack, template: Render
) -> None:
    parameter = StringParameter.from_string_parameter_name(stack, "Imported", "/shared/endpoint")
    assert stack.node.try_find_child("Imported.Parameter") is None
    assert parameter.string_value == parameter.string_value
    rendered = template(stack)
    assert rendered["Parameters"]["ImportedParameter"] == {
        "Type": "AWS::SSM::Parameter::Value<String>",
        "Default": "/shared/endpoint",
    }
    assert _resolve(stack, template, parameter.string_value) == {"Ref": "ImportedParameter"}
    assert parameter.parameter_name == "/shared/endpoint"
    assert parameter.parameter_type == "String"
    StringParameter(stack, "Copy", string_value=parameter.string_value)
    assert_cfn_lint_clean(template(stack))


def test_import_with_a_version_or_forced_is_a_dynamic_reference(stack: Stack, template: Render) -> None:
    pinned = StringParameter.from_string_parameter_attributes(stack, "Pinned", parameter_name="/p", version=5)
    forced = StringParameter.from_string_parameter_attributes(
        stack, "Forced", parameter_name="p", force_dynamic_reference=True
    )
    assert _resolve(stack, template, Fn.join("|", [pinned.string_value, forced.string_value])) == (
        "{{resolve:ssm:/p:5}}|{{resolve:ssm:p}}"
    )
    assert "Parameters" not in template(stack) or "PinnedParameter" not in template(stack)["Parameters"]


def test_import_value_type_and_deprecated_type(stack: Stack, template: Render) -> None:
    vpc = StringParameter.from_string_parameter_attributes(
        stack, "Vpc", parameter_name="/vpc", value_type=ParameterValueType.AWS_EC2_VPC_ID
    )
    image = StringParameter.from_string_parameter_attributes(
        stack,
        "Image",
        parameter_name="/image",
        type=ParameterType.AWS_EC2_IMAGE_ID,
        value_type=ParameterValueType.AWS_EC2_VPC_ID,
    )
    CfnOutput(stack, "Values", value=Fn.join(",", [vpc.string_value, image.string_value]))
    parameters = template(stack)["Parameters"]
    assert parameters["VpcParameter"]["Type"] == "AWS::SSM::Parameter::Value<AWS::EC2::VPC::Id>"
    assert parameters["ImageParameter"]["Type"] == "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"
    assert (vpc.parameter_type, image.parameter_type) == ("String", "String")


def test_import_of_a_simple_name_has_a_slash_in_its_arn(stack: Stack, template: Render) -> None:
    parameter = StringParameter.from_string_parameter_attributes(
        stack, "P", parameter_name="simple", simple_name=True
    )
    assert _resolve(stack, template, parameter.parameter_arn) == _arn(":parameter/simple")


def test_import_by_arn_reads_the_arn_and_names_its_last_part(stack: Stack, template: Render) -> None:
    arn = "arn:aws:ssm:us-east-1:111111111111:parameter/x/y"
    parameter = StringParameter.from_string_parameter_arn(stack, "ByArn", arn)
    assert (parameter.parameter_arn, parameter.parameter_name) == (arn, "y")
    CfnOutput(stack, "Value", value=parameter.string_value)
    assert template(stack)["Parameters"]["ByArnParameter"] == {
        "Type": "AWS::SSM::Parameter::Value<String>",
        "Default": arn,
    }
    assert [entry.data for entry in stack.node.metadata] == [
        "Cross-account references will only work within the same region "
        "[ack: aws-cdk-lib/aws-ssm:crossAccountReferenceSameRegion]"
    ]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda s: StringParameter.from_string_parameter_arn(s, "P", "not-an-arn"),
            "Test: string_parameter_arn='not-an-arn' is not a parameter ARN; "
            "use arn:<partition>:ssm:<region>:<account>:parameter/<name>",
        ),
        (
            lambda s: StringParameter.from_string_parameter_arn(s, "P", Aws.STACK_NAME),
            f"Test: string_parameter_arn={Aws.STACK_NAME!r} is a token; give the ARN as text, or use "
            "StringParameter.from_string_parameter_attributes() with the parameter's name",
        ),
        (
            lambda s: StringParameter.from_string_parameter_name(s, "P", ""),
            "Test: string_parameter_name='' is empty; give the parameter's name",
        ),
        (
            lambda s: StringParameter.from_string_parameter_name(s, "P", Aws.STACK_NAME),
            f"Test: string_parameter_name={Aws.STACK_NAME!r} is a token, so whether the ARN needs a "
            "'/' after 'parameter' is unknown; set simple_name=True (a name without a leading '/') or "
            "simple_name=False",
        ),
        (
            lambda s: StringParameter.from_string_parameter_attributes(
                s, "P", parameter_name="/x", simple_name=True
            ),
            "Test: parameter_name='/x' starts with '/' but simple_name=True; leave simple_name unset or set "
            "it to False",
        ),
        (
            lambda s: StringParameter.from_string_parameter_attributes(
                s, "P", parameter_name="x", type=ParameterType.SECURE_STRING
            ),
            "Test: type=ParameterType.SECURE_STRING is not supported here; use ParameterType.STRING or "
            "ParameterType.AWS_EC2_IMAGE_ID (read a SecureString with from_secure_string_parameter_attributes(), "
            "a StringList with StringListParameter.from_list_parameter_attributes())",
        ),
        (
            lambda s: StringParameter.value_for_typed_string_parameter(s, "/x", ParameterType.STRING_LIST),
            "Test: type=ParameterType.STRING_LIST is a list type; "
            "use StringListParameter.value_for_typed_list_parameter()",
        ),
        (
            lambda s: StringListParameter.from_list_parameter_attributes(s, "P", parameter_name=""),
            "Test: parameter_name='' is empty; give the parameter's name",
        ),
    ],
)
def test_invalid_imports_are_rejected(build: Callable[[Stack], object], message: str, stack: Stack) -> None:
    assert _error(build, stack) == message


def test_import_by_arn_of_another_region_is_rejected(app: App) -> None:
    stack = Stack(app, "Env", env=ENV)
    arn = "arn:aws:ssm:eu-west-1:123456789012:parameter/x"
    assert _error(lambda s: StringParameter.from_string_parameter_arn(s, "P", arn), stack) == (
        f"Env: string_parameter_arn={arn!r} is in region 'eu-west-1', not in the stack's region 'us-east-1'; "
        "CloudFormation reads parameters of its own region only"
    )
    StringParameter.from_string_parameter_arn(stack, "Same", "arn:aws:ssm:us-east-1:999999999999:parameter/x")
    assert stack.node.metadata == []


def test_secure_string_import_is_an_ssm_secure_reference(stack: Stack, template: Render) -> None:
    pinned = StringParameter.from_secure_string_parameter_attributes(
        stack, "S", parameter_name="/s", version=2
    )
    latest = StringParameter.from_secure_string_parameter_attributes(stack, "L", parameter_name="l")
    assert _resolve(stack, template, Fn.join("|", [pinned.string_value, latest.string_value])) == (
        "{{resolve:ssm-secure:/s:2}}|{{resolve:ssm-secure:l}}"
    )
    assert pinned.parameter_type == "SecureString"


def test_list_imports(stack: Stack, template: Render) -> None:
    by_name = StringListParameter.from_string_list_parameter_name(stack, "ByName", "/list")
    typed = StringListParameter.from_list_parameter_attributes(
        stack, "Typed", parameter_name="/subnets", element_type=ParameterValueType.AWS_EC2_SUBNET_ID
    )
    pinned = StringListParameter.from_list_parameter_attributes(
        stack, "Pinned", parameter_name="p", version=2
    )
    CfnOutput(stack, "ByNameValue", value=Fn.join(",", by_name.string_list_value))
    CfnOutput(stack, "TypedValue", value=Fn.join(",", typed.string_list_value))
    CfnOutput(stack, "PinnedValue", value=Fn.join(",", pinned.string_list_value))
    rendered = template(stack)
    assert rendered["Outputs"]["ByNameValue"]["Value"] == {
        "Fn::Join": [",", {"Fn::Split": [",", "{{resolve:ssm:/list}}"]}]
    }
    assert rendered["Outputs"]["TypedValue"]["Value"] == {"Fn::Join": [",", {"Ref": "TypedParameter"}]}
    assert rendered["Outputs"]["PinnedValue"]["Value"] == {"Fn::Join": [",", "{{resolve:ssm:p:2}}"]}
    assert rendered["Parameters"]["TypedParameter"]["Type"] == (
        "AWS::SSM::Parameter::Value<List<AWS::EC2::Subnet::Id>>"
    )
    assert (by_name.parameter_type, typed.parameter_type, pinned.parameter_type) == (
        "StringList",
        "List<AWS::EC2::Subnet::Id>",
        "List<String>",
    )


# --- values read at deployment ----------------------------------------------------------------------------


def test_value_for_string_parameter_reuses_one_template_parameter_per_name(
    stack: Stack, template: Render
) -> None:
    first = StringParameter.value_for_string_parameter(stack, "/app/host")
    again = StringParameter.value_for_string_parameter(
        Role(stack, "Inner", assumed_by=ServicePrincipal("x")), "/app/host"
    )
    pinned_later = StringParameter.value_for_string_parameter(stack, "/app/host", 3)
    assert first == again == pinned_later
    logical_id = "SsmParameterValueapphostC96584B6F00A464EAD1953AFF4B05118Parameter"
    assert _resolve(stack, template, first) == {"Ref": logical_id}
    assert template(stack)["Parameters"][logical_id] == {
        "Type": "AWS::SSM::Parameter::Value<String>",
        "Default": "/app/host",
    }
    assert stack.node.try_find_child("SsmParameterValue:/app/host:C96584B6-F00A-464E-AD19-53AFF4B05118")


def test_value_for_string_parameter_with_a_version_is_a_dynamic_reference(
    stack: Stack, template: Render
) -> None:
    value = StringParameter.value_for_string_parameter(stack, "/app/port", 3)
    assert _resolve(stack, template, value) == "{{resolve:ssm:/app/port:3}}"


def test_typed_values(stack: Stack, template: Render) -> None:
    StringParameter.value_for_typed_string_parameter_v2(stack, "/vpc", ParameterValueType.AWS_EC2_VPC_ID)
    StringParameter.value_for_typed_string_parameter(stack, "ami", ParameterType.AWS_EC2_IMAGE_ID)
    StringListParameter.value_for_typed_list_parameter(stack, "/zones")
    parameters = template(stack)["Parameters"]
    assert parameters["SsmParameterValuevpcC96584B6F00A464EAD1953AFF4B05118Parameter"]["Type"] == (
        "AWS::SSM::Parameter::Value<AWS::EC2::VPC::Id>"
    )
    assert parameters["SsmParameterValueamiC96584B6F00A464EAD1953AFF4B05118Parameter"]["Type"] == (
        "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"
    )
    assert parameters["SsmParameterValuezonesC96584B6F00A464EAD1953AFF4B05118Parameter"]["Type"] == (
        "AWS::SSM::Parameter::Value<List<String>>"
    )


def test_value_for_secure_string_parameter(stack: Stack, template: Render) -> None:
    value = StringParameter.value_for_secure_string_parameter(stack, "/db/password", 2)
    assert value == StringParameter.value_for_secure_string_parameter(stack, "/db/password", 2)
    assert _resolve(stack, template, value) == "{{resolve:ssm-secure:/db/password:2}}"


def test_one_name_read_as_a_string_and_as_a_list_is_rejected(stack: Stack) -> None:
    StringParameter.value_for_string_parameter(stack, "/x")
    assert _error(lambda s: StringListParameter.value_for_typed_list_parameter(s, "/x"), stack) == (
        "Test: parameter_name='/x' is already read in this stack as a string; read each parameter one way only"
    )


# --- grants ---------------------------------------------------------------------------------------------


def test_grants_read_and_write(stack: Stack, template: Render) -> None:
    role = _role(stack)
    parameter = StringParameter(stack, "P", string_value="v", parameter_name="/p")
    parameter.grant_read(role)
    parameter.grant_write(role)
    arn = _arn(":parameter", {"Ref": "P4E0919BE"})
    assert _statements(template(stack)) == [
        {"Action": READ_ACTIONS, "Effect": "Allow", "Resource": arn},
        {"Action": "ssm:PutParameter", "Effect": "Allow", "Resource": arn},
    ]
    assert_cfn_lint_clean(template(stack))


def test_grants_on_a_secure_string_use_its_key(stack: Stack, template: Render) -> None:
    role = _role(stack)
    key = Key(stack, "Key")
    parameter = StringParameter.from_secure_string_parameter_attributes(
        stack, "S", parameter_name="/s", encryption_key=key
    )
    parameter.grant_read(role)
    parameter.grant_write(role)
    key_arn = {"Fn::GetAtt": ["Key961B73FD", "Arn"]}
    arn = _arn(":parameter/s")
    assert _statements(template(stack)) == [
        {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": key_arn},
        {"Action": READ_ACTIONS, "Effect": "Allow", "Resource": arn},
        {
            "Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
            "Effect": "Allow",
            "Resource": key_arn,
        },
        {"Action": "ssm:PutParameter", "Effect": "Allow", "Resource": arn},
    ]


def test_parameter_ref(stack: Stack) -> None:
    imported = StringParameter.from_string_parameter_arn(
        stack, "I", "arn:aws:ssm:us-east-1:111111111111:parameter/name"
    )
    assert imported.parameter_ref.parameter_arn == "arn:aws:ssm:us-east-1:111111111111:parameter/name"
    assert imported.parameter_ref.parameter_name == "name"


# --- lookups --------------------------------------------------------------------------------------------


def _missing(app: App) -> list[dict[str, Any]]:
    manifest = json.loads((Path(app.synth().directory) / "manifest.json").read_text())
    return list(manifest["missing"])


def test_lookup_without_context_gives_a_dummy_value_and_records_it_as_missing(app: App) -> None:
    stack = Stack(app, "L", env=ENV)
    assert StringParameter.value_from_lookup(stack, "/my/param") == "dummy-value-for-/my/param"
    assert StringParameter.value_from_lookup(stack, "other", "fallback") == "fallback"
    assert StringParameter.value_from_lookup(stack, "/my/keyed", additional_cache_key="k1") == (
        "dummy-value-for-/my/keyed"
    )
    # The entries as aws-cdk-lib wrote them, in the order of the lookups.
    assert _missing(app) == json.loads(LOOKUP_MISSING.read_text())


def test_lookup_with_context_gives_its_value(app: App) -> None:
    app.node.set_context("ssm:account=123456789012:parameterName=/my/param:region=us-east-1", "real-value")
    stack = Stack(app, "L", env=ENV)
    assert StringParameter.value_from_lookup(stack, "/my/param") == "real-value"
    assert "missing" not in json.loads((Path(app.synth().directory) / "manifest.json").read_text())


def test_lookup_provider_error_is_an_error_and_the_lookup_stays_missing(app: App) -> None:
    key = "ssm:account=123456789012:parameterName=/my/param:region=us-east-1"
    app.node.set_context(key, {"$providerError": "no such parameter"})
    stack = Stack(app, "L", env=ENV)
    assert StringParameter.value_from_lookup(stack, "/my/param") == "dummy-value-for-/my/param"
    with pytest.raises(SynthesisError) as caught:
        app.synth()
    assert "L: no such parameter" in str(caught.value)


def test_lookup_needs_an_environment(stack: Stack) -> None:
    assert _error(lambda s: StringParameter.value_from_lookup(s, "/p"), stack) == (
        "Test: StringParameter.value_from_lookup(parameter_name='/p') needs the stack's account and region; "
        "give the Stack an env=Environment(account=..., region=...), or read the value at deployment with "
        "StringParameter.value_for_string_parameter()"
    )


def test_lookup_context_value_must_be_text(app: App) -> None:
    key = "ssm:account=123456789012:parameterName=/p:region=us-east-1"
    app.node.set_context(key, ["x"])
    stack = Stack(app, "L", env=ENV)
    assert _error(lambda s: StringParameter.value_from_lookup(s, "/p"), stack) == (
        f"L: context {key!r}=['x'] is not a string; the lookup gives a text value"
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda stack: StringParameter.from_string_parameter_name(stack, "A", "app/rel"),
        lambda stack: StringParameter.value_for_string_parameter(stack, "app/rel"),
        lambda stack: StringParameter(stack, "C", parameter_name="app/rel", string_value="v"),
    ],
    ids=["import", "value", "new"],
)
def test_a_name_with_a_slash_must_start_with_one(stack: Stack, make: Callable[[Stack], Any]) -> None:
    with pytest.raises(ValidationError) as error:
        make(stack)
    assert (
        "='app/rel' has a '/' but does not start with one; SSM takes such a name only fully qualified: "
        in (str(error.value))
    )
