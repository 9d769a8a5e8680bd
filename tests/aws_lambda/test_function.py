"""Function: rendering, the automatic role, environment, tracing, VPC rules and imports."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Size, Stack, ValidationError
from apigwv2_integrations.aws_ec2 import SecurityGroup, SubnetSelection, SubnetType, Vpc
from apigwv2_integrations.aws_iam import PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_lambda import (
    Architecture,
    Code,
    Function,
    FunctionProps,
    LayerVersion,
    LoggingFormat,
    Runtime,
    Tracing,
)
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack, id: str = "Fn", **options: Any) -> Function:
    options.setdefault("code", Code.from_inline("def handler(e, c): pass"))
    return Function(stack, id, runtime=Runtime.PYTHON_3_12, handler="index.handler", **options)


def test_constructor_keywords_match_props() -> None:
    keywords = [
        p for p in inspect.signature(Function.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(FunctionProps))


def test_default_function_gets_a_service_role_and_depends_on_it(stack: Stack, template: Render) -> None:
    _function(stack)
    resources = template(stack)["Resources"]
    assert resources["FnServiceRoleB9001A96"]["Properties"]["ManagedPolicyArns"] == [
        {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                ],
            ]
        }
    ]
    assert resources["Fn9270CBC0"] == {
        "Type": "AWS::Lambda::Function",
        "Properties": {
            "Code": {"ZipFile": "def handler(e, c): pass"},
            "Handler": "index.handler",
            "Role": {"Fn::GetAtt": ["FnServiceRoleB9001A96", "Arn"]},
            "Runtime": "python3.12",
        },
        "DependsOn": ["FnServiceRoleB9001A96"],
    }


def test_options_render(stack: Stack, template: Render) -> None:
    _function(
        stack,
        environment={"B": "2", "A": "1"},
        timeout=Duration.minutes(1),
        memory_size=512,
        description="d",
        function_name="fn-name",
        architecture=Architecture.ARM_64,
        reserved_concurrent_executions=5,
        ephemeral_storage_size=Size.mebibytes(1024),
        logging_format=LoggingFormat.JSON,
        layers=[LayerVersion.from_layer_version_arn(stack, "L", "arn:aws:lambda:r:1:layer:l:1")],
    ).add_environment("C", "3")
    properties = template(stack)["Resources"]["Fn9270CBC0"]["Properties"]
    assert properties["Environment"] == {"Variables": {"B": "2", "A": "1", "C": "3"}}
    assert properties["Timeout"] == 60
    assert properties["MemorySize"] == 512
    assert properties["FunctionName"] == "fn-name"
    assert properties["Architectures"] == ["arm64"]
    assert properties["ReservedConcurrentExecutions"] == 5
    assert properties["EphemeralStorage"] == {"Size": 1024}
    assert properties["LoggingConfig"] == {"LogFormat": "JSON"}
    assert properties["Layers"] == ["arn:aws:lambda:r:1:layer:l:1"]


def test_active_tracing_adds_xray_statement_after_initial_policy(stack: Stack, template: Render) -> None:
    _function(
        stack,
        tracing=Tracing.ACTIVE,
        initial_policy=[PolicyStatement(actions=["s3:GetObject"], resources=["*"])],
    )
    resources = template(stack)["Resources"]
    assert resources["FnServiceRoleDefaultPolicyC6A839BF"]["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"},
        {"Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], "Effect": "Allow", "Resource": "*"},
    ]
    function = resources["Fn9270CBC0"]
    assert function["Properties"]["TracingConfig"] == {"Mode": "Active"}
    assert function["DependsOn"] == ["FnServiceRoleDefaultPolicyC6A839BF", "FnServiceRoleB9001A96"]


def test_disabled_tracing_renders_nothing(stack: Stack, template: Render) -> None:
    _function(stack, tracing=Tracing.DISABLED)
    assert "TracingConfig" not in template(stack)["Resources"]["Fn9270CBC0"]["Properties"]


def test_given_role_is_used_and_depended_on(stack: Stack, template: Render) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    function = _function(stack, role=role)
    function.add_to_role_policy(PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
    resources = template(stack)["Resources"]
    assert len(resources_of_type(template(stack), "AWS::IAM::Role")) == 1
    assert resources["Fn9270CBC0"]["DependsOn"] == ["RoleDefaultPolicy5FFB7DAB", "Role1ABCC5F0"]
    assert function.grant_principal is role


def test_inline_code_needs_a_runtime_that_supports_it(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Function(stack, "Fn", runtime=Runtime.JAVA_21, handler="h", code=Code.from_inline("x"))
    assert str(error.value) == (
        "Test/Fn: code=Code.from_inline(...) is not supported by runtime='java21'; "
        "use Code.from_asset or Code.from_bucket"
    )


def test_function_name_length_is_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, function_name="x" * 65)
    assert str(error.value) == f"Test/Fn: function_name={'x' * 65!r} is 65 characters long; use at most 64"


def test_function_name_characters_are_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, function_name="a b")
    assert str(error.value) == (
        "Test/Fn: function_name='a b' has characters a function name cannot have; "
        "use letters, digits, hyphens and underscores"
    )


def test_description_length_is_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, description="d" * 257)
    assert str(error.value) == "Test/Fn: description is 257 characters long; use at most 256"


def test_reserved_environment_names_fail_at_synth(stack: Stack, template: Render) -> None:
    _function(stack, environment={"AWS_REGION": "x"})
    with pytest.raises(Exception) as error:
        template(stack)
    assert (
        "Test/Fn: environment['AWS_REGION'] is reserved by Lambda; use a name that does not start with AWS_"
    ) in str(error.value)


@pytest.mark.parametrize(
    ("option", "value"),
    [("allow_all_outbound", True), ("vpc_subnets", SubnetSelection(subnet_type=SubnetType.PUBLIC))],
)
def test_vpc_options_need_a_vpc(stack: Stack, option: str, value: Any) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, **{option: value})
    assert str(error.value) == f"Test/Fn: {option} needs a VPC; pass vpc= as well or drop {option}"


def test_function_in_vpc_gets_security_group_and_vpc_policy(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
    function = _function(stack, vpc=vpc)
    resources = template(stack)["Resources"]
    properties = resources["Fn9270CBC0"]["Properties"]
    assert properties["VpcConfig"]["SecurityGroupIds"] == [
        {"Fn::GetAtt": ["FnSecurityGroupB675AC26", "GroupId"]}
    ]
    assert properties["VpcConfig"]["SubnetIds"] == [
        {"Ref": "VpcPrivateSubnet1Subnet536B997A"},
        {"Ref": "VpcPrivateSubnet2Subnet3788AAA1"},
    ]
    assert len(resources["FnServiceRoleB9001A96"]["Properties"]["ManagedPolicyArns"]) == 2
    assert "VpcPrivateSubnet1DefaultRouteBE02A9ED" in resources["Fn9270CBC0"]["DependsOn"]
    assert function.is_bound_to_vpc


def test_public_subnets_need_acknowledgement(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
    with pytest.raises(ValidationError) as error:
        _function(stack, vpc=vpc, vpc_subnets=SubnetSelection(subnet_type=SubnetType.PUBLIC))
    assert str(error.value) == (
        "Test/Fn: vpc_subnets selects public subnets, where a function cannot reach the internet (it gets no "
        "public IP); select private subnets, or pass allow_public_subnet=True to accept this"
    )


def test_allow_all_outbound_conflicts_with_security_groups(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
    group = SecurityGroup(stack, "Sg", vpc=vpc)
    with pytest.raises(ValidationError) as error:
        _function(stack, vpc=vpc, security_groups=[group], allow_all_outbound=False)
    assert str(error.value) == (
        "Test/Fn: allow_all_outbound=False cannot be combined with security_groups; "
        "configure outbound traffic on the security groups themselves"
    )


def test_connections_need_a_vpc(stack: Stack) -> None:
    function = _function(stack)
    with pytest.raises(ValidationError) as error:
        function.connections  # noqa: B018 - the property raises
    assert str(error.value) == (
        "Test/Fn: has no security groups: pass vpc= when creating the function to manage its connections"
    )


def test_from_function_arn_reads_the_name(stack: Stack) -> None:
    function = Function.from_function_arn(stack, "Imp", "arn:aws:lambda:us-east-1:123456789012:function:f")
    assert function.function_name == "f"
    assert function.role is None


def test_from_function_name_builds_the_arn(stack: Stack) -> None:
    function = Function.from_function_name(stack, "Imp", "named")
    assert stack.resolve(function.function_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":lambda:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":function:named",
            ],
        ]
    }
