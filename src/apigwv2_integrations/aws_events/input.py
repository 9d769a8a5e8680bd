"""RuleTargetInput: what a rule sends to a target; EventField: a value taken from the event."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import IResolvable, IResolveContext, Token, Tokenization

if TYPE_CHECKING:
    from typing import Any

    from .rule import IRule

_HINT_HEAD = re.compile(r"^[^a-zA-Z0-9_-]+")
_HINT_BODY = re.compile(r"[^a-zA-Z0-9_-]")


@lazy_frozen(kw_only=True)
class RuleTargetInputProperties(metaclass=LazyAttrsMeta):
    """The input settings of one target."""

    input: str | None = None
    """A literal JSON input. Default: none."""
    input_path: str | None = None
    """A JSON path of the event to send. Default: none."""
    input_paths_map: dict[str, str] | None = None
    """Names of event values used by input_template. Default: none."""
    input_template: str | None = None
    """A template with `<name>` placeholders. Default: none."""


class _EventFieldProperty:
    def __init__(self, path: str) -> None:
        self._path = path

    def __get__(self, instance: object, owner: type) -> str:
        return EventField.from_path(self._path)


class EventField(IResolvable):
    """A value of the event, filled in when EventBridge sends it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.display_hint = _HINT_BODY.sub("-", _HINT_HEAD.sub("", path))

    event_id = _EventFieldProperty("$.id")
    """The event's id."""
    detail_type = _EventFieldProperty("$.detail-type")
    """The event's detail type."""
    source = _EventFieldProperty("$.source")
    """The event's source."""
    account = _EventFieldProperty("$.account")
    """The account the event comes from."""
    time = _EventFieldProperty("$.time")
    """The event's time."""
    region = _EventFieldProperty("$.region")
    """The region the event comes from."""

    @staticmethod
    def from_path(path: str) -> str:
        """The value at a JSON path of the event, such as `$.detail.id`."""
        return EventField(path).to_string()

    def resolve(self, context: IResolveContext) -> Any:
        return self.path

    def _display_hint(self) -> str:
        return self.display_hint

    def to_string(self) -> str:
        return Token.as_string(self, display_hint=self.display_hint)

    def to_json(self) -> Any:
        return f"<path:{self.path}>"


class InputType(SimpleEnum):
    """How a RuleTargetInput's value is given."""

    OBJECT = 0
    TEXT = 1
    MULTILINE = 2


class RuleTargetInput:
    """The input a rule sends to a target."""

    @staticmethod
    def from_text(text: str) -> RuleTargetInput:
        """A string (sent as a JSON string); EventField values are filled in."""
        return _FieldAwareInput(text, InputType.TEXT)

    @staticmethod
    def from_multiline_text(text: str) -> RuleTargetInput:
        """Lines of text, each sent as a JSON string."""
        return _FieldAwareInput(text, InputType.MULTILINE)

    @staticmethod
    def from_object(obj: Any) -> RuleTargetInput:
        """Any JSON value (an object, a list, a scalar) sent as JSON; EventField values are filled in."""
        return _FieldAwareInput(dict(obj) if isinstance(obj, Mapping) else obj, InputType.OBJECT)

    @staticmethod
    def from_event_path(path: str) -> RuleTargetInput:
        """The part of the event at a JSON path."""
        return _LiteralInput(RuleTargetInputProperties(input_path=path))

    def bind(self, rule: IRule) -> RuleTargetInputProperties:
        """The input properties of the target."""
        raise NotImplementedError(f"{type(self).__name__} must render its input")


class _LiteralInput(RuleTargetInput):
    def __init__(self, props: RuleTargetInputProperties) -> None:
        self._props = props

    def bind(self, rule: IRule) -> RuleTargetInputProperties:
        return self._props


class _FieldAwareInput(RuleTargetInput):
    def __init__(self, value: Any, input_type: InputType) -> None:
        self._value = value
        self._input_type = input_type

    def bind(self, rule: IRule) -> RuleTargetInputProperties:
        paths: dict[str, str] = {}
        keys_by_path: dict[str, str] = {}

        def key_for(field: EventField) -> str:
            existing = keys_by_path.get(field.path)
            if existing is not None:
                return existing
            key = field.display_hint or f"f{len(keys_by_path) + 1}"
            keys_by_path[field.path] = key
            return key

        def replace(value: Any) -> Any:
            if isinstance(value, str):
                for token in Tokenization.reverse_string(value).tokens:
                    if isinstance(token, EventField):
                        key = key_for(token)
                        if paths.get(key, token.path) != token.path:
                            raise ValidationError(
                                None,
                                f"the key {key!r} is used for two JSON paths, {token.path!r} and "
                                f"{paths[key]!r}; "
                                "use paths whose last parts differ",
                            )
                        paths[key] = token.path
                        value = value.replace(token.to_string(), f"<{key}>")
                return value
            if isinstance(value, Mapping):
                return {k: replace(v) for k, v in value.items()}
            if isinstance(value, (list, tuple)):
                return [replace(v) for v in value]
            return value

        stack = Stack.of(rule)  # type: ignore[arg-type]
        replaced = replace(self._value)
        if self._input_type is InputType.MULTILINE:
            rendered = "\n".join(stack.to_json_string(line) for line in str(replaced).split("\n"))
        else:
            rendered = stack.to_json_string(replaced)
        if not paths:
            return RuleTargetInputProperties(input=rendered)
        template = rendered
        if self._input_type is InputType.OBJECT:
            template = Token.as_string(_Unquoted(rendered, list(paths)))
        return RuleTargetInputProperties(input_template=template, input_paths_map=paths)


class _Unquoted(IResolvable):
    """A JSON text with the quotes around `"<key>"` placeholders removed, so they stand for JSON values."""

    def __init__(self, text: str, keys: list[str]) -> None:
        self._text = text
        self._keys = keys

    def resolve(self, context: IResolveContext) -> Any:
        return self._unquote(context.resolve(self._text))

    def _unquote(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self._unquote(v) for v in value]
        if isinstance(value, dict):
            return {k: self._unquote(v) for k, v in value.items()}
        if isinstance(value, str):
            for key in self._keys:
                value = re.sub(r'(?<!\\)"<' + re.escape(key) + '>"', f"<{key}>", value)
            return value
        return value
