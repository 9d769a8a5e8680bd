"""OpenIdConnectProvider: the `Custom::AWSCDKOpenIdConnectProvider` resource, its provider function (one per
stack), the `oidcRejectUnauthorizedConnections` flag, attributes, imports and errors (aws_iam).

The whole output is compared with aws-cdk-lib's in the parity case `iam-open-id-connect-provider`.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, CfnParameter, RemovalPolicy, Stack, ValidationError
from apigwv2_integrations import aws_iam as iam
from tests.aws_apigatewayv2.inspection import keyword_names
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_HANDLER_ID = "CustomAWSCDKOpenIdConnectProviderCustomResourceProviderHandlerF2C543E0"
_ROLE_ID = "CustomAWSCDKOpenIdConnectProviderCustomResourceProviderRole517FED65"
_GITHUB = "https://token.actions.githubusercontent.com"
_IMPORTED_ARN = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF"
_OIDC_ARN_SHAPE = "use 'arn:<partition>:iam::<account>:oidc-provider/<issuer>'"


def _code_hash(rendered: dict[str, Any]) -> str:
    """The asset hash of the handler's code, from the S3 key of its function."""
    key = rendered["Resources"][_HANDLER_ID]["Properties"]["Code"]["S3Key"]
    return str(key).removesuffix(".zip")


def test_the_constructor_takes_the_keywords_of_its_props() -> None:
    assert keyword_names(iam.OpenIdConnectProvider.__init__) == {
        f.name for f in attrs.fields(iam.OpenIdConnectProviderProps)
    }


def test_a_provider_is_a_custom_resource_served_by_the_stack_handler(stack: Stack, template: Render) -> None:
    iam.OpenIdConnectProvider(stack, "GitHub", url=_GITHUB, client_ids=["sts.amazonaws.com"])
    rendered = template(stack)
    assert rendered["Resources"]["GitHub38B7EEC4"] == {
        "Type": "Custom::AWSCDKOpenIdConnectProvider",
        "Properties": {
            "ServiceToken": {"Fn::GetAtt": [_HANDLER_ID, "Arn"]},
            "ClientIDList": ["sts.amazonaws.com"],
            "Url": _GITHUB,
            "RejectUnauthorized": False,
            "CodeHash": _code_hash(rendered),
        },
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }
    assert_cfn_lint_clean(rendered)


def test_the_handler_role_may_manage_oidc_providers(stack: Stack, template: Render) -> None:
    iam.OpenIdConnectProvider(stack, "GitHub", url=_GITHUB)
    resources = template(stack)["Resources"]
    assert resources[_ROLE_ID]["Properties"]["Policies"] == [
        {
            "PolicyName": "Inline",
            "PolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Resource": "*",
                        "Action": [
                            "iam:CreateOpenIDConnectProvider",
                            "iam:DeleteOpenIDConnectProvider",
                            "iam:UpdateOpenIDConnectProviderThumbprint",
                            "iam:AddClientIDToOpenIDConnectProvider",
                            "iam:RemoveClientIDFromOpenIDConnectProvider",
                        ],
                    }
                ],
            },
        }
    ]
    handler = resources[_HANDLER_ID]
    assert handler["DependsOn"] == [_ROLE_ID]
    assert {key: value for key, value in handler["Properties"].items() if key != "Code"} == {
        "Timeout": 900,
        "MemorySize": 128,
        "Handler": "__entrypoint__.handler",
        "Role": {"Fn::GetAtt": [_ROLE_ID, "Arn"]},
        "Runtime": "nodejs24.x",
    }


def test_providers_of_a_stack_share_one_handler(stack: Stack, template: Render) -> None:
    iam.OpenIdConnectProvider(stack, "GitHub", url=_GITHUB)
    iam.OpenIdConnectProvider(stack, "GitLab", url="https://gitlab.example.com", thumbprints=["a" * 40])
    rendered = template(stack)
    assert list(resources_of_type(rendered, "AWS::Lambda::Function")) == [_HANDLER_ID]
    assert list(resources_of_type(rendered, "Custom::AWSCDKOpenIdConnectProvider")) == [
        "GitHub38B7EEC4",
        "GitLabD9E696AC",
    ]


def test_the_handler_code_is_staged_in_the_assembly(app: App, stack: Stack, template: Render) -> None:
    iam.OpenIdConnectProvider(stack, "GitHub", url=_GITHUB)
    code_hash = _code_hash(template(stack))
    app.synth()
    staged = Path(app.outdir) / f"asset.{code_hash}" / "__entrypoint__.js"
    assert "exports.handler" in staged.read_text(encoding="utf-8")


def test_the_flag_makes_the_handler_reject_unauthorized_connections(tmp_path: Path, template: Render) -> None:
    flag = "@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections"
    stack = Stack(App(outdir=str(tmp_path), context={flag: True}), "Test")
    iam.OpenIdConnectProvider(stack, "GitHub", url=_GITHUB)
    assert template(stack)["Resources"]["GitHub38B7EEC4"]["Properties"]["RejectUnauthorized"] is True


def test_each_stack_has_its_own_handler(stack: Stack, template: Render) -> None:
    other = Stack(stack.node.root, "Other")  # type: ignore[arg-type]
    iam.OpenIdConnectProvider(stack, "GitHub", url=_GITHUB)
    iam.OpenIdConnectProvider(other, "GitHub", url=_GITHUB)
    for each in (stack, other):
        assert list(resources_of_type(template(each), "AWS::Lambda::Function")) == [_HANDLER_ID]


