"""The value of an annotation written as text, read without `eval`.

The type checks resolve the annotations of the arguments a user passes (`"str | None"`, `"Construct"`,
`"Sequence[HttpMethod] | None"`). `eval` compiles each text, and a process's first compile costs more than
a millisecond, a tenth of the package's own import; the forms the package writes (names, dotted names,
`X | Y`, `X[Y, Z]`, `Callable[[A], B]`) are read here instead, and any other form is left to `eval`.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Mapping

from .runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__all__ = ["evaluate_annotation"]

# Names (dotted or not) and the punctuation of subscripts and unions; anything else is `eval`'s.
_TOKENS = re.compile(r"[A-Za-z_][\w.]*|[\[\],|]|\S")
_PUNCTUATION = frozenset("[],|")


class _NotReadable(Exception):
    """A form this reader leaves to `eval`."""


def evaluate_annotation(text: str, module_globals: dict[str, Any], local_names: Mapping[str, Any]) -> Any:
    """What `eval(text, module_globals, local_names)` returns (names are looked up in the same order)."""
    try:
        return _Reader(_TOKENS.findall(text), module_globals, local_names).read()
    except _NotReadable:
        return eval(text, module_globals, local_names)


class _Reader:
    __slots__ = ("globals", "locals", "position", "tokens")

    def __init__(
        self, tokens: list[str], module_globals: dict[str, Any], local_names: Mapping[str, Any]
    ) -> None:
        self.tokens = tokens
        self.position = 0
        self.globals = module_globals
        self.locals = local_names

    def read(self) -> Any:
        value = self._union()
        if self.position != len(self.tokens):
            raise _NotReadable
        return value

    def _peek(self) -> str:
        return self.tokens[self.position] if self.position < len(self.tokens) else ""

    def _take(self, token: str) -> None:
        if self._peek() != token:
            raise _NotReadable
        self.position += 1

    def _union(self) -> Any:
        value = self._primary()
        while self._peek() == "|":
            self.position += 1
            value = value | self._primary()
        return value

    def _primary(self) -> Any:
        token = self._peek()
        if token == "[":  # the parameter list of Callable[[A, B], R]
            self.position += 1
            return list(self._arguments("]"))
        if not token or token in _PUNCTUATION or not (token[0].isalpha() or token[0] == "_"):
            raise _NotReadable
        self.position += 1
        value = self._name(token)
        if self._peek() == "[":
            self.position += 1
            arguments = self._arguments("]")
            value = value[arguments[0] if len(arguments) == 1 else tuple(arguments)]
        return value

    def _arguments(self, closing: str) -> list[Any]:
        arguments: list[Any] = []
        if self._peek() == closing:
            self.position += 1
            return arguments
        while True:
            arguments.append(self._union())
            if self._peek() == ",":
                self.position += 1
                continue
            self._take(closing)
            return arguments

    def _name(self, dotted: str) -> Any:
        first, *rest = dotted.split(".")
        if first == "None":
            value: Any = None
        else:
            value = self._lookup(first)
        for attribute in rest:
            value = getattr(value, attribute)
        return value

    def _lookup(self, name: str) -> Any:
        # eval's order for a name: the local mapping, the module's globals, then the builtins.
        try:
            return self.locals[name]
        except KeyError:
            pass
        if name in self.globals:
            return self.globals[name]
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise _NotReadable  # eval raises the NameError
