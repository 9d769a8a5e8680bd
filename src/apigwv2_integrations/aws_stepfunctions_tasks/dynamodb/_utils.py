"""What the DynamoDB task states share: their Resource and the statement for the state machine's role."""

from __future__ import annotations

from ...aws_dynamodb import ITable
from ...aws_iam import PolicyStatement
from ...aws_stepfunctions import IntegrationPattern
from ...core.construct import Construct
from ...core.runtime_typing import TYPE_CHECKING
from ...core.stack import Stack
from .._task_utils import integration_resource_arn

if TYPE_CHECKING:
    from typing import Any


def dynamo_resource_arn(api: str) -> str:
    """The Resource of a DynamoDB call: always request-response (`arn:aws:states:::dynamodb:getItem`)."""
    return integration_resource_arn("dynamodb", api, IntegrationPattern.REQUEST_RESPONSE)


def table_policy(scope: Construct, table: ITable, action: str) -> PolicyStatement:
    """`dynamodb:<action>` on the table, named by its name in the task's account and region (as
    aws-cdk-lib does, rather than by the table's ARN)."""
    stack = Stack.of(scope)
    table_arn = stack.format_arn(service="dynamodb", resource="table", resource_name=table.table_name)
    return PolicyStatement(resources=[table_arn], actions=[f"dynamodb:{action}"])


def value_of(option: Any) -> Any:
    """The value of an optional enum member (None stays None)."""
    return option.value if option is not None else None