def test_thumbprints_empty_lists_and_removal_policy(stack: Stack, template: Render) -> None:
    iam.OpenIdConnectProvider(
        stack,
        "GitLab",
        url="https://gitlab.example.com",
        client_ids=[],
        thumbprints=["a" * 40, "B" * 40],
        removal_policy=RemovalPolicy.RETAIN,
    )
    resource = template(stack)["Resources"]["GitLabD9E696AC"]
    assert resource["Properties"]["ClientIDList"] == []
    assert resource["Properties"]["ThumbprintList"] == ["a" * 40, "B" * 40]
    assert (resource["UpdateReplacePolicy"], resource["DeletionPolicy"]) == ("Retain", "Retain")


def test_attributes_and_trust(stack: Stack, template: Render) -> None:
    provider = iam.OpenIdConnectProvider(stack, "GitHub", url=_GITHUB)
    ref = {"Ref": "GitHub38B7EEC4"}
    assert stack.resolve(provider.open_id_connect_provider_arn) == ref
    assert stack.resolve(provider.open_id_connect_provider_issuer) == {
        "Fn::Select": [1, {"Fn::Split": [":oidc-provider/", ref]}]
    }
    assert stack.resolve(provider.open_id_connect_providerthumbprints) == {
        "Fn::GetAtt": ["GitHub38B7EEC4", "Thumbprints"]
    }
    assert provider.open_id_connect_provider_thumbprints == provider.open_id_connect_providerthumbprints
    assert provider.oidc_provider_ref.oidc_provider_arn == provider.open_id_connect_provider_arn
    assert isinstance(provider, iam.IOpenIdConnectProvider)
    role = iam.Role(stack, "Deploy", assumed_by=iam.OpenIdConnectPrincipal(provider))
    role_id = stack.resolve(stack.get_logical_id(role.node.default_child))  # type: ignore[arg-type]
    document = template(stack)["Resources"][role_id]["Properties"]["AssumeRolePolicyDocument"]
    assert document["Statement"] == [
        {"Action": "sts:AssumeRoleWithWebIdentity", "Effect": "Allow", "Principal": {"Federated": ref}}
    ]


def test_imported_provider(stack: Stack) -> None:
    imported = iam.OpenIdConnectProvider.from_open_id_connect_provider_arn(stack, "Eks", _IMPORTED_ARN)
    assert imported.open_id_connect_provider_arn == _IMPORTED_ARN
    assert imported.open_id_connect_provider_issuer == "oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF"
    assert imported.oidc_provider_ref.oidc_provider_arn == _IMPORTED_ARN
    assert imported.env.account == stack.account  # aws-cdk-lib does not take the account from the ARN
    by_parameter = iam.OpenIdConnectProvider.from_open_id_connect_provider_arn(
        stack, "ByParameter", CfnParameter(stack, "Arn").value_as_string
    )
    assert stack.resolve(by_parameter.open_id_connect_provider_issuer) == {
        "Fn::Select": [1, {"Fn::Split": [":oidc-provider/", {"Ref": "Arn"}]}]
    }


@pytest.mark.parametrize(
    "arn",
    [
        "arn:aws:iam::123456789012:role/deploy",
        "not-an-arn",
        "arn:aws:iam::123456789012:oidc-provider",
    ],
)
def test_an_import_needs_an_oidc_provider_arn(stack: Stack, arn: str) -> None:
    with pytest.raises(ValidationError) as raised:
        iam.OpenIdConnectProvider.from_open_id_connect_provider_arn(stack, "Bad", arn)
    assert str(raised.value) == (
        f"Test: open_id_connect_provider_arn={arn!r} is not an OIDC provider ARN; {_OIDC_ARN_SHAPE}"
    )


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (
            {"url": "http://example.com"},
            "url='http://example.com' does not start with https://; use the provider's https URL",
        ),
        (
            {"url": "https://x", "thumbprints": ["abc"]},
            "thumbprints has 'abc' (3 characters); a thumbprint is the 40 hex characters of a SHA-1 hash",
        ),
        (
            {"url": "https://x", "thumbprints": ["a" * 40] * 6},
            "thumbprints has 6 entries; IAM takes at most 5",
        ),
        (
            {"url": "https://x", "client_ids": ["a"] * 101},
            "client_ids has 101 entries; IAM takes at most 100",
        ),
    ],
)
def test_values_iam_refuses_are_errors(stack: Stack, props: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        iam.OpenIdConnectProvider(stack, "Bad", **props)
    assert str(raised.value) == f"Test/Bad: {message}"


def test_an_unresolved_url_is_not_checked(stack: Stack, template: Render) -> None:
    url = CfnParameter(stack, "IssuerUrl").value_as_string
    iam.OpenIdConnectProvider(stack, "FromParameter", url=url, thumbprints=[])
    properties = template(stack)["Resources"]["FromParameterB446F467"]["Properties"]
    assert (properties["Url"], properties["ThumbprintList"]) == ({"Ref": "IssuerUrl"}, [])


def test_an_app_without_it_does_not_load_it() -> None:
    script = (
        "import sys\n"
        "from apigwv2_integrations import App, Stack\n"
        "from apigwv2_integrations import aws_iam as iam\n"
        "iam.Role(Stack(App(), 'S'), 'R', assumed_by=iam.AccountRootPrincipal())\n"
        "print(sorted(m for m in sys.modules if m.startswith('apigwv2_integrations.aws_iam')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    for module in ("oidc_provider", "_open_id_connect_provider"):
        assert f"apigwv2_integrations.aws_iam.{module}'" not in result.stdout
