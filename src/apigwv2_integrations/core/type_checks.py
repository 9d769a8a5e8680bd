"""Argument type checks at the public boundary, built from the annotations mypy already checks.

Every public class of the package gets its `__init__` and public methods wrapped (`install_import_hook`
notes each module imported, so classes added later need nothing): when its name is first looked up in a
package, or when its first object is made, whichever comes first (most classes an app imports it never
builds, or builds only from inside the package); a struct checks its keyword arguments in the `__new__`
it already has (core/struct.py). A wrapper looks at its caller
first: a call from inside the package, or made while a checked call is running, is trusted (mypy
checks it); a call from anywhere else has its arguments checked against checks compiled from the
annotations the first time each argument is passed, and cached. An annotation that cannot be resolved
or checked is skipped. The generated `Cfn*` classes are left out:
their properties are checked against the CloudFormation schema at synth.

A wrong type is an `ArgumentTypeError` (a `TypeError`) in the house shape:
`Books/Fn: timeout='30' is a str; use a Duration, e.g. Duration.seconds(30)`.
"""

from __future__ import annotations

import atexit
import builtins
import collections.abc
import enum
import functools
import sys
import types
from collections.abc import Callable, Iterator, Sequence

from . import runtime_typing
from ._annotation_text import evaluate_annotation
from .lazy_exports import first_use_hooks, load_exports
from .package_loader import after_exec_hooks, find_package_spec, forget_listings
from .runtime_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from typing import Any, TypeAlias

__all__ = [
    "check_class",
    "check_imported_modules",
    "check_struct_arguments",
    "inside_globals",
    "install_import_hook",
    "is_outside_globals",
    "public_classes",
    "trusted_depth",
]

_PACKAGE = __name__.split(".")[0]
_INSIDE = _PACKAGE + "."
# Generated L1 modules check their properties against the CloudFormation schema at synth.
_UNCHECKED_MODULES = (
    f"{_PACKAGE}.cfn.",
    # The generated CloudFormation classes under the names the top level exports (checked at synth).
    f"{_PACKAGE}.aws_cloudformation.top_level",
    f"{_PACKAGE}.__main__",
    f"{_PACKAGE}.core.type_checks",
    f"{_PACKAGE}.core.struct",
    f"{_PACKAGE}.core.runtime_typing",
    # The package's own regular expressions: thousands of calls per synth, none from outside.
    f"{_PACKAGE}.core.lazy_pattern",
)
_getframe = sys._getframe
_UNCHECKABLE = frozenset({"Any", "object", "typing.Any"})


class _Mismatch:
    """A value that failed a check; `where` is its place inside the argument (`[0]`, `['key']`)."""

    # A plain class: a NamedTuple with string annotations costs a millisecond at import.
    __slots__ = ("expected", "note", "value", "where")

    def __init__(self, where: str, value: Any, expected: Any, note: str = "") -> None:
        self.where = where
        self.value = value
        self.expected = expected  # a resolved annotation
        self.note = note

    def inside(self, place: str) -> _Mismatch:
        """This mismatch, found at `place` of a larger value."""
        return _Mismatch(place + self.where, self.value, self.expected, self.note)


_Check: TypeAlias = "Callable[[Any], _Mismatch | None]"


# --- resolving annotations -------------------------------------------------------------------------


def _package_classes() -> dict[str, list[type]]:
    """Classes defined in the package's loaded modules, by name (for names imported only for mypy).

    Filled as modules are imported (`register_classes`), so looking a name up never scans sys.modules.
    """
    return _registry


_registry: dict[str, list[type]] = {}


def register_classes(module: types.ModuleType, class_names: Sequence[str] | None = None) -> list[type]:
    """Record the classes a module of the package defines, by name, and return them: those named
    `class_names` (the class statements of its code), or any class of the module in its namespace."""
    name = module.__name__
    namespace = vars(module)
    values = namespace.values() if class_names is None else [namespace.get(n) for n in class_names]
    defined = [value for value in values if isinstance(value, type) and value.__module__ == name]
    for cls in defined:
        found = _registry.setdefault(cls.__name__, [])
        if cls not in found:
            found.append(cls)
    return defined


def public_classes() -> list[type]:
    """Every public class of the package's loaded public packages and modules (names in each `__all__`).

    The names a loaded package exports from its own modules count as loaded (they are imported now),
    so the answer does not depend on which of them an app happened to use.
    """
    load_exports(_is_construct_library_module)
    check_imported_modules()
    found: dict[type, None] = {}
    for name, module in list(sys.modules.items()):
        if module is None or not (name == _PACKAGE or name.startswith(_INSIDE)):
            continue
        # vars(), not getattr(): a name a package loads on first use (PEP 562) stays unloaded.
        namespace = vars(module)
        for attribute in getattr(module, "__all__", ()):
            value = namespace.get(attribute)
            if isinstance(value, type) and value.__module__.startswith(_PACKAGE):
                found[value] = None
    return list(found)


def _is_construct_library_module(name: str) -> bool:
    """A module of the package other than the generated L1 classes (those stay loaded on first use)."""
    return name.startswith(_INSIDE) and not name.startswith(_UNCHECKED_MODULES[0])


