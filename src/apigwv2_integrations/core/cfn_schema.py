"""Rendering and synth-time validation of L1 properties, driven by the tables in generated modules.

A generated L1 class describes its properties in ``_CFN_PROPERTIES``: one row per property,
``(cfn_name, python_name, camel_name, type_spec, required)``. A type spec is
``(kind, argument, constraints)``:

- ``("string" | "integer" | "number" | "boolean", None, constraints)``
- ``("json", allowed_json_types | None, ())``: free-form JSON, taken as is
- ``("array" | "map", element_spec, constraints)``
- ``("struct", "NameProperty", ())``: a nested property type, a class attribute of the resource class
- ``("tag", None, ())``: a ``CfnTag``
- ``("union", (spec, ...), ())``

``constraints`` is a tuple of ``(keyword, value)`` pairs from the JSON schema: ``enum``, ``pattern``,
``minLength``, ``maxLength``, ``minimum``, ``maximum``, ``minItems``, ``maxItems``. The tables are
nested tuples of constants, so a generated module costs almost nothing to import.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping

from .errors import ValidationError
from .locale_compare import locale_compare_key
from .runtime_typing import TYPE_CHECKING, dataclass_transform
from .struct import LazyAttrsMeta, defer_attrs, field
from .tokens._encoding import TOKEN_MAP, string_has_token
from .tokens.resolvable import IResolvable
from .tokens.token import Intrinsic, Token

if TYPE_CHECKING:
    from typing import Any, ClassVar, TypeAlias

TypeSpec: TypeAlias = "tuple[str, Any, tuple[tuple[str, Any], ...]]"
PropertyRow = tuple[str, str, str, TypeSpec, bool]
PropertyRows = tuple[PropertyRow, ...]

__all__ = [
    "CfnPropertyType",
    "PropertyRow",
    "PropertyRows",
    "SchemaViolations",
    "TypeSpec",
    "camel_case_properties",
    "render_properties",
    "schema_findings",
    "validate_properties",
    "validate_resolved_properties",
]


# --- nested property types -------------------------------------------------------------------


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field,))
class CfnPropertyType(metaclass=LazyAttrsMeta):
    """Base of the generated nested property types (``CfnFunction.CodeProperty``, ...).

    Each subclass is an ``attrs.frozen(kw_only=True)`` class whose attrs machinery runs when needed
    (see core/struct.py).
    """

    _CFN_PROPERTIES: ClassVar[PropertyRows | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        defer_attrs(cls, {"kw_only": True})

    def _resolved_form(self) -> Any:
        """The value as a template holds it: a nested type under CloudFormation's names (aws-cdk-lib
        renders it so inside its resource's properties), a ``*Props`` struct under aws_cdk's camelCase
        names. The resolver asks for it."""
        cls = type(self)
        outer, _, inner = cls.__qualname__.partition(".")
        owner = getattr(sys.modules[cls.__module__], outer, None)
        if inner and owner is not None:
            return _render_struct(cls, self, owner)
        return {
            prop.camel_name: getattr(self, prop.name)
            for prop in _properties_of(_rows_of(cls))
            if getattr(self, prop.name) is not None
        }


# --- compiled tables ---------------------------------------------------------------------------


class _Spec:
    """A compiled TypeSpec: the kind, its argument and the schema's constraints."""

    # Plain classes (here and below): a NamedTuple with string annotations costs a millisecond at import.
    __slots__ = (
        "argument",
        "enum",
        "kind",
        "max_items",
        "max_length",
        "maximum",
        "min_items",
        "min_length",
        "minimum",
        "pattern",
    )

    def __init__(
        self,
        kind: str,
        argument: Any,
        enum: tuple[Any, ...] | None = None,
        pattern: str | None = None,  # compiled on first use, by re's cache: most values are tokens
        min_length: int | None = None,
        max_length: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        min_items: int | None = None,
        max_items: int | None = None,
    ) -> None:
        self.kind = kind
        self.argument = argument
        self.enum = enum
        self.pattern = pattern
        self.min_length = min_length
        self.max_length = max_length
        self.minimum = minimum
        self.maximum = maximum
        self.min_items = min_items
        self.max_items = max_items

    def is_any_string(self) -> bool:
        """A string without constraints."""
        constraints = (
            self.enum,
            self.pattern,
            self.min_length,
            self.max_length,
            self.minimum,
            self.maximum,
            self.min_items,
            self.max_items,
        )
        return self.kind == "string" and self.argument is None and all(value is None for value in constraints)


