"""References to template elements: `Ref` and `Fn::GetAtt`, rendered per consuming stack."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .errors import ValidationError
from .feature_flags import flag_value
from .tokens.token import Intrinsic, IResolveContext, ResolutionTypeHint

if TYPE_CHECKING:
    from .cfn_element import CfnElement
    from .stack import Stack

DEFAULT_CROSS_STACK_REFERENCES = "@aws-cdk/core:defaultCrossStackReferences"
_REFERENCE_STRENGTHS = ("strong", "weak", "both")


class Reference(Intrinsic):
    """An intrinsic that points at a construct."""

    def __init__(
        self,
        value: Any,
        target: Any,
        display_name: str,
        type_hint: ResolutionTypeHint | None = None,
    ) -> None:
        super().__init__(value, type_hint=type_hint)
        self.target = target
        self.display_name = display_name

    def _display_hint(self) -> str:
        return self.display_name


class CfnReference(Reference):
    """`Ref` or `Fn::GetAtt` of a CfnElement; becomes an import when used from another stack."""

    target: CfnElement

    def __init__(self, target: CfnElement, attribute: str, type_hint: ResolutionTypeHint | None) -> None:
        super().__init__(None, target, f"{target.node.id}.{attribute}", type_hint)
        self.attribute = attribute

    @staticmethod
    def for_(target: CfnElement, attribute: str, type_hint: ResolutionTypeHint | None = None) -> CfnReference:
        """Return the one reference object for this attribute of `target`."""
        cache: dict[str, CfnReference] = target.__dict__.setdefault("_references", {})
        reference = cache.get(attribute)
        if reference is None:
            reference = CfnReference(target, attribute, type_hint)
            cache[attribute] = reference
        return reference

    def local_value(self) -> dict[str, Any]:
        """The reference as written inside its own stack."""
        logical_id = self.target.logical_id
        if self.attribute == "Ref":
            return {"Ref": logical_id}
        return {"Fn::GetAtt": [logical_id, self.attribute]}

    def resolve(self, context: IResolveContext) -> Any:
        producer = self.target.stack
        scope = context.scope
        if scope is producer:
            return self.local_value()
        from .stack import Stack

        consumer = Stack.of(scope)
        if consumer is producer:
            return self.local_value()
        return import_across_stacks(self, producer, consumer)

    def __repr__(self) -> str:
        return f"CfnReference({self.target.node.path!r}, {self.attribute!r})"


def import_across_stacks(reference: CfnReference, producer: Stack, consumer: Stack) -> dict[str, Any]:
    """Export `reference` from its stack and return the `Fn::ImportValue` the consumer uses."""
    if producer.node.root is not consumer.node.root:
        raise ValidationError(
            consumer,
            f"references {reference.target.node.path!r}, which belongs to another app; "
            "stacks can only reference stacks of the same app",
        )
    if _environments_differ(producer, consumer) and not _is_weak_cross_region(producer, consumer):
        raise ValidationError(
            consumer,
            f"references {reference.target.node.path!r} in stack {producer.stack_name!r} of environment "
            f"{producer.environment!r}, but this stack is in {consumer.environment!r}; "
            "cross-stack references work only within one account and region (weak references, "
            f"{DEFAULT_CROSS_STACK_REFERENCES}='weak', also across regions of one account)",
        )
    consumer.add_dependency(
        producer, f"{consumer.node.path} -> {reference.target.node.path}.{reference.attribute}"
    )
    strength = reference_strength(consumer)
    if strength == "strong":
        return {"Fn::ImportValue": producer._export_name_for(reference)}
    if strength == "both":
        producer._export_name_for(reference)
    return {
        "Fn::GetStackOutput": {
            "StackName": producer.stack_name,
            "Region": producer._env_region or {"Ref": "AWS::Region"},
            "OutputName": producer._published_output_for(reference),
        }
    }


def reference_strength(consumer: Stack) -> str:
    """How `consumer` references other stacks: `@aws-cdk/core:defaultCrossStackReferences`.

    "strong" exports the value and imports it (`Fn::ImportValue`, the producer cannot change it while it
    is imported); "weak" publishes it as a plain output read with `Fn::GetStackOutput`; "both" does both
    and reads the output, the step between the two.
    """
    value = flag_value(consumer, DEFAULT_CROSS_STACK_REFERENCES)
    if value not in _REFERENCE_STRENGTHS:
        raise ValidationError(
            consumer,
            f"context {DEFAULT_CROSS_STACK_REFERENCES}={value!r} is not a reference strength; "
            'use "strong", "weak" or "both"',
        )
    return str(value)


def _is_weak_cross_region(producer: Stack, consumer: Stack) -> bool:
    """True for a weak reference between known regions of one account: `Fn::GetStackOutput` reads it."""
    return (
        producer._env_account == consumer._env_account
        and producer._env_region is not None
        and consumer._env_region is not None
        and reference_strength(consumer) == "weak"
    )


def _environments_differ(a: Stack, b: Stack) -> bool:
    for x, y in ((a._env_account, b._env_account), (a._env_region, b._env_region)):
        if x is not None and y is not None and x != y:
            return True
    return False


def export_id_for(resolved: Any) -> str:
    """The construct id of the output that exports a resolved reference (as aws-cdk-lib names it)."""
    return "Output" + json.dumps(resolved, separators=(",", ":"), ensure_ascii=False)
