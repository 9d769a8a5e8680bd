"""DynamoGetItem: a task state that reads an item of a DynamoDB table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
from ...core.converters import optional_dict, optional_tuple, to_dict
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._task_utils import props_of
from ._utils import dynamo_resource_arn, table_policy, value_of
from .shared_types import (
    DynamoAttributeValue,
    DynamoConsumedCapacity,
    DynamoProjectionExpression,
    transform_attribute_value_map,
)

if TYPE_CHECKING:
    from typing import Any


def _projection(expressions: Sequence[DynamoProjectionExpression] | None) -> str | None:
    return ",".join(e.to_string() for e in expressions) if expressions is not None else None


@lazy_frozen(kw_only=True)
class _DynamoGetItemOptions(metaclass=LazyAttrsMeta):
    """The options of a DynamoGetItem state, in either query language."""

    key: dict[str, DynamoAttributeValue] = field(converter=to_dict)
    """The item's primary key, by attribute name."""
    table: ITable
    """The table."""
    consistent_read: bool | None = None
    """Read with strong consistency. Default: False (eventually consistent)."""
    expression_attribute_names: dict[str, str] | None = field(default=None, converter=optional_dict)
    """Substitutes for attribute names in the expressions (`#name`). Default: none."""
    projection_expression: tuple[DynamoProjectionExpression, ...] | None = field(
        default=None, converter=optional_tuple
    )
    """The attributes to return. Default: all of them."""
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    """Whether the response reports the consumed capacity. Default: NONE."""


@lazy_frozen(kw_only=True)
class DynamoGetItemProps(TaskStateBaseProps, _DynamoGetItemOptions, metaclass=LazyAttrsMeta):
    """Properties of a DynamoGetItem state."""


@lazy_frozen(kw_only=True)
class DynamoGetItemJsonPathProps(TaskStateJsonPathBaseProps, _DynamoGetItemOptions, metaclass=LazyAttrsMeta):
    """Properties of a DynamoGetItem state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class DynamoGetItemJsonataProps(TaskStateJsonataBaseProps, _DynamoGetItemOptions, metaclass=LazyAttrsMeta):
    """Properties of a DynamoGetItem state that uses JSONata."""


class DynamoGetItem(TaskStateBase):
    """A task state that reads an item of a DynamoDB table (`arn:aws:states:::dynamodb:getItem`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        consistent_read: bool | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        projection_expression: Sequence[DynamoProjectionExpression] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
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
        props = DynamoGetItemProps(
            key=key,
            table=table,
            consistent_read=consistent_read,
            expression_attribute_names=expression_attribute_names,
            projection_expression=projection_expression,
            return_consumed_capacity=return_consumed_capacity,
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
        self._task_policies = [table_policy(self, props.table, "GetItem")]

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> DynamoGetItem:
        """A DynamoGetItem state that uses JSONPath (keywords of DynamoGetItemJsonPathProps)."""
        keywords = props_of(DynamoGetItemJsonPathProps, scope, id, props)
        return DynamoGetItem(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> DynamoGetItem:
        """A DynamoGetItem state that uses JSONata (keywords of DynamoGetItemJsonataProps)."""
        keywords = props_of(DynamoGetItemJsonataProps, scope, id, props, QueryLanguage.JSONATA)
        return DynamoGetItem(scope, id, **keywords)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        props = self._props
        parameters = {
            "Key": transform_attribute_value_map(props.key),
            "TableName": props.table.table_name,
            "ConsistentRead": props.consistent_read or False,
            "ExpressionAttributeNames": props.expression_attribute_names,
            "ProjectionExpression": _projection(props.projection_expression),
            "ReturnConsumedCapacity": value_of(props.return_consumed_capacity),
        }
        return {
            "Resource": dynamo_resource_arn("getItem"),
            **self._render_parameters_or_arguments(
                {k: v for k, v in parameters.items() if v is not None}, top_level_query_language
            ),
        }
