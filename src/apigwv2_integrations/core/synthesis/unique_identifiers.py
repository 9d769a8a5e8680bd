"""Resources of a template that stand for one physical resource: same type, same primary identifier.

Two log groups named `/aws/lambda/<function>` (one the function's own, under
`@aws-cdk/aws-lambda:useCdkManagedLogGroup`, one the app's), two parameters of one name, two policies
of one bucket: CloudFormation fails the deployment on the second. aws-cdk-lib's template validator
reports them as rule E3019, and this module finds them the way it does:

- the resource types are those whose primary identifier the template sets (`primary_identifiers.py`,
  generated from the schemas);
- a resource is compared when it sets every property of the identifier (`AWS::NoValue` and `Fn::If`
  leave it out) and its condition may hold; two resources whose conditions exclude each other (one is
  `Fn::Not` of the other) are not one resource;
- values are compared after evaluating what a template fixes on its own (pseudo parameters, as the
  validator's stand-ins, `Fn::Join`, `Fn::Sub`, `Fn::Select`, `Fn::Split`, `Fn::Base64`,
  `Fn::FindInMap`, `Fn::GetAZs`), and as written otherwise (the same `Ref` is the same value);
- a value is shown as the validator shows it: the evaluated text, else the expression
  (`Fn::Join(str:"",[str:"/aws/lambda/",Ref("Fn9270CBC0")])`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..json_dumps import dumps as json_dumps
from ..runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__all__ = ["DuplicateIdentifier", "duplicate_identifiers"]

# The values the validator gives the pseudo parameters.
_PSEUDO_VALUES = {
    "AWS::Region": "us-east-1",
    "AWS::AccountId": "123456789012",
    "AWS::StackName": "teststack",
    "AWS::Partition": "aws",
    "AWS::URLSuffix": "amazonaws.com",
    "AWS::StackId": (
        "arn:aws:cloudformation:us-east-1:123456789012:stack/teststack/51af3dc0-da77-11e4-872e-1234567db123"
    ),
}
_ZONES = [f"us-east-1{letter}" for letter in "abcdef"]


class _Unknown(Exception):
    """A value only the deployment knows."""


class _NoValue(Exception):
    """`AWS::NoValue`: the property is left out."""


class DuplicateIdentifier:
    """Resources of one type whose identifier properties have the same values."""

    __slots__ = ("logical_ids", "names", "resource_type", "shown_values")

    def __init__(
        self, resource_type: str, names: tuple[str, ...], shown_values: list[str], logical_ids: list[str]
    ) -> None:
        self.resource_type = resource_type
        self.names = names  # the identifier's properties
        self.shown_values = shown_values  # each property's value, as the validator shows it
        self.logical_ids = logical_ids  # in template order


def duplicate_identifiers(template: Mapping[str, Any]) -> list[DuplicateIdentifier]:
    """The groups of two or more resources sharing an identifier, in the order of their first resource."""
    resources = template.get("Resources") or {}
    counts: dict[str, int] = {}
    for definition in resources.values():
        if type(definition) is dict:
            kind = definition.get("Type")
            if type(kind) is str:
                counts[kind] = counts.get(kind, 0) + 1
    if not any(count > 1 for count in counts.values()):
        return []
    from .primary_identifiers import PRIMARY_IDENTIFIERS  # deferred: most templates need no lookup

    mappings = template.get("Mappings") or {}
    conditions = template.get("Conditions") or {}
    order = {logical_id: index for index, logical_id in enumerate(resources)}
    groups: dict[tuple[str, str], list[tuple[DuplicateIdentifier, list[Any]]]] = {}
    for logical_id, definition in resources.items():
        if type(definition) is not dict:
            continue
        condition = definition.get("Condition")
        if condition is not None and _condition_value(condition, conditions, mappings) is False:
            continue
        kind = definition.get("Type")
        if type(kind) is not str or counts[kind] < 2:
            continue
        names = PRIMARY_IDENTIFIERS.get(kind)
        properties = definition.get("Properties")
        if names is None or type(properties) is not dict:
            continue
        found = _identifier(properties, names, mappings)
        if found is None:
            continue
        key, shown = found
        candidates = groups.setdefault((kind, key), [])
        for group, members_conditions in candidates:
            if not any(_exclusive(condition, other, conditions) for other in members_conditions):
                group.logical_ids.append(logical_id)
                members_conditions.append(condition)
                break
        else:
            candidates.append((DuplicateIdentifier(kind, names, shown, [logical_id]), [condition]))
    found_groups = [group for candidates in groups.values() for group, _ in candidates]
    return sorted(
        (group for group in found_groups if len(group.logical_ids) > 1),
        key=lambda group: order[group.logical_ids[0]],
    )


def _exclusive(first: Any, second: Any, conditions: Mapping[str, Any]) -> bool:
    """Whether two resources' conditions cannot hold together: one is `Fn::Not` of the other."""
    if first is None or second is None:
        return False
    return conditions.get(first) == {"Fn::Not": [{"Condition": second}]} or conditions.get(second) == {
        "Fn::Not": [{"Condition": first}]
    }


