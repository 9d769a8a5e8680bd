"""Dashboard variables: a picked value that replaces a property or a pattern in a dashboard's widgets."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence

from ..core.converters import to_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any, ClassVar


class VariableType(SimpleEnum):
    """What a dashboard variable replaces: a metric property (a dimension) or a text pattern."""

    PROPERTY = "property"
    PATTERN = "pattern"


class VariableInputType(SimpleEnum):
    """How a dashboard variable's value is picked."""

    INPUT = "input"
    RADIO = "radio"
    SELECT = "select"


@runtime_checkable
class IVariable(Protocol):
    """A dashboard variable."""

    def to_json(self) -> Any:
        """The variable's JSON."""
        ...


class DefaultValue:
    """The value a dashboard variable starts with."""

    FIRST: ClassVar[DefaultValue]
    """The first of the variable's values."""

    def __init__(self, val: Any) -> None:
        self.val = val

    @classmethod
    def value(cls, value: Any) -> DefaultValue:
        """A given value."""
        return cls(value)

    def __repr__(self) -> str:
        return "DefaultValue.FIRST" if self is DefaultValue.FIRST else f"DefaultValue.value({self.val!r})"


DefaultValue.FIRST = DefaultValue("__FIRST")


@lazy_frozen(kw_only=True)
class VariableValue(metaclass=LazyAttrsMeta):
    """One value a dashboard variable can take."""

    value: str
    """The value."""
    label: str | None = None
    """What the dashboard shows for it. Default: the value."""


@lazy_frozen(kw_only=True)
class SearchComponents(metaclass=LazyAttrsMeta):
    """A metric search whose results give a dashboard variable's values."""

    dimensions: Sequence[str] = field(converter=to_tuple)
    """The dimensions searched (at least one)."""
    metric_name: str
    """The metric searched."""
    namespace: str
    """The namespace searched."""
    populate_from: str
    """The dimension whose values are the variable's values; one of `dimensions`."""


def _to_variable_value(value: VariableValue | Mapping[str, Any]) -> VariableValue:
    return VariableValue(**value) if isinstance(value, Mapping) else value


class Values(ABC):
    """The values a dashboard variable can take: a list, or the results of a metric search."""

    @classmethod
    def from_values(cls, *values: VariableValue | Mapping[str, Any]) -> Values:
        """A list of values."""
        if not values:
            raise ValidationError(None, "values=() is empty; give at least one VariableValue")
        return _ValueList(tuple(_to_variable_value(value) for value in values))

    @classmethod
    def from_search(cls, expression: str, populate_from: str) -> Values:
        """The values of one dimension in the results of a metric search expression."""
        return _SearchValues(expression, populate_from)

    @classmethod
    def from_search_components(
        cls, *, dimensions: Sequence[str], metric_name: str, namespace: str, populate_from: str
    ) -> Values:
        """The values of one dimension of the metrics with a name in a namespace."""
        search = SearchComponents(
            dimensions=dimensions, metric_name=metric_name, namespace=namespace, populate_from=populate_from
        )
        if not search.dimensions:
            raise ValidationError(None, "dimensions=[] is empty; give at least one dimension")
        names = (*search.dimensions, search.populate_from)
        is_checkable = not any(Token.is_unresolved(name) for name in names)
        if is_checkable and search.populate_from not in search.dimensions:
            raise ValidationError(
                None,
                f"populate_from={search.populate_from!r} is not one of "
                f"dimensions={list(search.dimensions)!r}; use one of the dimensions",
            )
        scope = ",".join((search.namespace, *search.dimensions))
        expression = f'{{{scope}}} MetricName="{search.metric_name}"'
        return _SearchValues(expression, search.populate_from)

    @abstractmethod
    def to_json(self) -> Any:
        """The values' JSON: the keys they add to the variable."""


class _ValueList(Values):
    def __init__(self, values: tuple[VariableValue, ...]) -> None:
        self._values = values

    def to_json(self) -> Any:
        return {
            "values": [
                {"value": v.value} if v.label is None else {"label": v.label, "value": v.value}
                for v in self._values
            ]
        }

    def __repr__(self) -> str:
        return f"Values.from_values({', '.join(repr(v) for v in self._values)})"


class _SearchValues(Values):
    def __init__(self, expression: str, populate_from: str) -> None:
        self._expression = expression
        self._populate_from = populate_from

    def to_json(self) -> Any:
        return {"search": self._expression, "populateFrom": self._populate_from}

    def __repr__(self) -> str:
        return f"Values.from_search({self._expression!r}, {self._populate_from!r})"


@lazy_frozen(kw_only=True)
class DashboardVariableOptions(metaclass=LazyAttrsMeta):
    """Properties of a DashboardVariable."""

    id: str
    """The variable's id: widgets and the dashboard URL refer to it."""
    input_type: VariableInputType
    """How the value is picked."""
    type: VariableType
    """Whether the variable replaces a property or a pattern."""
    value: str
    """The property (such as a dimension name) or the pattern replaced."""
    default_value: DefaultValue | None = None
    """The value the variable starts with. Default: none."""
    label: str | None = None
    """The variable's label on the dashboard. Default: none."""
    values: Values | None = None
    """The values offered by RADIO and SELECT inputs. Default: none (INPUT takes any text)."""
    visible: bool | None = None
    """Whether the variable shows on the dashboard. Default: True."""


class DashboardVariable:
    """A dashboard variable: a property or pattern in the dashboard's widgets, replaced by a picked value."""

    def __init__(
        self,
        *,
        id: str,
        input_type: VariableInputType,
        type: VariableType,  # noqa: A002
        value: str,
        default_value: DefaultValue | None = None,
        label: str | None = None,
        values: Values | None = None,
        visible: bool | None = None,
    ) -> None:
        options = DashboardVariableOptions(
            id=id,
            input_type=input_type,
            type=type,
            value=value,
            default_value=default_value,
            label=label,
            values=values,
            visible=visible,
        )
        if options.input_type is VariableInputType.INPUT and options.values is not None:
            raise ValidationError(
                None,
                f"values={options.values!r} cannot be combined with input_type=VariableInputType.INPUT; "
                "use VariableInputType.SELECT or RADIO, or drop values",
            )
        if options.input_type is not VariableInputType.INPUT and options.values is None:
            raise ValidationError(
                None,
                f"input_type=VariableInputType.{options.input_type.name} needs values; give "
                "Values.from_values(...), Values.from_search(...) or Values.from_search_components(...)",
            )
        self.options = options

    def to_json(self) -> Any:
        """The variable's JSON."""
        options = self.options
        rendered: dict[str, Any] = {
            options.type.value: options.value,
            "type": options.type.value,
            "inputType": options.input_type.value,
            "id": options.id,
            "defaultValue": options.default_value.val if options.default_value is not None else None,
            "visible": options.visible,
            "label": options.label,
        }
        return {
            **{key: item for key, item in rendered.items() if item is not None},
            **(options.values.to_json() if options.values is not None else {}),
        }
