"""FunctionBase: add_permission and grant_invoke (permissions, role policies and their rules)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Annotations as CoreAnnotations
from apigwv2_integrations import App, Construct, Environment, Stack, ValidationError
from apigwv2_integrations.assertions import Annotations, Match, Template
from apigwv2_integrations.aws_iam import (
    AccountPrincipal,
    AccountRootPrincipal,
    AnyPrincipal,
    ArnPrincipal,
    CompositePrincipal,
    OrganizationPrincipal,
    Role,
    ServicePrincipal,
)
from apigwv2_integrations.aws_lambda import Code, Function, FunctionUrlAuthType, Runtime
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
FN_ARN = {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}


def _function(stack: Stack, id: str = "Fn") -> Function:
    return Function(
        stack, id, runtime=Runtime.NODEJS_22_X, handler="index.handler", code=Code.from_inline("x")
    )


def test_add_permission_renders_under_the_function(stack: Stack, template: Render) -> None:
    _function(stack).add_permission(
        "S3Invoke",
        principal=ServicePrincipal("s3.amazonaws.com"),
        source_account="123456789012",
        source_arn="arn:aws:s3:::bucket",
    )
    assert template(stack)["Resources"]["FnS3Invoke434FFAED"]["Properties"] == {
        "Action": "lambda:InvokeFunction",
        "FunctionName": FN_ARN,
        "Principal": "s3.amazonaws.com",
        "SourceAccount": "123456789012",
        "SourceArn": "arn:aws:s3:::bucket",
    }


def test_add_permission_with_scope_creates_it_there(stack: Stack, template: Render) -> None:
    scope = Construct(stack, "Scope")
    _function(stack).add_permission(
        "P1",
        principal=ServicePrincipal("sns.amazonaws.com"),
        scope=scope,
        action="lambda:InvokeFunctionUrl",
        function_url_auth_type=FunctionUrlAuthType.NONE,
    )
    assert template(stack)["Resources"]["ScopeP1AE0B4D65"]["Properties"] == {
        "Action": "lambda:InvokeFunctionUrl",
        "FunctionName": FN_ARN,
        "FunctionUrlAuthType": "NONE",
        "Principal": "sns.amazonaws.com",
    }


@pytest.mark.parametrize(
    ("principal", "expected"),
    [
        (AccountPrincipal("111111111111"), {"Principal": "111111111111"}),
        (ArnPrincipal("arn:aws:iam::1:role/x"), {"Principal": "arn:aws:iam::1:role/x"}),
        (OrganizationPrincipal("o-1234567890"), {"Principal": "*", "PrincipalOrgID": "o-1234567890"}),
        (
            ServicePrincipal(
                "s3.amazonaws.com", conditions={"ArnLike": {"aws:SourceArn": "arn:aws:s3:::bucket"}}
            ),
            {"Principal": "s3.amazonaws.com", "SourceArn": "arn:aws:s3:::bucket"},
        ),
        (
            ArnPrincipal("arn:aws:iam::1:role/x").with_conditions(
                {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::b"}}
            ),
            {"Principal": "arn:aws:iam::1:role/x", "SourceArn": "arn:aws:s3:::b"},
        ),
        (
            ServicePrincipal("s3.amazonaws.com").with_conditions(
                {
                    "StringEquals": {"aws:SourceAccount": "111122223333"},
                    "ArnLike": {"aws:SourceArn": "arn:aws:s3:::b"},
                }
            ),
            {"Principal": "s3.amazonaws.com", "SourceAccount": "111122223333", "SourceArn": "arn:aws:s3:::b"},
        ),
    ],
)
def test_permission_principal_kinds(
    stack: Stack, template: Render, principal: Any, expected: dict[str, Any]
) -> None:
    _function(stack).add_permission("P", principal=principal)
    (permission,) = resources_of_type(template(stack), "AWS::Lambda::Permission").values()
    properties = permission["Properties"]
    assert {k: v for k, v in properties.items() if k not in ("Action", "FunctionName")} == expected


def test_composite_principal_cannot_be_a_permission(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack).add_permission("P", principal=CompositePrincipal(ServicePrincipal("a")))
    assert str(error.value) == (
        "Test/Fn: principal=CompositePrincipal(ServicePrincipal(a)) cannot be used in a Lambda permission; "
        "use an AccountPrincipal, ArnPrincipal, ServicePrincipal or OrganizationPrincipal"
    )


def test_unsupported_principal_conditions_are_rejected(stack: Stack) -> None:
    principal = ServicePrincipal("s", conditions={"StringLike": {"aws:SourceVpc": "v"}})
    with pytest.raises(ValidationError) as error:
        _function(stack).add_permission("P", principal=principal)
    assert str(error.value) == (
        "Test/Fn: principal=ServicePrincipal(s) has conditions a Lambda permission cannot express "
        "(StringLike aws:SourceVpc); use only ArnLike aws:SourceArn, StringEquals aws:SourceAccount or "
        "StringEquals aws:PrincipalOrgID"
    )


def test_unsupported_conditions_are_named_before_the_kind_of_principal(stack: Stack) -> None:
    principal = AccountPrincipal("111122223333").with_conditions({"StringEquals": {"aws:SourceVpc": "vpc-1"}})
    with pytest.raises(ValidationError) as error:
        _function(stack).grant_invoke(principal)
    assert str(error.value) == (
        "Test/Fn: principal=AccountPrincipal(111122223333) has conditions a Lambda permission cannot express "
        "(StringEquals aws:SourceVpc); use only ArnLike aws:SourceArn, StringEquals aws:SourceAccount or "
        "StringEquals aws:PrincipalOrgID"
    )


def test_grant_invoke_to_a_service_creates_a_hashed_permission(stack: Stack, template: Render) -> None:
    function = _function(stack)
    first = function.grant_invoke(ServicePrincipal("events.amazonaws.com"))
    assert function.grant_invoke(ServicePrincipal("events.amazonaws.com")) is first
    permissions = resources_of_type(template(stack), "AWS::Lambda::Permission")
    assert list(permissions) == ["FnInvoke1fBIBwkGKTIwSRmFV8O1yjU9AKdA1Znl7HToNrxfAB9616757"]


def test_grant_invoke_to_account_root_creates_a_permission(stack: Stack, template: Render) -> None:
    _function(stack).grant_invoke(AccountRootPrincipal())
    (permission,) = resources_of_type(template(stack), "AWS::Lambda::Permission").values()
    assert permission["Properties"]["Principal"] == {"Ref": "AWS::AccountId"}


def test_grant_invoke_to_a_role_adds_to_its_policy(stack: Stack, template: Render) -> None:
    role = Role(stack, "Caller", assumed_by=AnyPrincipal())
    _function(stack).grant_invoke(role)
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::Lambda::Permission") == {}
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    statement = policy["Properties"]["PolicyDocument"]["Statement"][0]
    assert statement["Resource"] == [FN_ARN, {"Fn::Join": ["", [FN_ARN, ":*"]]}]


def test_grant_invoke_on_a_foreign_imported_function_fails(stack: Stack) -> None:
    imported = Function.from_function_arn(stack, "Imp", "arn:aws:lambda:us-east-1:123456789012:function:f")
    with pytest.raises(ValidationError) as error:
        imported.grant_invoke(ServicePrincipal("events.amazonaws.com"))
    assert str(error.value) == (
        "Test/Imp: cannot add a permission to this function: it is imported or a $LATEST version; pass "
        "same_environment=True to from_function_attributes() when it is in this account, or "
        "skip_permissions=True when it already has the permissions it needs"
    )


def test_same_environment_imported_function_takes_permissions(stack: Stack, template: Render) -> None:
    imported = Function.from_function_attributes(
        stack, "Imp", function_arn="arn:aws:lambda:us-east-1:123456789012:function:f", same_environment=True
    )
    imported.add_permission("IP", principal=ServicePrincipal("sns.amazonaws.com"))
    assert template(stack)["Resources"]["ImpIP931FF7F5"]["Properties"]["FunctionName"] == (
        "arn:aws:lambda:us-east-1:123456789012:function:f"
    )


def test_function_imported_by_name_takes_permissions(stack: Stack, template: Render) -> None:
    imported = Function.from_function_name(stack, "Imp", "local-fn")
    imported.grant_invoke(ServicePrincipal("apigateway.amazonaws.com"))
    (permission,) = resources_of_type(template(stack), "AWS::Lambda::Permission").values()
    assert permission["Properties"] == {
        "Action": "lambda:InvokeFunction",
        "FunctionName": {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":lambda:",
                    {"Ref": "AWS::Region"},
                    ":",
                    {"Ref": "AWS::AccountId"},
                    ":function:local-fn",
                ],
            ]
        },
        "Principal": "apigateway.amazonaws.com",
    }


_SKIPPED_PERMISSION = (
    "addPermission() has no effect on a Lambda Function with region=us-east-1, account=123456789012, in a "
    "Stack with region=eu-west-1, account=111111111111. Suppress this warning if this is intentional, or "
    "pass sameEnvironment=true to fromFunctionAttributes() if you would like to add the permissions. "
    "[ack: UnclearLambdaEnvironment]"
)


def _stack_in_another_environment(app: App) -> Stack:
    return Stack(app, "Other", env=Environment(account="111111111111", region="eu-west-1"))


def _warnings(stack: Stack) -> list[tuple[str, Any]]:
    return [(w.id, w.entry.data) for w in Annotations.from_stack(stack).find_warning("*", Match.any_value())]


def test_permission_on_a_function_of_another_environment_is_skipped_with_a_warning(
    app: App, template: Render
) -> None:
    stack = _stack_in_another_environment(app)
    imported = Function.from_function_arn(stack, "Imp", "arn:aws:lambda:us-east-1:123456789012:function:f")
    imported.add_permission("P", principal=ServicePrincipal("events.amazonaws.com"))
    assert resources_of_type(template(stack), "AWS::Lambda::Permission") == {}
    assert _warnings(stack) == [("/Other/Imp", _SKIPPED_PERMISSION)]


def test_skipped_permission_warning_can_be_acknowledged(app: App) -> None:
    stack = _stack_in_another_environment(app)
    imported = Function.from_function_arn(stack, "Imp", "arn:aws:lambda:us-east-1:123456789012:function:f")
    imported.add_permission("P", principal=ServicePrincipal("events.amazonaws.com"))
    CoreAnnotations.of(imported).acknowledge_warning("UnclearLambdaEnvironment")
    assert _warnings(stack) == []


def test_skip_permissions_skips_the_warning_too(app: App) -> None:
    stack = _stack_in_another_environment(app)
    imported = Function.from_function_attributes(
        stack, "Imp", function_arn="arn:aws:lambda:us-east-1:123456789012:function:f", skip_permissions=True
    )
    imported.add_permission("P", principal=ServicePrincipal("events.amazonaws.com"))
    assert _warnings(stack) == []


def test_permission_on_the_latest_version_is_skipped_with_a_warning(app: App, template: Render) -> None:
    stack = Stack(app, "Here", env=Environment(account="111111111111", region="eu-west-1"))
    _function(stack).latest_version.add_permission("P", principal=ServicePrincipal("events.amazonaws.com"))
    assert resources_of_type(template(stack), "AWS::Lambda::Permission") == {}
    assert _warnings(stack) == [
        (
            "/Here/Fn/$LATEST",
            "addPermission() has no effect on a Lambda Function with region=eu-west-1, account=111111111111, in "
            "a Stack with region=eu-west-1, account=111111111111. Suppress this warning if this is "
            "intentional, or pass sameEnvironment=true to fromFunctionAttributes() if you would like to add "
            "the permissions. [ack: UnclearLambdaEnvironment]",
        )
    ]


def test_skip_permissions_lets_grants_succeed_silently(stack: Stack, template: Render) -> None:
    imported = Function.from_function_attributes(
        stack, "Imp", function_arn="arn:aws:lambda:us-east-1:123456789012:function:f", skip_permissions=True
    )
    assert imported.grant_invoke(ServicePrincipal("events.amazonaws.com")).success
    assert resources_of_type(template(stack), "AWS::Lambda::Permission") == {}


def test_version_grants_name_the_version_or_latest(stack: Stack) -> None:
    fn = Function(
        stack, "Fn", runtime=Runtime.NODEJS_22_X, handler="index.handler", code=Code.from_inline("x")
    )
    role = Role(stack, "Role", assumed_by=ServicePrincipal("ec2.amazonaws.com"))
    fn.grant_invoke_version(role, fn.current_version)
    fn.grant_invoke_latest_version(role)
    fn.grant_invoke_latest_version(ServicePrincipal("sns.amazonaws.com"))
    rendered = Template.from_stack(stack).to_json()["Resources"]
    statements = rendered["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"]["Statement"]
    assert statements[1]["Resource"] == [
        {"Fn::Join": ["", [{"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}, ":$LATEST"]]},
        {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
    ]
    # The permission's id hashes the principal and `$LATEST`, as aws-cdk-lib's does.
    assert "FnInvokepbrYn4iyatWyUIsY1GMG5VZE04xEX61zseIY2fvddwAD2DAAE1" in rendered


def test_an_invoke_grant_on_the_latest_version_covers_latest_alone(stack: Stack) -> None:
    # As aws-cdk-lib: `$LATEST` is a qualified ARN, so no `:*` of versions and aliases is added.
    fn = _function(stack)
    role = Role(stack, "Role", assumed_by=ServicePrincipal("ec2.amazonaws.com"))
    fn.latest_version.grant_invoke(role)
    rendered = Template.from_stack(stack).to_json()["Resources"]
    statements = rendered["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"]["Statement"]
    assert statements == [
        {
            "Action": "lambda:InvokeFunction",
            "Effect": "Allow",
            "Resource": {"Fn::Join": ["", [{"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}, ":$LATEST"]]},
        }
    ]


def _qualifier_warnings(stack: Stack) -> list[str]:
    """The construct paths that carry the warning about permissions and qualified calls."""
    found = Annotations.from_stack(stack).find_warning(
        "*", Match.string_like_regexp("AWS Lambda has changed their authorization strategy")
    )
    return [warning.id for warning in found]


def test_invoke_permission_warns_when_the_function_has_a_current_version(stack: Stack) -> None:
    fn = _function(stack)
    fn.current_version  # noqa: B018 - reading it makes the version
    fn.add_permission("Invoke", principal=ServicePrincipal("s3.amazonaws.com"))
    assert _qualifier_warnings(stack) == ["/Test/Fn"]


def test_invoke_permission_under_another_scope_does_not_warn_about_the_functions_version(
    stack: Stack,
) -> None:
    fn = _function(stack)
    fn.current_version  # noqa: B018 - reading it makes the version
    fn.add_permission(
        "Invoke", principal=ServicePrincipal("s3.amazonaws.com"), scope=Construct(stack, "Other")
    )
    assert _qualifier_warnings(stack) == []


def test_invoke_permission_warns_on_a_scope_that_holds_a_current_version(stack: Stack) -> None:
    other = Construct(stack, "Other")
    Construct(other, "CurrentVersion")
    _function(stack).add_permission("Invoke", principal=ServicePrincipal("s3.amazonaws.com"), scope=other)
    assert _qualifier_warnings(stack) == ["/Test/Other"]


def test_permission_for_another_action_does_not_warn(stack: Stack) -> None:
    fn = _function(stack)
    fn.current_version  # noqa: B018 - reading it makes the version
    fn.add_permission(
        "Url", principal=ServicePrincipal("s3.amazonaws.com"), action="lambda:InvokeFunctionUrl"
    )
    assert _qualifier_warnings(stack) == []


def test_current_version_after_an_invoke_permission_under_another_scope_warns(stack: Stack) -> None:
    fn = _function(stack)
    fn.add_permission(
        "Invoke", principal=ServicePrincipal("s3.amazonaws.com"), scope=Construct(stack, "Other")
    )
    fn.current_version  # noqa: B018 - reading it makes the version
    assert _qualifier_warnings(stack) == ["/Test/Fn"]


def test_warning_on_a_scope_with_a_current_version_is_not_repeated_on_the_function(stack: Stack) -> None:
    other = Construct(stack, "Other")
    Construct(other, "CurrentVersion")
    fn = _function(stack)
    fn.add_permission("Invoke", principal=ServicePrincipal("s3.amazonaws.com"), scope=other)
    fn.current_version  # noqa: B018 - reading it makes the version
    assert _qualifier_warnings(stack) == ["/Test/Other"]


def test_consider_warning_on_invoke_function_permissions_can_be_called_directly(stack: Stack) -> None:
    fn = _function(stack)
    fn.consider_warning_on_invoke_function_permissions(stack, "lambda:GetFunction")
    fn.current_version  # noqa: B018 - reading it makes the version
    assert _qualifier_warnings(stack) == []
    fn.consider_warning_on_invoke_function_permissions(fn, "lambda:Invoke*")
    fn.current_version.consider_warning_on_invoke_function_permissions(fn, "lambda:*")
    assert _qualifier_warnings(stack) == ["/Test/Fn"]


def test_invoke_permission_on_a_version_does_not_warn(stack: Stack) -> None:
    fn = _function(stack)
    other = _function(stack, "Other")
    other.current_version  # noqa: B018 - reading it makes the version
    fn.current_version.add_permission("Invoke", principal=ServicePrincipal("s3.amazonaws.com"), scope=other)
    assert _qualifier_warnings(stack) == []


def test_grant_invoke_to_a_composite_principal_names_its_permission_as_aws_cdk_lib(
    stack: Stack, template: Render
) -> None:
    principal = CompositePrincipal(ServicePrincipal("events.amazonaws.com"), AccountPrincipal("111111111111"))
    _function(stack).grant_invoke(principal)
    permissions = resources_of_type(template(stack), "AWS::Lambda::Permission")
    # The name hashes the principal's text, a JavaScript list: its items joined with commas.
    assert list(permissions) == ["FnInvokeaERKFPaiw6fYZOVI06oIo5vfsa9IvGrWw89Rd16uLsD46883FA"]
    assert (
        str(principal)
        == "CompositePrincipal(ServicePrincipal(events.amazonaws.com),AccountPrincipal(111111111111))"
    )


def test_a_principal_with_session_tags_is_the_principal_inside_in_a_permission(
    stack: Stack, template: Render
) -> None:
    fn = _function(stack)
    fn.grant_invoke(ServicePrincipal("events.amazonaws.com").with_session_tags())
    fn.add_permission("Tagged", principal=AccountPrincipal("111111111111").with_session_tags())
    permissions = resources_of_type(template(stack), "AWS::Lambda::Permission")
    assert sorted(p["Properties"]["Principal"] for p in permissions.values()) == [
        "111111111111",
        "events.amazonaws.com",
    ]
