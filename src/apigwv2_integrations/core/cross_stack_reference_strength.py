"""`CrossStackReferences`: set how a resource is referenced from other stacks, or how a scope references
other stacks."""

from __future__ import annotations

from .cfn_resource import CfnResource
from .construct import IConstruct
from .errors import ValidationError
from .reference_strength import DEFAULT_CROSS_STACK_REFERENCES, ReferenceStrength

__all__ = ["CrossStackReferences"]


class CrossStackReferences:
    """Reference strength settings of one construct; get one with `CrossStackReferences.of(scope)`."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> CrossStackReferences:
        """The settings of `scope`."""
        return CrossStackReferences(scope)

    def produce(self, strength: ReferenceStrength) -> None:
        """Reference this resource from other stacks with `strength`, whatever their context says.

        The same as `apply_cross_stack_reference_strength` on the resource.
        """
        self._cfn_target().apply_cross_stack_reference_strength(strength)

    def consume(self, strength: ReferenceStrength) -> None:
        """Make `strength` the default for references this scope and everything below it make to other
        stacks (sets the `@aws-cdk/core:defaultCrossStackReferences` context here)."""
        self._scope.node.set_context(DEFAULT_CROSS_STACK_REFERENCES, strength.value)

    def _cfn_target(self) -> CfnResource:
        default_child = self._scope.node.default_child
        if isinstance(default_child, CfnResource):
            return default_child
        if isinstance(self._scope, CfnResource):
            return self._scope
        raise ValidationError(
            self._scope,
            "cannot set a produced reference strength: it is not a CfnResource and has no CfnResource "
            "default child; call CrossStackReferences.of() on the resource itself",
        )
