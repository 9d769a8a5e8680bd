"""References to template elements: `Ref` and `Fn::GetAtt`, rendered per consuming stack."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .errors import ValidationError
from .tokens.token import Intrinsic, IResolveContext, ResolutionTypeHint

if TYPE_CHECKING:
    from .cfn_element import CfnElement
    from .stack import Stack


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
    if _environments_differ(producer, consumer):
        raise ValidationError(
            consumer,
            f"references {reference.target.node.path!r} in stack {producer.stack_name!r} of environment "
            f"{producer.environment!r}, but this stack is in {consumer.environment!r}; "
            "cross-stack references work only within one account and region",
        )
    consumer.add_dependency(
        producer, f"{consumer.node.path} -> {reference.target.node.path}.{reference.attribute}"
    )
    export_name = producer._export_name_for(reference)
    return {"Fn::ImportValue": export_name}


def _environments_differ(a: Stack, b: Stack) -> bool:
    for x, y in ((a._env_account, b._env_account), (a._env_region, b._env_region)):
        if x is not None and y is not None and x != y:
            return True
    return False


def export_id_for(resolved: Any) -> str:
    """The construct id of the output that exports a resolved reference (as aws-cdk-lib names it)."""
    return "Output" + json.dumps(resolved, separators=(",", ":"), ensure_ascii=False)
