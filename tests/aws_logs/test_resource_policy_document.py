"""ResourcePolicy: its document is written as given, without the minimizePolicies rewriting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_iam import PolicyStatement, ServicePrincipal
from apigwv2_integrations.aws_logs import LogGroup, ResourcePolicy

Render = Callable[[Stack], dict[str, Any]]

LOG_GROUP_ARN = {"Fn::GetAtt": ["Lg419948D3", "Arn"]}


@pytest.mark.parametrize("minimize_policies", [False, True])
def test_resource_policy_keeps_action_order_and_duplicate_statements(
    minimize_policies: bool, template: Render
) -> None:
    stack = Stack(App(context={"@aws-cdk/aws-iam:minimizePolicies": minimize_policies}), "LogsRp")
    log_group = LogGroup(stack, "Lg")
    statement = PolicyStatement(
        actions=["logs:PutLogEvents", "logs:CreateLogStream"],
        principals=[ServicePrincipal("es.amazonaws.com")],
        resources=[log_group.log_group_arn],
    )

    ResourcePolicy(stack, "Rp", policy_statements=[statement, statement], resource_policy_name="es-logs")

    written_statement = (
        '{"Action":["logs:PutLogEvents","logs:CreateLogStream"],"Effect":"Allow",'
        '"Principal":{"Service":"es.amazonaws.com"},"Resource":"'
    )
    properties = template(stack)["Resources"]["RpResourcePolicy97FAF342"]["Properties"]
    assert properties["PolicyDocument"] == {
        "Fn::Join": [
            "",
            [
                '{"Statement":[' + written_statement,
                LOG_GROUP_ARN,
                '"},' + written_statement,
                LOG_GROUP_ARN,
                '"}],"Version":"2012-10-17"}',
            ],
        ]
    }
