"""Struct classes: attrs classes whose attrs machinery runs when something asks for it, not at import.

`@lazy_frozen(kw_only=True)` is `@attrs.frozen(kw_only=True)` and `@lazy_define(kw_only=True)` is
`@attrs.define(kw_only=True)`, for type checkers, for readers and at run time, with one difference:
attrs builds the class when it is introspected (`attrs.fields`, `attrs.has`, `attrs.evolve`, a
subclass being built), compared, hashed or shown, not when its module is imported. Building an attrs
class costs a quarter to half a millisecond (attrs writes its methods as source and compiles them),
and a service package defines dozens of structs of which an app uses a few.

Until then a struct with plain fields (a frozen one, or a mutable one without converters) is made by a
plain `__init__` (see below), and a frozen struct's `__repr__`, `__eq__`, `__ne__` and `__hash__` are
written by attrs when one of them is first called: synthesis calls none of them. Any other struct is
built by attrs when it is first instantiated. `field(...)` stands in for `attrs.field(...)` in the
class bodies, so that attrs itself is imported only when a class is built.

The package's structs declare `metaclass=LazyAttrsMeta` (a test checks it), so that each class is made
once; the decorators make a class declared without it again with that metaclass, which costs a second
class creation.
"""

from __future__ import annotations

import _thread
import sys
from collections.abc import Callable

from .runtime_typing import TYPE_CHECKING, TypeVar, cast, overload
from .type_checks import check_struct_arguments, is_outside_globals, trusted_depth

__all__ = [
    "MISSING",
    "FieldSpec",
    "LazyAttrsMeta",
    "StructField",
    "as_dict",
    "defer_attrs",
    "evolve",
    "field",
    "fields_of",
    "is_struct_class",
    "lazy_define",
    "lazy_frozen",
    "realize",
    "struct_fields",
]

_T = TypeVar("_T", bound=type)
_S = TypeVar("_S")
# Not imported at the top: attrs (with inspect, which it imports) is a fifth of the import time of a
# small app, and most apps never need an attrs class built. `field` below stands in for `attrs.field`.
_attrs: Any = None


def _attrs_module() -> Any:
    global _attrs
    if _attrs is None:
        import attrs  # deferred: see above

        _attrs = attrs
    return _attrs


def fields_of(cls: type) -> Any:
    """`attrs.fields(cls)` (the attrs class is built if it was not)."""
    return _attrs_module().fields(cls)


def evolve(instance: _S, **changes: Any) -> _S:
    """`attrs.evolve(instance, **changes)`."""
    return cast("_S", _attrs_module().evolve(instance, **changes))


def as_dict(instance: Any) -> dict[str, Any]:
    """`attrs.asdict(instance, recurse=False)`: the fields by name, values as they are."""
    return cast("dict[str, Any]", _attrs_module().asdict(instance, recurse=False))


def is_struct_class(cls: type) -> bool:
    """True for a struct class, built by attrs or not, and for any attrs class; builds nothing."""
    if isinstance(cls, LazyAttrsMeta):
        return any("_attrs_options" in k.__dict__ or "__attrs_attrs__" in k.__dict__ for k in cls.__mro__)
    return hasattr(cls, "__attrs_attrs__")


class FieldSpec:
    """What `field(...)` was given, turned into `attrs.field(...)` when attrs builds the class."""

    __slots__ = ("counter", "options")
    _count = 0

    def __init__(self, options: dict[str, Any]) -> None:
        FieldSpec._count += 1
        self.counter = FieldSpec._count  # definition order, for fields attrs orders by creation
        self.options = options


def _field(**options: Any) -> Any:
    return FieldSpec(options)


def _attrs_fields_of(cls: type) -> None:
    """Put the `attrs.field`s that `cls`'s FieldSpecs stand for in their place, in definition order."""
    specs = sorted(
        ((name, value) for name, value in cls.__dict__.items() if isinstance(value, FieldSpec)),
        key=lambda item: item[1].counter,
    )
    for name, spec in specs:
        type.__setattr__(cls, name, _attrs_module().field(**spec.options))


