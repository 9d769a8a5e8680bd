"""RotationSchedule and HostedRotation: schedules, grants to the rotation function, the Lambda permission,
the deny-delete policy, the hosted-rotation transform, VPC settings and every error."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack, Token
from apigwv2_integrations.aws_ec2 import Port, SecurityGroup, SubnetType, Vpc
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.aws_secretsmanager import (
    HostedRotation,
    HostedRotationType,
    MultiUserHostedRotationOptions,
    RotationSchedule,
    RotationScheduleOptions,
    RotationScheduleProps,
    Secret,
    SingleUserHostedRotationOptions,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import logical_id_of, properties_of, resource_of
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

_DEFAULT_EXCLUDE = " %+~`#$&*()|[]{}:;<>?!'/@\"\\"
_ROTATION_ACTIONS = [
    "secretsmanager:DescribeSecret",
    "secretsmanager:GetSecretValue",
    "secretsmanager:PutSecretValue",
    "secretsmanager:UpdateSecretVersionStage",
]
_DENY_DELETE = {
    "Action": "secretsmanager:DeleteSecret",
    "Effect": "Deny",
    "Principal": {
        "AWS": {
            "Fn::Join": [
                "",
                ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":root"],
            ]
        }
    },
    "Resource": "*",
}


def _function(stack: Stack) -> Function:
    return Function(
        stack,
        "Rotator",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return None\n"),
    )


def _role_statements(rendered: dict[str, Any]) -> list[Any]:
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    statements: list[Any] = policy["Properties"]["PolicyDocument"]["Statement"]
    return statements


def _schedule_error(stack: Stack, **options: Any) -> str:
    with pytest.raises(ValidationError) as error:
        Secret(stack, "Secret").add_rotation_schedule("Rotation", **options)
    return str(error.value)


def test_rotation_schedule_keywords_match_props_fields() -> None:
    keywords = [
        p for p in inspect.signature(RotationSchedule.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(RotationScheduleProps))


def test_add_rotation_schedule_keywords_match_options_fields() -> None:
    keywords = [
        p for p in inspect.signature(Secret.add_rotation_schedule).parameters if p not in ("self", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(RotationScheduleOptions))


def test_hosted_rotation_factories_take_the_options_fields() -> None:
    single = {f.name for f in attrs.fields(SingleUserHostedRotationOptions)}
    multi = {f.name for f in attrs.fields(MultiUserHostedRotationOptions)}
    assert set(inspect.signature(HostedRotation.mysql_single_user).parameters) == single
    assert set(inspect.signature(HostedRotation.sql_server_multi_user).parameters) == multi


def test_rotation_with_a_function_renders_a_30_day_rate_after_the_permission(
    stack: Stack, template: Render
) -> None:
    function = _function(stack)
    secret = Secret(stack, "Secret")
    schedule = secret.add_rotation_schedule("Rotation", rotation_lambda=function)
    rendered = template(stack)
    (permission_id,) = resources_of_type(rendered, "AWS::Lambda::Permission")
    assert resource_of(schedule) == {
        "Type": "AWS::SecretsManager::RotationSchedule",
        "Properties": {
            "RotationLambdaARN": {"Fn::GetAtt": [logical_id_of(function.node.default_child), "Arn"]},
            "RotationRules": {"ScheduleExpression": "rate(30 days)"},
            "SecretId": {"Ref": logical_id_of(secret.node.default_child)},
        },
        "DependsOn": [permission_id],
    }
    assert rendered["Resources"][permission_id]["Properties"]["Principal"] == "secretsmanager.amazonaws.com"
    assert "Transform" not in rendered
    assert_cfn_lint_clean(rendered)


def test_rotation_function_may_rotate_the_secret_and_generate_passwords(
    stack: Stack, template: Render
) -> None:
    function = _function(stack)
    secret = Secret(stack, "Secret")
    secret.add_rotation_schedule("Rotation", rotation_lambda=function)
    assert _role_statements(template(stack)) == [
        {
            "Action": _ROTATION_ACTIONS,
            "Effect": "Allow",
            "Resource": {"Ref": logical_id_of(secret.node.default_child)},
        },
        {"Action": "secretsmanager:GetRandomPassword", "Effect": "Allow", "Resource": "*"},
    ]


def test_rotation_of_a_secret_imported_by_name_grants_any_suffix(stack: Stack, template: Render) -> None:
    function = _function(stack)
    Secret.from_secret_name_v2(stack, "Imported", "shared/key").add_rotation_schedule(
        "Rotation", rotation_lambda=function, automatically_after=Duration.days(7)
    )
    rendered = template(stack)
    (schedule,) = resources_of_type(rendered, "AWS::SecretsManager::RotationSchedule").values()
    assert schedule["Properties"]["RotationRules"] == {"ScheduleExpression": "rate(7 days)"}
    resource = _role_statements(rendered)[0]["Resource"]
    assert resource["Fn::Join"][1][-1] == ":secret:shared/key-??????"
    assert resources_of_type(rendered, "AWS::SecretsManager::ResourcePolicy") == {}


def test_rotation_of_an_encrypted_secret_lets_the_function_use_the_key(
    stack: Stack, template: Render
) -> None:
    function = _function(stack)
    key = Key(stack, "Key")
    secret = Secret(stack, "Secret", encryption_key=key)
    secret.add_rotation_schedule("Rotation", rotation_lambda=function)
    statements = properties_of(key)["KeyPolicy"]["Statement"]
    assert statements[-1] == {
        "Action": ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
        "Condition": {
            "StringEquals": {
                "kms:ViaService": {
                    "Fn::Join": ["", ["secretsmanager.", {"Ref": "AWS::Region"}, ".amazonaws.com"]]
                }
            }
        },
        "Effect": "Allow",
        "Principal": {"AWS": {"Fn::GetAtt": [logical_id_of(function.role.node.default_child), "Arn"]}},  # type: ignore[union-attr]
        "Resource": "*",
    }
    assert_cfn_lint_clean(template(stack))


def test_rotating_a_secret_denies_the_account_deleting_it(stack: Stack) -> None:
    secret = Secret(stack, "Secret")
    secret.add_rotation_schedule("Rotation", rotation_lambda=_function(stack))
    assert secret.policy is not None
    assert properties_of(secret.policy)["ResourcePolicy"]["Statement"] == [_DENY_DELETE]


def test_rotation_schedule_renders_rotate_immediately_on_update(stack: Stack) -> None:
    schedule = RotationSchedule(
        stack,
        "Rotation",
        secret=Secret(stack, "Secret"),
        rotation_lambda=_function(stack),
        rotate_immediately_on_update=False,
    )
    assert properties_of(schedule)["RotateImmediatelyOnUpdate"] is False


@pytest.mark.parametrize(
    ("interval", "expression"),
    [
        (Duration.hours(4), "rate(4 hours)"),
        (Duration.minutes(240), "rate(4 hours)"),
        (Duration.minutes(241), "rate(241 minutes)"),
        (Duration.hours(25), "rate(25 hours)"),
        (Duration.hours(48), "rate(2 days)"),
        (Duration.days(1), "rate(1 day)"),
        (Duration.days(1000), "rate(1000 days)"),
    ],
)
def test_intervals_render_in_their_largest_whole_unit(
    stack: Stack, interval: Duration, expression: str
) -> None:
    schedule = Secret(stack, "Secret").add_rotation_schedule(
        "Rotation", rotation_lambda=_function(stack), automatically_after=interval
    )
    assert properties_of(schedule)["RotationRules"] == {"ScheduleExpression": expression}


def test_a_zero_interval_turns_automatic_rotation_off(stack: Stack) -> None:
    schedule = Secret(stack, "Secret").add_rotation_schedule(
        "Rotation", rotation_lambda=_function(stack), automatically_after=Duration.days(0)
    )
    assert "RotationRules" not in properties_of(schedule)


def test_single_user_hosted_rotation_adds_the_transform_and_default_exclusions(
    stack: Stack, template: Render
) -> None:
    secret = Secret(stack, "Secret")
    schedule = secret.add_rotation_schedule("Rotation", hosted_rotation=HostedRotation.mysql_single_user())
    assert properties_of(schedule) == {
        "HostedRotationLambda": {"ExcludeCharacters": _DEFAULT_EXCLUDE, "RotationType": "MySQLSingleUser"},
        "RotationRules": {"ScheduleExpression": "rate(30 days)"},
        "SecretId": {"Ref": logical_id_of(secret.node.default_child)},
    }
    assert "DependsOn" not in resource_of(schedule)
    rendered = template(stack)
    assert rendered["Transform"] == "AWS::SecretsManager-2024-09-16"
    assert secret.policy is not None
    assert properties_of(secret.policy)["ResourcePolicy"]["Statement"] == [_DENY_DELETE]
    assert_cfn_lint_clean(rendered)


def test_multi_user_hosted_rotation_names_the_master_secret_and_keys(stack: Stack) -> None:
    key = Key(stack, "Key")
    master = Secret(stack, "Master", encryption_key=key)
    secret = Secret(stack, "Secret", encryption_key=key)
    schedule = secret.add_rotation_schedule(
        "Rotation",
        hosted_rotation=HostedRotation.postgre_sql_multi_user(
            master_secret=master, exclude_characters="!", function_name="pg-rotator"
        ),
    )
    key_arn = {"Fn::GetAtt": [logical_id_of(key.node.default_child), "Arn"]}
    assert properties_of(schedule)["HostedRotationLambda"] == {
        "ExcludeCharacters": "!",
        "KmsKeyArn": key_arn,
        "MasterSecretArn": {"Ref": logical_id_of(master.node.default_child)},
        "MasterSecretKmsKeyArn": key_arn,
        "RotationLambdaName": "pg-rotator",
        "RotationType": "PostgreSQLMultiUser",
    }
    assert master.policy is not None
    assert properties_of(master.policy)["ResourcePolicy"]["Statement"] == [_DENY_DELETE]


def test_hosted_rotation_in_a_vpc_gets_a_security_group_and_connections(
    stack: Stack, template: Render
) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
    hosted = HostedRotation.mongo_db_single_user(vpc=vpc)
    schedule = Secret(stack, "Secret").add_rotation_schedule("Rotation", hosted_rotation=hosted)
    group = schedule.node.find_child("SecurityGroup")
    assert isinstance(group, SecurityGroup)
    lambda_settings = properties_of(schedule)["HostedRotationLambda"]
    assert lambda_settings["VpcSecurityGroupIds"] == {
        "Fn::GetAtt": [logical_id_of(group.node.default_child), "GroupId"]
    }
    subnet_ids = [stack.resolve(s.subnet_id) for s in vpc.private_subnets]
    assert lambda_settings["VpcSubnetIds"] == {"Fn::Join": ["", [subnet_ids[0], ",", subnet_ids[1]]]}
    database = SecurityGroup(stack, "Database", vpc=vpc)
    database.connections.allow_from(hosted, Port.tcp(27017))
    rendered = template(stack)
    (ingress,) = resources_of_type(rendered, "AWS::EC2::SecurityGroupIngress").values()
    assert ingress["Properties"]["SourceSecurityGroupId"] == {
        "Fn::GetAtt": [logical_id_of(group.node.default_child), "GroupId"]
    }
    assert_cfn_lint_clean(rendered)


def test_hosted_rotation_uses_given_groups_and_subnets(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
    groups = [SecurityGroup(stack, "A", vpc=vpc), SecurityGroup(stack, "B", vpc=vpc)]
    hosted = HostedRotation.sql_server_multi_user(
        master_secret=Secret(stack, "Master"),
        vpc=vpc,
        security_groups=groups,
        vpc_subnets={"subnet_type": SubnetType.PUBLIC},
    )
    schedule = Secret(stack, "Secret").add_rotation_schedule("Rotation", hosted_rotation=hosted)
    assert schedule.node.try_find_child("SecurityGroup") is None
    assert list(hosted.connections.security_groups) == groups
    group_ids = [{"Fn::GetAtt": [logical_id_of(g.node.default_child), "GroupId"]} for g in groups]
    public_ids = [stack.resolve(s.subnet_id) for s in vpc.public_subnets]
    assert properties_of(schedule)["HostedRotationLambda"]["VpcSecurityGroupIds"] == {
        "Fn::Join": ["", [group_ids[0], ",", group_ids[1]]]
    }
    assert properties_of(schedule)["HostedRotationLambda"]["VpcSubnetIds"] == {
        "Fn::Join": ["", [public_ids[0], ",", public_ids[1]]]
    }


def test_hosted_rotation_types_name_their_rotation() -> None:
    assert HostedRotationType.SQLSERVER_MULTI_USER.name == "SQLServerMultiUser"
    assert HostedRotationType.SQLSERVER_MULTI_USER.is_multi_user is True
    assert HostedRotationType.MARIADB_SINGLE_USER.name == "MariaDBSingleUser"
    assert HostedRotationType.MARIADB_SINGLE_USER.is_multi_user is None
    assert repr(HostedRotationType.REDSHIFT_SINGLE_USER) == "HostedRotationType.REDSHIFT_SINGLE_USER"
    assert repr(HostedRotation.oracle_single_user()) == "HostedRotation.oracle_single_user(...)"


def test_rotation_needs_a_function_or_a_hosted_rotation(stack: Stack) -> None:
    assert _schedule_error(stack) == (
        "Test/Secret/Rotation: neither rotation_lambda nor hosted_rotation is set; set exactly one"
    )


def test_rotation_takes_only_one_of_function_and_hosted_rotation(stack: Stack) -> None:
    message = _schedule_error(
        stack, rotation_lambda=_function(stack), hosted_rotation=HostedRotation.mysql_single_user()
    )
    assert (
        message == "Test/Secret/Rotation: rotation_lambda and hosted_rotation are both set; set exactly one"
    )


def test_interval_longer_than_1000_days_is_rejected(stack: Stack) -> None:
    message = _schedule_error(
        stack, rotation_lambda=_function(stack), automatically_after=Duration.days(1001)
    )
    assert message == (
        "Test/Secret/Rotation: automatically_after=Duration.days(1001) is longer than 1000 days; "
        "use 4 hours to 1000 days, or Duration.days(0) to turn automatic rotation off"
    )


def test_interval_shorter_than_4_hours_is_rejected(stack: Stack) -> None:
    message = _schedule_error(
        stack, rotation_lambda=_function(stack), automatically_after=Duration.minutes(30)
    )
    assert message == (
        "Test/Secret/Rotation: automatically_after=Duration.minutes(30) is shorter than 4 hours; "
        "use 4 hours to 1000 days, or Duration.days(0) to turn automatic rotation off"
    )


def test_interval_of_part_minutes_is_rejected(stack: Stack) -> None:
    message = _schedule_error(
        stack, rotation_lambda=_function(stack), automatically_after=Duration.seconds(4 * 3600 + 30)
    )
    assert message == (
        "Test/Secret/Rotation: automatically_after=Duration.seconds(14430) is not a whole number of minutes; "
        "use whole minutes, hours or days"
    )


def test_interval_that_is_a_token_is_rejected(stack: Stack) -> None:
    interval = Duration.millis(Token.as_number({"Ref": "Interval"}))
    message = _schedule_error(stack, rotation_lambda=_function(stack), automatically_after=interval)
    assert message == (
        "Test/Secret/Rotation: automatically_after is a token; give a known interval "
        "(use 4 hours to 1000 days, or Duration.days(0) to turn automatic rotation off)"
    )


def test_hosted_rotation_security_groups_need_a_vpc(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, restrict_default_security_group=False)
    hosted = HostedRotation.mysql_single_user(security_groups=[SecurityGroup(stack, "Group", vpc=vpc)])
    message = _schedule_error(stack, hosted_rotation=hosted)
    assert message == (
        "Test/Secret/Rotation: hosted_rotation sets security_groups without vpc; "
        "set vpc as well (the VPC of the groups)"
    )


def test_hosted_rotation_outside_a_vpc_has_no_connections(stack: Stack) -> None:
    hosted = HostedRotation.mysql_single_user()
    Secret(stack, "Secret").add_rotation_schedule("Rotation", hosted_rotation=hosted)
    with pytest.raises(ValidationError) as error:
        _ = hosted.connections
    assert str(error.value) == (
        "HostedRotation.mysql_single_user(...).connections: the hosted rotation has no network connections; "
        "pass vpc to its factory and add it to a secret with add_rotation_schedule before using them"
    )


def test_imported_function_gets_no_permission_and_no_grants(stack: Stack, template: Render) -> None:
    key = Key(stack, "Key")
    function = Function.from_function_attributes(
        stack, "Imported", function_arn="arn:aws:lambda:us-east-1:123456789012:function:rotator"
    )
    schedule = Secret(stack, "Secret", encryption_key=key).add_rotation_schedule(
        "Rotation", rotation_lambda=function
    )
    rendered = template(stack)
    assert (
        properties_of(schedule)["RotationLambdaARN"]
        == "arn:aws:lambda:us-east-1:123456789012:function:rotator"
    )
    assert "DependsOn" not in resource_of(schedule)
    assert resources_of_type(rendered, "AWS::Lambda::Permission") == {}
    assert len(properties_of(key)["KeyPolicy"]["Statement"]) == 3
