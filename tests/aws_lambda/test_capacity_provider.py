"""CapacityProvider, new and imported, and functions placed on it (aws_lambda/capacity_provider.py)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_kms as kms
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
SUBNET_IDS = [{"Ref": "MyVpcPrivateSubnet1Subnet5057CF7E"}, {"Ref": "MyVpcPrivateSubnet2Subnet0040C983"}]
VPC_CONFIG = {
    "SecurityGroupIds": [{"Fn::GetAtt": ["SecurityGroupDD263621", "GroupId"]}],
    "SubnetIds": SUBNET_IDS,
}
OPERATOR_POLICY = {
    "Fn::Join": [
        "",
        ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/AWSLambdaManagedEC2ResourceOperator"],
    ]
}


class InstanceType:
    """A stand-in for aws_ec2's `InstanceType`: only its name is read."""

    def __init__(self, name: str) -> None:
        self.name = name

    def to_string(self) -> str:
        return self.name


def provider(stack: Stack, id: str = "MyCapacityProvider", **options: Any) -> lambda_.CapacityProvider:
    vpc = stack.node.try_find_child("MyVpc")
    if not isinstance(vpc, ec2.Vpc):
        vpc = ec2.Vpc(stack, "MyVpc")
        options.setdefault("security_groups", [ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)])
    options.setdefault("subnets", vpc.private_subnets)
    return lambda_.CapacityProvider(stack, id, **options)


def function(stack: Stack, id: str = "MyFunction") -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        code=lambda_.Code.from_inline("exports.handler = 1"),
        handler="index.handler",
        runtime=lambda_.Runtime.NODEJS_LATEST,
    )


def capacity_provider_properties(stack: Stack, template: Render) -> dict[str, Any]:
    (resource,) = resources_of_type(template(stack), "AWS::Lambda::CapacityProvider").values()
    return dict(resource["Properties"])


def test_keywords_are_the_props_fields() -> None:
    keywords = [
        name
        for name in inspect.signature(lambda_.CapacityProvider.__init__).parameters
        if name not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(lambda_.CapacityProviderProps))


def test_defaults_make_an_operator_role(stack: Stack, template: Render) -> None:
    provider(stack, capacity_provider_name="my-capacity-provider")
    resources = template(stack)["Resources"]
    assert resources["MyCapacityProviderOperatorRole2AAA1259"]["Properties"]["ManagedPolicyArns"] == [
        OPERATOR_POLICY
    ]
    assert resources["MyCapacityProviderA8F1EEE6"] == {
        "Type": "AWS::Lambda::CapacityProvider",
        "Properties": {
            "CapacityProviderName": "my-capacity-provider",
            "PermissionsConfig": {
                "CapacityProviderOperatorRoleArn": {
                    "Fn::GetAtt": ["MyCapacityProviderOperatorRole2AAA1259", "Arn"]
                }
            },
            "VpcConfig": VPC_CONFIG,
        },
    }


def test_every_option(stack: Stack, template: Render) -> None:
    role = iam.Role(stack, "OpRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    provider(
        stack,
        operator_role=role,
        architectures=[lambda_.Architecture.ARM_64],
        max_v_cpu_count=64,
        kms_key=kms.Key(stack, "MyKey"),
        log_group=logs.LogGroup(stack, "CpLogs", log_group_name="/aws/lambda/capacity-provider/my-cp"),
        system_log_level=lambda_.SystemLogLevel.DEBUG,
        scaling_options=lambda_.ScalingOptions.manual(
            [lambda_.TargetTrackingScalingPolicy.cpu_utilization(70)]
        ),
        instance_type_filter=lambda_.InstanceTypeFilter.allow(
            [InstanceType("m5.large"), InstanceType("m5.xlarge")]
        ),
        propagate_tags=lambda_.PropagateTags.explicit({"CostCenter": "Engineering", "Project": "MyProject"}),
    )
    assert capacity_provider_properties(stack, template) == {
        "CapacityProviderScalingConfig": {
            "MaxVCpuCount": 64,
            "ScalingMode": "Manual",
            "ScalingPolicies": [
                {"PredefinedMetricType": "LambdaCapacityProviderAverageCPUUtilization", "TargetValue": 70}
            ],
        },
        "InstanceRequirements": {
            "AllowedInstanceTypes": ["m5.large", "m5.xlarge"],
            "Architectures": ["arm64"],
        },
        "KmsKeyArn": {"Fn::GetAtt": ["MyKey6AB29FA6", "Arn"]},
        "PermissionsConfig": {"CapacityProviderOperatorRoleArn": {"Fn::GetAtt": ["OpRoleCE4E52A5", "Arn"]}},
        "PropagateTags": {
            "ExplicitTags": [
                {"Key": "CostCenter", "Value": "Engineering"},
                {"Key": "Project", "Value": "MyProject"},
            ],
            "Mode": "Explicit",
        },
        "TelemetryConfig": {
            "LoggingConfig": {"LogGroup": {"Ref": "CpLogs87BFB67D"}, "SystemLogLevel": "DEBUG"}
        },
        "VpcConfig": VPC_CONFIG,
    }
    assert not resources_of_type(template(stack), "AWS::IAM::Role").keys() - {"OpRoleCE4E52A5"}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (
            {"scaling_options": lambda_.ScalingOptions.auto()},
            {"CapacityProviderScalingConfig": {"ScalingMode": "Auto"}},
        ),
        ({"propagate_tags": lambda_.PropagateTags.none()}, {"PropagateTags": {"Mode": "None"}}),
        (
            {"instance_type_filter": lambda_.InstanceTypeFilter.exclude([InstanceType("t2.micro")])},
            {"InstanceRequirements": {"ExcludedInstanceTypes": ["t2.micro"]}},
        ),
    ],
)
def test_single_options(
    stack: Stack, template: Render, options: dict[str, Any], expected: dict[str, Any]
) -> None:
    provider(stack, **options)
    properties = capacity_provider_properties(stack, template)
    assert {key: properties[key] for key in expected} == expected


