"""Turn a value with tokens into the CloudFormation it stands for."""

from __future__ import annotations

import enum

from ..construct import Construct
from ..errors import ArgumentTypeError
from ..runtime_typing import TYPE_CHECKING
from ..struct import is_struct_class, struct_fields
from . import _encoding
from .resolvable import IPostProcessor, IResolvable

if TYPE_CHECKING:
    from typing import Any

_MAX_INT_FLOAT = 1e21  # JavaScript prints integral doubles below this without a fraction


class ResolveContext:
    """The context handed to each token while a document is resolved."""

    __slots__ = ("_post_processors", "_resolver", "document_path", "preparing", "scope")

    def __init__(self, resolver: Resolver) -> None:
        self._resolver = resolver
        self.scope = resolver.scope
        self.preparing = resolver.preparing
        self.document_path: list[str] = []
        self._post_processors: list[IPostProcessor] | tuple[()] = ()  # a list once one registers

    def resolve(
        self, x: Any, *, allow_intrinsic_keys: bool | None = None, remove_empty: bool | None = None
    ) -> Any:
        # Keys that resolve to intrinsics are always rejected here (allow_intrinsic_keys changes nothing).
        if remove_empty is False and self._resolver.remove_empty:
            return Resolver(self.scope, self.preparing, remove_empty=False).resolve(x)
        return self._resolver.resolve(x)

    def register_post_processor(self, post_processor: IPostProcessor) -> None:
        if isinstance(self._post_processors, list):
            self._post_processors.append(post_processor)
        else:
            self._post_processors = [post_processor]


class Resolver:
    """Resolves values for one consuming scope."""

    __slots__ = ("preparing", "remove_empty", "scope")

    def __init__(self, scope: Construct, preparing: bool = False, *, remove_empty: bool = True) -> None:
        self.scope = scope
        self.preparing = preparing
        self.remove_empty = remove_empty  # False keeps the None items of lists, as aws-cdk-lib's removeEmpty

    def resolve(self, obj: Any) -> Any:
        kind = type(obj)
        if kind is str:
            if "{Token[" not in obj and "e+289" not in obj:
                return obj
            return self._resolve_string(obj)
        if obj is None or kind is bool or kind is int:
            return obj
        if kind is dict:
            return self._resolve_dict(obj)
        if kind is list or kind is tuple:
            if len(obj) == 1 and type(obj[0]) is str and _encoding.is_list_token_string(obj[0]):
                token = _encoding.TOKEN_MAP.lookup_string(obj[0])
                if token is not None:
                    return self.resolve_token(token)
            result = []
            for item in obj:
                value = self.resolve(item)
                if value is not None or not self.remove_empty:
                    result.append(value)
            return result
        if kind is float:
            if obj < -1e288:
                token = _encoding.TOKEN_MAP.lookup_number(obj)
                if token is not None:
                    return self.resolve_token(token)
            if obj.is_integer() and abs(obj) < _MAX_INT_FLOAT:
                return int(obj)
            return obj
        if isinstance(obj, IResolvable):
            return self.resolve_token(obj)
        if isinstance(obj, enum.Enum):
            return self.resolve(obj.value)
        if isinstance(obj, str):
            return self.resolve(str(obj))
        if isinstance(obj, dict):
            return self._resolve_dict(obj)
        if isinstance(obj, (list, tuple)):
            return self.resolve(list(obj))
        if isinstance(obj, (int, float)):
            return self.resolve(float(obj) if isinstance(obj, float) else int(obj))
        resolved_form = _resolved_form(obj)
        if resolved_form is not None:
            return self.resolve(resolved_form)
        if isinstance(obj, Construct):
            raise ArgumentTypeError(
                f"cannot render the construct {obj.node.path!r} into a template; "
                "pass one of its attributes (such as .ref) instead"
            )
        raise ArgumentTypeError(f"cannot render {obj!r} ({type(obj).__name__}) into a template")

    def resolve_token(self, token: IResolvable) -> Any:
        context = ResolveContext(self)
        value = self.resolve(token.resolve(context))
        for post_processor in context._post_processors:
            value = post_processor.post_process(value, context)
        return value

    def _resolve_dict(self, obj: Any) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, raw in obj.items():
            if type(raw) is str and "{Token[" not in raw and "e+289" not in raw:
                value = raw  # a plain string, the most common value: no call needed
            else:
                value = self.resolve(raw)
                if value is None:
                    continue
            if type(key) is not str or "{Token[" in key:
                key = self.resolve(key)
                if not isinstance(key, str):
                    raise ArgumentTypeError(f"a template key must resolve to a string, got {key!r}")
            result[key] = value
        return result

    def _resolve_string(self, value: str) -> Any:
        if value.startswith(_encoding.STRING_MARKER):
            # Most token strings are one whole token: found by their text, without splitting.
            whole = _encoding.TOKEN_MAP.lookup_string(value)
            if whole is not None and isinstance(whole, IResolvable):
                return self.resolve_token(whole)
        fragments = _encoding.split_string(value)
        if len(fragments) == 1:
            only = fragments[0]
            return only if isinstance(only, str) else self.resolve_token(only)
        resolved = [f if isinstance(f, str) else self.resolve_token(f) for f in fragments]
        return concat_values(resolved)


