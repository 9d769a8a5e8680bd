"""Role: trust policy, managed and inline policies, DefaultPolicy, imported roles and grants."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Aspects, Duration, Stack, ValidationError
from apigwv2_integrations.aws_iam import (
    AccountPrincipal,
    ArnPrincipal,
    CompositePrincipal,
    Grant,
    ManagedPolicy,
    Policy,
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
        "Test/Role: identity=ServicePrincipal(x.amazonaws.com) cannot be granted sts:AssumeRole; "
        "put service and account principals in assumed_by instead"
    )


def test_grant_assume_role_rejects_account_principals(stack: Stack) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("s"))
    with pytest.raises(ValidationError) as error:
        role.grant_assume_role(AccountPrincipal("123456789012"))
    assert str(error.value) == (
        "Test/Role: identity=AccountPrincipal(123456789012) cannot be granted sts:AssumeRole; "
        "put service and account principals in assumed_by instead"
    )


def test_role_name_is_checked(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Role(stack, "Role", assumed_by=ServicePrincipal("s"), role_name="bad name")
    assert str(error.value) == (
        "Test/Role: role_name='bad name' is not a valid role name; use 1 to 64 letters, digits or the "
        "characters _+=,.@-"
    )


@pytest.mark.parametrize("path", ["app", "/app", "/", "/a b/", "/" + "p" * 511 + "/"])
def test_role_path_is_checked_when_the_role_is_made(stack: Stack, path: str) -> None:
    if path == "/":
        Role(stack, "Role", assumed_by=ServicePrincipal("s"), path=path)
        return
    with pytest.raises(ValidationError) as error:
        Role(stack, "Role", assumed_by=ServicePrincipal("s"), path=path)
    assert str(error.value) == (
        f"Test/Role: path={path!r} is not a role path; use '/' or printable ASCII characters without spaces "
        "between two slashes, at most 512 in all, e.g. '/app/'"
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


def _statements_of(resource: dict[str, Any]) -> list[dict[str, Any]]:
    statements: list[dict[str, Any]] = resource["Properties"]["PolicyDocument"]["Statement"]
    return statements


def _add_tagged_bucket_statements(role: Role, count: int) -> None:
    # Each statement is estimated at about 170 characters and none merges with another.
    for i in range(count):
        role.add_to_policy(
            PolicyStatement(
                actions=["s3:GetObject"],
                resources=[f"arn:aws:s3:::bucket-number-{i}-with-a-fairly-long-name/*"],
                conditions={"StringEquals": {"aws:PrincipalTag/team": f"team-{i}"}},
            )
        )


def test_default_policy_collapses_statements_equal_but_for_order(stack: Stack, template: Render) -> None:
    role = Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    role.add_to_policy(PolicyStatement(actions=["kms:Encrypt", "kms:Decrypt"], resources=["*"]))
    role.add_to_policy(PolicyStatement(actions=["kms:Decrypt", "kms:Encrypt"], resources=["*"]))
    role.add_to_policy(
        PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::b/*", "arn:aws:s3:::a/*"])
    )
    role.add_to_policy(
        PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"])
    )
    role.add_to_policy(PolicyStatement(actions=["s3:PutObject", "s3:PutObject"], resources=["*"]))
    role.add_to_policy(PolicyStatement(actions=["s3:PutObject"], resources=["*"]))
    assert _statements_of(template(stack)["Resources"]["RDefaultPolicy0707467B"]) == [
        {"Action": ["kms:Encrypt", "kms:Decrypt"], "Effect": "Allow", "Resource": "*"},
        {"Action": "s3:GetObject", "Effect": "Allow", "Resource": ["arn:aws:s3:::b/*", "arn:aws:s3:::a/*"]},
        {"Action": "s3:PutObject", "Effect": "Allow", "Resource": "*"},
    ]


class _AddsEqualStatements:
    def __init__(self, role: Role) -> None:
        self._role = role

    def visit(self, node: Any) -> None:
        if node is self._role:
            for actions in (["s3:GetObject", "s3:PutObject"], ["s3:PutObject", "s3:GetObject"]):
                self._role.add_to_policy(PolicyStatement(actions=actions, resources=["*"]))


def test_statements_an_aspect_adds_before_the_size_pass_are_collapsed_and_later_ones_are_not(
    stack: Stack, template: Render
) -> None:
    # As aws-cdk-lib: the pass is an aspect of priority DEFAULT (500 here) on the role, so an aspect
    # running before it (100) is included and one running after it (1000) is not.
    early = Role(stack, "Early", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    late = Role(stack, "Late", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    Aspects.of(early).add(_AddsEqualStatements(early), priority=100)
    Aspects.of(late).add(_AddsEqualStatements(late), priority=1000)
    resources = template(stack)["Resources"]
    assert _statements_of(resources["EarlyDefaultPolicyCA4DFE78"]) == [
        {"Action": ["s3:GetObject", "s3:PutObject"], "Effect": "Allow", "Resource": "*"}
    ]
    assert _statements_of(resources["LateDefaultPolicyB8F1CE7E"]) == [
        {"Action": ["s3:GetObject", "s3:PutObject"], "Effect": "Allow", "Resource": "*"},
        {"Action": ["s3:PutObject", "s3:GetObject"], "Effect": "Allow", "Resource": "*"},
    ]


def test_default_policy_keeps_statements_whose_conditions_are_written_in_another_order(
    stack: Stack, template: Render
) -> None:
    role = Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    for values in (["1", "2"], ["2", "1"]):
        role.add_to_policy(
            PolicyStatement(
                actions=["s3:GetObject"], resources=["*"], conditions={"StringEquals": {"a": values}}
            )
        )
    statements = _statements_of(template(stack)["Resources"]["RDefaultPolicy0707467B"])
    assert [s["Condition"] for s in statements] == [
        {"StringEquals": {"a": ["1", "2"]}},
        {"StringEquals": {"a": ["2", "1"]}},
    ]


def test_only_the_default_policy_collapses_equal_statements(stack: Stack, template: Render) -> None:
    def statements() -> list[PolicyStatement]:
        return [
            PolicyStatement(actions=["kms:Encrypt", "kms:Decrypt"], resources=["*"]),
            PolicyStatement(actions=["kms:Decrypt", "kms:Encrypt"], resources=["*"]),
        ]

    role = Role(
        stack,
        "R",
        assumed_by=ServicePrincipal("lambda.amazonaws.com"),
        inline_policies={"p": PolicyDocument(statements=statements())},
    )
    ManagedPolicy(stack, "M", statements=statements(), roles=[role])
    Policy(stack, "P", statements=statements(), roles=[role])
    resources = template(stack)["Resources"]
    both = [
        {"Action": ["kms:Encrypt", "kms:Decrypt"], "Effect": "Allow", "Resource": "*"},
        {"Action": ["kms:Decrypt", "kms:Encrypt"], "Effect": "Allow", "Resource": "*"},
    ]
    assert resources["RC21A1702"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"] == both
    assert _statements_of(resources["M38C90C7F"]) == both
    assert _statements_of(resources["P4E0919BE"]) == both


def test_a_large_default_policy_overflows_into_managed_policies(stack: Stack, template: Render) -> None:
    role = Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    _add_tagged_bucket_statements(role, 120)
    resources = template(stack)["Resources"]
    assert sorted(resources) == [
        "RC21A1702",
        "RDefaultPolicy0707467B",
        "ROverflowPolicy13D16EB99",
        "ROverflowPolicy269DAEF2B",
    ]
    teams = {
        logical_id: [
            s["Condition"]["StringEquals"]["aws:PrincipalTag/team"] for s in _statements_of(resource)
        ]
        for logical_id, resource in resources.items()
        if logical_id != "RC21A1702"
    }
    assert teams == {
        "RDefaultPolicy0707467B": [f"team-{i}" for i in range(59)],
        "ROverflowPolicy13D16EB99": [f"team-{i}" for i in range(59, 94)],
        "ROverflowPolicy269DAEF2B": [f"team-{i}" for i in range(94, 120)],
    }
    overflow = resources["ROverflowPolicy13D16EB99"]
    assert overflow["Type"] == "AWS::IAM::ManagedPolicy"
    assert {k: v for k, v in overflow["Properties"].items() if k != "PolicyDocument"} == {
        "Description": "Part of the policies for Test/R",
        "Path": "/",
        "Roles": [{"Ref": "RC21A1702"}],
    }
    assert "ManagedPolicyArns" not in resources["RC21A1702"]["Properties"]


def test_a_statement_that_no_longer_fits_may_be_followed_by_one_that_does(
    stack: Stack, template: Render
) -> None:
    role = Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    _add_tagged_bucket_statements(role, 59)  # 9833 of the 10000 characters the default policy keeps
    role.add_to_policy(PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::" + "x" * 100]))
    role.add_to_policy(PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::y"]))
    resources = template(stack)["Resources"]
    assert _statements_of(resources["RDefaultPolicy0707467B"])[-1] == {
        "Action": "s3:GetObject",
        "Effect": "Allow",
        "Resource": "arn:aws:s3:::y",
    }
    assert _statements_of(resources["ROverflowPolicy13D16EB99"]) == [
        {"Action": "s3:GetObject", "Effect": "Allow", "Resource": "arn:aws:s3:::" + "x" * 100}
    ]


def test_overflow_policies_belong_to_the_role_so_dependents_of_the_role_wait_for_them(
    stack: Stack, template: Render
) -> None:
    from apigwv2_integrations import CfnResource

    role = Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    _add_tagged_bucket_statements(role, 60)
    CfnResource(stack, "User", type="AWS::SNS::Topic").node.add_dependency(role)
    assert template(stack)["Resources"]["User"]["DependsOn"] == [
        "RDefaultPolicy0707467B",
        "ROverflowPolicy13D16EB99",
        "RC21A1702",
    ]


def test_a_grant_depends_on_the_policy_that_holds_its_statement(stack: Stack, template: Render) -> None:
    from apigwv2_integrations import CfnResource

    role = Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    grants = [
        Grant.add_to_principal(
            grantee=role,
            actions=["s3:GetObject"],
            resource_arns=[f"arn:aws:s3:::bucket-number-{i}-with-a-fairly-long-name/*"],
            conditions={"StringEquals": {"aws:PrincipalTag/team": f"team-{i}"}},
        )
        for i in range(100)
    ]
    # Equal to the first statement, so collapsed into it: in the default policy.
    repeated = Grant.add_to_principal(
        grantee=role,
        actions=["s3:GetObject"],
        resource_arns=["arn:aws:s3:::bucket-number-0-with-a-fairly-long-name/*"],
        conditions={"StringEquals": {"aws:PrincipalTag/team": "team-0"}},
    )
    for name, grant in (("First", grants[0]), ("Last", grants[99]), ("Repeated", repeated)):
        grant.apply_before(CfnResource(stack, name, type="AWS::SNS::Topic"))
    resources = template(stack)["Resources"]
    assert [resources[name]["DependsOn"] for name in ("First", "Last", "Repeated")] == [
        ["RDefaultPolicy0707467B"],
        ["ROverflowPolicy269DAEF2B"],
        ["RDefaultPolicy0707467B"],
    ]


@pytest.mark.parametrize(
    ("managed", "warning_text"),
    [
        (
            9,
            "Policy large: 11 exceeds 10 managed policies attached to a Role, this requires a quota increase "
            "[ack: @aws-cdk/aws-iam:rolePolicyLarge]",
        ),
        (
            19,
            "Policy too large: 21 exceeds the maximum of 20 managed policies attached to a Role "
            "[ack: @aws-cdk/aws-iam:rolePolicyTooLarge]",
        ),
    ],
    ids=["above-default-quota", "above-maximum"],
)
def test_many_managed_policies_with_the_overflow_are_a_warning(
    stack: Stack, managed: int, warning_text: str
) -> None:
    from apigwv2_integrations.assertions import Annotations, Match

    role = Role(
        stack,
        "R",
        assumed_by=ServicePrincipal("lambda.amazonaws.com"),
        managed_policies=[ManagedPolicy.from_aws_managed_policy_name(f"p{i}") for i in range(managed)],
    )
    _add_tagged_bucket_statements(role, 120)
    (warning,) = Annotations.from_stack(stack).find_warning("/Test/R", Match.any_value())
    assert warning.entry.data == warning_text


def test_a_minimized_default_policy_merges_small_statements_before_it_overflows() -> None:
    from apigwv2_integrations import App
    from apigwv2_integrations.assertions import Template

    stack = Stack(App(context={"@aws-cdk/aws-iam:minimizePolicies": True}), "S")
    role = Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    for i in range(120):
        role.add_to_policy(
            PolicyStatement(
                actions=["s3:GetObject", "s3:PutObject"],
                resources=[f"arn:aws:s3:::bucket-number-{i}-with-a-fairly-long-name/*"],
            )
        )
    resources = Template.from_stack(stack).to_json()["Resources"]
    assert sorted(resources) == ["RC21A1702", "RDefaultPolicy0707467B"]
    (statement,) = _statements_of(resources["RDefaultPolicy0707467B"])
    assert statement["Action"] == ["s3:GetObject", "s3:PutObject"]
    assert len(statement["Resource"]) == 120


def test_unresolved_arns_count_the_arn_size_estimate_from_the_context() -> None:
    from apigwv2_integrations import App, Aws
    from apigwv2_integrations.assertions import Template

    def overflows(estimate: int) -> bool:
        stack = Stack(App(context={"@aws-cdk/aws-iam.arnSizeEstimate": estimate}), "S")
        role = Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
        for i in range(50):  # each estimated at 18 + 27 + 13 + estimate + 2 characters
            role.add_to_policy(PolicyStatement(actions=["s3:GetObject"], resources=[f"{Aws.ACCOUNT_ID}{i}"]))
        return "ROverflowPolicy13D16EB99" in Template.from_stack(stack).to_json()["Resources"]

    assert (overflows(137), overflows(138)) == (False, True)


def test_the_arn_size_estimate_must_be_a_number() -> None:
    from apigwv2_integrations import App

    app = App(context={"@aws-cdk/aws-iam.arnSizeEstimate": "150"})
    role = Role(Stack(app, "S"), "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    role.add_to_policy(PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    with pytest.raises(ValidationError) as error:
        app.synth()
    assert str(error.value) == (
        "S/R: context @aws-cdk/aws-iam.arnSizeEstimate='150' is not a number; set it to the length to count "
        "for an unresolved ARN, e.g. 150"
    )


def test_statements_added_after_the_size_pass_stay_as_they_are(stack: Stack, template: Render) -> None:
    from apigwv2_integrations import Aspects

    role = Role(stack, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    role.add_to_policy(
        PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::a", "arn:aws:s3:::b"])
    )
    _add_tagged_bucket_statements(role, 60)

    class AddLate:
        def visit(self, node: object) -> None:
            if node is role:
                role.add_to_policy(
                    PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::b", "arn:aws:s3:::a"])
                )

    Aspects.of(role).add(AddLate(), priority=1000)
    resources = template(stack)["Resources"]
    statements = _statements_of(resources["RDefaultPolicy0707467B"])
    assert len(statements) == 61
    assert [statements[0]["Resource"], statements[-1]["Resource"]] == [
        ["arn:aws:s3:::a", "arn:aws:s3:::b"],
        ["arn:aws:s3:::b", "arn:aws:s3:::a"],
    ]
    assert sorted(resources) == ["RC21A1702", "RDefaultPolicy0707467B", "ROverflowPolicy13D16EB99"]


def test_without_policy_updates_makes_one_immutable_role(stack: Stack, template: Render) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    first = role.without_policy_updates()
    assert role.without_policy_updates(add_grants_to_resources=True) is first
    first.add_to_principal_policy(PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    assert resources_of_type(template(stack), "AWS::IAM::Policy") == {}


_LOOKUP_KEY = (
    "cc-api-provider:account=123456789012:exactIdentifier=ops:propertiesToReturn.0=Arn:region=eu-west-1:"
    "typeName=AWS$:$:IAM$:$:Role"
)


def test_from_lookup_reads_the_role_the_cli_found() -> None:
    from apigwv2_integrations import App, Environment

    app = App(context={_LOOKUP_KEY: [{"Arn": "arn:aws:iam::123456789012:role/team/ops"}]})
    stack = Stack(app, "Lookup", env=Environment(account="123456789012", region="eu-west-1"))
    role = Role.from_lookup(stack, "Ops", role_name="ops")
    assert role.role_arn == "arn:aws:iam::123456789012:role/team/ops"
    assert role.role_name == "ops"


def test_from_lookup_is_a_dummy_until_the_cli_looks_it_up() -> None:
    from apigwv2_integrations import App, Environment

    app = App()
    stack = Stack(app, "Lookup", env=Environment(account="123456789012", region="eu-west-1"))
    role = Role.from_lookup(stack, "Ops", role_name="ops", mutable=False)
    assert stack.resolve(role.role_arn) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam:eu-west-1:123456789012:role/DUMMY_ARN"]]
    }
    assert role.role_name == "ops"
    (missing,) = app.synth().manifest["missing"]
    assert missing["key"] == _LOOKUP_KEY


def test_from_lookup_needs_a_literal_name(stack: Stack) -> None:
    from apigwv2_integrations import CfnParameter

    name = CfnParameter(stack, "Name").value_as_string
    with pytest.raises(ValidationError) as error:
        Role.from_lookup(stack, "Ops", role_name=name)
    assert str(error.value) == (
        f"Test: Role.from_lookup('Ops') got role_name={name!r}, a token; a lookup needs the role name known at synth"
    )
