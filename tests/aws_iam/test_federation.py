"""Federated and session-tag principals, OIDC and SAML providers, access keys, instance profiles, lazy
roles, scope-wide permissions boundaries and composite dependables (aws_iam).

The whole output is compared with aws-cdk-lib's in the parity case `iam-federation`; these tests name
each rule and each error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, CfnOutput, Construct, Environment, Stack, ValidationError
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.assertions import Annotations
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_METADATA = "<EntityDescriptor>" + "x" * 1000 + "</EntityDescriptor>"


def _id(construct: Construct) -> str:
    """The logical ID of a construct's main resource."""
    child = construct.node.default_child
    assert child is not None
    return str(Stack.of(construct).resolve(Stack.of(construct).get_logical_id(child)))  # type: ignore[arg-type]


def _trust(rendered: dict[str, Any], role: Construct) -> list[dict[str, Any]]:
    document = rendered["Resources"][_id(role)]["Properties"]["AssumeRolePolicyDocument"]
    return list(document["Statement"])


def test_web_identity_and_open_id_connect_principals(stack: Stack, template: Render) -> None:
    provider = iam.OidcProviderNative(
        stack, "GitHub", url="https://token.actions.githubusercontent.com", client_ids=["sts.amazonaws.com"]
    )
    conditions = {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:org/repo:*"}}
    deploy = iam.Role(stack, "Deploy", assumed_by=iam.OpenIdConnectPrincipal(provider, conditions))
    web = iam.Role(stack, "Web", assumed_by=iam.WebIdentityPrincipal("cognito-identity.amazonaws.com"))
    rendered = template(stack)
    assert _trust(rendered, deploy) == [
        {
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": conditions,
            "Effect": "Allow",
            "Principal": {"Federated": {"Ref": "GitHub38B7EEC4"}},
        }
    ]
    assert _trust(rendered, web)[0]["Principal"] == {"Federated": "cognito-identity.amazonaws.com"}
    assert rendered["Resources"]["GitHub38B7EEC4"]["Properties"] == {
        "ClientIdList": ["sts.amazonaws.com"],
        "Url": "https://token.actions.githubusercontent.com",
    }
    assert_cfn_lint_clean(rendered)


@pytest.mark.parametrize(
    ("region", "audience"),
    [
        ("eu-west-1", "https://signin.aws.amazon.com/saml"),
        ("cn-north-1", "https://signin.amazonaws.cn/saml"),
        ("us-gov-west-1", "https://signin.amazonaws-us-gov.com/saml"),
        ("us-isob-east-1", "https://signin.sc2shome.sgov.gov/saml"),
        ("eu-isoe-west-1", ""),
        ("xx-east-1", "https://signin.aws.amazon.com/saml"),
    ],
)
def test_saml_console_principal_names_the_console_of_the_partition(
    app: App, template: Render, region: str, audience: str
) -> None:
    stack = Stack(app, "Regional", env=Environment(account="111111111111", region=region))
    provider = iam.SamlProvider.from_saml_provider_arn(
        stack, "P", "arn:aws:iam::111111111111:saml-provider/x"
    )
    iam.Role(stack, "Console", assumed_by=iam.SamlConsolePrincipal(provider, {"StringEquals": {"a": "b"}}))
    (statement,) = next(r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::IAM::Role")[
        "Properties"
    ]["AssumeRolePolicyDocument"]["Statement"]
    assert statement["Action"] == "sts:AssumeRoleWithSAML"
    assert statement["Condition"] == {"StringEquals": {"SAML:aud": audience}}


def test_session_tags_add_tag_session_to_the_assume_role_action(stack: Stack, template: Render) -> None:
    a = iam.Role(
        stack, "A", assumed_by=iam.SessionTagsPrincipal(iam.ServicePrincipal("lambda.amazonaws.com"))
    )
    b = iam.Role(stack, "B", assumed_by=iam.WebIdentityPrincipal("accounts.google.com").with_session_tags())
    rendered = template(stack)
    assert _trust(rendered, a)[0]["Action"] == ["sts:AssumeRole", "sts:TagSession"]
    assert _trust(rendered, b)[0]["Action"] == ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"]


def test_conditions_on_a_principal_apply_to_the_statements_the_principal_makes(
    stack: Stack, template: Render
) -> None:
    condition = {"StringEquals": {"a": "b"}}
    tagged = iam.Role(
        stack,
        "Tagged",
        assumed_by=iam.ServicePrincipal("lambda.amazonaws.com")
        .with_session_tags()
        .with_conditions(condition),
    )
    composite = iam.Role(
        stack,
        "Composite",
        assumed_by=iam.CompositePrincipal(
            iam.ServicePrincipal("lambda.amazonaws.com"), iam.ArnPrincipal("arn:aws:iam::123456789012:root")
        ).with_conditions(condition),
    )
    rendered = template(stack)
    assert _trust(rendered, tagged) == [
        {
            "Action": ["sts:AssumeRole", "sts:TagSession"],
            "Condition": condition,
            "Effect": "Allow",
            "Principal": {"Service": "lambda.amazonaws.com"},
        }
    ]
    assert _trust(rendered, composite) == [
        {
            "Action": "sts:AssumeRole",
            "Condition": condition,
            "Effect": "Allow",
            "Principal": {"Service": "lambda.amazonaws.com"},
        },
        {
            "Action": "sts:AssumeRole",
            "Condition": condition,
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
        },
    ]


def test_comparable_principal() -> None:
    tagged = iam.SessionTagsPrincipal(iam.ServicePrincipal("a.amazonaws.com"))
    assert iam.ComparablePrincipal.is_comparable_principal(tagged)
    assert (
        iam.ComparablePrincipal.dedupe_string_for(tagged)
        == "SessionTagsPrincipal:ServicePrincipal:a.amazonaws.com:{}"
    )
    assert isinstance(tagged, iam.IAssumeRolePrincipal)


def test_unknown_principal_warns_with_the_statement_and_has_no_fragment(stack: Stack) -> None:
    queue = sqs.Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:q")
    principal = iam.UnknownPrincipal(resource=queue)
    result = principal.add_to_principal_policy(
        iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"])
    )
    assert result.statement_added
    Annotations.from_stack(stack).has_warning(
        "/Test/Imported",
        'Add statement to this resource\'s role: {"Action":"sqs:SendMessage","Effect":"Allow","Resource":"*"}'
        " [ack: @aws-cdk/aws-iam:unknownPrincipalAddStatementToRole]",
    )
    with pytest.raises(ValidationError, match="imported without a role"):
        _ = principal.policy_fragment


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"url": "http://example.com"}, "does not start with https://"),
        ({"url": "https://x", "thumbprints": ["abc"]}, "3 characters"),
        ({"url": "https://x", "thumbprints": ["a" * 40] * 6}, "at most 5"),
        ({"url": "https://x", "client_ids": ["a"] * 101}, "at most 100"),
    ],
)
def test_oidc_provider_errors(stack: Stack, props: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        iam.OidcProviderNative(stack, "Bad", **props)


def test_oidc_provider_attributes(stack: Stack, template: Render) -> None:
    provider = iam.OidcProviderNative(stack, "P", url="https://example.com", thumbprints=["a" * 40])
    imported = iam.OidcProviderNative.from_oidc_provider_arn(
        stack, "I", "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
    )
    assert imported.oidc_provider_issuer == "token.actions.githubusercontent.com"
    assert imported.open_id_connect_provider_arn == imported.oidc_provider_arn
    assert stack.resolve(provider.oidc_provider_issuer) == {
        "Fn::Select": [1, {"Fn::Split": [":oidc-provider/", {"Ref": _id(provider)}]}]
    }
    assert stack.resolve(provider.oidc_provider_thumbprints) == ["a" * 40]
    assert provider.oidc_provider_ref.oidc_provider_arn == provider.oidc_provider_arn


def test_saml_provider_name_and_metadata_file(stack: Stack, template: Render, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not a SAML provider name"):
        iam.SamlProvider(
            stack, "Bad", metadata_document=iam.SamlMetadataDocument.from_xml(_METADATA), name="a b"
        )
    path = tmp_path / "metadata.xml"
    path.write_text(_METADATA, encoding="utf-8")
    iam.SamlProvider(
        stack, "Corp", metadata_document=iam.SamlMetadataDocument.from_file(str(path)), name="corp"
    )
    (provider,) = resources_of_type(template(stack), "AWS::IAM::SAMLProvider").values()
    assert provider["Properties"] == {"Name": "corp", "SamlMetadataDocument": _METADATA}


def test_access_key(stack: Stack, template: Render) -> None:
    user = iam.User(stack, "Ci")
    key = iam.AccessKey(stack, "Key", user=user, serial=2, status=iam.AccessKeyStatus.INACTIVE)
    assert stack.resolve(key.secret_access_key.unsafe_unwrap()) == {
        "Fn::GetAtt": [_id(key), "SecretAccessKey"]
    }
    assert stack.resolve(key.access_key_id) == {"Ref": _id(key)}
    (resource,) = resources_of_type(template(stack), "AWS::IAM::AccessKey").values()
    assert resource["Properties"] == {"Serial": 2, "Status": "Inactive", "UserName": {"Ref": "CiA080E7EE"}}


def test_instance_profile_makes_a_role_for_ec2_unless_given_one(stack: Stack, template: Render) -> None:
    profile = iam.InstanceProfile(stack, "Profile")
    assert profile.role is not None
    CfnOutput(stack, "Arn", value=profile.instance_profile_arn)
    rendered = template(stack)
    assert profile.role is not None and isinstance(profile.role, iam.Role)
    assert _trust(rendered, profile.role)[0]["Principal"] == {"Service": "ec2.amazonaws.com"}
    assert rendered["Resources"][_id(profile)]["Properties"] == {"Roles": [{"Ref": _id(profile.role)}]}
    by_arn = iam.InstanceProfile.from_instance_profile_arn(
        stack, "A", "arn:aws:iam::1:instance-profile/team/web"
    )
    assert by_arn.instance_profile_name == "web"
    assert by_arn.role is None
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
    with_role = iam.InstanceProfile.from_instance_profile_attributes(
        stack, "B", instance_profile_arn="arn:aws:iam::1:instance-profile/b", role=role
    )
    assert with_role.role is role


def test_lazy_role_exists_only_once_read(stack: Stack, template: Render) -> None:
    unused = iam.LazyRole(stack, "Unused", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
    unused.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    used = iam.LazyRole(stack, "Used", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
    used.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    CfnOutput(stack, "Arn", value=used.role_arn)
    rendered = template(stack)
    # The role is `Used/Default`: its logical ID is that of `Used`, as in aws-cdk-lib.
    assert [r.node.path for r in stack.node.find_all() if isinstance(r, iam.Role)] == ["Test/Used/Default"]
    assert len(resources_of_type(rendered, "AWS::IAM::Role")) == 1
    assert len(resources_of_type(rendered, "AWS::IAM::Policy")) == 1


def test_permissions_boundary_of_a_scope_and_cleared_below(stack: Stack, template: Render) -> None:
    boundary = iam.ManagedPolicy(
        stack, "Boundary", statements=[iam.PolicyStatement(actions=["s3:*"], resources=["*"])]
    )
    inner = Construct(stack, "Inner")
    outer_role = iam.Role(
        stack, "Outer", assumed_by=iam.ServicePrincipal("x.amazonaws.com"), role_name="outer"
    )
    free = iam.Role(
        inner, "Free", assumed_by=iam.ServicePrincipal("x.amazonaws.com"), permissions_boundary=boundary
    )
    user = iam.User(stack, "User", user_name="u")
    iam.PermissionsBoundary.of(stack).apply(boundary)
    iam.PermissionsBoundary.of(inner).clear()
    rendered = template(stack)
    outer = rendered["Resources"][_id(outer_role)]["Properties"]
    # In its place among the role's properties, as aws-cdk-lib renders an override of an unset property.
    assert list(outer) == ["AssumeRolePolicyDocument", "PermissionsBoundary", "RoleName"]
    assert outer["PermissionsBoundary"] == {"Ref": _id(boundary)}
    assert "PermissionsBoundary" not in rendered["Resources"][_id(free)]["Properties"]
    assert rendered["Resources"][_id(user)]["Properties"]["PermissionsBoundary"] == {"Ref": _id(boundary)}


def test_composite_dependable(stack: Stack, template: Render) -> None:
    queue = sqs.Queue(stack, "Q")
    user = iam.User(stack, "U")
    after = sqs.Queue(stack, "After")
    after.node.add_dependency(iam.CompositeDependable(queue, user))
    assert template(stack)["Resources"]["After270C2031"]["DependsOn"] == ["Q63C6E3AB", "U05997891"]
