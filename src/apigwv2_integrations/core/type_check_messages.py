"""What a failed type check says: the value as the error quotes it, what to pass instead ("a Duration,
e.g. Duration.seconds(30)", the classes that implement an interface), and where the bad call was.
Loaded by the first failed check."""

from __future__ import annotations

import collections.abc
import enum
from collections.abc import Callable

from .errors import ArgumentTypeError
from .runtime_typing import TYPE_CHECKING
from .type_checks import (
    _PACKAGE,
    _args_of,
    _is_any,
    _is_literal,
    _is_protocol,
    _is_struct,
    _is_union,
    _Mismatch,
    _origin_of,
    _package_classes,
    public_classes,
)

if TYPE_CHECKING:
    from typing import Any, NoReturn

_MAX_ENUM_MEMBERS = 12
_MAX_EXAMPLES = 3
_MAX_SUBCLASS_EXAMPLES = 12


def _article(word: str) -> str:
    spoken_vowel = (
        word[:1].lower() in "aeiou" and not word.startswith(("Uni", "Usa", "Use", "Uti"))
    ) or word.startswith(("Http", "HTTP", "S3", "SQS", "SNS", "X-Ray"))
    return ("an " if spoken_vowel else "a ") + word


def _type_name(value: Any) -> str:
    if value is None:
        return "None"
    return _article(type(value).__name__)


