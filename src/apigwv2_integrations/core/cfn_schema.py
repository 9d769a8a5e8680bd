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
from typing import TYPE_CHECKING, Any, ClassVar

from .errors import ValidationError
from .struct import LazyAttrsMeta, defer_attrs, field
from .tokens._encoding import TOKEN_MAP, string_has_token
from .tokens.resolvable import IResolvable
from .tokens.token import Intrinsic, Token

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
elif sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10

    def dataclass_transform(**_options: Any) -> Callable[[Any], Any]:
        return lambda target: target


TypeSpec = tuple[str, Any, tuple[tuple[str, Any], ...]]
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
    result = _camel_case_struct(owner, rendered, owner)
    if "tags" in result and getattr(owner, "cdk_tag_manager", None) is not None:
        # A resource whose tags aws-cdk-lib keeps in a `cdkTagManager` lists them first.
        return {"tags": result.pop("tags"), **result}
    return result


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
    """Return every problem with the properties of a generated L1 resource.

    Each problem reads ``<property path>=<value> <problem>; <what is allowed>``. A value given as a token
    that may stand for a literal (a ``Lazy``, a ``PolicyDocument``) is checked once it is resolved, when
    the resource is rendered (see `validate_resolved_properties`).
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


class SchemaViolations(ValidationError):
    """The problems found in the resolved values of an L1 resource's properties."""

    def __init__(self, scope: Any, problems: list[str]) -> None:
        super().__init__(scope, problems[0])
        self.problems = problems


def validate_resolved_properties(
    resource: Any, properties: Mapping[str, Any], resolve: Callable[[Any], Any]
) -> None:
    """Check the values `validate_properties` left for after resolution. `properties` are the resource's
    resolved properties (before overrides); `resolve` resolves a value as they were resolved, for a value
    inside a property. Raises SchemaViolations listing every problem."""
    late: list[_LateCheck] | None = resource.__dict__.get(_LATE_CHECKS)
    if not late:
        return
    owner = type(resource)
    cfn_names = _cfn_names.get(owner) or _cfn_names_of(owner)
    problems: _Problems | None = None  # made when a value needs a look: most resolve to nothing or pass
    for spec, value, path, required in late:
        # A whole property is read from the rendered properties; a value inside one is resolved again.
        key = cfn_names.get(path)
        resolved = properties.get(key) if key is not None else resolve(value)
        if resolved is None:
            if required is not None:
                if problems is None:
                    problems = _Problems()
                problems.append(
                    f"{path} is required, but its value resolves to nothing; "
                    f"pass {required.name}=... with a value"
                )
        elif spec is not None:
            if problems is None:
                problems = _Problems()
                problems.resolved = True
            _validate(spec, resolved, path, owner, problems)
    if problems:
        raise SchemaViolations(resource, list(problems))


# Where a resource keeps the checks of its token values that wait for resolution (None: there are none).
_LATE_CHECKS = "_late_schema_checks"

# A value given as a token that may resolve to a literal: its spec, the value, its path and, for the value
# of a required property, that property (resolving to nothing is a problem then).
_LateCheck = tuple["_Spec | None", Any, str, "_Property | None"]

_cfn_names: dict[type, dict[str, str]] = {}


def _cfn_names_of(owner: type) -> dict[str, str]:
    names = _cfn_names.get(owner)
    if names is None:
        names = _cfn_names[owner] = {prop.name: prop.cfn_name for prop in _properties_of(_rows_of(owner))}
    return names


class _Problems(list[str]):
    """The problems found, and the token values left to check once resolved."""

    # Class defaults, set on an instance when needed: one is made per resource, most need neither.
    late: list[_LateCheck] | None = None
    # Resolved values are checked as CloudFormation reads them: it converts a scalar given for another
    # scalar type (the number 1024 for a string), so only values given in Python are held to the type.
    resolved = False


_SCALARS = (str, int, float, bool)