def test_arn_and_name_are_the_resources_attributes(stack: Stack) -> None:
    capacity = provider(stack)
    assert stack.resolve(capacity.capacity_provider_arn) == {
        "Fn::GetAtt": ["MyCapacityProviderA8F1EEE6", "Arn"]
    }
    assert stack.resolve(capacity.capacity_provider_name) == {"Ref": "MyCapacityProviderA8F1EEE6"}
    assert capacity.capacity_provider_ref.capacity_provider_arn == capacity.capacity_provider_arn
    assert isinstance(capacity, lambda_.ICapacityProvider)


def test_add_function(stack: Stack, template: Render) -> None:
    capacity = provider(stack)
    first, second = function(stack), function(stack, "Second")
    capacity.add_function(
        first, per_execution_environment_max_concurrency=10, execution_environment_memory_gib_per_v_cpu=4
    )
    capacity.add_function(
        second,
        latest_published_scaling_config=lambda_.LatestPublishedScalingConfig(
            min_execution_environments=5, max_execution_environments=25
        ),
        publish_to_latest_published=False,
    )
    functions = resources_of_type(template(stack), "AWS::Lambda::Function")
    arn = {"Fn::GetAtt": ["MyCapacityProviderA8F1EEE6", "Arn"]}
    assert functions["MyFunction3BAA72D1"]["Properties"]["CapacityProviderConfig"] == {
        "LambdaManagedInstancesCapacityProviderConfig": {
            "CapacityProviderArn": arn,
            "ExecutionEnvironmentMemoryGiBPerVCpu": 4,
            "PerExecutionEnvironmentMaxConcurrency": 10,
        }
    }
    properties = functions["Second394350F9"]["Properties"]
    assert properties["CapacityProviderConfig"] == {
        "LambdaManagedInstancesCapacityProviderConfig": {"CapacityProviderArn": arn}
    }
    assert properties["FunctionScalingConfig"] == {
        "MaxExecutionEnvironments": 25,
        "MinExecutionEnvironments": 5,
    }
    assert properties["PublishToLatestPublished"] is False
    infos = [entry.data for entry in first.node.metadata if entry.type == "aws:cdk:info"]
    assert infos == [
        "Capacity provider configuration cannot be removed from a function, only modified. "
        "[ack: aws-lambda:Function.CapacityProviderConfiguration]"
    ]


def test_add_function_refuses_an_imported_function(stack: Stack) -> None:
    imported = lambda_.Function.from_function_arn(
        stack, "F", "arn:aws:lambda:us-east-1:123456789012:function:f"
    )
    with pytest.raises(ValidationError, match="pass a Function defined in this app"):
        provider(stack).add_function(imported)


def test_imports(app: App) -> None:
    stack = Stack(app, "Imports", env=Environment(account="123456789012", region="us-east-1"))
    by_arn = lambda_.CapacityProvider.from_capacity_provider_arn(
        stack, "ByArn", "arn:aws:lambda:us-east-1:123456789012:capacity-provider:imported-cp"
    )
    by_name = lambda_.CapacityProvider.from_capacity_provider_name(stack, "ByName", "named-cp")
    by_attributes = lambda_.CapacityProvider.from_capacity_provider_attributes(
        stack,
        "ByAttrs",
        capacity_provider_arn="arn:aws:lambda:us-east-1:123456789012:capacity-provider:attr-cp",
    )
    assert by_arn.capacity_provider_name == "imported-cp"
    assert by_attributes.capacity_provider_name == "attr-cp"
    assert by_name.capacity_provider_name == "named-cp"
    assert stack.resolve(by_name.capacity_provider_arn) == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":lambda:us-east-1:123456789012:capacity-provider:named-cp"],
        ]
    }
    with pytest.raises(ValidationError, match="is not an ARN"):
        lambda_.CapacityProvider.from_capacity_provider_arn(stack, "Bad", "nope")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"security_groups": []}, "security_groups lists 0 security groups; pass 1 to 5"),
        ({"subnets": []}, "subnets lists 0 subnets; pass 1 to 16"),
        ({"max_v_cpu_count": 2}, "max_v_cpu_count=2 is out of range; pass 12 to 15000"),
        (
            {"architectures": [lambda_.Architecture.ARM_64, lambda_.Architecture.X86_64]},
            "architectures lists 2 architectures; a capacity provider takes exactly one",
        ),
    ],
)
def test_validation(stack: Stack, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        provider(stack, **options)
    assert str(caught.value) == f"Test/MyCapacityProvider: {message}"


def test_option_factories_validate() -> None:
    with pytest.raises(ValidationError, match="at least one scaling policy"):
        lambda_.ScalingOptions.manual([])
    with pytest.raises(ValidationError, match="is given 41 tags; pass at most 40"):
        lambda_.PropagateTags.explicit({str(i): "v" for i in range(41)})
