"""Minimized policies merge the statements of service principals made with the same options as given
(principals.py), as aws-cdk-lib does: no options, `conditions={}` and `region=...` never merge with
each other, though each merges with its own kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_iam import ServicePrincipal
from apigwv2_integrations.aws_kms import Key

_EVENTS = "events.amazonaws.com"


def _service_statements(
    app: App, template: Callable[[Stack], dict[str, Any]], *principals: ServicePrincipal
) -> list[Any]:
    app.node.set_context("@aws-cdk/aws-iam:minimizePolicies", True)
    stack = Stack(app, "Keys")
    key = Key(stack, "Key")
    for action, principal in zip(("kms:Decrypt", "kms:Encrypt"), principals, strict=True):
        key.grant(principal, action)
    statements = template(stack)["Resources"]["Key961B73FD"]["Properties"]["KeyPolicy"]["Statement"]
    return [statement["Action"] for statement in statements if statement["Principal"] == {"Service": _EVENTS}]


@pytest.mark.parametrize(
    "options",
    [{}, {"conditions": {}}, {"region": "eu-west-1"}],
    ids=["no-options", "empty-conditions", "region"],
)
def test_principals_made_alike_merge(
    app: App, template: Callable[[Stack], dict[str, Any]], options: dict[str, Any]
) -> None:
    actions = _service_statements(
        app, template, ServicePrincipal(_EVENTS, **options), ServicePrincipal(_EVENTS, **options)
    )
    assert actions == [["kms:Decrypt", "kms:Encrypt"]]


@pytest.mark.parametrize(
    "options",
    [{"conditions": {}}, {"region": "eu-west-1"}],
    ids=["empty-conditions", "region"],
)
def test_a_principal_with_options_given_does_not_merge_with_one_without(
    app: App, template: Callable[[Stack], dict[str, Any]], options: dict[str, Any]
) -> None:
    actions = _service_statements(
        app, template, ServicePrincipal(_EVENTS, **options), ServicePrincipal(_EVENTS)
    )
    assert actions == ["kms:Decrypt", "kms:Encrypt"]
