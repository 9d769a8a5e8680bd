"""What the DynamoDB task states share: attribute values, projection expressions and the return options."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.synthesis.json_text import number_text
from ...core.tokens.token import Token, Tokenization
from .._task_utils import is_jsonata_expression

if TYPE_CHECKING:
    from typing import Any


class DynamoConsumedCapacity(SimpleEnum):
    """Whether the response reports the consumed capacity."""

    INDEXES = "INDEXES"
    """The total and that of each table and index."""
    TOTAL = "TOTAL"
    """The total only."""
    NONE = "NONE"
    """None."""


class DynamoItemCollectionMetrics(SimpleEnum):
    """Whether the response reports item collection metrics."""

    SIZE = "SIZE"
    """The size of the item collections that changed."""
    NONE = "NONE"
    """None."""


class DynamoReturnValues(SimpleEnum):
    """Which item values the response returns."""

    NONE = "NONE"
    """Nothing."""
    ALL_OLD = "ALL_OLD"
    """The whole item as it was."""
    UPDATED_OLD = "UPDATED_OLD"
    """The updated attributes as they were."""
    ALL_NEW = "ALL_NEW"
    """The whole item as it is now."""
    UPDATED_NEW = "UPDATED_NEW"
    """The updated attributes as they are now."""


def _number(value: float) -> str:
    # A number as DynamoDB takes it (a string); a number token stays a token.
    return (
        number_text(float(value))
        if not Token.is_unresolved(value)
        else Token.as_string(Tokenization.reverse_number(value))
    )


def _check_json_path(value: str) -> None:
    if Token.is_unresolved(value) or value == "$" or value.startswith("$."):
        return
    raise ValidationError(
        None, f"value={value!r} is not a data JSON path; use '$' or a path starting with '$.'"
    )


def _check_jsonata(value: str) -> None:
    if not is_jsonata_expression(value):
        raise ValidationError(None, f"value={value!r} is not a JSONata expression; write it as '{{% ... %}}'")


class DynamoAttributeValue:
    """A DynamoDB attribute value with its type (`{"S": "text"}`, `{"N": "5"}`, ...)."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        self._value = dict(value)

    @property
    def attribute_value(self) -> Any:
        """The value as DynamoDB's API takes it."""
        return self._value

    def to_object(self) -> Any:
        """The value as DynamoDB's API takes it."""
        return self._value

    @staticmethod
    def from_string(value: str) -> DynamoAttributeValue:
        """A string (S); it may be a JSON path."""
        return DynamoAttributeValue({"S": value})

    @staticmethod
    def from_number(value: float) -> DynamoAttributeValue:
        """A number (N); it may be a JSON path (`JsonPath.number_at`)."""
        return DynamoAttributeValue({"N": _number(value)})

    @staticmethod
    def number_from_string(value: str) -> DynamoAttributeValue:
        """A number given as a string (N); it may be a JSON path."""
        return DynamoAttributeValue({"N": value})

    @staticmethod
    def from_string_set(value: Sequence[str]) -> DynamoAttributeValue:
        """A set of strings (SS); it may be a JSON path (`JsonPath.list_at`)."""
        return DynamoAttributeValue({"SS": list(value)})

    @staticmethod
    def from_number_set(value: Sequence[float]) -> DynamoAttributeValue:
        """A set of numbers (NS)."""
        return DynamoAttributeValue({"NS": [_number(item) for item in value]})

    @staticmethod
    def number_set_from_strings(value: Sequence[str]) -> DynamoAttributeValue:
        """A set of numbers given as strings (NS); it may be a JSON path (`JsonPath.list_at`)."""
        return DynamoAttributeValue({"NS": list(value)})

    @staticmethod
    def from_binary(value: str) -> DynamoAttributeValue:
        """Base64-encoded binary data (B); it may be a JSON path."""
        return DynamoAttributeValue({"B": value})

    @staticmethod
    def from_binary_set(value: Sequence[str]) -> DynamoAttributeValue:
        """A set of base64-encoded binary values (BS); it may be a JSON path (`JsonPath.list_at`)."""
        return DynamoAttributeValue({"BS": list(value)})

    @staticmethod
    def from_map(value: Mapping[str, DynamoAttributeValue]) -> DynamoAttributeValue:
        """A map of attribute values (M)."""
        return DynamoAttributeValue({"M": {key: item.to_object() for key, item in value.items()}})

    @staticmethod
    def map_from_json_path(value: str) -> DynamoAttributeValue:
        """A map read from a JSON path (M)."""
        _check_json_path(value)
        # As aws-cdk-lib: the key is `M.$` already, so a JsonPath token renders as `M.$.$`.
        return DynamoAttributeValue({"M.$": value})

    @staticmethod
    def map_from_jsonata(value: str) -> DynamoAttributeValue:
        """A map a JSONata expression gives (M)."""
        _check_jsonata(value)
        return DynamoAttributeValue({"M": value})

    @staticmethod
    def from_list(value: Sequence[DynamoAttributeValue]) -> DynamoAttributeValue:
        """A list of attribute values (L)."""
        return DynamoAttributeValue({"L": [item.to_object() for item in value]})

    @staticmethod
    def list_from_json_path(value: str) -> DynamoAttributeValue:
        """A list read from a JSON path (L)."""
        _check_json_path(value)
        return DynamoAttributeValue({"L": value})

    @staticmethod
    def list_from_jsonata(value: str) -> DynamoAttributeValue:
        """A list a JSONata expression gives (L)."""
        _check_jsonata(value)
        return DynamoAttributeValue({"L": value})

    @staticmethod
    def from_null(value: bool) -> DynamoAttributeValue:
        """A null (NULL)."""
        return DynamoAttributeValue({"NULL": value})

    @staticmethod
    def from_boolean(value: bool) -> DynamoAttributeValue:
        """A boolean (BOOL)."""
        return DynamoAttributeValue({"BOOL": value})

    @staticmethod
    def boolean_from_json_path(value: str) -> DynamoAttributeValue:
        """A boolean read from a JSON path (BOOL)."""
        _check_json_path(value)
        return DynamoAttributeValue({"BOOL": value})

    @staticmethod
    def boolean_from_jsonata(value: str) -> DynamoAttributeValue:
        """A boolean a JSONata expression gives (BOOL)."""
        _check_jsonata(value)
        return DynamoAttributeValue({"BOOL": value})

    def __repr__(self) -> str:
        return f"DynamoAttributeValue({self._value!r})"


class DynamoProjectionExpression:
    """The attributes a GetItem returns, built as `a.b[1].c`."""

    def __init__(self) -> None:
        self._expression: list[str] = []

    def with_attribute(self, attr: str) -> DynamoProjectionExpression:
        """Add an attribute name (a nested one after a dot)."""
        self._expression.append(f".{attr}" if self._expression else attr)
        return self

    def at_index(self, index: float) -> DynamoProjectionExpression:
        """Add a list index."""
        if not self._expression:
            raise ValidationError(
                None, f"at_index({index!r}) comes before any attribute; call with_attribute(...) first"
            )
        self._expression.append(f"[{_number(index)}]")
        return self

    def to_string(self) -> str:
        """The expression."""
        return "".join(self._expression)

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        return f"DynamoProjectionExpression({self.to_string()!r})"


def transform_attribute_value_map(values: Mapping[str, DynamoAttributeValue] | None) -> dict[str, Any] | None:
    """A map of attribute values as DynamoDB's API takes it."""
    if values is None:
        return None
    return {key: value.to_object() for key, value in values.items()}
