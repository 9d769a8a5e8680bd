"""A log group's resource policy names the accounts of its principals, as aws-cdk-lib's does."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_iam import AccountPrincipal, PolicyStatement, ServicePrincipal
from apigwv2_integrations.aws_logs import LogGroup
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def policy_document(rendered: dict[str, Any]) -> Any:
    (policy,) = resources_of_type(rendered, "AWS::Logs::ResourcePolicy").values()
    return policy["Properties"]["PolicyDocument"]


def test_account_principal_is_named_by_its_account(stack: Stack, template: Render) -> None:
    group = LogGroup(stack, "Audit")
    group.add_to_resource_policy(
        PolicyStatement(actions=["logs:CreateLogStream"], principals=[AccountPrincipal(stack.account)])
    )

    assert policy_document(template(stack)) == {
        "Fn::Join": [
            "",
            [
                '{"Statement":[{"Action":"logs:CreateLogStream","Effect":"Allow","Principal":{"AWS":"',
                {"Ref": "AWS::AccountId"},
                '"}}],"Version":"2012-10-17"}',
            ],
        ]
    }


def test_service_principal_is_kept(stack: Stack, template: Render) -> None:
    group = LogGroup(stack, "Audit")
    group.add_to_resource_policy(
        PolicyStatement(
            actions=["logs:PutLogEvents"], principals=[ServicePrincipal("delivery.logs.amazonaws.com")]
        )
    )

    document = json.loads(policy_document(template(stack)))
    assert document["Statement"][0]["Principal"] == {"Service": "delivery.logs.amazonaws.com"}
