"""Calling a method an app wrote, with one options struct, the way aws_cdk's Python binding calls it.

aws_cdk declares such methods with the struct's fields as keywords (`bind(self, *, route, scope)`), but an
app's override may take the struct itself (`bind(self, options)`, read as `options.route`). The binding
looks at the override: when it has keyword-only parameters and no positional one left for the struct, it
passes the struct's fields by those names; otherwise it passes the struct as one positional argument.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["call_with_struct"]

_R = TypeVar("_R")


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


def _parameters_of(method: Callable[..., Any]) -> tuple[int, tuple[str, ...]]:
    """How many parameters `method` takes by position (after `self`), and its keyword-only ones."""
    function: Any = getattr(method, "__func__", method)
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