class _Property:
    __slots__ = ("camel_name", "cfn_name", "is_required", "name", "spec")

    def __init__(self, cfn_name: str, name: str, camel_name: str, spec: _Spec, is_required: bool) -> None:
        self.cfn_name = cfn_name
        self.name = name
        self.camel_name = camel_name
        self.spec = spec
        self.is_required = is_required


# A string property without constraints: any string passes, so a string value needs no look at all.
_ANY_STRING = _Spec("string", None)

_compiled_rows: dict[int, tuple[_Property, ...]] = {}


def _compile_spec(spec: TypeSpec) -> _Spec:
    kind, argument, constraints = spec
    if kind in ("array", "map"):
        argument = _compile_spec(argument)
    elif kind == "union":
        argument = tuple(_compile_spec(member) for member in argument)
    options = dict(constraints)
    enum = options.get("enum")
    compiled = _Spec(
        kind,
        argument,
        enum=tuple(enum) if enum is not None else None,
        pattern=options.get("pattern"),
        min_length=options.get("minLength"),
        max_length=options.get("maxLength"),
        minimum=options.get("minimum"),
        maximum=options.get("maximum"),
        min_items=options.get("minItems"),
        max_items=options.get("maxItems"),
    )
    # One object for every unconstrained string, so validation tells it by identity.
    return _ANY_STRING if compiled.is_any_string() else compiled


def _properties_of(rows: PropertyRows) -> tuple[_Property, ...]:
    compiled = _compiled_rows.get(id(rows))
    if compiled is None:
        compiled = tuple(
            _Property(cfn_name, name, camel_name, _compile_spec(spec), required)
            for cfn_name, name, camel_name, spec, required in rows
        )
        # Keyed by identity: the tables are class attributes that live as long as the process.
        _compiled_rows[id(rows)] = compiled
    return compiled


def _rows_of(cls: type) -> PropertyRows:
    rows: PropertyRows | None = getattr(cls, "_CFN_PROPERTIES", None)
    if rows is None:
        raise TypeError(f"{cls.__qualname__} has no _CFN_PROPERTIES table")
    return rows


# --- rendering ---------------------------------------------------------------------------------

_schema_positions: dict[type, dict[str, tuple[int, _Spec]]] = {}


