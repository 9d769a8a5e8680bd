"""RemovalPolicies and MissingRemovalPolicies: removal policies set by aspect below a scope."""

from __future__ import annotations

import abc
from collections.abc import Sequence

from .annotations import Annotations
from .aspects import AspectPriority, Aspects, mutating_aspect_priority
from .cfn_resource import CfnResource
from .construct import Construct, require_construct
from .removal_policy import RemovalPolicy
from .runtime_typing import TYPE_CHECKING
from .struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

__all__ = ["MissingRemovalPolicies", "RemovalPolicies", "RemovalPolicyProps"]


@lazy_frozen(kw_only=True)
class RemovalPolicyProps(metaclass=LazyAttrsMeta):
    """Which resources a removal policy aspect applies to, and its priority among the aspects."""

    apply_to_resource_types: Sequence[str] | None = None
    """The only CloudFormation resource types changed. Default: every type."""
    exclude_resource_types: Sequence[str] | None = None
    """CloudFormation resource types left alone; they win over `apply_to_resource_types`. Default: none."""
    priority: int | None = None
    """The aspect priority; aspects of lower priority run first, so the highest applied last wins.
    Default: AspectPriority.MUTATING under `@aws-cdk/core:aspectPrioritiesMutating`, else DEFAULT."""


class _RemovalPolicyAspect:
    """Applies `policy` to the CfnResources it visits whose type the props select."""

    def __init__(self, policy: RemovalPolicy, props: RemovalPolicyProps, *, only_missing: bool) -> None:
        self._policy = policy
        self._include = list(props.apply_to_resource_types or ())
        self._exclude = list(props.exclude_resource_types or ())
        self._only_missing = only_missing

    def visit(self, node: Any) -> None:
        if not isinstance(node, CfnResource):
            return
        resource_type = node.cfn_resource_type
        if resource_type in self._exclude or (self._include and resource_type not in self._include):
            return
        options = node.cfn_options
        # A resource with either policy set counts as having one.
        if self._only_missing and (
            options.deletion_policy is not None or options.update_replace_policy is not None
        ):
            return
        node.apply_removal_policy(self._policy)


class _RemovalPolicyAspects(abc.ABC):
    """The methods RemovalPolicies and MissingRemovalPolicies share: one per RemovalPolicy."""

    def __init__(self, scope: Construct) -> None:
        self._scope = scope

    @abc.abstractmethod
    def apply(
        self,
        policy: RemovalPolicy,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply `policy` to the selected resources below the scope."""

    def destroy(
        self,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply RemovalPolicy.DESTROY."""
        self.apply(
            RemovalPolicy.DESTROY,
            apply_to_resource_types=apply_to_resource_types,
            exclude_resource_types=exclude_resource_types,
            priority=priority,
        )

    def retain(
        self,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply RemovalPolicy.RETAIN."""
        self.apply(
            RemovalPolicy.RETAIN,
            apply_to_resource_types=apply_to_resource_types,
            exclude_resource_types=exclude_resource_types,
            priority=priority,
        )

    def snapshot(
        self,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply RemovalPolicy.SNAPSHOT."""
        self.apply(
            RemovalPolicy.SNAPSHOT,
            apply_to_resource_types=apply_to_resource_types,
            exclude_resource_types=exclude_resource_types,
            priority=priority,
        )

    def retain_on_update_or_delete(
        self,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE."""
        self.apply(
            RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
            apply_to_resource_types=apply_to_resource_types,
            exclude_resource_types=exclude_resource_types,
            priority=priority,
        )


class RemovalPolicies(_RemovalPolicyAspects):
    """Set the removal policy of every resource below a scope, replacing the policies they have."""

    def apply(
        self,
        policy: RemovalPolicy,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply `policy` to the selected resources below the scope."""
        props = RemovalPolicyProps(
            apply_to_resource_types=apply_to_resource_types,
            exclude_resource_types=exclude_resource_types,
            priority=priority,
        )
        Aspects.of(self._scope).add(
            _RemovalPolicyAspect(policy, props, only_missing=False),
            priority=props.priority if props.priority is not None else mutating_aspect_priority(self._scope),
        )

    @staticmethod
    def of(scope: Construct) -> RemovalPolicies:
        """The removal policies of `scope` and the constructs below it."""
        require_construct(scope, "RemovalPolicies.of", "scope")
        return RemovalPolicies(scope)


class MissingRemovalPolicies(_RemovalPolicyAspects):
    """Set the removal policy of the resources below a scope that have neither a DeletionPolicy nor an
    UpdateReplacePolicy."""

    def apply(
        self,
        policy: RemovalPolicy,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply `policy` to the selected resources below the scope that have no policy yet."""
        props = RemovalPolicyProps(
            apply_to_resource_types=apply_to_resource_types,
            exclude_resource_types=exclude_resource_types,
            priority=priority,
        )
        # Always MUTATING, whatever the aspect priority flag says (as aws-cdk-lib).
        Aspects.of(self._scope).add(
            _RemovalPolicyAspect(policy, props, only_missing=True),
            priority=props.priority if props.priority is not None else AspectPriority.MUTATING,
        )
        if props.priority is not None:
            Annotations.of(self._scope).add_warning_v2(
                f"Warning MissingRemovalPolicies with priority in {self._scope.node.path}",
                "Applying a MissingRemovalPolicy with `priority` can lead to unexpected behavior since it "
                "only applies to resources without existing policies. Please refer to the documentation "
                "for more details.",
            )

    @staticmethod
    def of(scope: Construct) -> MissingRemovalPolicies:
        """The missing removal policies of `scope` and the constructs below it."""
        require_construct(scope, "MissingRemovalPolicies.of", "scope")
        return MissingRemovalPolicies(scope)