def _validate_property(prop: _Property, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if value is None:
        if prop.is_required:
            problems.append(f"{path} is required; pass {prop.name}=...")
        return
    _validate(prop.spec, value, path, owner, problems, prop if prop.is_required else None)


# The value of PhysicalName.GENERATE_IF_NEEDED (core/resource.py). A resource that supports it turns it
# into a name; one that reaches a template was given to a property that takes no generated name.
PHYSICAL_NAME_MARKER = "@aws-cdk/core.PhysicalName.GENERATE_IF_NEEDED"


def _validate(
    spec: _Spec, value: Any, path: str, owner: type, problems: _Problems, required: _Property | None = None
) -> None:
    kind = type(value)
    if kind is str:
        if PHYSICAL_NAME_MARKER in value:
            problems.append(
                f"{path}={_shown(value)} holds PhysicalName.GENERATE_IF_NEEDED, which this resource cannot "
                "turn into a name; give a name of your own"
            )
            return
        if spec is _ANY_STRING and required is None:
            return  # any string passes
        # Most token strings are one whole token, found by their text.
        token = _TOKENS_BY_KEY.get(value)
        if token is not None:
            # Most are references, told by class inline: every token string of an app passes here.
            literal = _token_classes.get(type(token))
            if literal or (literal is None and _may_be_literal(type(token))):
                _check_later(spec, value, path, problems, required)
            return
        if spec is _ANY_STRING or string_has_token(value):
            return  # a string with text around its tokens is left to CloudFormation
    elif kind is dict:
        if len(value) == 1 and _is_intrinsic(value):
            return  # a resolved reference or function: CloudFormation checks what it stands for
    elif kind is float:
        if value < -1e288:
            token = TOKEN_MAP.lookup_number(value)
            if token is not None:
                if _may_be_literal(type(token)):
                    _check_later(spec, value, path, problems, required)
                return
    else:
        # A token object (`Lazy.any(...)`), told by its class without the checks of Token.is_unresolved.
        literal = _token_classes.get(kind)
        if literal is not None:
            if literal:
                _check_later(spec, value, path, problems, required)
            return
        if Token.is_unresolved(value):
            if isinstance(value, IResolvable):
                if _may_be_literal(kind):
                    _check_later(spec, value, path, problems, required)
            elif kind is list:
                token = _TOKENS_BY_KEY.get(value[0])
                if token is not None and _may_be_literal(type(token)):
                    _check_later(spec, value, path, problems, required)
            return
    check = _CHECKS[spec.kind]
    check(spec, value, path, owner, problems)


# By token class: whether its tokens may stand for a literal or for nothing. A reference or function (an
# Intrinsic) stays one; any other token (a Lazy, a PolicyDocument) may, so it is checked once resolved.
_token_classes: dict[type, bool] = {}


def _may_be_literal(cls: type) -> bool:
    literal = _token_classes.get(cls)
    if literal is None:
        literal = _token_classes[cls] = not issubclass(cls, Intrinsic)
    return literal


# Whether token values are checked against the schema once resolved, set for each synthesis from
# `@aws-cdk/core:validateAgainstDefaultRules` (see `render_app`): aws-cdk-lib's template validation fails
# synthesis on such a value only under that flag, and without it writes the template (with a warning), as
# this package then does. That a required property resolves to something is checked either way.
check_resolved_values: list[bool] = [False]


def _check_later(spec: _Spec, value: Any, path: str, problems: _Problems, required: _Property | None) -> None:
    """Leave a token value to be checked once resolved (see `validate_resolved_properties`)."""
    passes: bool | None = True
    if check_resolved_values[0]:
        passes = _passes_anything.get(id(spec))
        if passes is None:
            passes = _passes_anything[id(spec)] = _takes_any_value(spec)
    elif required is None:
        return
    if passes:
        if required is None:
            return
        check: _LateCheck = (None, value, path, required)  # only that it resolves to something
    else:
        check = (spec, value, path, required)
    late = problems.late
    if late is None:
        problems.late = [check]
    else:
        late.append(check)


# By compiled spec (they live as long as the process): whether any resolved value passes it.
_passes_anything: dict[int, bool] = {}


def _takes_any_value(spec: _Spec) -> bool:
    """Whether every resolved value passes `spec`: free-form JSON, a string without constraints, or a list or
    map of such without limits on its size (CloudFormation converts scalars; a reference passes)."""
    if spec is _ANY_STRING or (spec.kind == "json" and spec.argument is None):
        return True
    if spec.kind in ("array", "map") and spec.min_items is None and spec.max_items is None:
        return _takes_any_value(spec.argument)
    return False


# The encoded string and list tokens by their text (numbers are looked up by TOKEN_MAP).
_TOKENS_BY_KEY = TOKEN_MAP._by_key


def _is_intrinsic(value: dict[Any, Any]) -> bool:
    key = next(iter(value))
    return type(key) is str and (key == "Ref" or key.startswith("Fn::"))


def _check_string(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if not isinstance(value, str):
        if not (problems.resolved and isinstance(value, _SCALARS)):
            problems.append(f"{path}={_shown(value)} must be a string")
        return
    if spec.enum is not None and value not in spec.enum:
        problems.append(f"{path}={_shown(value)} is not one of the allowed values; use {_choices(spec.enum)}")
    if spec.pattern is not None and re.search(spec.pattern, value) is None:
        problems.append(
            f"{path}={_shown(value)} does not match the required pattern; "
            f"use a string matching {spec.pattern!r}"
        )
    if spec.min_length is not None and len(value) < spec.min_length:
        problems.append(
            f"{path}={_shown(value)} is too short; use at least {_count(spec.min_length, 'character')}"
        )
    if spec.max_length is not None and len(value) > spec.max_length:
        problems.append(
            f"{path}={_shown(value)} is too long; use at most {_count(spec.max_length, 'character')}"
        )


def _check_number(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if spec.kind == "integer":
        # A whole float (`rate * 2.0`) is an integer, as JavaScript's numbers are; the template writes `100`.
        whole = isinstance(value, float) and value.is_integer()
        if (not isinstance(value, int) or isinstance(value, bool)) and not whole:
            if not (problems.resolved and isinstance(value, _SCALARS)):
                problems.append(f"{path}={_shown(value)} must be an integer")
            return
    elif not isinstance(value, (int, float)) or isinstance(value, bool):
        if not (problems.resolved and isinstance(value, _SCALARS)):
            problems.append(f"{path}={_shown(value)} must be a number")
        return
    if spec.enum is not None and value not in spec.enum:
        problems.append(f"{path}={_shown(value)} is not one of the allowed values; use {_choices(spec.enum)}")
    too_small = spec.minimum is not None and value < spec.minimum
    too_large = spec.maximum is not None and value > spec.maximum
    if too_small or too_large:
        if spec.minimum is not None and spec.maximum is not None:
            allowed = f"use a number from {_number(spec.minimum)} to {_number(spec.maximum)}"
            problems.append(f"{path}={_shown(value)} is out of range; {allowed}")
        elif too_small:
            problems.append(
                f"{path}={_shown(value)} is too small; use a number of at least {_number(spec.minimum)}"
            )
        else:
            problems.append(
                f"{path}={_shown(value)} is too large; use a number of at most {_number(spec.maximum)}"
            )


def _check_boolean(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if not isinstance(value, bool) and not (problems.resolved and isinstance(value, _SCALARS)):
        problems.append(f"{path}={_shown(value)} must be a boolean")


def _check_json(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    allowed = spec.argument
    if allowed is None or (type(value) is dict and "object" in allowed):
        return  # the common case first: a policy document or other object where one is allowed
    if any(_is_json_type(value, json_type) for json_type in allowed):
        return
    names = [_JSON_TYPE_NAMES[json_type] for json_type in allowed]
    problems.append(f"{path}={_shown(value)} has an unsupported type; use {_alternatives(names)}")


def _check_array(spec: _Spec, value: Any, path: str, owner: type, problems: _Problems) -> None:
    if not isinstance(value, (list, tuple)):
        problems.append(f"{path}={_shown(value)} must be a list")
        return
    if spec.min_items is not None and len(value) < spec.min_items:
        problems.append(
            f"{path}={_shown(value)} has too few items; use at least {_count(spec.min_items, 'item')}"
        )
    if spec.max_items is not None and len(value) > spec.max_items:
        problems.append(
            f"{path}={_shown(value)} has too many items; use at most {_count(spec.max_items, 'item')}"
        )
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


def _choices(values: tuple[Any, ...]) -> str:
    return _alternatives([repr(v) for v in values])


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