def in_schema_order(owner: type, properties: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    """The resolved properties of a generated L1 after its overrides, as aws-cdk-lib orders them: its own
    properties in their rendering order, an override of an unset one in its place, then any other key in
    the order it was added. Inside, a nested type's keys are in rendering order only where the properties
    `before` the overrides had that value already; a value the overrides brought keeps their order."""
    return _ordered(owner, owner, properties, before)


def _ordered(cls: type, owner: type, value: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    positions = _schema_positions.get(cls)
    if positions is None:
        props = _properties_of(_rows_of(cls))
        positions = {prop.cfn_name: (index, prop.spec) for index, prop in enumerate(props)}
        _schema_positions[cls] = positions
    known = sorted((key for key in value if key in positions), key=lambda key: positions[key][0])
    ordered = {key: _ordered_value(positions[key][1], owner, value[key], before.get(key)) for key in known}
    ordered.update((key, item) for key, item in value.items() if key not in positions)
    return ordered


def _ordered_value(spec: _Spec, owner: type, value: Any, before: Any) -> Any:
    kind = spec.kind
    if kind == "struct" and type(value) is dict and type(before) is dict:
        return _ordered(getattr(owner, spec.argument), owner, value, before)
    if kind == "array" and type(value) is list and type(before) is list:
        return [
            _ordered_value(spec.argument, owner, item, before[index] if index < len(before) else None)
            for index, item in enumerate(value)
        ]
    if kind == "map" and type(value) is dict and type(before) is dict:
        return {
            key: _ordered_value(spec.argument, owner, item, before.get(key)) for key, item in value.items()
        }
    return value


def render_properties(resource: Any) -> dict[str, Any]:
    """Return the CloudFormation properties of a generated L1 resource, in aws-cdk-lib's order.

    Unset properties are left out (the resolver would drop them anyway); tokens are left for the resolver.
    """
    owner = type(resource)
    plan = _plans.get(owner) or _plan_of(owner)
    rendered: dict[str, Any] = {}
    for prop, _, is_tags in plan:
        if is_tags:
            value = resource.tags.render_tags()
        else:
            value = getattr(resource, prop.name)
            if value is None:
                continue  # most properties are unset
            value = _render(prop.spec, value, owner)
        if value is not None:
            rendered[prop.cfn_name] = value
    return rendered


# Per generated L1 class: each property, the attribute that holds its value as given (`tags_raw` for the
# tags a TagManager renders) and whether it is those tags. Made once: every resource of an app is
# rendered and validated through it.
_plans: dict[type, tuple[tuple[_Property, str, bool], ...]] = {}


def _plan_of(owner: type) -> tuple[tuple[_Property, str, bool], ...]:
    tag_property = getattr(owner, "_CFN_TAG_PROPERTY", None)
    plan = tuple(
        (prop, f"{prop.name}_raw", True) if prop.cfn_name == tag_property else (prop, prop.name, False)
        for prop in _properties_of(_rows_of(owner))
    )
    _plans[owner] = plan
    return plan


# Kinds whose values render as they are (the resolver does the rest).
_AS_IS_KINDS = frozenset({"string", "integer", "number", "boolean", "json"})


def _render(spec: _Spec, value: Any, owner: type) -> Any:
    kind = spec.kind
    if kind in _AS_IS_KINDS:
        # A scalar or token is kept as it is, so only free-form JSON needs the look for a token.
        if kind != "json" or value is None or Token.is_unresolved(value):
            return value
        return _render_free_form(value, owner)
    if value is None or Token.is_unresolved(value):
        return value
    if kind == "struct":
        return _render_struct(getattr(owner, spec.argument), value, owner)
    if kind == "array" and isinstance(value, (list, tuple)):
        return [_render(spec.argument, item, owner) for item in value]
    if kind == "map" and isinstance(value, Mapping):
        return {key: _render(spec.argument, item, owner) for key, item in value.items()}
    if kind == "tag":
        return _render_tag(value)
    if kind == "union":
        for member in spec.argument:
            if _fits(member, value, owner):
                return _render(member, value, owner)
    return value


def _render_free_form(value: Any, owner: type) -> Any:
    """Free-form JSON as given, with nested property types in it rendered under their CloudFormation names
    (aws_cdk accepts them where a property is typed as JSON)."""
    if isinstance(value, CfnPropertyType) and getattr(type(value), "_CFN_PROPERTIES", None) is not None:
        return _render_struct(type(value), value, owner)
    if type(value) is dict:
        rendered = {key: _render_free_form(item, owner) for key, item in value.items()}
        return value if all(rendered[key] is item for key, item in value.items()) else rendered
    if type(value) is list:
        items = [_render_free_form(item, owner) for item in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value


def _render_struct(cls: type, value: Any, owner: type) -> Any:
    props = _properties_of(_rows_of(cls))
    if isinstance(value, cls):
        fields = {prop: getattr(value, prop.name) for prop in props}
    elif isinstance(value, Mapping):
        fields = {prop: _dict_value(value, prop) for prop in props}
    else:
        return value
    rendered = {}
    for prop, field_value in fields.items():
        if field_value is not None:
            rendered[prop.cfn_name] = _render(prop.spec, field_value, owner)
    return rendered


def _render_tag(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {"Key": value.get("key", value.get("Key")), "Value": value.get("value", value.get("Value"))}
    if hasattr(value, "key") and hasattr(value, "value"):
        return {"Key": value.key, "Value": value.value}
    return value


def _dict_value(value: Mapping[str, Any], prop: _Property) -> Any:
    """A nested type given as a dict: snake_case, aws_cdk's camelCase or CloudFormation's keys."""
    for key in (prop.name, prop.camel_name, prop.cfn_name):
        if key in value:
            return value[key]
    return None


def _fits(spec: _Spec, value: Any, owner: type) -> bool:
    kind = spec.kind
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind in ("integer", "number"):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "array":
        return isinstance(value, (list, tuple))
    if kind in ("map", "tag"):
        return isinstance(value, Mapping)
    if kind == "struct":
        return isinstance(value, (getattr(owner, spec.argument), Mapping))
    if kind == "union":
        return any(_fits(member, value, owner) for member in spec.argument)
    return True


# --- aws-cdk-lib's property names (tree.json) ---------------------------------------------------


def cfn_property_name(owner: type, camel_name: str) -> str | None:
    """The CloudFormation name of the property aws-cdk-lib calls `camel_name` (`queueName`), or None."""
    rows: PropertyRows | None = getattr(owner, "_CFN_PROPERTIES", None)
    if rows is None:
        return None
    return next((prop.cfn_name for prop in _properties_of(rows) if prop.camel_name == camel_name), None)


def camel_case_properties(owner: type, rendered: Mapping[str, Any]) -> dict[str, Any]:
    """The resolved CloudFormation properties of a generated L1 under aws-cdk-lib's property names.

    aws-cdk-lib's tree.json shows an L1's properties as its props object holds them: camelCase names
    (`apiId`, `accessLogSettings.destinationArn`, `tags[].key`), resolved. Names are changed where the
    property table knows them; free-form JSON and intrinsic functions are kept as they are.
    """
    converted = _camel_case_struct(owner, rendered, owner)
    # aws-cdk-lib's generated props object lists them by name as `localeCompare` sorts (case aside:
    # `authorizationType` before `authParameters`), where the template sorts CloudFormation's names.
    rank = _props_order(owner)
    result = {name: converted[name] for name in sorted(converted, key=lambda name: rank.get(name, len(rank)))}
    if "tags" in result and getattr(owner, "cdk_tag_manager", None) is not None:
        # A resource whose tags aws-cdk-lib keeps in a `cdkTagManager` lists them first.
        return {"tags": result.pop("tags"), **result}
    return result


# By class: the place of each camelCase property name in aws-cdk-lib's props object.
_props_orders: dict[type, dict[str, int]] = {}


def _props_order(cls: type) -> dict[str, int]:
    order = _props_orders.get(cls)
    if order is None:
        names = sorted((prop.camel_name for prop in _properties_of(_rows_of(cls))), key=locale_compare_key)
        order = _props_orders[cls] = {name: place for place, name in enumerate(names)}
    return order


# By class: each property's camelCase name by its CloudFormation name, with the spec of its value when
# names change inside it too (None for most: a value of a kind without names is taken as it is).
_camel_tables: dict[type, dict[str, tuple[str, _Spec | None]]] = {}


def _camel_table(cls: type) -> dict[str, tuple[str, _Spec | None]]:
    table = _camel_tables.get(cls)
    if table is None:
        table = _camel_tables[cls] = {
            prop.cfn_name: (prop.camel_name, prop.spec if _has_names_inside(prop.spec) else None)
            for prop in _properties_of(_rows_of(cls))
        }
    return table


def _has_names_inside(spec: _Spec) -> bool:
    kind = spec.kind
    if kind in ("struct", "tag"):
        return True
    if kind in ("array", "map"):
        return _has_names_inside(spec.argument)
    if kind == "union":
        return any(_has_names_inside(member) for member in spec.argument)
    return False


def _camel_case_struct(cls: type, rendered: Mapping[str, Any], owner: type) -> dict[str, Any]:
    table = _camel_table(cls)
    result: dict[str, Any] = {}
    for key, value in rendered.items():
        entry = table.get(key)
        if entry is None:
            result[key] = value
        else:
            name, spec = entry
            result[name] = value if spec is None else _camel_case(spec, value, owner)
    return result


def _camel_case(spec: _Spec, value: Any, owner: type) -> Any:
    kind = spec.kind
    if kind in _AS_IS_KINDS:
        return value
    if kind == "struct":
        if type(value) is not dict:
            return value
        return _camel_case_struct(getattr(owner, spec.argument), value, owner)
    if kind == "array":
        if type(value) is not list:
            return value
        return [_camel_case(spec.argument, item, owner) for item in value]
    if kind == "map":
        if type(value) is not dict:
            return value
        return {key: _camel_case(spec.argument, item, owner) for key, item in value.items()}
    if kind == "tag":
        if type(value) is not dict:
            return value
        return {_TAG_KEYS.get(key, key): item for key, item in value.items()}
    if kind == "union":
        for member in spec.argument:
            if _fits_rendered(member, value, owner):
                return _camel_case(member, value, owner)
    return value


_TAG_KEYS = {"Key": "key", "Value": "value"}


def _fits_rendered(spec: _Spec, value: Any, owner: type) -> bool:
    """Whether a rendered value is of the kind `spec` (a struct: every key a property of it)."""
    kind = spec.kind
    if kind == "struct":
        return type(value) is dict and value.keys() <= _camel_table(getattr(owner, spec.argument)).keys()
    return _fits(spec, value, owner)


# --- validation --------------------------------------------------------------------------------


def validate_properties(resource: Any) -> list[str]:
    """Return the problems with the properties of a generated L1 resource that aws_cdk refuses when they
    are given: a required property or nested key left out, a value of the wrong Python type inside a
    nested type given as a dict, a name CloudFormation would have to generate.

    Each problem reads ``<property path>=<value> <problem>; <what is allowed>``. What the schema says of
    the values themselves (patterns, ranges, lengths, allowed values) is checked on the template, as
    aws-cdk-lib's template validation does (see `schema_findings`). A required value given as a token that
    may resolve to nothing (a ``Lazy``, a ``PolicyDocument``) is checked once resolved, when the resource
    is rendered (see `validate_resolved_properties`).
    """
    owner = type(resource)
    problems = _Problems()
    for prop, attribute, _ in _plans.get(owner) or _plan_of(owner):
        value = getattr(resource, attribute)
        if value is None and not prop.is_required:
            continue  # most properties are unset
        _validate_property(prop, value, prop.name, owner, problems)
    late = problems.late
    if late is not None or _LATE_CHECKS in resource.__dict__:
        resource.__dict__[_LATE_CHECKS] = late
    return problems


def _validate_property(prop: _Property, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if value is None:
        if prop.is_required:
            problems.append(f"{path} is required; pass {prop.name}=...")
        return
    if prop.is_required and _may_resolve_to_nothing(value):
        if problems.late is None:
            problems.late = []
        problems.late.append((value, path, prop))
        return
    _validate(prop.spec, value, path, owner, problems)


def _may_resolve_to_nothing(value: Any) -> bool:
    """Whether `value` is a token other than a reference or function (which always stand for something)."""
    kind = type(value)
    if kind is str:
        token = _TOKENS_BY_KEY.get(value)
    elif kind is float:
        token = TOKEN_MAP.lookup_number(value) if value < -1e288 else None
    elif kind is list:
        token = _TOKENS_BY_KEY.get(value[0]) if len(value) == 1 and type(value[0]) is str else None
    elif isinstance(value, IResolvable):
        token = value
    else:
        return False
    return token is not None and not isinstance(token, Intrinsic)


class SchemaViolations(ValidationError):
    """Required properties of an L1 resource whose values resolve to nothing."""

    def __init__(self, scope: Any, problems: list[str]) -> None:
        super().__init__(scope, problems[0])
        self.problems = problems


def validate_resolved_properties(
    resource: Any, properties: Mapping[str, Any], resolve: Callable[[Any], Any]
) -> None:
    """Check the required values `validate_properties` left for after resolution. `properties` are the
    resource's resolved properties (before overrides); `resolve` resolves a value inside a property.
    Raises SchemaViolations listing every one that resolves to nothing."""
    late: list[_LateCheck] | None = resource.__dict__.get(_LATE_CHECKS)
    if not late:
        return
    problems = []
    for value, path, required in late:
        # A whole property is read from the rendered properties; a value inside one is resolved again.
        resolved = properties.get(required.cfn_name) if path == required.name else resolve(value)
        if resolved is None:
            fix = f"pass {required.name}=... with a value"
            problems.append(f"{path} is required, but its value resolves to nothing; {fix}")
    if problems:
        raise SchemaViolations(resource, problems)


# Where a resource keeps the required values given as tokens (None: there are none).
_LATE_CHECKS = "_late_schema_checks"

# A required value given as a token that may resolve to nothing: the value, its path and its property.
_LateCheck: TypeAlias = "tuple[Any, str, _Property]"


class _Problems(list[str]):
    """The problems found, and the required token values left to check once resolved."""

    # A class default, set on an instance when needed: one is made per resource, most need none.
    late: list[_LateCheck] | None = None


# The value of PhysicalName.GENERATE_IF_NEEDED (core/resource.py). A resource that supports it turns it
# into a name; one that reaches a template was given to a property that takes no generated name.
PHYSICAL_NAME_MARKER = "@aws-cdk/core.PhysicalName.GENERATE_IF_NEEDED"


def _validate(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    kind = type(value)
    if kind is str:
        if PHYSICAL_NAME_MARKER in value:
            problems.append(
                f"{path}={_shown(value)} holds PhysicalName.GENERATE_IF_NEEDED, which this resource cannot "
                "turn into a name; give a name of your own"
            )
            return
        if spec.kind == "string" or value in _TOKENS_BY_KEY or string_has_token(value):
            return  # any string passes; a token is left to the template validation or CloudFormation
    elif kind is dict:
        if len(value) == 1 and _is_intrinsic(value):
            return  # a resolved reference or function: CloudFormation checks what it stands for
    elif kind is float:
        if value < -1e288 and TOKEN_MAP.lookup_number(value) is not None:
            return
    elif kind not in _PLAIN_KINDS and (kind in _token_classes or Token.is_unresolved(value)):
        if isinstance(value, IResolvable):
            _token_classes.add(kind)
        return  # a token is left to the template validation or CloudFormation
    check = _CHECKS[spec.kind]
    check(spec, value, path, owner, problems)


_PLAIN_KINDS = frozenset({int, bool, list, tuple})

# Token classes met so far (most values of an app are tokens of a few classes), told without the checks of
# Token.is_unresolved.
_token_classes: set[type] = set()


# The encoded string and list tokens by their text (numbers are looked up by TOKEN_MAP).
_TOKENS_BY_KEY = TOKEN_MAP._by_key


def _is_intrinsic(value: dict[Any, Any]) -> bool:
    key = next(iter(value))
    return type(key) is str and (key == "Ref" or key.startswith("Fn::"))


# --- the template validation's schema rules -------------------------------------------------------

# A problem the template validation of aws-cdk-lib finds in a resource's properties: its rule, where
# (`FileSystemConfigs.0.Arn`, "" for the properties themselves), what it says and the fix it suggests.
SchemaFinding = tuple[str, str, str, "str | None"]


def schema_findings(owner: type, properties: Any) -> list[SchemaFinding]:
    """What aws-cdk-lib's template validation reports of the resolved properties of a generated L1 (after
    overrides), in document order: F3002 an unknown property, F3003 a required one missing, F3012 a value
    of the wrong type, W9003 a scalar CloudFormation converts to the type, W3030 a value not allowed,
    F3031 a pattern, F3032 a number of items, F3033 a length, F3034 a range. References and functions are
    left to CloudFormation."""
    found: list[SchemaFinding] = []
    if type(properties) is not dict:
        properties = {}
    if getattr(owner, "CFN_RESOURCE_TYPE_NAME", None) in _OPEN_TYPES:
        # A custom resource takes any property besides the ones its schema names (its handler reads them).
        known = {prop.cfn_name for prop in _properties_of(_rows_of(owner))}
        properties = {key: value for key, value in properties.items() if key in known}
    _struct_findings(_properties_of(_rows_of(owner)), properties, "", owner, found)
    return found


# Resource types whose properties are open (the only schema with top-level `patternProperties`, `.*`):
# aws-cdk-lib's validator reports no unknown property there.
_OPEN_TYPES = frozenset({"AWS::CloudFormation::CustomResource"})


_by_cfn_name: dict[int, dict[str, _Property]] = {}


def _struct_findings(
    props: tuple[_Property, ...], value: dict[str, Any], path: str, owner: type, found: list[SchemaFinding]
) -> None:
    table = _by_cfn_name.get(id(props))
    if table is None:
        table = _by_cfn_name[id(props)] = {prop.cfn_name: prop for prop in props}
    for prop in props:
        if prop.is_required and prop.cfn_name not in value:
            found.append(
                (
                    "F3003",
                    path,
                    f"'{prop.cfn_name}' is a required property",
                    f"Add the required property '{prop.cfn_name}'",
                )
            )
    for key, item in value.items():
        known = table.get(key)
        if known is not None and (
            (known.spec is _ANY_STRING and type(item) is str)
            or (type(item) is dict and len(item) == 1 and _is_intrinsic(item))
        ):
            continue  # the common cases, passed before their path is made
        where = f"{path}.{key}" if path else key
        if known is None:
            found.append(
                ("F3002", where, f"Additional properties are not allowed ('{key}' was unexpected)", None)
            )
        else:
            _value_findings(known.spec, item, where, owner, found)


def _value_findings(spec: _Spec, value: Any, path: str, owner: type, found: list[SchemaFinding]) -> None:
    if spec is _ANY_STRING and type(value) is str:
        return  # most values: a string where any string will do
    if value is None or (type(value) is dict and len(value) == 1 and _is_intrinsic(value)):
        return  # a reference or function stands for a value CloudFormation checks
    kind = spec.kind
    if kind == "string":
        if type(value) is not str:
            if type(value) in (dict, list):
                found.append(("F3012", path, f"{_json_shown(value)} is not of type 'string'", None))
                return
            source = "boolean" if type(value) is bool else "number"
            found.append(_coerced(value, path, "string", source))
        _string_findings(spec, value, path, found)
    elif kind in ("integer", "number"):
        number = _as_number(value, kind)
        if number is None:
            found.append(("F3012", path, f"{_json_shown(value)} is not of type '{kind}'", None))
            return
        if type(value) is str:
            found.append(_coerced(value, path, kind, "string"))
        # Past the conversion, the converted number is checked (and quoted).
        _number_findings(spec, value, number, path, found)
    elif kind == "boolean":
        if type(value) is bool:
            return
        if type(value) is str and value in ("true", "false"):
            found.append(_coerced(value, path, "boolean", "string"))
        else:
            found.append(("F3012", path, f"{_json_shown(value)} is not of type 'boolean'", None))
    elif kind == "array":
        if type(value) is not list:
            found.append(("F3012", path, f"{_json_shown(value)} is not of type 'array'", None))
            return
        if spec.max_items is not None and len(value) > spec.max_items:
            found.append(
                ("F3032", path, f"expected maximum item count: {spec.max_items}, found: {len(value)}", None)
            )
        if spec.min_items is not None and len(value) < spec.min_items:
            found.append(
                ("F3032", path, f"expected minimum item count: {spec.min_items}, found: {len(value)}", None)
            )
        for index, item in enumerate(value):
            _value_findings(spec.argument, item, f"{path}.{index}", owner, found)
    elif kind == "struct":
        if type(value) is not dict:
            found.append(("F3012", path, f"{_json_shown(value)} is not of type 'object'", None))
            return
        _struct_findings(_properties_of(_rows_of(getattr(owner, spec.argument))), value, path, owner, found)
    elif kind == "map":
        # A map of another type is not reported by aws-cdk-lib's validator.
        if type(value) is dict:
            for key, item in value.items():
                _value_findings(spec.argument, item, f"{path}.{key}", owner, found)
    elif kind == "json":
        allowed = spec.argument
        if allowed is not None and not any(_is_json_type(value, json_type) for json_type in allowed):
            # The validator names the first type the schema allows (`object` of `object` or `string`).
            found.append(("F3012", path, f"{_json_shown(value)} is not of type '{allowed[0]}'", None))
    elif kind == "union":
        for member in spec.argument:
            if _fits(member, value, owner):
                _value_findings(member, value, path, owner, found)
                return


def _coerced(value: Any, path: str, kind: str, source: str) -> SchemaFinding:
    """A scalar of another type where CloudFormation converts it (`'10'` for an integer)."""
    shown = _json_shown(value)
    return (
        "W9003",
        path,
        f"{shown} is not of type '{kind}' - automatically coerced ({source} to {kind})",
        None,
    )


def _as_number(value: Any, kind: str) -> float | None:
    """`value` as CloudFormation reads it for an integer or number property, or None."""
    if type(value) is bool:
        return None
    if type(value) is str:
        try:
            number = float(value) if kind == "number" else int(value)
        except ValueError:
            return None
        return number
    if isinstance(value, (int, float)):
        if kind == "integer" and isinstance(value, float) and not value.is_integer():
            return None
        return value
    return None


def _string_findings(spec: _Spec, value: Any, path: str, found: list[SchemaFinding]) -> None:
    if spec.enum is not None and value not in spec.enum:
        choices = "[" + ", ".join(_json_shown(choice) for choice in spec.enum) + "]"
        found.append(("W3030", path, f"{_json_shown(value)} is not one of {choices}", None))
    if type(value) is not str:
        return
    if spec.pattern is not None and re.search(spec.pattern, value) is None:
        found.append(("F3031", path, f"{_json_shown(value)} does not match pattern '{spec.pattern}'", None))
    if spec.max_length is not None and len(value) > spec.max_length:
        found.append(("F3033", path, f"length {len(value)} exceeds maximum {spec.max_length}", None))
    if spec.min_length is not None and len(value) < spec.min_length:
        found.append(("F3033", path, f"length {len(value)} is below minimum {spec.min_length}", None))


def _number_findings(spec: _Spec, value: Any, number: float, path: str, found: list[SchemaFinding]) -> None:
    if spec.enum is not None and number not in spec.enum:
        choices = "[" + ", ".join(_json_shown(choice) for choice in spec.enum) + "]"
        found.append(("W3030", path, f"{_json_shown(value)} is not one of {choices}", None))
    if spec.maximum is not None and number > spec.maximum:
        found.append(
            (
                "F3034",
                path,
                f"{_json_shown(number)} is greater than the maximum of {_number(spec.maximum)}",
                None,
            )
        )
    if spec.minimum is not None and number < spec.minimum:
        found.append(
            (
                "F3034",
                path,
                f"{_json_shown(number)} is less than the minimum of {_number(spec.minimum)}",
                None,
            )
        )


def _json_shown(value: Any) -> str:
    """A JSON value as aws-cdk-lib's validator quotes it: strings in single quotes, JSON's literals."""
    kind = type(value)
    if kind is str:
        return f"'{value}'"
    if kind is bool:
        return "true" if value else "false"
    if value is None:
        return "null"
    if kind is float:
        return _number(value)
    if kind is dict:
        return "{" + ", ".join(f"'{key}': {_json_shown(item)}" for key, item in value.items()) + "}"
    if kind is list:
        return "[" + ", ".join(_json_shown(item) for item in value) + "]"
    return str(value)


# --- what aws_cdk refuses when a value is given --------------------------------------------------------


def _check_string(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if not isinstance(value, str):
        problems.append(f"{path}={_shown(value)} must be a string")


def _check_number(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    # aws_cdk takes any number for an integer property (JavaScript has one kind of number), and a bool
    # (Python's bool is an int): the template validation reports a fraction or a boolean.
    if not isinstance(value, (int, float)):
        problems.append(f"{path}={_shown(value)} must be a number")


def _check_boolean(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if not isinstance(value, bool):
        problems.append(f"{path}={_shown(value)} must be a boolean")


def _check_json(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    """Free-form JSON of any type: aws_cdk takes it, the template validation checks its type."""


def _check_array(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if not isinstance(value, (list, tuple)):
        problems.append(f"{path}={_shown(value)} must be a list")
        return
    for index, item in enumerate(value):
        if item is None:
            problems.append(f"{path}[{index}]=None is not allowed; remove it or pass a value")
        else:
            _validate(spec.argument, item, f"{path}[{index}]", owner, problems)


def _check_map(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if not isinstance(value, Mapping):
        problems.append(f"{path}={_shown(value)} must be a dict")
        return
    for key, item in value.items():
        if item is not None:
            _validate(spec.argument, item, f"{path}[{key!r}]", owner, problems)


def _check_struct(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    cls = getattr(owner, spec.argument)
    props = _properties_of(_rows_of(cls))
    if isinstance(value, cls):
        for prop in props:
            _validate_property(prop, getattr(value, prop.name), f"{path}.{prop.name}", owner, problems)
        return
    if not isinstance(value, Mapping):
        problems.append(f"{path}={_shown(value)} must be a {owner.__name__}.{spec.argument} or a dict")
        return
    known = {key for prop in props for key in (prop.name, prop.camel_name, prop.cfn_name)}
    for key in value:
        if key not in known:
            names = ", ".join(prop.name for prop in props)
            problems.append(f"{path}={_shown(value)} has an unknown key {key!r}; use {names}")
    for prop in props:
        _validate_property(prop, _dict_value(value, prop), f"{path}.{prop.name}", owner, problems)


def _check_tag(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    rendered = _render_tag(value)
    if not isinstance(rendered, Mapping) or not all(
        isinstance(item, str) or Token.is_unresolved(item) for item in rendered.values()
    ):
        problems.append(f"{path}={_shown(value)} must be a CfnTag; use CfnTag(key=..., value=...)")


def _check_union(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    for member in spec.argument:
        if _fits(member, value, owner):
            _validate(member, value, path, owner, problems)
            return
    names = [_describe(member, owner) for member in spec.argument]
    problems.append(f"{path}={_shown(value)} has an unsupported type; use {_alternatives(names)}")


_CHECKS: dict[str, Callable[[_Spec, Any, str, type, _Problems], None]] = {
    "string": _check_string,
    "integer": _check_number,
    "number": _check_number,
    "boolean": _check_boolean,
    "json": _check_json,
    "array": _check_array,
    "map": _check_map,
    "struct": _check_struct,
    "tag": _check_tag,
    "union": _check_union,
}

_JSON_TYPE_NAMES = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "a boolean",
    "object": "a dict",
    "array": "a list",
}


def _is_json_type(value: Any, json_type: str) -> bool:
    if json_type == "string":
        return isinstance(value, str)
    if json_type == "boolean":
        return isinstance(value, bool)
    if json_type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if json_type == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if json_type == "object":
        return isinstance(value, Mapping)
    if json_type == "array":
        return isinstance(value, (list, tuple))
    return True


def _describe(spec: _Spec, owner: type) -> str:
    if spec.kind == "struct":
        return f"a {owner.__name__}.{spec.argument}"
    if spec.kind == "tag":
        return "a CfnTag"
    if spec.kind == "map":
        return "a dict"
    return _JSON_TYPE_NAMES.get(spec.kind, "a JSON value")


# A value longer than this in a message is cut to its first _SHOWN_PREFIX characters.
_MAX_SHOWN = 80
_SHOWN_PREFIX = 60


def _shown(value: Any) -> str:
    """`repr(value)` for a message, a long one cut short with its length or item count."""
    text = repr(value)
    if len(text) <= _MAX_SHOWN:
        return text
    if isinstance(value, str):
        size = _count(len(value), "character")
    elif isinstance(value, (list, tuple, Mapping)):
        size = _count(len(value), "item")
    else:
        size = _count(len(text), "character")
    return f"{text[:_SHOWN_PREFIX]}... ({size})"


def _alternatives(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _number(n: float | None) -> str:
    if isinstance(n, float) and n.is_integer():
        return str(int(n))
    return str(n)