def _condition_value(name: Any, conditions: Mapping[str, Any], mappings: Mapping[str, Any]) -> bool | None:
    """A condition's value when the template decides it (`Fn::Equals` of fixed values), else None."""
    return _truth(conditions.get(name), conditions, mappings, depth=0) if type(name) is str else None


def _truth(
    expression: Any, conditions: Mapping[str, Any], mappings: Mapping[str, Any], depth: int
) -> bool | None:
    if type(expression) is not dict or len(expression) != 1 or depth > 20:
        return None
    ((function, argument),) = expression.items()
    if function == "Condition":
        return (
            _truth(conditions.get(argument), conditions, mappings, depth + 1)
            if type(argument) is str
            else None
        )
    if type(argument) is not list:
        return None
    if function == "Fn::Equals" and len(argument) == 2:
        try:
            return bool(_evaluate(argument[0], mappings) == _evaluate(argument[1], mappings))
        except (_Unknown, _NoValue):
            return None
    values = [_truth(item, conditions, mappings, depth + 1) for item in argument]
    if function == "Fn::Not" and len(values) == 1:
        return None if values[0] is None else not values[0]
    if function == "Fn::And":
        return False if False in values else (True if all(v is True for v in values) else None)
    if function == "Fn::Or":
        return True if True in values else (False if all(v is False for v in values) else None)
    return None


def _identifier(
    properties: Mapping[str, Any], names: tuple[str, ...], mappings: Mapping[str, Any]
) -> tuple[str, list[str]] | None:
    """The identifier's values as a comparable key and as shown, or None when one is not set."""
    compared: list[Any] = []
    shown: list[str] = []
    for name in names:
        value = properties.get(name)
        if value is None or _has_condition(value):
            return None
        try:
            evaluated: Any = _evaluate(value, mappings)
            shown.append(_show_literal(evaluated))
        except _NoValue:
            return None
        except _Unknown:
            evaluated = value
            shown.append(_expression(value))
        compared.append(evaluated)
    return json_dumps(compared, sort_keys=True), shown


def _has_condition(value: Any) -> bool:
    if type(value) is dict:
        return "Fn::If" in value or any(_has_condition(v) for v in value.values())
    if type(value) is list:
        return any(_has_condition(v) for v in value)
    return False