# The C lock itself: the threading module costs half a millisecond to import, and nothing else needs it.
_lock = _thread.RLock()
_realizing: set[type] = set()
_subclasses_to_realize: list[type] = []
_getframe = sys._getframe

# Methods attrs writes on first call (a frozen struct with attrs' default repr, eq and hash only).
_ON_FIRST_CALL = ("__repr__", "__eq__", "__ne__", "__hash__")
# Options that change which of them attrs writes: a class given one is built whole at first use.
_METHOD_OPTIONS = frozenset({"repr", "eq", "order", "hash", "unsafe_hash", "cache_hash", "cmp"})


def realize(cls: type) -> None:
    """Build the attrs class of a lazy struct class, once, with its bases and its subclasses.

    Subclasses follow their base because a realized base would otherwise answer attrs'
    `__attrs_attrs__` lookups for them (class attributes are inherited). They are built after the
    class that started it all: a subclass built while another of its bases is still being built
    would lose that base's fields.
    """
    if "__attrs_attrs__" in cls.__dict__ or "_attrs_options" not in cls.__dict__:
        return
    with _lock:
        outermost = not _realizing
        _realize_with_bases(cls)
        if outermost:
            while _subclasses_to_realize:
                _realize_with_bases(_subclasses_to_realize.pop())


def _realize_with_bases(cls: type) -> None:
    if "__attrs_attrs__" in cls.__dict__ or "_attrs_options" not in cls.__dict__ or cls in _realizing:
        return
    _realizing.add(cls)
    try:
        for base in reversed(cls.__mro__[1:]):
            realize(base)
        if cls.__dict__.get("__init__") is _first_use_init:
            type.__delattr__(cls, "__init__")  # attrs writes __init__ only for a class without one
        if _PLAIN_MARK in cls.__dict__:
            for name in _PLAIN_METHODS:
                if name in cls.__dict__:
                    type.__delattr__(cls, name)
        _attrs_fields_of(cls)
        attrs = _attrs_module()
        options: dict[str, Any] = cls.__dict__["_attrs_options"]
        # slots=False keeps the class object itself, which other code already holds.
        if _writes_methods_on_first_call(cls, options):
            attrs.frozen(**options, slots=False, repr=False, eq=False)(cls)
            for name in ("__repr__", "__eq__", "__hash__"):
                type.__setattr__(cls, name, _FIRST_CALL_STUBS[name])
        else:
            attrs.frozen(**options, slots=False)(cls)
        if options.get("frozen", True) is True:
            type.__setattr__(cls, "__setattr__", _frozen_setattr)  # over attrs': other attributes may be set
            type.__setattr__(cls, "__delattr__", _frozen_delattr)
        if "__new__" not in cls.__dict__:
            type.__setattr__(cls, "__new__", _CHECKING_NEW)
    finally:
        _realizing.discard(cls)
    _subclasses_to_realize.extend(cls.__subclasses__())


def _writes_methods_on_first_call(cls: type, options: dict[str, Any]) -> bool:
    return (
        options.get("frozen", True) is True
        and _METHOD_OPTIONS.isdisjoint(options)
        and not any(name in cls.__dict__ for name in _ON_FIRST_CALL)
    )


def _write_methods(owner: type) -> None:
    """Have attrs write the repr, eq and hash of the struct `owner`, and put them on it.

    attrs writes them for a stand-in class with `owner`'s fields and their repr, eq and hash flags; the
    methods read fields by name and the class from the instance, so they serve `owner` unchanged.
    """
    with _lock:
        attrs = _attrs_module()
        attributes = attrs.fields(owner)  # builds the attrs class, which writes them for a mutable struct
        if owner.__dict__.get("__repr__") is not _FIRST_CALL_STUBS["__repr__"]:
            return
        fields = {
            field.name: attrs.field(init=False, repr=field.repr, eq=field.eq_key or field.eq, hash=field.hash)
            for field in attributes
        }
        stand_in = type(
            owner.__name__, (), {"__module__": owner.__module__, "__qualname__": owner.__qualname__}
        )
        model = attrs.frozen(these=fields, slots=False, init=False)(stand_in)
        for name in _ON_FIRST_CALL:
            type.__setattr__(owner, name, model.__dict__[name])


