"""Calling a method an app wrote, with one options struct, and reading the struct it returns, the way
aws_cdk's Python binding does.

aws_cdk declares such methods with the struct's fields as keywords (`bind(self, *, route, scope)`), but an
app's override may take the struct itself (`bind(self, options)`, read as `options.route`). The binding
looks at the override: when it has keyword-only parameters and no positional one left for the struct, it
passes the struct's fields by those names; otherwise it passes the struct as one positional argument.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .errors import ArgumentTypeError
from .runtime_typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from typing import Any

__all__ = ["call_with_struct", "struct_returned_by"]

_R = TypeVar("_R")
_S = TypeVar("_S")


def call_with_struct(
    method: Callable[..., _R], struct_type: Callable[..., Any], *args: Any, **fields: Any
) -> _R:
    """Call `method(*args, <the struct>)`: the struct is `struct_type(**fields)`, passed as its fields
    when `method` takes them as keywords, else built and passed as one argument."""
    positional_count, keyword_only = _parameters_of(method)
    if keyword_only and len(args) + 1 > positional_count:
        # Fields the method does not name are dropped, as aws_cdk's binding drops them.
        return method(*args, **{name: fields[name] for name in keyword_only if name in fields})
    return method(*args, struct_type(**fields))


# By function and whether it is bound: an API binds each route's integration through here.
_parameters: dict[tuple[Any, bool], tuple[int, tuple[str, ...]]] = {}


def _parameters_of(method: Callable[..., Any]) -> tuple[int, tuple[str, ...]]:
    """How many parameters `method` takes by position (after `self`), and its keyword-only ones."""
    outer: Any = getattr(method, "__func__", method)
    key = (outer, outer is not method)
    try:
        return _parameters[key]
    except KeyError:
        found = _parameters[key] = _parameters_uncached(method, outer)
        return found
    except TypeError:  # an unhashable callable
        return _parameters_uncached(method, outer)


def _parameters_uncached(method: Callable[..., Any], outer: Any) -> tuple[int, tuple[str, ...]]:
    function = outer
    while hasattr(function, "__wrapped__"):  # the package's type-check wrappers keep the original here
        function = function.__wrapped__
    code = getattr(function, "__code__", None)
    if code is None:
        import inspect  # deferred: only callables without Python code (builtins, partials) need it

        try:
            parameters = inspect.signature(method).parameters.values()
        except (TypeError, ValueError):
            return 1, ()
        positional = [p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        return len(positional), tuple(p.name for p in parameters if p.kind is p.KEYWORD_ONLY)
    bound_self = 1 if hasattr(method, "__func__") else 0  # a bound method's code counts `self`
    keyword_only = code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount]
    return code.co_argcount - bound_self, tuple(keyword_only)


def struct_returned_by(value: Any, struct_type: type[_S], *, where: str, method: str) -> _S:
    """What an app's override of `method` returned, read as aws_cdk's binding reads it: the struct itself,
    or a dict whose keys JavaScript sees (a field's camelCase name, which for a one-word field is the
    field itself; other keys, such as snake_case ones, are not seen). Anything else is a type error
    naming `where` (the construct path) and `method`."""
    if isinstance(value, struct_type):
        return value
    if isinstance(value, Mapping):
        # Deferred: only a dict returned by an app's override needs them.
        from .struct import field_keyword
        from .type_checks import check_struct_arguments

        fields: dict[str, Any] = {}
        for key, item in value.items():
            # Only a field's camelCase name (the one-word field itself) names it, as JavaScript sees it.
            keyword = field_keyword(struct_type, key) if isinstance(key, str) else None
            if keyword is not None:
                fields[keyword] = item
        # The dict comes from the app: its values are checked as the struct's keywords would be from outside,
        # but for those holding dicts, which aws_cdk reads as structs at any depth.
        checked = {key: item for key, item in fields.items() if not _holds_dict(item)}
        try:
            check_struct_arguments(struct_type, checked)
        except ArgumentTypeError as error:
            raise ArgumentTypeError(f"{where}: {method}() returned {error}") from None
        return struct_type(**fields)
    name = struct_type.__name__
    raise ArgumentTypeError(
        f"{where}: {method}() returned {value!r}; return a {name}(...) or a dict of its fields"
    )


def _holds_dict(value: Any) -> bool:
    if isinstance(value, Mapping):
        return True
    return isinstance(value, (list, tuple)) and any(isinstance(item, Mapping) for item in value)
