"""Role: trust policy, managed and inline policies, DefaultPolicy, imported roles and grants."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations.aws_iam import (
    AccountPrincipal,
    ArnPrincipal,
    CompositePrincipal,
    ManagedPolicy,
    PolicyDocument,
    PolicyStatement,
    Role,
    RoleProps,
    ServicePrincipal,
)
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_constructor_keywords_match_props() -> None:
    import inspect

    keywords = [p for p in inspect.signature(Role.__init__).parameters if p not in ("self", "scope", "id")]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(RoleProps))


def test_role_renders_trust_policy_and_options(stack: Stack, template: Render) -> None:
    Role(
        stack,
        "R",
        assumed_by=ServicePrincipal("lambda.amazonaws.com"),
        role_name="my-role",
        path="/app/",
        max_session_duration=Duration.hours(2),
        description="d",
        permissions_boundary=ManagedPolicy.from_managed_policy_arn(stack, "PB", "arn:aws:iam::1:policy/pb"),
        inline_policies={
            "Zed": PolicyDocument(statements=[PolicyStatement(actions=["s3:*"], resources=["*"])])
        },
    )
    assert template(stack)["Resources"]["RC21A1702"]["Properties"] == {
        "AssumeRolePolicyDocument": {
            "Statement": [
                {
                    "Action": "sts:AssumeRole",
                    "Effect": "Allow",
                    "Principal": {"Service": "lambda.amazonaws.com"},
                }
            ],
            "Version": "2012-10-17",
        },
        "Description": "d",
        "MaxSessionDuration": 7200,
        "Path": "/app/",
        "PermissionsBoundary": "arn:aws:iam::1:policy/pb",
        "Policies": [
            {
                "PolicyDocument": {
                    "Statement": [{"Action": "s3:*", "Effect": "Allow", "Resource": "*"}],
                    "Version": "2012-10-17",
                },
                "PolicyName": "Zed",
            }
        ],
        "RoleName": "my-role",
    }


def test_composite_principal_gets_one_statement_each_with_external_ids(
    stack: Stack, template: Render
) -> None:
    Role(
        stack,
        "R",
        assumed_by=CompositePrincipal(ServicePrincipal("a.amazonaws.com"), ArnPrincipal("arn:x")),
        external_ids=["e1"],
    )
    statements = template(stack)["Resources"]["RC21A1702"]["Properties"]["AssumeRolePolicyDocument"][
        "Statement"
    ]
    condition = {"StringEquals": {"sts:ExternalId": "e1"}}
    assert statements == [
        {
            "Action": "sts:AssumeRole",
            "Condition": condition,
            "Effect": "Allow",
            "Principal": {"Service": "a.amazonaws.com"},
        },
        {
            "Action": "sts:AssumeRole",
            "Condition": condition,
            "Effect": "Allow",
            "Principal": {"AWS": "arn:x"},
        },
    ]


def test_add_to_policy_creates_default_policy_named_after_its_logical_id(
    stack: Stack, template: Render
) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s.amazonaws.com"))
    role.add_to_policy(PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
    assert template(stack)["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"] == {
        "PolicyDocument": {
            "Statement": [{"Action": "sqs:SendMessage", "Effect": "Allow", "Resource": "*"}],
            "Version": "2012-10-17",
        },
        "PolicyName": "RoleDefaultPolicy5FFB7DAB",
        "Roles": [{"Ref": "Role1ABCC5F0"}],
    }


def test_managed_policies_are_attached_once(stack: Stack, template: Render) -> None:
    policy = ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"), managed_policies=[policy])
    role.add_managed_policy(policy)
    assert template(stack)["Resources"]["Role1ABCC5F0"]["Properties"]["ManagedPolicyArns"] == [
        {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/ReadOnlyAccess"]]}
    ]


def test_grant_pass_role_and_assume_role(stack: Stack, template: Render) -> None:
    target = Role(stack, "Target", assumed_by=ServicePrincipal("s"))
    user = Role(stack, "User", assumed_by=ServicePrincipal("s"))
    target.grant_pass_role(user)
    target.grant_assume_role(user)
    statements = template(stack)["Resources"]["UserDefaultPolicy1F97781E"]["Properties"]["PolicyDocument"][
        "Statement"
    ]
    assert [s["Action"] for s in statements] == ["iam:PassRole", "sts:AssumeRole"]
    assert statements[0]["Resource"] == {"Fn::GetAtt": ["Target3191CF44", "Arn"]}


def test_grant_assume_role_rejects_service_principals(stack: Stack) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"))
    with pytest.raises(ValidationError) as error:
        role.grant_assume_role(ServicePrincipal("x.amazonaws.com"))
    assert str(error.value) == (
        "Test/Role: grantee=ServicePrincipal(x.amazonaws.com) cannot be granted sts:AssumeRole; "
        "put service and account principals in assumed_by instead"
    )


def test_grant_assume_role_rejects_account_principals(stack: Stack) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"))
    with pytest.raises(ValidationError) as error:
        role.grant_assume_role(AccountPrincipal("123456789012"))
    assert "grantee=AccountPrincipal(123456789012) cannot be granted sts:AssumeRole" in str(error.value)


def test_role_name_is_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Role(stack, "Role", assumed_by=ServicePrincipal("s"), role_name="bad name")
    assert str(error.value) == (
        "Test/Role: role_name='bad name' is not a valid role name; use 1 to 64 letters, digits or the "
        "characters _+=,.@-"
    )


def test_max_session_duration_is_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Role(stack, "Role", assumed_by=ServicePrincipal("s"), max_session_duration=Duration.minutes(30))
    assert str(error.value) == (
        "Test/Role: max_session_duration=Duration.minutes(30) is out of range; use 1 to 12 hours"
    )


def test_description_length_is_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Role(stack, "Role", assumed_by=ServicePrincipal("s"), description="x" * 1001)
    assert (
        str(error.value)
        == "Test/Role: description='xxxxxxxxxxxxxxxxxxxx...' is 1001 characters long; use at most 1000"
    )


def test_inline_policy_with_principal_fails_at_synth(stack: Stack, template: Render) -> None:
    document = PolicyDocument(
        statements=[PolicyStatement(actions=["s3:a"], resources=["*"], principals=[ServicePrincipal("s")])]
    )
    Role(stack, "Role", assumed_by=ServicePrincipal("s"), inline_policies={"P": document})
    with pytest.raises(Exception) as error:
        template(stack)
    assert (
        "Test/Role: inline policy 'P': statement names principals, which identity policies cannot; "
        "drop principals=[...]"
    ) in str(error.value)


def test_imported_role_gets_a_policy_by_name(stack: Stack, template: Render) -> None:
    role = Role.from_role_arn(stack, "Imp", "arn:aws:iam::123456789012:role/path/imported")
    role.add_to_principal_policy(PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    assert role.role_name == "imported"
    assert template(stack)["Resources"]["ImpPolicy7A6E815A"]["Properties"]["Roles"] == ["imported"]


def test_immutable_imported_role_adds_nothing(stack: Stack, template: Render) -> None:
    role = Role.from_role_arn(stack, "Imp", "arn:aws:iam::123456789012:role/imported", mutable=False)
    assert role.add_to_principal_policy(PolicyStatement(actions=["s3:a"], resources=["*"])).statement_added
    assert resources_of_type(template(stack), "AWS::IAM::Policy") == {}


def test_add_grants_to_resources_needs_an_immutable_role(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Role.from_role_arn(stack, "Imp", "arn:aws:iam::1:role/r", add_grants_to_resources=True)
    assert str(error.value) == (
        "Test: add_grants_to_resources=True needs an immutable role; pass mutable=False as well"
    )


def test_an_imported_role_takes_a_managed_policy_of_the_app_and_warns_on_an_imported_one(
    stack: Stack,
) -> None:
    from apigwv2_integrations.assertions import Annotations, Template

    role = Role.from_role_arn(stack, "Existing", "arn:aws:iam::111111111111:role/existing")
    role.add_managed_policy(
        ManagedPolicy(stack, "Own", statements=[PolicyStatement(actions=["s3:GetObject"], resources=["*"])])
    )
    role.add_managed_policy(
        ManagedPolicy.from_managed_policy_arn(stack, "Aws", "arn:aws:iam::aws:policy/ReadOnlyAccess")
    )
    (own,) = Template.from_stack(stack).find_resources("AWS::IAM::ManagedPolicy").values()
    assert own["Properties"]["Roles"] == ["existing"]
    Annotations.from_stack(stack).has_warning(
        "/Test/Existing",
        "Can't combine imported IManagedPolicy: arn:aws:iam::aws:policy/ReadOnlyAccess to imported role IRole: "
        "existing. Use ManagedPolicy directly. [ack: @aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy]",
    )


def test_one_managed_policy_arn_is_listed_once_however_many_objects_stand_for_it(stack: Stack) -> None:
    from apigwv2_integrations.assertions import Template

    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    role.add_managed_policy(ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
    role.add_managed_policy(ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
    role.add_managed_policy(ManagedPolicy.from_managed_policy_arn(stack, "A", "arn:aws:iam::aws:policy/Y"))
    role.add_managed_policy(ManagedPolicy.from_managed_policy_arn(stack, "B", "arn:aws:iam::aws:policy/Y"))
    (rendered,) = Template.from_stack(stack).find_resources("AWS::IAM::Role").values()
    assert rendered["Properties"]["ManagedPolicyArns"] == [
        {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/ReadOnlyAccess"]]},
        "arn:aws:iam::aws:policy/Y",
    ]