def _stub_owner(instance: object, name: str) -> type:
    """The class whose `name` is the stub being called: the struct whose methods attrs is to write."""
    stub = _FIRST_CALL_STUBS[name]
    return next(klass for klass in type(instance).__mro__ if klass.__dict__.get(name) is stub)


def _repr_on_first_call(self: Any) -> str:
    _write_methods(_stub_owner(self, "__repr__"))
    return repr(self)


def _eq_on_first_call(self: Any, other: object) -> Any:
    _write_methods(_stub_owner(self, "__eq__"))
    return cast("Any", type(self)).__eq__(self, other)


def _hash_on_first_call(self: Any) -> int:
    _write_methods(_stub_owner(self, "__hash__"))
    return hash(self)


_FIRST_CALL_STUBS: dict[str, Callable[..., Any]] = {
    "__repr__": _repr_on_first_call,
    "__eq__": _eq_on_first_call,
    "__hash__": _hash_on_first_call,
}


class LazyAttrsMeta(type):
    """Realizes the attrs class when attrs looks for its fields, or `inspect` for its signature."""

    def __getattr__(cls, name: str) -> Any:
        if name == "__attrs_attrs__" and "_attrs_options" in cls.__dict__:
            realize(cls)
            if "__attrs_attrs__" in cls.__dict__:
                return cls.__dict__["__attrs_attrs__"]
        elif name == "__signature__" and "_attrs_options" in cls.__dict__:
            # For `inspect.signature` (help(), IDEs): attrs' __init__ without `self`, where the class's
            # own __new__ or the plain __init__ would show `(*args, **kwargs)`.
            realize(cls)
            import inspect  # deferred: introspection only

            init = inspect.signature(cls.__dict__["__init__"])
            return init.replace(parameters=list(init.parameters.values())[1:])
        raise AttributeError(name)


def _first_use_init(self: Any, *args: Any, **kwargs: Any) -> None:
    # The __init__ of a struct until it is first made: gives the class its own __init__ (the plain one,
    # else attrs') and calls it. Arguments from outside the package are type-checked on the way.
    cls = next(k for k in type(self).__mro__ if k.__dict__.get("__init__") is _first_use_init)
    if not _give_plain_init(cls):
        realize(cls)
        _check_call_shape(cls, args, kwargs)
    if kwargs and not trusted_depth[0] and is_outside_globals(_getframe(1).f_globals):
        check_struct_arguments(cls, kwargs)
    cls.__dict__["__init__"](self, *args, **kwargs)


def _checking_new(cls: type, *args: Any, **kwargs: Any) -> Any:
    # The __new__ of a struct built by attrs, whose __init__ checks nothing: arguments from outside the
    # package are type-checked here. (The plain __init__ checks them itself, and its class keeps
    # object.__new__: a __new__ written in Python would cost as much as the rest of the call.)
    if not trusted_depth[0] and is_outside_globals(_getframe(1).f_globals):
        if kwargs:
            check_struct_arguments(cls, kwargs)
        _check_call_shape(cls, args, kwargs)
    return object.__new__(cls)


class _Keywords:
    """What the `__init__` of a struct class takes, read once from its fields."""

    __slots__ = ("by_camel_case", "keywords", "names", "required")

    def __init__(self, fields: list[StructField]) -> None:
        self.keywords = frozenset(f.alias for f in fields)
        self.required = frozenset(f.alias for f in fields if f.default is MISSING and f.factory is None)
        self.names = self.keywords | {f.name for f in fields}  # attrs takes `_name` as `name`
        self.by_camel_case = {_camel_case(keyword): keyword for keyword in self.keywords}