def _resolved_form(obj: Any) -> Any:
    """What a value that is not JSON stands for in a template, or None when it has no such form.

    A struct is the object of its set fields under aws_cdk's camelCase names (`MetricConfig` ->
    `{"metricStat": {...}, "renderingProperties": {}}`), as aws-cdk-lib resolves its structs; a nested L1
    property type renders under CloudFormation's names instead (see its `_resolved_form`), and a value
    object (`Duration`) gives its own form.
    """
    own_form = getattr(obj, "_resolved_form", None)
    if own_form is not None:
        return own_form()
    cls = type(obj)
    if not is_struct_class(cls):
        return None
    result: dict[str, Any] = {}
    for field in struct_fields(cls):
        value = getattr(obj, field.name)
        if value is not None:
            result[_camel_case(field.alias)] = value
    return result


def _camel_case(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def is_concatable(value: Any) -> bool:
    """True for a literal string or number that can be glued to its neighbours."""
    kind = type(value)
    return kind is str or kind is int or kind is float


def minimal_join(delimiter: str, values: list[Any]) -> list[Any]:
    """Merge adjacent literals and splice in nested `Fn::Join`s with the same delimiter."""
    out: list[Any] = []
    for value in values:
        _push(out, delimiter, value)
    return out


# A module function, not a closure: a closure that calls itself is a reference cycle, garbage that only
# the cyclic collector frees (one per join, a collection's worth in a large app).
def _push(out: list[Any], delimiter: str, value: Any) -> None:
    if type(value) is dict and len(value) == 1 and "Fn::Join" in value:
        inner_delimiter, inner = value["Fn::Join"]
        if inner_delimiter == delimiter and type(inner) is list:
            for item in inner:
                _push(out, delimiter, item)
            return
    if out and is_concatable(out[-1]) and is_concatable(value):
        out[-1] = f"{_literal(out[-1])}{delimiter}{_literal(value)}"
    else:
        out.append(value)


def _literal(value: Any) -> str:
    if type(value) is float and value.is_integer() and abs(value) < _MAX_INT_FLOAT:
        return str(int(value))
    return str(value)


def concat_values(values: list[Any]) -> Any:
    """Concatenate resolved parts the way CloudFormation needs: a string or an `Fn::Join`."""
    parts = minimal_join("", [v for v in values if v is not None])
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return {"Fn::Join": ["", parts]}


def resolve(obj: Any, *, scope: Construct, preparing: bool = False, remove_empty: bool = True) -> Any:
    """Resolve `obj` for `scope`: every token replaced by what it stands for, `None` values dropped (from
    lists too, unless `remove_empty` is False)."""
    return Resolver(scope, preparing, remove_empty=remove_empty).resolve(obj)