class _Namespace(dict[str, "Any"]):
    """Local names for evaluating an annotation: the owner class, the module's own names (its globals),
    then any package class of that name (for names imported only for mypy)."""

    def __init__(self, owner: type | None, home: str) -> None:
        super().__init__(vars(owner) if owner is not None else {})
        self._home = home

    def __missing__(self, key: str) -> Any:
        module = sys.modules.get(self._home)
        if module is not None and key in vars(module):
            raise KeyError(key)  # the module's globals answer it
        if key == "Any":
            return _ANY  # imported for mypy alone: loading `typing` for it would cost more than the check
        candidates = _package_classes().get(key, [])
        if len(candidates) > 1:
            # Prefer the class of the same service package (IFunction of aws_lambda, not a copy elsewhere).
            home = self._home.split(".")[:2]
            candidates = [c for c in candidates if c.__module__.split(".")[:2] == home] or candidates
        if len(candidates) == 1:
            return candidates[0]
        if module is None or hasattr(builtins, key):
            raise KeyError(key)
        return _import_for_check(module, key)


# module name -> {name: (module, attribute)} of the imports under its `if TYPE_CHECKING:`
_type_checking_imports: dict[str, dict[str, tuple[str, str]]] = {}


def _import_for_check(module: types.ModuleType, name: str) -> Any:
    """A class `module` imports only for mypy (under `if TYPE_CHECKING:`), imported now a check needs it."""
    table = _type_checking_imports.get(module.__name__)
    if table is None:
        table = _type_checking_imports[module.__name__] = _read_type_checking_imports(module)
    source = table.get(name)
    if source is None:
        raise KeyError(name)
    try:
        __import__(source[0])
        return getattr(sys.modules[source[0]], source[1])
    except (ImportError, AttributeError) as error:
        raise KeyError(name) from error