_keywords_of: dict[type, _Keywords] = {}


def _keywords(cls: type) -> _Keywords:
    found = _keywords_of.get(cls)
    if found is None:
        found = _keywords_of[cls] = _Keywords(struct_fields(cls))
    return found


# Struct class -> whether its __init__ is attrs' own and keyword-only (attrs takes the fields of any
# other by position too): then a call it would refuse with Python's bare TypeError is checked first.
_checks_call_shape: dict[type, bool] = {}


def _check_call_shape(cls: type, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Raise the house error for a call attrs' __init__ would refuse with Python's bare TypeError."""
    checks = _checks_call_shape.get(cls)
    if checks is None:
        code = getattr(cls.__dict__.get("__init__"), "__code__", None)
        checks = _checks_call_shape[cls] = (
            code is not None and code.co_filename.startswith("<attrs generated") and _is_keyword_only(cls)
        )
    if not checks:
        return
    keywords = _keywords(cls)
    if args or not keywords.keywords.issuperset(kwargs) or not keywords.required.issubset(kwargs):
        _raise_call_error(cls, args, kwargs)


def _is_keyword_only(cls: type) -> bool:
    return all(field.kw_only for field in fields_of(cls) if field.init)


def field_keyword(cls: type, key: str) -> str | None:
    """The keyword of the field of `cls` that `key` names in aws-cdk-lib's camelCase (`cidrMask`), or None.

    aws_cdk hands a dict inside a list of structs to JavaScript as it is, so apps write those keys in
    camelCase (`subnet_configuration=[{"cidrMask": 24, ...}]`); both spellings are taken here.
    """
    return _keywords(cls).by_camel_case.get(key)


def _camel_case(keyword: str) -> str:
    first, *rest = keyword.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


def keys_as_fields(cls: type, kwargs: dict[str, Any]) -> dict[str, Any] | None:
    """`kwargs` with camelCase keys renamed to their fields' keywords, or None when none is renamed."""
    renamed: dict[str, Any] = {}
    changed = False
    for key, value in kwargs.items():
        keyword = field_keyword(cls, key) if key not in renamed else None
        if keyword is not None and keyword != key and keyword not in kwargs:
            renamed[keyword] = value
            changed = True
        else:
            renamed[key] = value
    return renamed if changed else None


def _raise_call_error(cls: type, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    from .call_errors import struct_call_error  # deferred: only a bad call needs it

    error = struct_call_error(cls, args, kwargs)
    if error is not None:
        raise error


_CHECKING_NEW = staticmethod(_checking_new)


# --- the plain __init__: what attrs' would do, without building the attrs class ---------------------
#
# Building the attrs class of a struct (its fields, then its __init__ written as source and compiled)
# takes a third of a millisecond, and an app makes dozens of structs once or a few times. So a struct
# with plain fields (a default or a factory, maybe a converter; no validator) first gets an __init__
# made from a table of its fields: it takes the same keywords, applies defaults, factories and
# converters in field order and sets the same attributes. The attrs class is built when anything asks
# for it (`attrs.fields`, `attrs.evolve`, repr, ==, hash, a subclass) and its __init__ takes over; a
# call the table cannot take (a missing, unknown or positional argument) goes to attrs' __init__ too,
# which raises Python's own TypeError. A struct whose fields are not plain is built by attrs at once.
# Argument type checks read the same table (`struct_fields`).

_PLAIN_MARK = "__plain_struct_init__"
# attrs.frozen(kw_only=True) and attrs.define(kw_only=True), the options of nearly every struct.
_PLAIN_OPTIONS = ({"kw_only": True}, {"kw_only": True, "frozen": False})
_PLAIN_METHODS = (_PLAIN_MARK, "__init__", "__setattr__", "__delattr__", "__repr__", "__eq__", "__hash__")
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()  # a field without a default
_CLASS_VAR_PREFIXES = ("typing.ClassVar", "t.ClassVar", "ClassVar", "typing_extensions.ClassVar")


class StructField:
    """A field of a struct as its `__init__` takes it."""

    # A plain class: a NamedTuple with string annotations costs a millisecond at import.
    __slots__ = ("alias", "converter", "default", "factory", "name", "type")

    def __init__(
        self,
        name: str,
        alias: str,  # the keyword: attrs takes `_name` as `name`
        default: Any,  # MISSING when there is none
        factory: Callable[[], Any] | None,
        converter: Callable[[Any], Any] | None,
        type: Any,  # noqa: A002 - the annotation, as written (the name attrs gives it)
    ) -> None:
        self.name = name
        self.alias = alias
        self.default = default
        self.factory = factory
        self.converter = converter
        self.type = type


_own_fields_cache: dict[type, tuple[StructField, ...] | None] = {}


def struct_fields(cls: type) -> list[StructField]:
    """The fields `cls(...)` takes, read from the class itself while the attrs class is not needed."""
    fields = _fields_if_plain(cls)
    if fields is not None:
        return fields
    attrs = _attrs_module()
    return [
        StructField(
            f.name,
            f.alias or f.name,
            MISSING if f.default is attrs.NOTHING else f.default,
            None,
            f.converter,
            f.type,
        )
        for f in attrs.fields(cls)
        if f.init
    ]


def _give_plain_init(cls: type) -> bool:
    """Give the struct `cls` the plain __init__ and the methods attrs would; False if its fields are not."""
    with _lock:
        if _PLAIN_MARK in cls.__dict__:
            return True
        fields = _fields_if_plain(cls)
        if fields is None:
            return False
        type.__setattr__(cls, "__init__", _plain_init(cls, fields))
        type.__setattr__(cls, "__repr__", _FIRST_CALL_STUBS["__repr__"])
        type.__setattr__(cls, "__eq__", _FIRST_CALL_STUBS["__eq__"])
        if _is_frozen(cls):
            type.__setattr__(cls, "__setattr__", _frozen_setattr)
            type.__setattr__(cls, "__delattr__", _frozen_delattr)
            type.__setattr__(cls, "__hash__", _FIRST_CALL_STUBS["__hash__"])
        else:
            type.__setattr__(cls, "__hash__", None)  # attrs.define: equal by value, so not hashable
        type.__setattr__(cls, _PLAIN_MARK, True)
        return True


def _fields_if_plain(cls: type) -> list[StructField] | None:
    """The fields of a lazy struct the plain __init__ can serve, or None."""
    if _PLAIN_MARK in cls.__dict__:
        return _plain_fields(cls)
    options = cls.__dict__.get("_attrs_options")
    if (
        "__attrs_attrs__" in cls.__dict__
        or options not in _PLAIN_OPTIONS
        or cls.__dict__.get("__init__", _first_use_init) is not _first_use_init
        or any(name in cls.__dict__ for name in ("__new__", "__setattr__", "__delattr__", *_ON_FIRST_CALL))
        or hasattr(cls, "__attrs_pre_init__")
        or hasattr(cls, "__attrs_post_init__")
    ):
        return None
    fields = _plain_fields(cls)
    if fields is not None and not _is_frozen(cls) and any(f.converter is not None for f in fields):
        return None  # attrs.define converts on assignment too: attrs builds the class
    return fields


def _is_frozen(cls: type) -> bool:
    return bool(cls.__dict__["_attrs_options"].get("frozen", True))


def _plain_fields(cls: type) -> list[StructField] | None:
    """The fields attrs would give `cls`: those of its struct bases (the last definition of a name
    wins, in its place), then its own."""
    own = _own_fields(cls)
    if own is None:
        return None
    taken = {field.name for field in own}
    inherited: list[StructField] = []
    for base in reversed(cls.__mro__[1:-1]):
        if "_attrs_options" in base.__dict__ and "__attrs_attrs__" not in base.__dict__:
            fields = _own_fields(base)
            if fields is None:
                return None
            inherited.extend(field for field in fields if field.name not in taken)
        elif any("_attrs_options" in k.__dict__ or "__attrs_attrs__" in k.__dict__ for k in base.__mro__):
            return None  # an attrs class, or a plain class between struct classes: attrs decides
    latest = {field.name: index for index, field in enumerate(inherited)}
    return [field for index, field in enumerate(inherited) if latest[field.name] == index] + list(own)


def _own_fields(cls: type) -> tuple[StructField, ...] | None:
    if cls in _own_fields_cache:
        return _own_fields_cache[cls]
    namespace = cls.__dict__
    annotations: dict[str, Any] = namespace.get("__annotations__", {})
    counting = [name for name, value in namespace.items() if isinstance(value, FieldSpec)]
    if all(name in annotations for name in counting):
        # attrs' auto_attribs: every annotated name but class variables is a field, in order.
        names = [name for name, annotation in annotations.items() if not _is_class_var(annotation)]
    else:
        names = sorted(counting, key=lambda name: namespace[name].counter)
    fields: tuple[StructField, ...] | None
    try:
        fields = tuple(
            _plain_field(name, namespace.get(name, MISSING), annotations.get(name)) for name in names
        )
    except _NotPlain:
        fields = None
    _own_fields_cache[cls] = fields
    return fields


class _NotPlain(Exception):
    """A field the plain __init__ does not take: attrs builds the class."""


def _plain_field(name: str, value: Any, annotation: Any) -> StructField:
    keyword = name.lstrip("_")
    converter = factory = None
    if type(value).__name__ in ("_CountingAttr", "Factory"):
        raise _NotPlain(name)  # attrs.field or attrs.Factory used directly: attrs builds the class
    if isinstance(value, FieldSpec):
        options = value.options
        if options.get("validator") is not None or options.get("init", True) is not True:
            raise _NotPlain(name)
        keyword = options.get("alias") or keyword
        converter = options.get("converter")
        if converter is not None and (not callable(converter) or hasattr(converter, "takes_self")):
            raise _NotPlain(name)  # a pipe of converters or an attrs.Converter
        factory = options.get("factory")
        value = options.get("default", MISSING)
        if type(value).__name__ == "Factory":
            raise _NotPlain(name)
        annotation = annotation if annotation is not None else options.get("type")
    return StructField(name, keyword, value, factory, converter, annotation)


def _is_class_var(annotation: Any) -> bool:
    text = str(annotation)
    if text[:1] in ("'", '"') and text[-1:] in ("'", '"'):
        text = text[1:-1]
    return text.startswith(_CLASS_VAR_PREFIXES)


def _plain_init(cls: type, fields: list[StructField]) -> Callable[..., None]:
    defaults = {field.name: field.default for field in fields}
    keywords = frozenset(field.alias for field in fields)
    required = frozenset(f.alias for f in fields if f.default is MISSING and f.factory is None)
    # attrs takes `_name` as the keyword `name`.
    names_by_keyword = {f.alias: f.name for f in fields if f.alias != f.name}
    # Fields whose value a call computes, in field order (the order attrs calls factories and converters).
    computed = tuple(
        (f.name, f.alias, f.factory, f.converter)
        for f in fields
        if f.factory is not None or f.converter is not None
    )

    def cannot_take(self: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        renamed = keys_as_fields(cls, kwargs)
        if renamed is not None:
            return __init__(self, *args, **renamed)
        _raise_call_error(cls, args, kwargs)
        realize(cls)
        cls.__dict__["__init__"](self, *args, **kwargs)  # attrs' __init__ raises Python's TypeError

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        # Made a dozen times per route: each test is skipped when it cannot fail.
        if kwargs and not trusted_depth[0] and is_outside_globals(_getframe(1).f_globals):
            check_struct_arguments(cls, kwargs)
        if args or not keywords.issuperset(kwargs) or (required and not required.issubset(kwargs)):
            return cannot_take(self, args, kwargs)
        values = defaults.copy()
        if names_by_keyword:
            values.update({names_by_keyword.get(key, key): value for key, value in kwargs.items()})
        else:
            values.update(kwargs)
        if computed:
            for name, keyword, factory, converter in computed:
                value = factory() if factory is not None and keyword not in kwargs else values[name]
                values[name] = value if converter is None else converter(value)
        _set_attribute(self, "__dict__", values)  # the new instance's attributes: no copy
        return None

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    return __init__


_set_attribute = object.__setattr__


# As in aws_cdk, whose structs are plain classes with read-only properties: a field cannot be set, any
# other attribute can (a subclass of StackProps that keeps its own settings on the instance).
def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    if name in _field_names(type(self)):
        raise _attrs_module().exceptions.FrozenInstanceError
    _set_attribute(self, name, value)


def _frozen_delattr(self: Any, name: str) -> None:
    if name in _field_names(type(self)):
        raise _attrs_module().exceptions.FrozenInstanceError
    object.__delattr__(self, name)


def _field_names(cls: type) -> frozenset[str]:
    """The names of the fields of `cls`'s struct (its own, or its nearest struct base's for a subclass)."""
    struct = next(k for k in cls.__mro__ if "_attrs_options" in k.__dict__ or "__attrs_attrs__" in k.__dict__)
    return _keywords(struct).names


def defer_attrs(cls: type, options: dict[str, Any]) -> None:
    """Mark a class (whose metaclass is LazyAttrsMeta) as `attrs.frozen(**options)`, built when needed."""
    type.__setattr__(cls, "_attrs_options", options)
    type.__setattr__(cls, "__init__", _first_use_init)


def _rebuild_lazy(cls: _T, options: dict[str, Any]) -> _T:
    """`cls` with LazyAttrsMeta as its metaclass, marked to get its __init__ on first use.

    A struct that declares the metaclass, or is built on a struct, has it already; any other class
    is made again with it.
    """
    lazy = cls if type(cls) is LazyAttrsMeta else _remade_with_lazy_metaclass(cls)
    defer_attrs(lazy, options)
    if any("__attrs_attrs__" in base.__dict__ for base in lazy.__mro__[1:]):
        realize(lazy)
    return lazy


def _remade_with_lazy_metaclass(cls: _T) -> _T:
    namespace = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    namespace["__qualname__"] = cls.__qualname__
    lazy: _T = LazyAttrsMeta(cls.__name__, cls.__bases__, namespace)  # type: ignore[assignment]
    # A method using `super()` or `__class__` reads the class from a closure cell: point it at the new class.
    for value in namespace.values():
        function = getattr(value, "__func__", value)
        code = getattr(function, "__code__", None)
        if code is not None and "__class__" in code.co_freevars:
            function.__closure__[code.co_freevars.index("__class__")].cell_contents = lazy
    return lazy


@overload
def _lazy_frozen(maybe_cls: _T, **options: Any) -> _T: ...
@overload
def _lazy_frozen(maybe_cls: None = None, **options: Any) -> Callable[[_T], _T]: ...
def _lazy_frozen(maybe_cls: _T | None = None, **options: Any) -> _T | Callable[[_T], _T]:
    def rebuild(cls: _T) -> _T:
        return _rebuild_lazy(cls, options)

    return rebuild if maybe_cls is None else rebuild(maybe_cls)


@overload
def _lazy_define(maybe_cls: _T, **options: Any) -> _T: ...
@overload
def _lazy_define(maybe_cls: None = None, **options: Any) -> Callable[[_T], _T]: ...
def _lazy_define(maybe_cls: _T | None = None, **options: Any) -> _T | Callable[[_T], _T]:
    # attrs.frozen(frozen=False) is attrs.define: mutable, converting and validating on setattr.
    return _lazy_frozen(maybe_cls, **options, frozen=False)


if TYPE_CHECKING:
    from typing import Any

    from attrs import define as lazy_define
    from attrs import field as field
    from attrs import frozen as lazy_frozen
else:
    field = _field
    lazy_frozen = _lazy_frozen
    lazy_define = _lazy_define
