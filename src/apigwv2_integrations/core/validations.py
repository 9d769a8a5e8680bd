"""Validations: warnings and errors identified by rule id, and acknowledgments of those rules."""

from __future__ import annotations

from .annotations import Annotations
from .construct import Construct
from .errors import ValidationError
from .runtime_typing import TYPE_CHECKING
from .struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any, ClassVar

__all__ = ["Acknowledgment", "Validations"]

_ANNOTATION_NAMESPACE = "Annotation"
_ANNOTATION_ALIASES = ("annotation", "Construct-Annotations")
_OPENING = "([{"
_CLOSING = {")": "(", "]": "[", "}": "{"}


@lazy_frozen(kw_only=True)
class Acknowledgment(metaclass=LazyAttrsMeta):
    """A validation rule acknowledged by id, with the reason it is acceptable."""

    id: str
    """The rule id to acknowledge (an annotation warning id may carry the prefix `annotation::`)."""
    reason: str
    """Why the rule is acceptable."""


def _split_rule_id(scope: Construct, rule_id: str) -> tuple[str | None, str]:
    """The namespace (before `::`, outside brackets) and the rule name of `rule_id`."""
    separator: int | None = None
    open_brackets: list[str] = []
    index = 0
    while index < len(rule_id):
        char = rule_id[index]
        if rule_id.startswith("::", index) and not open_brackets:
            if separator is not None:
                raise ValidationError(
                    scope,
                    f"id={rule_id!r} has more than one '::'; use 'prefix::RuleName' with one separator",
                )
            separator = index
            index += 2
            continue
        if char in _OPENING:
            open_brackets.append(char)
        elif char in _CLOSING and (not open_brackets or open_brackets.pop() != _CLOSING[char]):
            raise ValidationError(
                scope, f"id={rule_id!r} has an unmatched {char!r} at position {index}; balance the brackets"
            )
        index += 1
    if separator is None:
        return None, rule_id
    if separator == 0:
        raise ValidationError(scope, f"id={rule_id!r} has no prefix before '::'; use 'prefix::RuleName'")
    return rule_id[:separator], rule_id[separator + 2 :]


def _qualified_rule_id(scope: Construct, rule_id: str) -> str:
    """`<namespace>::<rule>` with spaces turned into hyphens; rules without a namespace are annotations."""
    namespace, name = _split_rule_id(scope, rule_id)
    name = name.replace(" ", "-")
    namespace = namespace.replace(" ", "-") if namespace is not None else None
    if namespace is None or namespace in _ANNOTATION_ALIASES:
        namespace = _ANNOTATION_NAMESPACE
    return f"{namespace}::{name}"


class Validations:
    """Warnings and errors with rule ids on a construct, and the rules acknowledged below it."""

    ACKNOWLEDGED_RULES_METADATA_KEY: ClassVar[str] = "aws:cdk:acknowledged-rules"
    """The metadata type under which acknowledgments are recorded (`{rule id: reason}`)."""

    def __init__(self, scope: Construct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Construct) -> Validations:
        """The validations of `scope`."""
        return Validations(scope)

    def add_plugins(self, *plugins: Any) -> None:
        """Register policy validation plugins; not supported by this package."""
        # Differs from aws-cdk-lib: policy validation plugins are not run here (see the README).
        raise ValidationError(
            self._scope,
            f"add_plugins({', '.join(map(repr, plugins))}) is not supported; policy validation plugins are "
            "not run by this package",
        )

    def add_warning(self, id: str, message: str) -> None:
        """Attach a warning with the rule id `Annotation::<id>`, which `acknowledge` silences."""
        Annotations.of(self._scope).add_warning_v2(_qualified_rule_id(self._scope, id), message)

    def add_error(self, id: str, message: str) -> None:
        """Attach an error (synth fails) that names its rule id; errors cannot be acknowledged."""
        Annotations.of(self._scope).add_error(f"{message} ({_qualified_rule_id(self._scope, id)})")

    def acknowledge(self, *rules: Acknowledgment) -> None:
        """Silence the warnings of `rules` on this construct and below, and record each with its reason."""
        for rule in rules:
            qualified = _qualified_rule_id(self._scope, rule.id)
            self._scope.node.add_metadata(self.ACKNOWLEDGED_RULES_METADATA_KEY, {qualified: rule.reason})
            annotations = Annotations.of(self._scope)
            annotations.acknowledge_warning(qualified)
            prefix = f"{_ANNOTATION_NAMESPACE}::"
            if qualified.startswith(prefix):
                annotations.acknowledge_warning(qualified[len(prefix) :])
