"""User: properties, groups, managed policies, DefaultPolicy, grants, and imported users."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Fn, SecretValue, Stack, ValidationError
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_iam import (
    Group,
    IUser,
    ManagedPolicy,
    PolicyStatement,
    User,
    UserProps,
)
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from tests.aws_apigatewayv2.inspection import logical_id_of
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_PARTITION_ARN = {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/ReadOnlyAccess"]]}


def test_constructor_keywords_match_props() -> None:
    keywords = [p for p in inspect.signature(User.__init__).parameters if p not in ("self", "scope", "id")]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(UserProps))


def test_user_without_options_renders_no_properties(stack: Stack, template: Render) -> None:
    User(stack, "User")
    assert resources_of_type(template(stack), "AWS::IAM::User") == {
        "User00B015A1": {"Type": "AWS::IAM::User"}
    }


def test_user_renders_every_option(stack: Stack, template: Render) -> None:
    group = Group(stack, "Group")
    User(
        stack,
        "User",
        user_name="alice",
        path="/people/",
        groups=[group],
        managed_policies=[ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")],
        permissions_boundary=ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"),
    )
    assert resources_of_type(template(stack), "AWS::IAM::User")["User00B015A1"]["Properties"] == {
        "Groups": [{"Ref": "GroupC77FDACD"}],
        "ManagedPolicyArns": [_PARTITION_ARN],
        "Path": "/people/",
        "PermissionsBoundary": _PARTITION_ARN,
        "UserName": "alice",
    }


def test_add_to_group_and_group_add_user_append_groups(stack: Stack, template: Render) -> None:
    first, second = Group(stack, "First"), Group(stack, "Second")
    user = User(stack, "User", groups=[first])
    second.add_user(user)
    properties = resources_of_type(template(stack), "AWS::IAM::User")["User00B015A1"]["Properties"]
    assert properties["Groups"] == [{"Ref": logical_id_of(first)}, {"Ref": logical_id_of(second)}]


def test_add_managed_policy_adds_a_policy_once(stack: Stack, template: Render) -> None:
    user = User(stack, "User")
    policy = ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")
    user.add_managed_policy(policy)
    user.add_managed_policy(policy)
    properties = resources_of_type(template(stack), "AWS::IAM::User")["User00B015A1"]["Properties"]
    assert properties["ManagedPolicyArns"] == [_PARTITION_ARN]


def test_add_to_policy_creates_the_default_policy(stack: Stack, template: Render) -> None:
    user = User(stack, "User")
    assert user.add_to_policy(PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
    assert resources_of_type(template(stack), "AWS::IAM::Policy") == {
        "UserDefaultPolicy1F97781E": {
            "Type": "AWS::IAM::Policy",
            "Properties": {
                "PolicyDocument": {
                    "Statement": [{"Action": "sqs:SendMessage", "Effect": "Allow", "Resource": "*"}],
                    "Version": "2012-10-17",
                },
                "PolicyName": "UserDefaultPolicy1F97781E",
                "Users": [{"Ref": "User00B015A1"}],
            },
        }
    }


def test_user_is_an_arn_principal(stack: Stack) -> None:
    user = User(stack, "User")
    assert stack.resolve(user.policy_fragment.principal_json) == {
        "AWS": [{"Fn::GetAtt": ["User00B015A1", "Arn"]}]
    }
    assert user.grant_principal is user
    assert user.assume_role_action == "sts:AssumeRole"
    assert user.principal_account == stack.account
    assert stack.resolve(user.user_name) == {"Ref": "User00B015A1"}
    assert stack.resolve(user.user_arn) == {"Fn::GetAtt": ["User00B015A1", "Arn"]}


def test_grant_invoke_to_a_user_goes_to_its_default_policy(stack: Stack, template: Render) -> None:
    fn = Function(
        stack, "Fn", runtime=Runtime.PYTHON_3_12, handler="index.handler", code=Code.from_inline("x")
    )
    user = User(stack, "User")
    fn.grant_invoke(user)
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::Lambda::Permission") == {}
    policy = rendered["Resources"]["UserDefaultPolicy1F97781E"]["Properties"]
    assert policy["PolicyDocument"]["Statement"][0]["Action"] == "lambda:InvokeFunction"
    assert policy["Users"] == [{"Ref": "User00B015A1"}]


def test_from_user_name_builds_the_arn_and_names_its_policy_policy(stack: Stack, template: Render) -> None:
    user = User.from_user_name(stack, "Existing", "bob")
    user.add_to_principal_policy(PolicyStatement(actions=["s3:*"], resources=["*"]))
    assert isinstance(user, IUser)
    assert user.user_name == "bob"
    assert stack.resolve(user.user_arn) == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":user/bob"],
        ]
    }
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["Users"] == ["bob"]
    assert user.node.try_find_child("Policy") is not None


def test_from_user_arn_drops_the_path_and_takes_the_account(stack: Stack) -> None:
    user = User.from_user_arn(stack, "ByArn", "arn:aws:iam::123456789012:user/ops/carol")
    assert user.user_name == "carol"
    assert user.principal_account == "123456789012"


def test_from_user_arn_with_a_token_selects_the_name(stack: Stack) -> None:
    user = User.from_user_arn(stack, "ByArn", Fn.import_value("UserArn"))
    assert stack.resolve(user.user_name) == {
        "Fn::Select": [1, {"Fn::Split": [":user/", {"Fn::ImportValue": "UserArn"}]}]
    }


def test_imported_user_joins_a_group_with_a_user_to_group_addition(stack: Stack, template: Render) -> None:
    user = User.from_user_name(stack, "Existing", "bob")
    user.add_to_group(Group.from_group_name(stack, "Ops", "ops"))
    user.add_to_group(Group.from_group_name(stack, "Dev", "dev"))
    assert resources_of_type(template(stack), "AWS::IAM::UserToGroupAddition") == {
        "bobGroup0": {
            "Type": "AWS::IAM::UserToGroupAddition",
            "Properties": {"GroupName": "ops", "Users": ["bob"]},
        },
        "bobGroup1": {
            "Type": "AWS::IAM::UserToGroupAddition",
            "Properties": {"GroupName": "dev", "Users": ["bob"]},
        },
    }


def test_a_password_gives_the_user_a_login_profile(stack: Stack) -> None:
    User(stack, "Plain", password=SecretValue.secrets_manager("pw"), password_reset_required=True)
    users = Template.from_stack(stack).find_resources("AWS::IAM::User")
    (user,) = users.values()
    assert user["Properties"]["LoginProfile"] == {
        "Password": "{{resolve:secretsmanager:pw:SecretString:::}}",
        "PasswordResetRequired": True,
    }
    with pytest.raises(
        ValidationError, match=r"^Test/Reset: password_reset_required=True without a password"
    ):
        User(stack, "Reset", password_reset_required=True)


def test_an_imported_user_refuses_managed_policies(stack: Stack) -> None:
    user = User.from_user_name(stack, "Carol", "carol")
    with pytest.raises(ValidationError) as error:
        user.add_managed_policy(ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
    assert str(error.value) == (
        "Test/Carol: add_managed_policy(ManagedPolicy.from_aws_managed_policy_name('ReadOnlyAccess')): a managed "
        "policy cannot be attached to an imported user; attach it where the user is defined, or add statements "
        "with add_to_principal_policy instead"
    )
