"""What is wrong with a call Python cannot bind: missing, unknown or extra arguments.

Python's own message (`HttpApi.__init__() got an unexpected keyword argument 'cors_preflght'`) names
neither the construct nor the fix, and arrives with the package's wrapper frames. The type-check
wrappers and the struct constructors turn such a call into an ArgumentTypeError in the house anatomy:

    Books/Api: cors_preflght=None is not an argument of HttpApi; did you mean cors_preflight?
    Books/Api.add_routes: integration is missing; pass integration=<an IHttpRouteIntegration>

Loaded only when a call fails.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence

from .errors import ArgumentTypeError
from .runtime_typing import TYPE_CHECKING
from .type_check_messages import describe, place_of, show
from .type_checks import _field_input_annotation, _resolve

if TYPE_CHECKING:
    from typing import Any

__all__ = ["function_call_error", "struct_call_error"]


def function_call_error(
    function: Callable[..., Any],
    owner: type | None,
    skip_first: bool,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> ArgumentTypeError | None:
    """The error of a call of `function` that Python could not bind, or None if none is found."""
    code = function.__code__
    first = 1 if skip_first else 0
    positional = list(code.co_varnames[first : code.co_argcount])
    keyword_only = list(code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount])
    defaults = function.__defaults__ or ()
    optional = set(code.co_varnames[code.co_argcount - len(defaults) : code.co_argcount])
    optional.update(function.__kwdefaults__ or {})
    annotations = getattr(function, "__annotations__", {})

    def expected(name: str) -> str:
        return _expected(annotations.get(name), function.__module__, owner)

    name = function.__name__
    receiver = type(args[0]) if skip_first and args else owner
    callee = (receiver.__name__ if receiver is not None else "") + ("" if name == "__init__" else f".{name}")
    takes_more_positional = bool(code.co_flags & 0x04)
    # `*rules`: what each further positional argument is.
    rest = code.co_varnames[code.co_argcount + code.co_kwonlyargcount] if takes_more_positional else ""
    problems = _problems(
        callee,
        positional,
        keyword_only,
        optional,
        more_positional=expected(rest) if rest else "",
        takes_more_positional=takes_more_positional,
        takes_any_keyword=bool(code.co_flags & 0x08),
        args=args[first:],
        kwargs=kwargs,
        expected=expected,
    )
    if not problems:
        return None
    return ArgumentTypeError(f"{place_of(function, owner, args, kwargs)}: {'; '.join(problems)}")


def struct_call_error(
    struct: type, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> ArgumentTypeError | None:
    """The error of `struct(*args, **kwargs)` (fields are taken by keyword only), or None."""
    from .struct import MISSING, struct_fields  # deferred: struct.py imports type_checks

    fields = {field.alias: field for field in struct_fields(struct)}
    optional = {alias for alias, field in fields.items() if field.default is not MISSING or field.factory}

    def expected(alias: str) -> str:
        annotation, module = _field_input_annotation(fields[alias])
        return _expected(annotation, module or struct.__module__, None if module else struct)

    problems = _problems(
        struct.__name__,
        [],
        list(fields),
        optional,
        more_positional="",
        takes_more_positional=False,
        takes_any_keyword=False,
        args=args,
        kwargs=kwargs,
        expected=expected,
    )
    return ArgumentTypeError(f"{struct.__name__}: {'; '.join(problems)}") if problems else None


def _problems(
    callee: str,
    positional: Sequence[str],
    keyword_only: Sequence[str],
    optional: set[str],
    *,
    more_positional: str,
    takes_more_positional: bool,
    takes_any_keyword: bool,
    args: Sequence[Any],
    kwargs: dict[str, Any],
    expected: Callable[[str], str],
) -> list[str]:
    problems: list[str] = []
    if len(args) > len(positional) and not takes_more_positional:
        extra = ", ".join(show(value) for value in args[len(positional) :])
        if positional:
            count = f"{len(positional)} positional argument{'s' if len(positional) > 1 else ''}"
            problems.append(
                f"{callee} takes {count} ({', '.join(positional)}) but was also given {extra}; "
                "pass the others by keyword"
            )
        else:
            problems.append(
                f"{callee} takes keyword arguments only but was given {extra}; pass each by its keyword"
            )
    by_position = set(positional[: len(args)])
    names = [*positional, *keyword_only]
    for keyword, value in kwargs.items():
        if keyword in by_position:
            problems.append(f"{keyword}={show(value)} was given by position too; pass it once")
        elif keyword not in names and not takes_any_keyword:
            close = difflib.get_close_matches(keyword, names, n=1)
            if close:
                fix = f"did you mean {close[0]}?"
            elif names:
                fix = f"use one of {', '.join(names)}"
            elif more_positional:
                fix = f"pass {more_positional} by position instead"
            else:
                fix = f"{callee} takes no arguments"
            problems.append(f"{keyword}={show(value)} is not an argument of {callee}; {fix}")
    for name in names:
        if name not in by_position and name not in kwargs and name not in optional:
            problems.append(f"{name} is missing; pass {name}=<{expected(name)}>")
    return problems


def _expected(annotation: Any, module: str, owner: type | None) -> str:
    if annotation is None or annotation in ("Any", "typing.Any", "object"):
        return "a value"
    resolved = _resolve(annotation, module, owner)
    return describe(resolved) if resolved is not None else str(annotation)