def _evaluate(value: Any, mappings: Mapping[str, Any]) -> Any:
    """The value with every function a template decides on its own applied; `_Unknown` otherwise."""
    if type(value) is list:
        return [_evaluate(item, mappings) for item in value]
    if type(value) is not dict:
        return value
    if len(value) != 1:
        raise _Unknown
    ((function, argument),) = value.items()
    if function == "Ref":
        if argument == "AWS::NoValue":
            raise _NoValue
        if argument in _PSEUDO_VALUES:
            return _PSEUDO_VALUES[argument]
        raise _Unknown
    if function == "Fn::Join" and type(argument) is list and len(argument) == 2:
        separator, items = _evaluate(argument[0], mappings), _evaluate(argument[1], mappings)
        if type(separator) is str and type(items) is list:
            return separator.join(_text(item) for item in items)
    elif function == "Fn::Sub":
        return _substitute(argument, mappings)
    elif function == "Fn::Select" and type(argument) is list and len(argument) == 2:
        index, items = _evaluate(argument[0], mappings), _evaluate(argument[1], mappings)
        if (
            type(items) is list
            and type(index) in (int, str)
            and str(index).isdigit()
            and int(index) < len(items)
        ):
            return items[int(index)]
    elif function == "Fn::Split" and type(argument) is list and len(argument) == 2:
        separator, text = _evaluate(argument[0], mappings), _evaluate(argument[1], mappings)
        if type(separator) is str and type(text) is str and separator:
            return text.split(separator)
    elif function == "Fn::Base64":
        text = _evaluate(argument, mappings)
        if type(text) is str:
            import base64  # deferred: a name made with Fn::Base64 is rare

            return base64.b64encode(text.encode()).decode()
    elif function == "Fn::FindInMap" and type(argument) is list and len(argument) == 3:
        name, first, second = (_evaluate(part, mappings) for part in argument)
        found = mappings.get(name, {}).get(first, {}) if type(name) is str and type(first) is str else {}
        if type(found) is dict and type(second) is str and second in found:
            return found[second]
    elif function == "Fn::GetAZs":
        region = _evaluate(argument, mappings)
        if region in ("", _PSEUDO_VALUES["AWS::Region"]):
            return list(_ZONES)
    raise _Unknown


def _substitute(argument: Any, mappings: Mapping[str, Any]) -> str:
    text, variables = (argument, {}) if type(argument) is str else (argument[0], argument[1])
    if type(text) is not str or type(variables) is not dict:
        raise _Unknown
    values = {name: _evaluate(value, mappings) for name, value in variables.items()}
    parts: list[str] = []
    position = 0
    while True:
        start = text.find("${", position)
        if start < 0:
            parts.append(text[position:])
            return "".join(parts)
        end = text.find("}", start)
        if end < 0:
            raise _Unknown
        parts.append(text[position:start])
        name = text[start + 2 : end]
        if name.startswith("!"):
            parts.append("${" + name[1:] + "}")
        elif name in values:
            parts.append(_text(values[name]))
        elif name in _PSEUDO_VALUES:
            parts.append(_PSEUDO_VALUES[name])
        else:
            raise _Unknown
        position = end + 1


def _text(value: Any) -> str:
    if type(value) is str:
        return value
    if type(value) in (int, float) and type(value) is not bool:
        return str(value)
    raise _Unknown


def _show_literal(value: Any) -> str:
    if type(value) is str:
        return value
    if type(value) is bool:
        return "true" if value else "false"
    return json_dumps(value, separators=(",", ":")) if type(value) in (list, dict) else str(value)


def _expression(value: Any) -> str:
    """A value with functions the deployment decides, as the validator writes it."""
    return "".join(_expression_parts(value))


def _expression_parts(value: Any) -> Iterator[str]:
    kind = type(value)
    if kind is str:
        yield f'str:"{value}"'
    elif kind is bool:
        yield f"bool:{'true' if value else 'false'}"
    elif kind is int:
        yield f"int:{value}"
    elif kind is float:
        yield f"float:{value}"
    elif kind is list:
        yield "["
        yield ",".join(_expression(item) for item in value)
        yield "]"
    elif kind is dict and len(value) == 1:
        ((function, argument),) = value.items()
        if function == "Ref":
            yield f'Ref("{argument}")'
        elif function == "Fn::GetAtt":
            target = argument.split(".", 1) if type(argument) is str else argument
            yield "Fn::GetAtt(" + ",".join(f'"{part}"' for part in target) + ")"
        elif function == "Fn::Sub":
            text, variables = (argument, {}) if type(argument) is str else (argument[0], argument[1])
            entries = [f'"{text}"', *(f'"{name}"={_expression(v)}' for name, v in variables.items())]
            yield "Fn::Sub(" + ",".join(entries) + ")"
        elif type(argument) is list:
            yield f"{function}(" + ",".join(_expression(item) for item in argument) + ")"
        else:
            yield f"{function}({_expression(argument)})"
    else:
        yield json_dumps(value, separators=(",", ":"), sort_keys=True)
