"""SecretRotation: the Serverless Application Repository application, its mapping and parameters, the
schedule it adds, the database's ingress rule, and its errors."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Duration, Environment, Stack
from apigwv2_integrations.aws_ec2 import (
    Connections,
    InterfaceVpcEndpointAwsService,
    Port,
    SecurityGroup,
    Vpc,
)
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_secretsmanager import (
    Secret,
    SecretRotation,
    SecretRotationApplication,
    SecretRotationProps,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import logical_id_of
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _Database:
    def __init__(self, connections: Connections) -> None:
        self.connections = connections


def _vpc(stack: Stack) -> Vpc:
    return Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)


def _database(stack: Stack, vpc: Vpc) -> tuple[SecurityGroup, _Database]:
    group = SecurityGroup(stack, "Database", vpc=vpc)
    return group, _Database(Connections(security_groups=[group], default_port=Port.tcp(3306)))


def _application(rendered: dict[str, Any]) -> dict[str, Any]:
    (application,) = resources_of_type(rendered, "AWS::Serverless::Application").values()
    return application


def test_secret_rotation_keywords_match_props_fields() -> None:
    keywords = [
        p for p in inspect.signature(SecretRotation.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(SecretRotationProps))


def test_secret_rotation_deploys_the_application_and_schedules_its_function(
    stack: Stack, template: Render
) -> None:
    vpc = _vpc(stack)
    database, target = _database(stack, vpc)
    key = Key(stack, "Key")
    secret = Secret(stack, "Secret", encryption_key=key)
    rotation = SecretRotation(
        stack,
        "Rotation",
        application=SecretRotationApplication.MYSQL_ROTATION_SINGLE_USER,
        secret=secret,
        target=target,
        vpc=vpc,
    )
    rendered = template(stack)
    assert rendered["Transform"] == "AWS::Serverless-2016-10-31"
    (mapping_id,) = rendered["Mappings"]
    assert rendered["Mappings"][mapping_id]["aws"] == {
        "applicationId": "arn:aws:serverlessrepo:us-east-1:297356227824:applications/"
        "SecretsManagerRDSMySQLRotationSingleUser",
        "semanticVersion": "1.1.671",
    }
    assert set(rendered["Mappings"][mapping_id]) == {"aws", "aws-cn", "aws-us-gov"}
    application = _application(rendered)
    group = rotation.node.find_child("SecurityGroup")
    assert application["DeletionPolicy"] == "Delete"
    assert application["Properties"]["Location"] == {
        "ApplicationId": {"Fn::FindInMap": [mapping_id, {"Ref": "AWS::Partition"}, "applicationId"]},
        "SemanticVersion": {"Fn::FindInMap": [mapping_id, {"Ref": "AWS::Partition"}, "semanticVersion"]},
    }
    subnets = [stack.resolve(s.subnet_id) for s in vpc.private_subnets]
    assert application["Properties"]["Parameters"] == {
        "endpoint": {
            "Fn::Join": [
                "",
                ["https://secretsmanager.", {"Ref": "AWS::Region"}, ".", {"Ref": "AWS::URLSuffix"}],
            ]
        },
        "functionName": "TestRotation89668F82",
        "vpcSubnetIds": {"Fn::Join": ["", [subnets[0], ",", subnets[1]]]},
        "vpcSecurityGroupIds": {"Fn::GetAtt": [logical_id_of(group.node.default_child), "GroupId"]},
        "kmsKeyArn": {"Fn::GetAtt": [logical_id_of(key.node.default_child), "Arn"]},
    }
    (schedule,) = resources_of_type(rendered, "AWS::SecretsManager::RotationSchedule").values()
    assert schedule["Properties"]["RotationLambdaARN"] == {
        "Fn::GetAtt": [logical_id_of(rotation.node.default_child), "Outputs.RotationLambdaARN"]
    }
    assert "DependsOn" not in schedule
    assert resources_of_type(rendered, "AWS::Lambda::Permission") == {}
    (ingress,) = resources_of_type(rendered, "AWS::EC2::SecurityGroupIngress").values()
    assert ingress["Properties"]["GroupId"] == {
        "Fn::GetAtt": [logical_id_of(database.node.default_child), "GroupId"]
    }
    assert ingress["Properties"]["FromPort"] == 3306
    assert_cfn_lint_clean(rendered)


def test_secret_rotation_passes_master_secret_endpoint_and_options(stack: Stack, template: Render) -> None:
    vpc = _vpc(stack)
    _, target = _database(stack, vpc)
    endpoint = vpc.add_interface_endpoint("Endpoint", service=InterfaceVpcEndpointAwsService.SECRETS_MANAGER)
    master = Secret(stack, "Master")
    group = SecurityGroup(stack, "Group", vpc=vpc)
    SecretRotation(
        stack,
        "Rotation",
        application=SecretRotationApplication.POSTGRES_ROTATION_MULTI_USER,
        secret=Secret(stack, "Secret"),
        master_secret=master,
        target=target,
        vpc=vpc,
        endpoint=endpoint,
        exclude_characters="ab",
        security_group=group,
        automatically_after=Duration.days(10),
        rotate_immediately_on_update=False,
    )
    rendered = template(stack)
    parameters = _application(rendered)["Properties"]["Parameters"]
    assert parameters["endpoint"] == {
        "Fn::Join": [
            "",
            [
                "https://",
                stack.resolve(endpoint.vpc_endpoint_id),
                ".secretsmanager.",
                {"Ref": "AWS::Region"},
                ".",
                {"Ref": "AWS::URLSuffix"},
            ],
        ]
    }
    assert parameters["excludeCharacters"] == "ab"
    assert parameters["masterSecretArn"] == {"Ref": logical_id_of(master.node.default_child)}
    assert parameters["vpcSecurityGroupIds"] == stack.resolve(group.security_group_id)
    (schedule,) = resources_of_type(rendered, "AWS::SecretsManager::RotationSchedule").values()
    assert schedule["Properties"]["RotationRules"] == {"ScheduleExpression": "rate(10 days)"}
    assert schedule["Properties"]["RotateImmediatelyOnUpdate"] is False
    assert master.policy is not None


def test_long_paths_keep_the_last_64_characters_as_function_name(stack: Stack, template: Render) -> None:
    vpc = _vpc(stack)
    _, target = _database(stack, vpc)
    SecretRotation(
        stack,
        "RotationWithAVeryLongNameThatGoesOnAndOnAndOnForeverAndEverMore",
        application=SecretRotationApplication.MYSQL_ROTATION_SINGLE_USER,
        secret=Secret(stack, "Secret"),
        target=target,
        vpc=vpc,
    )
    name = _application(template(stack))["Properties"]["Parameters"]["functionName"]
    assert len(name) == 64
    assert name.endswith("ForeverAndEverMore" + name[-8:])


def test_custom_application_arns_and_versions_per_partition() -> None:
    application = SecretRotationApplication(
        "MyApp", "1.2.3", additional_semantic_versions={"aws-cn": "9.9"}, is_multi_user=True
    )
    assert application.is_multi_user is True
    assert application.application_arn_for_partition("aws-cn") == (
        "arn:aws-cn:serverlessrepo:cn-north-1:193023089310:applications/MyApp"
    )
    assert application.semantic_version_for_partition("aws") == "1.2.3"
    assert SecretRotationApplication("X", "1").is_multi_user is False
    with pytest.raises(ValidationError) as error:
        application.semantic_version_for_partition("aws-us-gov")
    assert str(error.value) == (
        "SecretRotationApplication('MyApp', '1.2.3'): partition='aws-us-gov' is not supported; use one of "
        "'aws', 'aws-cn' (other partitions need a version in additional_semantic_versions)"
    )


def test_multi_user_application_needs_a_master_secret(stack: Stack) -> None:
    vpc = _vpc(stack)
    _, target = _database(stack, vpc)
    with pytest.raises(ValidationError) as error:
        SecretRotation(
            stack,
            "Rotation",
            application=SecretRotationApplication.MYSQL_ROTATION_MULTI_USER,
            secret=Secret(stack, "Secret"),
            target=target,
            vpc=vpc,
        )
    assert str(error.value) == (
        "Test/Rotation: master_secret is not set; application=SecretRotationApplication.MYSQL_ROTATION_MULTI_USER "
        "alternates two users and changes them with the master secret's user"
    )


def test_target_needs_a_default_port(stack: Stack) -> None:
    vpc = _vpc(stack)
    with pytest.raises(ValidationError) as error:
        SecretRotation(
            stack,
            "Rotation",
            application=SecretRotationApplication.MYSQL_ROTATION_SINGLE_USER,
            secret=Secret(stack, "Secret"),
            target=_Database(Connections()),
            vpc=vpc,
        )
    assert str(error.value) == (
        "Test/Rotation: target has connections without a default port; give them the database's port "
        "(Connections(default_port=Port.tcp(...)))"
    )


def test_endpoint_names_the_region_of_a_stack_with_one(app: App, template: Render) -> None:
    stack = Stack(app, "Regional", env=Environment(account="123456789012", region="eu-west-1"))
    vpc = _vpc(stack)
    _, target = _database(stack, vpc)
    SecretRotation(
        stack,
        "Rotation",
        application=SecretRotationApplication.MYSQL_ROTATION_SINGLE_USER,
        secret=Secret(stack, "Secret"),
        target=target,
        vpc=vpc,
    )
    parameters = _application(template(stack))["Properties"]["Parameters"]
    assert parameters["endpoint"] == {
        "Fn::Join": ["", ["https://secretsmanager.eu-west-1.", {"Ref": "AWS::URLSuffix"}]]
    }