def show(value: Any) -> str:
    """The value as an error quotes it: its repr, shortened, without memory addresses."""
    if isinstance(value, type):
        return value.__qualname__
    if getattr(type(value), "__repr__", None) is getattr(object, "__repr__", None):
        return f"<{type(value).__name__}>"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _number_in(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return f"{value:g}"
    if isinstance(value, str):
        try:
            return f"{float(value):g}"
        except ValueError:
            return None
    return None


# Value objects built by a factory: the example reuses a number the user gave.
_FACTORY_EXAMPLES = {
    ("Duration", f"{_PACKAGE}.core.duration"): "Duration.seconds({})",
    ("Size", f"{_PACKAGE}.core.size"): "Size.mebibytes({})",
}
_DEFAULT_AMOUNT = {"Duration": "30", "Size": "512"}


def _enum_phrase(tp: type[enum.Enum], value: Any) -> str:
    members = list(tp)
    listed = ", ".join(f"{tp.__name__}.{m.name}" for m in members[:_MAX_ENUM_MEMBERS])
    if len(members) > _MAX_ENUM_MEMBERS:
        listed += ", ..."
    if isinstance(value, str):
        for member in members:
            if value.upper() in (member.name, str(member.value).upper()):
                return f"{_article(tp.__name__)}, e.g. {tp.__name__}.{member.name}"
    return f"{_article(tp.__name__)} ({listed})"


def _first_doc_line(tp: type) -> str:
    doc = (tp.__doc__ or "").strip().splitlines()
    # Generated docstrings quote CloudFormation names in reST (``AWS::SQS::Queue``); messages are plain text.
    line = doc[0].strip().rstrip(".").replace("``", "") if doc else ""
    return line[:1].lower() + line[1:] if line else ""


def _examples(tp: type) -> list[str]:
    """Public classes a value of `tp` can be: its public subclasses, or `Foo` for an `IFoo`."""
    public = set(public_classes())
    found: list[str] = []
    if _is_protocol(tp):
        name = tp.__name__[1:] if tp.__name__[:1] == "I" and tp.__name__[1:2].isupper() else ""
        for candidate in _package_classes().get(name, []):
            # `Function` for aws_lambda's `IFunction`, not aws_cloudfront's `Function`.
            if (
                candidate in public
                and not _is_protocol(candidate)
                and _service_of(candidate) == _service_of(tp)
            ):
                found.append(candidate.__name__)
                factories = sorted(n for n in vars(candidate) if n.startswith("from_"))
                found.extend(f"{candidate.__name__}.{n}(...)" for n in factories[:1])
        for candidate in public:
            if (
                not _is_protocol(candidate)
                and tp in candidate.__mro__[1:]
                and candidate.__name__ not in found
            ):
                found.append(candidate.__name__)
    elif len(public) > 0:
        pending: list[type] = list(tp.__subclasses__())
        while pending:
            candidate = pending.pop(0)
            pending.extend(candidate.__subclasses__())
            if (
                candidate in public
                and candidate.__name__ not in found
                and not candidate.__name__.startswith("_")
            ):
                found.append(candidate.__name__)
        if len(found) > _MAX_SUBCLASS_EXAMPLES:
            return []  # a broad base (Construct, Resource): naming three of its subclasses helps nobody
        found.sort()
    return found[:_MAX_EXAMPLES]


def _join_or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def describe(tp: Any, value: Any = None) -> str:
    """What to pass for `tp`, as the fix of an error ("a Duration, e.g. Duration.seconds(30)")."""
    origin = _origin_of(tp)
    if _is_union(origin):
        members = [m for m in _args_of(tp) if m is not type(None)]
        structs = [m for m in members if isinstance(m, type) and _is_struct(m)]
        phrases: list[str] = []
        for member in members:
            if structs and _origin_of(member) in (collections.abc.Mapping, dict):
                phrases.append(f"a dict of {structs[0].__name__} fields")
            elif _is_resolvable(member):
                phrases.append("a token (IResolvable)")
            else:
                phrases.append(describe(member, value))
        return _join_or(list(dict.fromkeys(phrases)))
    if _is_literal(origin):
        return "one of " + ", ".join(repr(a) for a in _args_of(tp))
    if origin in (list, tuple, set, frozenset, collections.abc.Sequence, collections.abc.Iterable):
        args = _args_of(tp)
        return f"a list of {_plain(args[0])}" if args and not _is_any(args[0]) else "a list"
    if origin in (dict, collections.abc.Mapping, collections.abc.MutableMapping):
        args = _args_of(tp)
        return f"a dict of {_plain(args[0])} to {_plain(args[1])}" if len(args) == 2 else "a dict"
    if origin is type:
        return "a class"
    if origin is collections.abc.Callable or tp is collections.abc.Callable:
        return "a function"
    if tp is type(None):
        return "None"
    if _is_any(tp) or tp is object:
        return "any value"
    if tp is str:
        if isinstance(value, enum.Enum) and isinstance(value.value, str):
            return f"a str, e.g. {value.value!r}"  # an enum member where the API takes its text
        return "a str"
    if tp is int and isinstance(value, float):
        return "a whole number (an int)"
    if tp in (int, float):
        return "a number"
    if tp is bool:
        return "a bool (True or False)"
    if tp in (list, tuple, collections.abc.Sequence):
        return "a list"
    if not isinstance(tp, type):
        return str(tp)
    if issubclass(tp, enum.Enum):
        return _enum_phrase(tp, value)
    factory = _FACTORY_EXAMPLES.get((tp.__name__, tp.__module__))
    if factory is not None:
        amount = _number_in(value) or _DEFAULT_AMOUNT[tp.__name__]
        return f"{_article(tp.__name__)}, e.g. {factory.format(amount)}"
    phrase = _article(tp.__name__)
    if _is_protocol(tp) and _first_doc_line(tp):
        phrase += f" ({_first_doc_line(tp)})"
    examples = [e for e in _examples(tp) if e != tp.__name__] if not _is_struct(tp) else []
    if examples:
        phrase += f", such as {_join_or(examples)}"
    return phrase


def _plain(tp: Any) -> str:
    text = describe(tp)
    for prefix in ("an ", "a "):
        if text.startswith(prefix) and " " not in text[len(prefix) :]:
            return text[len(prefix) :]
    return text.split(" (")[0].split(", ")[0].removeprefix("an ").removeprefix("a ")


def _is_resolvable(tp: Any) -> bool:
    return isinstance(tp, type) and tp.__name__ == "IResolvable"


def place_of(
    function: Callable[..., Any], owner: type | None, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> str:
    """Where the bad call happened: a construct path where there is one, else Class.method."""
    from .construct import Construct  # deferred: keeps `import apigwv2_integrations` light

    name = function.__name__
    code = function.__code__
    names = code.co_varnames[: code.co_argcount]
    bound = dict(zip(names, args, strict=False)) | kwargs
    scope, id_ = bound.get("scope"), bound.get("id")
    # An inherited `__init__` names the class being built, not the base that defines it.
    instance_class = type(args[0]) if name == "__init__" and args and names and names[0] == "self" else owner
    class_name = instance_class.__name__ if instance_class is not None else ""
    if isinstance(scope, Construct):
        parent = scope.node.path
        if not isinstance(id_, str):
            return parent or class_name
        return f"{parent}/{id_}" if parent else id_
    receiver = args[0] if args and names and names[0] == "self" else None
    if isinstance(receiver, Construct) and name != "__init__":
        return receiver.node.path + (f".{name}" if name != "__init__" else "")
    if name == "__init__":
        return f"{class_name}({id_!r})" if isinstance(id_, str) else class_name
    return f"{class_name}.{name}" if class_name else name


def raise_mismatch(place: str, argument: str, mismatch: _Mismatch) -> NoReturn:
    shown = f"{argument}{mismatch.where}={show(mismatch.value)}"
    if mismatch.note:
        message = f"{shown} {mismatch.note}"
    else:
        fix = describe(mismatch.expected, mismatch.value)
        given = _type_name(mismatch.value)
        expected = mismatch.expected
        kind = type(mismatch.value)
        namesake = _namesake(expected, kind)
        if namesake is not None:
            # Two classes of one name (aws_apigatewayv2.HttpMethod, aws_lambda.HttpMethod): say whose.
            given = f"{given} of {_service_of(kind)}"
            fix = (
                f"{fix} of {_service_of(namesake)}"
                if namesake is expected
                else f"{fix} (of {_service_of(namesake)})"
            )
        elif isinstance(mismatch.value, type):
            given = "a class"
            fix = f"{fix}; pass an object, not its class"
        message = f"{shown} is {given}; use {fix}"
    raise ArgumentTypeError(f"{place}: {message}" if place else message)


def _namesake(expected: Any, kind: type) -> type | None:
    """The expected class (or member of an expected union) that has the name of `kind` but is another."""
    options = _args_of(expected) if _is_union(_origin_of(expected)) else ()
    for option in (expected, *options):
        if isinstance(option, type) and option is not kind and option.__name__ == kind.__name__:
            return option
    return None


def _service_of(cls: type) -> str:
    """The public module a class of the package is found in (`aws_lambda`), or its module."""
    parts = cls.__module__.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == _PACKAGE else cls.__module__
