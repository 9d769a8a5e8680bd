"""TableBaseV2 metrics."""

from __future__ import annotations

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_dynamodb import Attribute, AttributeType, Operation, TableV2


def test_throttled_requests_for_operation_ignores_operations_as_aws_cdk_does(stack: Stack) -> None:
    table = TableV2(stack, "Table", partition_key=Attribute(name="pk", type=AttributeType.STRING))
    metric = table.metric_throttled_requests_for_operation(
        "GetItem", operations=[Operation.PUT_ITEM, Operation.QUERY]
    )
    assert (metric.metric_name, stack.resolve(metric.dimensions), metric.statistic) == (
        "ThrottledRequests",
        {"Operation": "GetItem", "TableName": {"Ref": "TableCD117FA1"}},
        "Sum",
    )
