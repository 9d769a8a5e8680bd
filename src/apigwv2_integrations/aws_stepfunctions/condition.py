"""Condition: the rules of a Choice state."""

from __future__ import annotations

import re

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_VARIABLE = re.compile(r"^\$|(\$[.[])")


class Condition:
    """A rule a Choice state evaluates."""

    def render_condition(self) -> Any:
        """The rule as Amazon States Language."""
        raise NotImplementedError(f"{type(self).__name__} must render its condition")

    @staticmethod
    def is_present(variable: str) -> Condition:
        """`IsPresent: true` on `variable`."""
        return _VariableComparison(variable, "IsPresent", True)

    @staticmethod
    def is_not_present(variable: str) -> Condition:
        """`IsPresent: false` on `variable`."""
        return _VariableComparison(variable, "IsPresent", False)

    @staticmethod
    def is_string(variable: str) -> Condition:
        """`IsString: true` on `variable`."""
        return _VariableComparison(variable, "IsString", True)

    @staticmethod
    def is_not_string(variable: str) -> Condition:
        """`IsString: false` on `variable`."""
        return _VariableComparison(variable, "IsString", False)

    @staticmethod
    def is_numeric(variable: str) -> Condition:
        """`IsNumeric: true` on `variable`."""
        return _VariableComparison(variable, "IsNumeric", True)

    @staticmethod
    def is_not_numeric(variable: str) -> Condition:
        """`IsNumeric: false` on `variable`."""
        return _VariableComparison(variable, "IsNumeric", False)

    @staticmethod
    def is_boolean(variable: str) -> Condition:
        """`IsBoolean: true` on `variable`."""
        return _VariableComparison(variable, "IsBoolean", True)

    @staticmethod
    def is_not_boolean(variable: str) -> Condition:
        """`IsBoolean: false` on `variable`."""
        return _VariableComparison(variable, "IsBoolean", False)

    @staticmethod
    def is_timestamp(variable: str) -> Condition:
        """`IsTimestamp: true` on `variable`."""
        return _VariableComparison(variable, "IsTimestamp", True)

    @staticmethod
    def is_not_timestamp(variable: str) -> Condition:
        """`IsTimestamp: false` on `variable`."""
        return _VariableComparison(variable, "IsTimestamp", False)

    @staticmethod
    def is_not_null(variable: str) -> Condition:
        """`IsNull: false` on `variable`."""
        return _VariableComparison(variable, "IsNull", False)

    @staticmethod
    def is_null(variable: str) -> Condition:
        """`IsNull: true` on `variable`."""
        return _VariableComparison(variable, "IsNull", True)

    @staticmethod
    def boolean_equals(variable: str, value: bool) -> Condition:
        """`BooleanEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "BooleanEquals", value)

    @staticmethod
    def boolean_equals_json_path(variable: str, value: str) -> Condition:
        """`BooleanEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "BooleanEqualsPath", value)

    @staticmethod
    def string_equals_json_path(variable: str, value: str) -> Condition:
        """`StringEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "StringEqualsPath", value)

    @staticmethod
    def string_equals(variable: str, value: str) -> Condition:
        """`StringEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "StringEquals", value)

    @staticmethod
    def string_less_than(variable: str, value: str) -> Condition:
        """`StringLessThan` of `variable` and `value`."""
        return _VariableComparison(variable, "StringLessThan", value)

    @staticmethod
    def string_less_than_json_path(variable: str, value: str) -> Condition:
        """`StringLessThanPath` of `variable` and `value`."""
        return _VariableComparison(variable, "StringLessThanPath", value)

    @staticmethod
    def string_less_than_equals(variable: str, value: str) -> Condition:
        """`StringLessThanEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "StringLessThanEquals", value)

    @staticmethod
    def string_less_than_equals_json_path(variable: str, value: str) -> Condition:
        """`StringLessThanEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "StringLessThanEqualsPath", value)

    @staticmethod
    def string_greater_than(variable: str, value: str) -> Condition:
        """`StringGreaterThan` of `variable` and `value`."""
        return _VariableComparison(variable, "StringGreaterThan", value)

    @staticmethod
    def string_greater_than_json_path(variable: str, value: str) -> Condition:
        """`StringGreaterThanPath` of `variable` and `value`."""
        return _VariableComparison(variable, "StringGreaterThanPath", value)

    @staticmethod
    def string_greater_than_equals_json_path(variable: str, value: str) -> Condition:
        """`StringGreaterThanEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "StringGreaterThanEqualsPath", value)

    @staticmethod
    def string_greater_than_equals(variable: str, value: str) -> Condition:
        """`StringGreaterThanEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "StringGreaterThanEquals", value)

    @staticmethod
    def number_equals(variable: str, value: float) -> Condition:
        """`NumericEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericEquals", value)

    @staticmethod
    def number_equals_json_path(variable: str, value: str) -> Condition:
        """`NumericEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericEqualsPath", value)

    @staticmethod
    def number_less_than(variable: str, value: float) -> Condition:
        """`NumericLessThan` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericLessThan", value)

    @staticmethod
    def number_less_than_json_path(variable: str, value: str) -> Condition:
        """`NumericLessThanPath` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericLessThanPath", value)

    @staticmethod
    def number_less_than_equals(variable: str, value: float) -> Condition:
        """`NumericLessThanEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericLessThanEquals", value)

    @staticmethod
    def number_less_than_equals_json_path(variable: str, value: str) -> Condition:
        """`NumericLessThanEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericLessThanEqualsPath", value)

    @staticmethod
    def number_greater_than(variable: str, value: float) -> Condition:
        """`NumericGreaterThan` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericGreaterThan", value)

    @staticmethod
    def number_greater_than_json_path(variable: str, value: str) -> Condition:
        """`NumericGreaterThanPath` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericGreaterThanPath", value)

    @staticmethod
    def number_greater_than_equals(variable: str, value: float) -> Condition:
        """`NumericGreaterThanEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericGreaterThanEquals", value)

    @staticmethod
    def number_greater_than_equals_json_path(variable: str, value: str) -> Condition:
        """`NumericGreaterThanEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "NumericGreaterThanEqualsPath", value)

    @staticmethod
    def timestamp_equals(variable: str, value: str) -> Condition:
        """`TimestampEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampEquals", value)

    @staticmethod
    def timestamp_equals_json_path(variable: str, value: str) -> Condition:
        """`TimestampEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampEqualsPath", value)

    @staticmethod
    def timestamp_less_than(variable: str, value: str) -> Condition:
        """`TimestampLessThan` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampLessThan", value)

    @staticmethod
    def timestamp_less_than_json_path(variable: str, value: str) -> Condition:
        """`TimestampLessThanPath` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampLessThanPath", value)

    @staticmethod
    def timestamp_less_than_equals(variable: str, value: str) -> Condition:
        """`TimestampLessThanEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampLessThanEquals", value)

    @staticmethod
    def timestamp_less_than_equals_json_path(variable: str, value: str) -> Condition:
        """`TimestampLessThanEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampLessThanEqualsPath", value)

    @staticmethod
    def timestamp_greater_than(variable: str, value: str) -> Condition:
        """`TimestampGreaterThan` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampGreaterThan", value)

    @staticmethod
    def timestamp_greater_than_json_path(variable: str, value: str) -> Condition:
        """`TimestampGreaterThanPath` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampGreaterThanPath", value)

    @staticmethod
    def timestamp_greater_than_equals(variable: str, value: str) -> Condition:
        """`TimestampGreaterThanEquals` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampGreaterThanEquals", value)

    @staticmethod
    def timestamp_greater_than_equals_json_path(variable: str, value: str) -> Condition:
        """`TimestampGreaterThanEqualsPath` of `variable` and `value`."""
        return _VariableComparison(variable, "TimestampGreaterThanEqualsPath", value)

    @staticmethod
    def string_matches(variable: str, value: str) -> Condition:
        """`StringMatches` of `variable` and `value`."""
        return _VariableComparison(variable, "StringMatches", value)

    @staticmethod
    def and_(*conditions: Condition) -> Condition:
        """All of `conditions`."""
        return _CompoundCondition("And", conditions)

    @staticmethod
    def or_(*conditions: Condition) -> Condition:
        """Any of `conditions`."""
        return _CompoundCondition("Or", conditions)

    @staticmethod
    def not_(condition: Condition) -> Condition:
        """The negation of `condition`."""
        return _NotCondition(condition)

    @staticmethod
    def jsonata(condition: str) -> Condition:
        """A JSONata expression (`{% ... %}`)."""
        return _JsonataCondition(condition)


class _VariableComparison(Condition):
    def __init__(self, variable: str, operator: str, value: Any) -> None:
        if not _VARIABLE.search(variable):
            raise ValidationError(
                None,
                f"variable={variable!r} is not a variable reference; "
                "use '$', or a path starting with '$.' or '$['",
            )
        self.variable = variable
        self.operator = operator
        self.value = value

    def render_condition(self) -> Any:
        return {"Variable": self.variable, self.operator: self.value}

    def __repr__(self) -> str:
        return f"Condition({self.variable!r} {self.operator} {self.value!r})"


class _CompoundCondition(Condition):
    def __init__(self, operator: str, conditions: tuple[Condition, ...]) -> None:
        if not conditions:
            raise ValidationError(None, f"Condition.{operator.lower()}_() needs at least one condition")
        self.operator = operator
        self.conditions = conditions

    def render_condition(self) -> Any:
        return {self.operator: [c.render_condition() for c in self.conditions]}


class _NotCondition(Condition):
    def __init__(self, condition: Condition) -> None:
        self.condition = condition

    def render_condition(self) -> Any:
        return {"Not": self.condition.render_condition()}


class _JsonataCondition(Condition):
    def __init__(self, condition: str) -> None:
        if not (condition.startswith("{%") and condition.endswith("%}")):
            raise ValidationError(
                None, f"condition={condition!r} is not a JSONata expression; write it as '{{% ... %}}'"
            )
        self.condition = condition

    def render_condition(self) -> Any:
        return {"Condition": self.condition}
