"""DynamoPutItem: a task state that writes an item to a DynamoDB table."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_dynamodb import ITable
from ...aws_stepfunctions import (
    Credentials,
    IntegrationPattern,
    QueryLanguage,
    TaskStateBase,
    TaskStateBaseProps,
    TaskStateJsonataBaseProps,
    TaskStateJsonPathBaseProps,
    Timeout,
)
from ...aws_stepfunctions.states.task_base import task_state_options
from ...core.construct import Construct
from ...core.converters import optional_dict, to_dict
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._task_utils import props_of
from ._utils import dynamo_resource_arn, table_policy, value_of
from .shared_types import (
    DynamoAttributeValue,
    DynamoConsumedCapacity,
    DynamoItemCollectionMetrics,
    DynamoReturnValues,
    transform_attribute_value_map,
)

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class _DynamoPutItemOptions(metaclass=LazyAttrsMeta):
    """The options of a DynamoPutItem state, in either query language."""

    item: dict[str, DynamoAttributeValue] = field(converter=to_dict)
    """The item to write, by attribute name."""
    table: ITable
    """The table."""
    condition_expression: str | None = None
    """A condition the item must meet for the call to succeed. Default: none."""
    expression_attribute_names: dict[str, str] | None = field(default=None, converter=optional_dict)
    """Substitutes for attribute names in the expressions (`#name`). Default: none."""
    expression_attribute_values: dict[str, DynamoAttributeValue] | None = field(
        default=None, converter=optional_dict
    )
    """Substitutes for values in the expressions (`:value`). Default: none."""
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    """Whether the response reports the consumed capacity. Default: NONE."""
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    """Whether the response reports item collection metrics. Default: NONE."""
    return_values: DynamoReturnValues | None = None
    """Which item values the response returns. Default: NONE."""


@lazy_frozen(kw_only=True)
class DynamoPutItemProps(TaskStateBaseProps, _DynamoPutItemOptions, metaclass=LazyAttrsMeta):
    """Properties of a DynamoPutItem state."""


@lazy_frozen(kw_only=True)
class DynamoPutItemJsonPathProps(TaskStateJsonPathBaseProps, _DynamoPutItemOptions, metaclass=LazyAttrsMeta):
    """Properties of a DynamoPutItem state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class DynamoPutItemJsonataProps(TaskStateJsonataBaseProps, _DynamoPutItemOptions, metaclass=LazyAttrsMeta):
    """Properties of a DynamoPutItem state that uses JSONata."""


class DynamoPutItem(TaskStateBase):
    """A task state that writes an item to a DynamoDB table (`arn:aws:states:::dynamodb:putItem`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        item: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | Mapping[str, Any] | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = DynamoPutItemProps(
            item=item,
            table=table,
            condition_expression=condition_expression,
            expression_attribute_names=expression_attribute_names,
            expression_attribute_values=expression_attribute_values,
            return_consumed_capacity=return_consumed_capacity,
            return_item_collection_metrics=return_item_collection_metrics,
            return_values=return_values,
            result_path=result_path,
            result_selector=result_selector,
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            credentials=credentials,
            heartbeat=heartbeat,
            heartbeat_timeout=heartbeat_timeout,
            integration_pattern=integration_pattern,
            task_timeout=task_timeout,
            timeout=timeout,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
        )
        super().__init__(scope, id, **task_state_options(props))
        self._props = props
        self._task_policies = [table_policy(self, props.table, "PutItem")]

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> DynamoPutItem:
        """A DynamoPutItem state that uses JSONPath (keywords of DynamoPutItemJsonPathProps)."""
        keywords = props_of(DynamoPutItemJsonPathProps, scope, id, props)
        return DynamoPutItem(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> DynamoPutItem:
        """A DynamoPutItem state that uses JSONata (keywords of DynamoPutItemJsonataProps)."""
        keywords = props_of(DynamoPutItemJsonataProps, scope, id, props, QueryLanguage.JSONATA)
        return DynamoPutItem(scope, id, **keywords)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        props = self._props
        parameters = {
            "Item": transform_attribute_value_map(props.item),
            "TableName": props.table.table_name,
            "ConditionExpression": props.condition_expression,
            "ExpressionAttributeNames": props.expression_attribute_names,
            "ExpressionAttributeValues": transform_attribute_value_map(props.expression_attribute_values),
            "ReturnConsumedCapacity": value_of(props.return_consumed_capacity),
            "ReturnItemCollectionMetrics": value_of(props.return_item_collection_metrics),
            "ReturnValues": value_of(props.return_values),
        }
        return {
            "Resource": dynamo_resource_arn("putItem"),
            **self._render_parameters_or_arguments(
                {k: v for k, v in parameters.items() if v is not None}, top_level_query_language
            ),
        }