def _read_type_checking_imports(module: types.ModuleType) -> dict[str, tuple[str, str]]:
    """The `from X import Y` statements under the module's top-level `if TYPE_CHECKING:` blocks."""
    import ast  # deferred for import speed: only a check of a name imported for mypy alone reads source

    origin = getattr(module.__spec__, "origin", None)
    try:
        with open(origin or "", encoding="utf-8") as source:
            tree = ast.parse(source.read())
    except (OSError, SyntaxError, ValueError):
        return {}
    package = (module.__package__ or "").split(".")
    found: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        test = node.test if isinstance(node, ast.If) else None
        if not (
            (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
            or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
        ):
            continue
        for statement in cast("ast.If", node).body:
            if not isinstance(statement, ast.ImportFrom):
                continue
            base = package[: len(package) - statement.level + 1] if statement.level else []
            source_module = ".".join([*base, *([statement.module] if statement.module else [])])
            for alias in statement.names:
                found[alias.asname or alias.name] = (source_module, alias.name)
    return found


def _resolve(annotation: Any, module_name: str, owner: type | None) -> Any:
    """The annotation as an object, or None when it cannot be resolved (then it is not checked)."""
    if not isinstance(annotation, str):
        return annotation
    if annotation in _UNCHECKABLE:
        return None
    module = sys.modules.get(module_name)
    if module is None:
        return None
    try:
        return evaluate_annotation(annotation, vars(module), _Namespace(owner, module_name))
    except Exception:  # an annotation we cannot evaluate is skipped, never an error for the user
        return None


# --- compiling checks ------------------------------------------------------------------------------
# The annotations are read without loading `typing` (core/runtime_typing.py): `X | Y` and `Sequence[X]`
# are the built-in `types.UnionType` and `types.GenericAlias`, and `Any` is `_ANY`. A `typing` object
# can only come from a module that loaded `typing`, so `typing` is asked about it only then.


class _AnyValue:
    """`Any` in an annotation the package imports `Any` for mypy alone: every value passes."""

    __slots__ = ()

    def __or__(self, other: object) -> _AnyValue:
        return self

    __ror__ = __or__

    def __repr__(self) -> str:
        return "typing.Any"


_ANY = _AnyValue()


def _loaded_typing() -> Any:
    return sys.modules.get("typing")


def _is_typing_form(tp: Any, name: str) -> bool:
    typing = _loaded_typing()
    return typing is not None and tp is getattr(typing, name)


def _is_any(tp: Any) -> bool:
    return tp is _ANY or _is_typing_form(tp, "Any")


def _origin_of(tp: Any) -> Any:
    """`typing.get_origin(tp)`."""
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    typing = _loaded_typing()
    return typing.get_origin(tp) if typing is not None else None


def _args_of(tp: Any) -> tuple[Any, ...]:
    """`typing.get_args(tp)`."""
    typing = _loaded_typing()
    if typing is not None:
        return tuple(typing.get_args(tp))
    if isinstance(tp, (types.GenericAlias, types.UnionType)):
        return tuple(tp.__args__)
    return ()


def _is_union(origin: Any) -> bool:
    return origin is types.UnionType or _is_typing_form(origin, "Union")


def _is_literal(origin: Any) -> bool:
    return _is_typing_form(origin, "Literal")


def _is_type_variable(tp: Any) -> bool:
    typing = _loaded_typing()
    return isinstance(tp, runtime_typing.TypeVar) or (typing is not None and isinstance(tp, typing.TypeVar))


def _is_generic_base(base: type) -> bool:
    return base is runtime_typing.Generic or _is_typing_form(base, "Generic")


def _is_protocol(tp: type) -> bool:
    return bool(getattr(tp, "_is_protocol", False))


def _is_struct(tp: type) -> bool:
    return "_attrs_options" in vars(tp) or "__attrs_attrs__" in vars(tp)


_PROTOCOL_SKIP = frozenset(
    {"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__"}
    | {"__slots__", "__subclasshook__", "__weakref__", "__parameters__", "__orig_bases__", "__orig_class__"}
    | {"__protocol_attrs__", "__callable_proto_members_only__", "__non_callable_proto_members__"}
    | {"__qualname__", "__class_getitem__", "__init_subclass__", "__firstlineno__", "__static_attributes__"}
)


@functools.cache
def _protocol_members(protocol: type) -> tuple[str, ...]:
    """The members a value must have: those the protocol declares itself (all inherited ones when none),
    less its optional properties (`-> X | None`), which aws_cdk's interfaces let an object leave out.

    Inherited members are left out on purpose: a stand-in that implements what this protocol adds is
    accepted, as a partial fake in a test is.
    """
    return tuple(name for name, optional in _members_of(protocol) if not optional)


@functools.cache
def _members_of(protocol: type) -> tuple[tuple[str, bool], ...]:
    own = _declared_members(protocol, (protocol,))
    return own or _declared_members(protocol, protocol.__mro__)


def _declared_members(protocol: type, bases: Sequence[type]) -> tuple[tuple[str, bool], ...]:
    """(name, whether it is optional) of each member the protocol bases declare."""
    members: dict[str, bool] = {}
    for base in bases:
        if base is object or _is_generic_base(base) or getattr(base, "_is_protocol", False) is False:
            continue
        if base is runtime_typing.Protocol or (base.__name__ == "Protocol" and base.__module__ == "typing"):
            continue
        namespace = vars(base)
        annotations = namespace.get("__annotations__", {})
        for name in list(namespace) + list(annotations):
            if name.startswith("_abc_") or name in _PROTOCOL_SKIP or name.startswith("_is_"):
                continue
            attribute = namespace.get(name)
            annotation = (
                attribute.fget.__annotations__.get("return")
                if isinstance(attribute, property) and attribute.fget is not None
                else annotations.get(name)
            )
            members[name] = members.get(name, True) and _allows_none(annotation)
    return tuple(sorted(members.items()))


def _allows_none(annotation: Any) -> bool:
    """Whether an annotation (its text, under `from __future__ import annotations`) admits None."""
    if not isinstance(annotation, str):
        return annotation is not None and type(None) in _args_of(annotation)
    return "None" in (part.strip() for part in annotation.split("|")) or annotation.startswith("Optional[")


# Values that are no object of an interface, whatever members their type has.
_PLAIN_VALUES = (str, bytes, int, float, list, tuple, set, frozenset, collections.abc.Mapping)


_conforming: set[tuple[type, type]] = set()


def _conforms(value: Any, protocol: type) -> bool:
    """Structural check without touching properties (a property may create constructs or raise)."""
    if isinstance(value, type):
        return False  # a class given for an object: its methods are there, but unbound
    if isinstance(value, _PLAIN_VALUES) and _members_of(protocol):
        return False  # which an interface of optional members alone would otherwise admit
    kind = type(value)
    if (protocol, kind) in _conforming or protocol in kind.__mro__:
        return True
    # A proxy or a mock: its members cannot be listed. Looked up in the class's own MRO: a struct class
    # answers `__getattr__` from its metaclass, and a struct is no object of an interface.
    if any("__getattr__" in vars(base) for base in kind.__mro__):
        return True
    own = getattr(value, "__dict__", {})
    for member in _protocol_members(protocol):
        if member in own or any(member in vars(base) for base in kind.__mro__):
            continue
        return False
    _conforming.add((protocol, kind))
    return True


def _compile(tp: Any) -> _Check | None:
    """A check for values of `tp`, or None when every value passes (or `tp` cannot be checked)."""
    if tp is None or _is_any(tp) or tp is object:
        return None
    if tp is type(None):
        return lambda v: None if v is None else _Mismatch("", v, tp)
    origin = _origin_of(tp)
    if _is_union(origin):
        return _compile_union(_args_of(tp), tp)
    if _is_literal(origin):
        allowed = _args_of(tp)
        return lambda v: None if v in allowed else _Mismatch("", v, tp)
    if origin is type:
        return lambda v: None if isinstance(v, type) else _Mismatch("", v, tp)
    if (
        origin is collections.abc.Callable
        or tp is collections.abc.Callable
        or _is_typing_form(tp, "Callable")
    ):
        return lambda v: None if callable(v) else _Mismatch("", v, tp)
    if origin is not None:
        return _compile_generic(origin, _args_of(tp), tp)
    if _is_type_variable(tp) or not isinstance(tp, type):
        return None
    return _compile_class(tp)


def _is_number_token(value: float) -> bool:
    """True for a number token (`Token.as_number(...)`, `CfnParameter.value_as_number`): a float that
    aws_cdk takes where it types a parameter as a number and this package as an int."""
    # Deferred for import speed: `import apigwv2_integrations` loads no token module.
    from .tokens._encoding import is_number_token

    return is_number_token(value)


def _compile_class(tp: type) -> _Check | None:
    if tp is float:
        return lambda v: (
            None if isinstance(v, (int, float)) and not isinstance(v, bool) else _Mismatch("", v, tp)
        )
    if tp is int:
        return lambda v: (
            None
            if (isinstance(v, int) and not isinstance(v, bool))
            or (isinstance(v, float) and _is_number_token(v))
            else _Mismatch("", v, tp)
        )
    if _is_protocol(tp):
        return lambda v: None if _conforms(v, tp) else _Mismatch("", v, tp)
    if tp in (list, tuple, collections.abc.Sequence):
        return lambda v: None if isinstance(v, (list, tuple)) else _Mismatch("", v, tp)
    return lambda v: None if isinstance(v, tp) else _Mismatch("", v, tp)


def _compile_union(members: tuple[Any, ...], tp: Any) -> _Check | None:
    optional = type(None) in members
    others = [m for m in members if m is not type(None)]
    structs = [m for m in others if isinstance(m, type) and _is_struct(m)]
    takes_dict = any(_origin_of(m) in (collections.abc.Mapping, dict) or m is dict for m in others)
    checks: list[_Check] = []
    for member in others:
        if len(structs) == 1 and takes_dict and _origin_of(member) in (collections.abc.Mapping, dict):
            checks.append(_struct_dict_check(structs[0], tp))
            continue
        check = _compile(member)
        if check is None:
            return None
        checks.append(check)

    def check_union(value: Any) -> _Mismatch | None:
        if value is None and optional:
            return None
        deepest: _Mismatch | None = None
        for check in checks:
            mismatch = check(value)
            if mismatch is None:
                return None
            if (mismatch.where or mismatch.note) and (
                deepest is None or len(mismatch.where) > len(deepest.where)
            ):
                deepest = mismatch
        return deepest or _Mismatch("", value, tp)

    return check_union


def _compile_generic(origin: Any, args: tuple[Any, ...], tp: Any) -> _Check | None:
    if origin in (list, tuple, set, frozenset, collections.abc.Sequence, collections.abc.Iterable):
        item = args[0] if args and not (origin is tuple and len(args) != 2) else None
        if origin is tuple and len(args) == 2 and args[1] is not Ellipsis:
            item = None
        item_check = _compile(item) if item is not None else None
        kinds: tuple[type, ...] = (
            (list, tuple) if origin is not set and origin is not frozenset else (set, frozenset)
        )
        if origin is collections.abc.Iterable:
            kinds = (list, tuple, set, frozenset, dict, types.GeneratorType)

        def check_items(value: Any) -> _Mismatch | None:
            if not isinstance(value, kinds):
                return _Mismatch("", value, tp)
            if item_check is not None:
                element: Any
                for index, element in enumerate(cast("collections.abc.Iterable[Any]", value)):
                    mismatch = item_check(element)
                    if mismatch is not None:
                        return mismatch.inside(f"[{index}]")
            return None

        return check_items
    if origin in (dict, collections.abc.Mapping, collections.abc.MutableMapping):
        key_check = _compile(args[0]) if args else None
        value_check = _compile(args[1]) if len(args) > 1 else None

        def check_mapping(value: Any) -> _Mismatch | None:
            if not isinstance(value, collections.abc.Mapping):
                return _Mismatch("", value, tp)
            for key, item in value.items():
                mismatch = key_check(key) if key_check is not None else None
                if mismatch is not None:
                    return _Mismatch(f"[{key!r}] (a key)", mismatch.value, mismatch.expected, mismatch.note)
                mismatch = value_check(item) if value_check is not None else None
                if mismatch is not None:
                    return mismatch.inside(f"[{key!r}]")
            return None

        return check_mapping
    return None


def _struct_dict_check(struct: type, tp: Any) -> _Check:
    """A dict given for a struct: every key a field, every value of the field's type."""

    def check_dict(value: Any) -> _Mismatch | None:
        if not isinstance(value, collections.abc.Mapping):
            return _Mismatch("", value, tp)
        plan = _struct_plan(struct)
        for key, item in value.items():
            check: Any = plan.check_of(key, _NO_FIELD) if isinstance(key, str) else _NO_FIELD
            if check is _NO_FIELD and isinstance(key, str):
                from .struct import field_keyword  # deferred: struct.py imports this module

                keyword = field_keyword(struct, key)  # aws-cdk-lib's camelCase name of a field
                check = plan.check_of(keyword, _NO_FIELD) if keyword is not None else _NO_FIELD
            if check is _NO_FIELD:
                return _Mismatch("", value, tp, note=f"has no key {key!r}; use {_field_list(plan)}")
            mismatch: _Mismatch | None = check(item) if check is not None else None
            if mismatch is not None:
                return mismatch.inside(f"[{key!r}]")
        return None

    return check_dict


def _field_list(plan: _Plan) -> str:
    names = list(plan.checks)
    return "one of " + ", ".join(repr(n) for n in names) if names else "no keys"


_NO_FIELD: Any = object()


# --- plans: the checks of one function -------------------------------------------------------------


class _Pending:
    """A check not compiled yet: wide signatures (Function has 40 keywords) compile only what is passed."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], _Check | None]) -> None:
        self.make = make


class _Plan:
    """The checks of a signature by argument name; each is compiled the first time a value for it is
    checked (`_Pending` until then)."""

    __slots__ = ("checks", "positional", "skip_first", "star_args", "star_kwargs")

    def __init__(
        self,
        checks: dict[str, _Check | _Pending | None],
        positional: list[str],
        skip_first: bool,
        star_args: tuple[str, _Check] | None,
        star_kwargs: _Check | None,
    ) -> None:
        self.checks = checks
        self.positional = positional
        self.skip_first = skip_first
        self.star_args = star_args
        self.star_kwargs = star_kwargs

    def check_of(self, name: str, default: Any = None) -> Any:
        """The check of argument `name` (`default` when there is no such argument)."""
        check = self.checks.get(name, default)
        if type(check) is _Pending:
            check = self.checks[name] = check.make()
        return check

    def find_mismatch(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, _Mismatch] | None:
        # Runs at every call from outside: the plain dict is read here, a pending check compiled in place.
        checks = self.checks
        start = 1 if self.skip_first else 0
        if len(args) > start:
            positional = self.positional
            for index in range(start, len(args)):
                check: Any
                if index < len(positional):
                    name = positional[index]
                    check = checks.get(name)
                    if type(check) is _Pending:
                        check = self.check_of(name)
                elif self.star_args is not None:
                    name = f"{self.star_args[0]}[{index - len(positional)}]"
                    check = self.star_args[1]
                else:
                    break  # too many arguments: Python's own TypeError says so
                if check is not None:
                    mismatch = check(args[index])
                    if mismatch is not None:
                        return name, mismatch
        for name, value in kwargs.items():
            check = checks.get(name, self.star_kwargs)
            if type(check) is _Pending:
                check = self.check_of(name)
            if check is not None:
                mismatch = check(value)
                if mismatch is not None:
                    return name, mismatch
        return None


def _function_plan(function: Callable[..., Any], owner: type | None, skip_first: bool) -> _Plan:
    code = function.__code__
    annotations = getattr(function, "__annotations__", {})
    module = function.__module__
    count = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:count])
    checks: dict[str, _Check | _Pending | None] = {}
    for name in names:
        checks[name] = _Pending(functools.partial(_compile_annotation, annotations.get(name), module, owner))
    star_args = None
    star_kwargs = None
    index = count
    if code.co_flags & 0x04:  # *args
        star_name = code.co_varnames[index]
        index += 1
        check = _compile(_resolve(annotations.get(star_name), module, owner))
        star_args = (star_name, check) if check is not None else None
    if code.co_flags & 0x08:  # **kwargs
        star_kwargs = _compile(_resolve(annotations.get(code.co_varnames[index]), module, owner))
    return _Plan(checks, names[: code.co_argcount], skip_first, star_args, star_kwargs)


@functools.cache
def _compile_annotation(annotation: Any, module: str, owner: type | None) -> _Check | None:
    # Cached: many signatures share `str | None`, `Duration | None`, ... in one module.
    return _compile(_resolve(annotation, module, owner))


def _field_input_annotation(field: Any) -> tuple[Any, str]:
    """What a struct field accepts: its converter's parameter type (and module), else the field's type."""
    converter = field.converter
    if converter is not None:
        annotations = getattr(converter, "__annotations__", None)
        code = getattr(converter, "__code__", None)
        if annotations is None or code is None or code.co_argcount < 1:
            return None, ""
        return annotations.get(code.co_varnames[0]), converter.__module__
    return field.type, ""


_struct_plans: dict[type, _Plan] = {}


def _struct_plan(struct: type) -> _Plan:
    plan = _struct_plans.get(struct)
    if plan is None:
        from .struct import struct_fields  # deferred: struct.py imports this module

        checks: dict[str, _Check | _Pending | None] = {}
        for field in struct_fields(struct):
            checks[field.alias] = _Pending(functools.partial(_field_check, struct, field))
        plan = _Plan(checks, [], False, None, None)
        _struct_plans[struct] = plan
    return plan


def _field_check(struct: type, field: Any) -> _Check | None:
    annotation, module = _field_input_annotation(field)
    owner: type | None = None
    if not module:
        owner = _declaring_class(struct, field.name)
        module = owner.__module__
    check = _compile(_resolve(annotation, module, owner))
    if module and _is_loose(annotation):
        # A converter taking `Sequence[Any]` and the like: the field's type says what items to take.
        declaring = _declaring_class(struct, field.name)
        check = _converter_then_field(check, _compile(_resolve(field.type, declaring.__module__, declaring)))
    return check


def _is_loose(annotation: Any) -> bool:
    return annotation is None or (isinstance(annotation, str) and "Any" in annotation)


def _converter_then_field(converter_check: _Check | None, field_check: _Check | None) -> _Check | None:
    if field_check is None:
        return converter_check

    def check_both(value: Any) -> _Mismatch | None:
        mismatch = converter_check(value) if converter_check is not None else None
        if mismatch is not None:
            return field_check(value) or mismatch  # the field's type tells better what to pass
        if isinstance(value, collections.abc.Mapping):
            return None  # a dict the converter turns into a struct was checked by its own fields
        if (
            converter_check is not None
            and isinstance(value, (list, tuple))
            and any(isinstance(item, collections.abc.Mapping) for item in value)
        ):
            return None  # the converter's annotation took these dicts: it turns each into its struct
        return field_check(value)

    return check_both


def _declaring_class(struct: type, name: str) -> type:
    for base in struct.__mro__:
        if name in vars(base).get("__annotations__", {}):
            return base
    return struct


# --- the wrappers --------------------------------------------------------------------------------

# ids of the globals of the package's modules seen calling a wrapper: the test every call makes.
inside_globals: set[int] = set()
# Above zero while a checked call from outside runs: the package's own calls inside it are trusted
# (mypy checks them), and so are callbacks it makes (aspects, lazy values) — a known limit.
trusted_depth = [0]


def is_outside_globals(module_globals: dict[str, Any]) -> bool:
    """True when code with these globals is not the package's (then its arguments are checked)."""
    if id(module_globals) in inside_globals:
        return False
    if module_globals.get("__name__", "").startswith(_INSIDE):
        inside_globals.add(id(module_globals))
        return False
    return True


def _wrap(function: Callable[..., Any], owner: type | None, skip_first: bool) -> Callable[..., Any]:
    plans: list[_Plan] = []

    def checked(*args: Any, **kwargs: Any) -> Any:
        if trusted_depth[0]:
            return function(*args, **kwargs)
        if not is_outside_globals(_getframe(1).f_globals):
            return function(*args, **kwargs)
        return from_outside(*args, **kwargs)

    def from_outside(*args: Any, **kwargs: Any) -> Any:
        if _pending:
            check_imported_modules()
        if not plans:
            plans.append(_function_plan(function, owner, skip_first))
        found = plans[0].find_mismatch(args, kwargs)
        if found is not None:
            from .type_check_messages import place_of, raise_mismatch  # deferred: only a failed check

            raise_mismatch(place_of(function, owner, args, kwargs), found[0], found[1])
        # What the call does inside the package is trusted: nested calls skip their checks.
        trusted_depth[0] += 1
        try:
            return function(*args, **kwargs)
        except TypeError as error:
            # Raised by the call itself (no frame of `function` below this one): arguments Python
            # could not bind. Anything raised inside `function` goes on as it is.
            if error.__traceback__ is None or error.__traceback__.tb_next is not None:
                raise
            from .call_errors import function_call_error  # deferred: only a bad call needs it

            replacement = function_call_error(function, owner, skip_first, args, kwargs)
            if replacement is None:
                raise
            raise replacement from None
        finally:
            trusted_depth[0] -= 1

    _copy_identity(checked, function)
    if function.__name__ == "__init__":
        checked.__from_outside__ = from_outside  # type: ignore[attr-defined]  # see _first_init
    return checked


def _defer_checks(cls: type) -> None:
    """Wrap the methods of `cls` when its first object is made, or when its name is first looked up.

    Most classes an app imports it never builds (or builds only from inside the package), so wrapping
    every public method at import would cost milliseconds for nothing. Static and class methods are
    reached through the class's name, which the package's lazy exports hand out (`check_first_use`).
    """
    own_init = vars(cls).get("__init__")
    init = cls.__init__  # type: ignore[misc]  # its own or the one it inherits

    def first_init(*args: Any, **kwargs: Any) -> Any:
        outside = not trusted_depth[0] and is_outside_globals(_getframe(1).f_globals)
        return _first_init(cls, outside, args, kwargs)

    if isinstance(init, types.FunctionType):
        _copy_identity(first_init, init)  # signature() and help() show the real one
    else:
        first_init.__wrapped__ = init  # type: ignore[attr-defined]
    first_init.__own_init__ = own_init  # type: ignore[attr-defined]
    first_init.__checks_deferred__ = True  # type: ignore[attr-defined]
    first_init.__from_outside__ = lambda *a, **k: _first_init(cls, True, a, k)  # type: ignore[attr-defined]
    type.__setattr__(cls, "__init__", first_init)


def _first_init(cls: type, outside: bool, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    check_class(cls)
    init = cls.__init__  # type: ignore[misc]  # the checked one now, or the one it inherits
    if outside:
        init = getattr(init, "__from_outside__", init)
    return init(*args, **kwargs)


def _undefer(cls: type) -> None:
    """Put back the `__init__` that `_defer_checks` replaced (none, when `cls` inherits it)."""
    init = vars(cls).get("__init__")
    if getattr(init, "__checks_deferred__", False):
        original = init.__own_init__  # type: ignore[union-attr]
        if original is None:
            type.__delattr__(cls, "__init__")
        else:
            type.__setattr__(cls, "__init__", original)


def check_first_use(value: Any) -> None:
    """Wrap the methods of a class of the package the first time a user looks its name up."""
    if isinstance(value, type) and _is_deferred(value):
        check_class(value)


def _copy_identity(wrapper: Callable[..., Any], function: Callable[..., Any]) -> None:
    """What `functools.wraps` copies, at a third of its cost (hundreds of wrappers are made at import)."""
    wrapper.__module__ = function.__module__
    wrapper.__name__ = function.__name__
    wrapper.__qualname__ = function.__qualname__
    wrapper.__doc__ = function.__doc__
    wrapper.__annotations__ = function.__annotations__
    wrapper.__wrapped__ = function  # type: ignore[attr-defined]
    wrapper.__type_checked__ = True  # type: ignore[attr-defined]
    if getattr(function, "__isabstractmethod__", False):
        # A subclass made later must still count the method as abstract (abc reads this attribute).
        wrapper.__isabstractmethod__ = True  # type: ignore[attr-defined]


def check_struct_arguments(struct: type, kwargs: dict[str, Any]) -> None:
    """Raise ArgumentTypeError when a keyword argument of `struct(...)` has the wrong type."""
    if _pending:
        check_imported_modules()
    found = _struct_plan(struct).find_mismatch((), kwargs)
    if found is not None:
        from .type_check_messages import raise_mismatch  # deferred: only a failed check

        raise_mismatch(struct.__name__, found[0], found[1])


# Public classes whose objects only the package creates (users get them from `construct.node`,
# `CfnReference.for_`, a principal's `policy_fragment`, ...). Thousands are made per synth, so their
# constructors are not wrapped; their methods are.
_BUILT_BY_THE_PACKAGE = frozenset(
    {
        f"{_PACKAGE}.core.construct.Node",
        f"{_PACKAGE}.core.cfn_reference.CfnReference",
        f"{_PACKAGE}.core.cfn_reference.Reference",
        f"{_PACKAGE}.core.feature_flags.FeatureFlags",
        f"{_PACKAGE}.core.tags.TagManager",
        f"{_PACKAGE}.aws_iam.principals.PrincipalPolicyFragment",
    }
)
# Parameters that are the construct tree's own plumbing: a method taking nothing else is not wrapped.
# `resolve(context)`, `Stack.of(construct)`, `get_logical_id(element)` run thousands of times per synth,
# and a wrong object there fails at once on its missing `node`.
_PLUMBING = frozenset(
    {"IResolveContext", "IConstruct", "Construct", "CfnElement", "IConstruct | None", "Construct | None"}
)
_UNCHECKED_OR_PLUMBING = _UNCHECKABLE | _PLUMBING


def _needs_checks(function: Callable[..., Any], *, plumbing_too: bool = False) -> bool:
    """True when a parameter has an annotation worth checking (constructors check plumbing too)."""
    annotations = getattr(function, "__annotations__", None)
    if not annotations:
        return False
    # A loop, not any() over a generator: this runs for every public method of every class imported.
    skipped = _UNCHECKABLE if plumbing_too else _UNCHECKED_OR_PLUMBING
    for name, text in annotations.items():  # noqa: SIM110 - see above
        if name != "return" and text not in skipped:
            return True
    return False


def _is_private(cls: type) -> bool:
    return cls.__name__.startswith("_")


def _public_methods(cls: type) -> Iterator[tuple[str, Any]]:
    """Public methods of `cls`, with those it inherits from the private bases right under it."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        if klass is not cls and not (_is_private(klass) and klass.__module__.startswith(_INSIDE)):
            return  # a public base wraps its own methods
        for name, attribute in list(vars(klass).items()):
            if name in seen or name.startswith("_"):
                continue
            seen.add(name)
            yield name, attribute


def _protocol_methods(cls: type) -> Iterator[tuple[str, Any]]:
    """Public methods `cls` runs from a protocol of the package (such as the metric methods of an API).

    Protocols are never checked themselves, so each class that runs such a method gets a checked copy.
    """
    mro = cls.__mro__
    for index in range(1, len(mro)):
        for name, attribute in _protocol_functions(mro[index]):
            # The method `cls` runs: no class before the protocol in the MRO defines the name.
            if not any(name in vars(klass) for klass in mro[:index]):
                yield name, attribute


def _protocol_functions(klass: type) -> tuple[tuple[str, Any], ...]:
    """The public functions a protocol of the package defines (none for another class), read once per class:
    every class checked walks its MRO, and most of the classes there are shared."""
    found = _protocol_functions_of.get(klass)
    if found is None:
        found = ()
        if _is_protocol(klass) and klass.__module__.startswith(_INSIDE):
            found = tuple(
                (name, attribute)
                for name, attribute in list(vars(klass).items())
                if name[:1] != "_" and isinstance(attribute, types.FunctionType)
            )
        _protocol_functions_of[klass] = found
    return found


_protocol_functions_of: dict[type, tuple[tuple[str, Any], ...]] = {}


def _is_checkable(cls: type) -> bool:
    """A class whose calls are checked that has not been wrapped yet."""
    return not (
        "__type_checked_class__" in vars(cls)
        or _is_struct(cls)
        or issubclass(cls, (BaseException, type, enum.Enum))
        or _is_protocol(cls)
    )


def _is_deferred(cls: type) -> bool:
    return bool(getattr(vars(cls).get("__init__"), "__checks_deferred__", False))


def check_class(cls: type) -> None:
    """Check the arguments of `cls(...)` and of its public methods (static and class methods too)."""
    if not _is_checkable(cls):
        return
    type.__setattr__(cls, "__type_checked_class__", True)
    _undefer(cls)
    # The `__init__` that runs: the class's own, or one inherited from a private base (never wrapped).
    definer = next(base for base in cls.__mro__ if "__init__" in vars(base))
    is_own = definer is cls or (_is_private(definer) and definer.__module__.startswith(_INSIDE))
    init = vars(definer)["__init__"] if is_own else None
    if (
        isinstance(init, types.FunctionType)
        and not getattr(init, "__type_checked__", False)
        and _needs_checks(init, plumbing_too=True)
        and f"{cls.__module__}.{cls.__qualname__}" not in _BUILT_BY_THE_PACKAGE
    ):
        type.__setattr__(cls, "__init__", _wrap(init, cls, skip_first=True))
    for name, attribute in (*_public_methods(cls), *_protocol_methods(cls)):
        kind = type(attribute)
        function = attribute.__func__ if kind in (staticmethod, classmethod) else attribute
        if not isinstance(function, types.FunctionType) or getattr(function, "__type_checked__", False):
            continue
        if not _needs_checks(function):
            continue
        wrapped = _wrap(function, cls, skip_first=kind is not staticmethod)
        type.__setattr__(cls, name, kind(wrapped) if kind in (staticmethod, classmethod) else wrapped)


def _is_mechanism(module_name: str) -> bool:
    """A module whose name starts with `_` holds mechanism; its public names are re-exported elsewhere."""
    return module_name.rsplit(".", 1)[-1].startswith("_")


def _extends_public_class(cls: type) -> bool:
    for base in cls.__mro__[1:]:
        module = base.__module__
        if module.startswith(_INSIDE) and base.__name__[:1] != "_" and module.rpartition(".")[2][:1] != "_":
            return True
    return False


_package_exports: dict[str, frozenset[str]] = {}


def _exports_of(package: str) -> frozenset[str]:
    """The names in the `__all__` of a loaded package (read once: hundreds of names for some)."""
    found = _package_exports.get(package)
    if found is None:
        module = sys.modules.get(package)
        found = frozenset(getattr(module, "__all__", ()))
        # Not kept while the package's own code is still running: its `__all__` may come later.
        if module is not None and not getattr(getattr(module, "__spec__", None), "_initializing", False):
            _package_exports[package] = found
    return found


def check_module(module: types.ModuleType, defined: list[type] | None = None) -> None:
    """Check the public classes `module` defines (`defined`, when known) and those its `__all__` exports."""
    name = module.__name__
    if defined is None:
        defined = [v for v in list(vars(module).values()) if isinstance(v, type) and v.__module__ == name]
    pending: list[type] = []
    if not _is_mechanism(name):
        pending = list(defined)
    else:
        # The classes its package exports (a package that loads its names on first use has not got
        # them in its namespace when it is checked), and those built on a public class of the package:
        # a user reaches one through what a public method returns (the scalable attribute of
        # `Alias.add_auto_scaling()`, a BaseScalableAttribute). The token machinery's classes
        # (thousands of calls per synth, all from inside) are neither.
        exported = _exports_of(name.rpartition(".")[0])
        pending = [cls for cls in defined if cls.__name__ in exported or _extends_public_class(cls)]
    # A package that loads its names on first use hands each to `check_first_use` instead.
    eager_package = hasattr(module, "__path__") and "__getattr__" not in vars(module)
    for exported in getattr(module, "__all__", ()) if eager_package else ():
        value = vars(module).get(exported)
        if (
            isinstance(value, type)
            and value.__module__.startswith(_INSIDE)
            and not value.__module__.startswith(_UNCHECKED_MODULES)
        ):
            pending.append(value)
    for cls in pending:
        if not _is_private(cls) and not _is_deferred(cls) and _is_checkable(cls):
            _defer_checks(cls)


# --- the import hook -----------------------------------------------------------------------------


# Modules of the package loaded by the standard loaders (those loaded before the hook was installed, or
# that core/package_loader.py leaves to them), whose classes are not checked yet: such a module is checked
# at the next import of a module of the package, or at the next call from outside, once its import has
# finished. The package's own loader has each module checked as soon as its code has run.
_pending: list[str] = []


def check_imported_modules() -> None:
    """Register and check the classes of the package's modules whose import has finished."""
    waiting: list[str] = []
    for name in _pending:
        module = sys.modules.get(name)
        if module is None:
            continue  # its import failed
        if getattr(getattr(module, "__spec__", None), "_initializing", False):
            waiting.append(name)
            continue
        _check_loaded_module(module)
    _pending[:] = waiting


class _CheckingFinder:
    """Notes each module of the package being imported, and finds it (core/package_loader.py)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> ModuleSpec | None:
        if not fullname.startswith(_INSIDE):
            return None
        if _pending:
            check_imported_modules()
        spec = find_package_spec(fullname, path)
        if spec is None:
            _pending.append(fullname)  # loaded the standard way: checked once its import has finished
        return spec

    def invalidate_caches(self) -> None:
        forget_listings()


# Modules of the package that make classes by calling `type()`, not with class statements: their namespace
# is scanned for them (tests/core/test_package_loader.py checks that no other module does).
_CLASSES_MADE_BY_CALLS = frozenset({f"{_PACKAGE}.aws_cloudformation.top_level"})


def _check_loaded_module(module: types.ModuleType, class_names: Sequence[str] | None = None) -> None:
    """Register and check the classes of a module of the package whose code has run: as soon as it has
    (core/package_loader.py calls this), so that an object the package makes right after loading its
    module has its class's checks, or at the next check of `_pending`."""
    name = module.__name__
    defined = register_classes(module, None if name in _CLASSES_MADE_BY_CALLS else class_names)
    if not name.startswith(_UNCHECKED_MODULES):
        check_module(module, defined)


def _on_first_use(value: Any) -> None:
    if _pending:
        check_imported_modules()
    check_first_use(value)


def _forget_at_exit() -> None:
    # Measured: dropping these references before interpreter shutdown saves a tenth of a second of
    # teardown for an app of hundreds of routes.
    _registry.clear()
    _struct_plans.clear()
    _conforming.clear()
    _compile_annotation.cache_clear()
    _protocol_members.cache_clear()
    _members_of.cache_clear()
    _protocol_functions_of.clear()


def install_import_hook() -> None:
    """Check the classes of every module of the package imported from now on, and of those loaded."""
    if any(isinstance(finder, _CheckingFinder) for finder in sys.meta_path):
        return
    sys.meta_path.insert(0, _CheckingFinder())
    after_exec_hooks.append(_check_loaded_module)
    # A class a package loads on first use (PEP 562) is checked before the user gets it.
    first_use_hooks.append(_on_first_use)
    atexit.register(_forget_at_exit)
    _pending.extend(name for name in sys.modules if name == _PACKAGE or name.startswith(_INSIDE))
    check_imported_modules()
