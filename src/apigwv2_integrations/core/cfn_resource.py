"""CfnResource: one CloudFormation resource, with options, overrides and dependencies."""

from __future__ import annotations

import enum
from collections.abc import Mapping

from .annotations import Annotations
from .cfn_element import CfnRefElement
from .cfn_reference import CfnReference, reference_for
from .cfn_schema import SchemaViolations, validate_resolved_properties
from .construct import Construct
from .errors import ValidationError
from .feature_flags import FeatureFlags
from .locale_compare import locale_compare_key
from .reference_strength import ReferenceStrength
from .removal_policy import RemovalPolicy
from .resource_types import ResourceEnvironment
from .runtime_typing import TYPE_CHECKING, Protocol
from .simple_enum import SimpleEnum
from .struct import LazyAttrsMeta, is_struct_class, lazy_define, struct_fields
from .tags import TagManager
from .tokens._encoding import TOKEN_MAP
from .tokens.token import IResolvable, ResolutionTypeHint

if TYPE_CHECKING:
    from typing import Any

    from .cfn_condition import CfnCondition
    from .tokens._resolve import Resolver


class CfnDeletionPolicy(SimpleEnum):
    """Values of a resource's DeletionPolicy."""

    DELETE = "Delete"
    RETAIN = "Retain"
    RETAIN_EXCEPT_ON_CREATE = "RetainExceptOnCreate"
    SNAPSHOT = "Snapshot"


class ICfnResourceOptions(Protocol):
    """The resource attributes beside its properties, as `CfnResource.cfn_options` holds them."""

    condition: CfnCondition | None
    """Create the resource only when this condition holds."""
    creation_policy: Any
    """The CreationPolicy attribute (a CfnCreationPolicy)."""
    deletion_policy: CfnDeletionPolicy | None
    """The DeletionPolicy attribute."""
    update_policy: Any
    """The UpdatePolicy attribute (a CfnUpdatePolicy)."""
    update_replace_policy: CfnDeletionPolicy | None
    """The UpdateReplacePolicy attribute."""
    version: str | None
    """The version of the resource (for custom resources)."""
    description: str | None
    """The resource description, written in its Metadata."""
    metadata: dict[str, Any] | None
    """The Metadata attribute."""


@lazy_define(kw_only=True)
class CfnResourceOptions(metaclass=LazyAttrsMeta):
    """The resource attributes beside its properties."""

    condition: CfnCondition | None = None
    creation_policy: Any = None
    deletion_policy: CfnDeletionPolicy | None = None
    update_policy: Any = None
    update_replace_policy: CfnDeletionPolicy | None = None
    version: str | None = None
    description: str | None = None
    metadata: dict[str, Any] | None = None


_REMOVAL_TO_DELETION = {
    RemovalPolicy.DESTROY: (CfnDeletionPolicy.DELETE, CfnDeletionPolicy.DELETE),
    RemovalPolicy.RETAIN: (CfnDeletionPolicy.RETAIN, CfnDeletionPolicy.RETAIN),
    RemovalPolicy.SNAPSHOT: (CfnDeletionPolicy.SNAPSHOT, CfnDeletionPolicy.SNAPSHOT),
    RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE: (
        CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE,
        CfnDeletionPolicy.RETAIN,
    ),
}

VALIDATE_SNAPSHOT_REMOVAL_POLICY = "@aws-cdk/core:validateSnapshotRemovalPolicy"
# The resource types CloudFormation can snapshot on deletion (DeletionPolicy: Snapshot).
TYPES_WITH_SNAPSHOTS = (
    "AWS::DocDB::DBCluster",
    "AWS::EC2::Volume",
    "AWS::ElastiCache::CacheCluster",
    "AWS::ElastiCache::ReplicationGroup",
    "AWS::Neptune::DBCluster",
    "AWS::RDS::DBCluster",
    "AWS::RDS::DBInstance",
    "AWS::Redshift::Cluster",
)


def split_on_periods(path: str) -> list[str]:
    """Split an override path on `.`, where `\\.` is a literal dot."""
    parts = [""]
    i = 0
    while i < len(path):
        char = path[i]
        if char == "\\" and i + 1 < len(path):
            parts[-1] += path[i + 1]
            i += 2
            continue
        if char == ".":
            parts.append("")
        else:
            parts[-1] += char
        i += 1
    return parts


_DELETE = object()


def deep_merge(target: Any, source: Mapping[str, Any]) -> Any:
    """Merge `source` into `target` as aws-cdk-lib merges raw overrides (`_DELETE` removes a key).

    A list in `target` is addressed by index keys ("0", "1", ...), as JavaScript objects address arrays.
    """
    for key, value in source.items():
        slot: Any = int(key) if isinstance(target, list) and key.isdigit() else key
        if isinstance(target, list) and not isinstance(slot, int):
            continue
        current = _item(target, slot)
        if type(value) is _Replacement:
            _assign(target, slot, value.value)
        elif isinstance(value, dict):
            if not isinstance(current, (dict, list)):
                current = {}
                _assign(target, slot, current)
            deep_merge(current, value)
            if not current:
                _remove(target, slot)
        elif value is _DELETE:
            _remove(target, slot)
        else:
            _assign(target, slot, value)
    return target


def _item(container: Any, slot: Any) -> Any:
    if isinstance(container, list):
        return container[slot] if slot < len(container) else None
    return container.get(slot)


def _assign(container: Any, slot: Any, value: Any) -> None:
    if isinstance(container, list):
        container.extend([None] * (slot + 1 - len(container)))
        container[slot] = value
    else:
        container[slot] = value


def _remove(container: Any, slot: Any) -> None:
    if isinstance(container, list):
        if slot < len(container):
            container[slot] = None
    else:
        container.pop(slot, None)


def _pascal_case(key: str) -> str:
    if "_" in key:
        return "".join(part[:1].upper() + part[1:] for part in key.split("_"))
    return key[:1].upper() + key[1:]


def capitalize_property_names(value: Any) -> Any:
    """Render a policy struct (attrs object or dict) with CloudFormation's capitalized keys."""
    if value is None or isinstance(value, IResolvable):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if is_struct_class(type(value)):
        value = {f.name: getattr(value, f.name) for f in struct_fields(type(value))}
    if isinstance(value, Mapping):
        return {_pascal_case(k): capitalize_property_names(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [capitalize_property_names(v) for v in value]
    return value


class CfnResource(CfnRefElement):
    """A CloudFormation resource of any type."""

    _section = "Resources"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        type: str,  # noqa: A002 - aws_cdk's keyword
        properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not type:
            raise ValidationError(self, "type is required; pass type='AWS::Service::Resource'")
        self.cfn_resource_type = type
        self._properties: dict[str, Any] = dict(properties) if properties else {}
        self._cfn_options: CfnResourceOptions | None = None  # made when first read: most are never set
        self._raw_overrides: dict[str, Any] = {}
        self._depends_on: dict[int, CfnResource] = {}
        if getattr(self.node.root, "path_metadata", False):
            self.add_metadata("aws:cdk:path", self.node.path)
        if type in STATEFUL_RESOURCE_TYPES and self.__class__ is not CfnResource:
            self._require_removal_policy_in_a_resource(scope)

    def _require_removal_policy_in_a_resource(self, scope: Construct) -> None:
        # As aws-cdk-lib's generated L1s of stateful types: made directly in an L2 (a Resource), one must be
        # given a removal policy, since its L2 decides what happens to its data.
        from .resource import Resource  # deferred: resource.py builds on this module

        if isinstance(scope, Resource):
            self.node.add_validation(_HasRemovalPolicy(self))

    @staticmethod
    def is_cfn_resource(x: Any) -> bool:
        """True when `x` is a CfnResource."""
        return isinstance(x, CfnResource)

    @property
    def cfn_options(self) -> CfnResourceOptions:
        """The resource's attributes beside its properties (condition, policies, metadata, ...)."""
        options = self._cfn_options
        if options is None:
            options = self._cfn_options = CfnResourceOptions()
        return options

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region of the stack the resource is defined in (`IEnvironmentAware`)."""
        return ResourceEnvironment(account=self.stack.account, region=self.stack.region)

    # --- hooks for generated L1 classes -------------------------------------------------------

    def _cfn_properties(self) -> dict[str, Any]:
        """CloudFormation-named properties, unresolved; None values are dropped."""
        tags = getattr(self, "tags", None)
        if isinstance(tags, TagManager):
            rendered = tags.render_tags()
            if rendered is not None:
                tag_values = {tags.tag_property_name: rendered}
                merged: dict[str, Any] = deep_merge(dict(self._properties), tag_values)
                return merged
        return self._properties

    def _validate_cfn_properties(self) -> list[str]:
        """Problems with the properties, each `property=value problem; fix`."""
        return []

    # --- references -----------------------------------------------------------------------------

    def get_att(self, attribute_name: str, type_hint: ResolutionTypeHint | None = None) -> CfnReference:
        """`Fn::GetAtt` of `attribute_name` on this resource."""
        return reference_for(self, attribute_name, type_hint)

    # The `attr_*` properties of the generated L1 classes: `Token.as_string(self.get_att(...))` and its
    # kin, without the argument checks of those public calls (thousands of attributes are read per app).

    def _attribute(self, name: str, type_hint: ResolutionTypeHint | None = None) -> CfnReference:
        return reference_for(self, name, type_hint)

    def _attribute_string(self, name: str) -> str:
        reference = reference_for(self, name, ResolutionTypeHint.STRING)
        return TOKEN_MAP.register_string(reference, reference._display_hint())

    def _attribute_number(self, name: str) -> float:
        return TOKEN_MAP.register_number(reference_for(self, name, ResolutionTypeHint.NUMBER))

    def _attribute_list(self, name: str) -> list[str]:
        reference = reference_for(self, name, ResolutionTypeHint.STRING_LIST)
        return TOKEN_MAP.register_list(reference, reference._display_hint())

    # --- options and overrides ------------------------------------------------------------------

    def add_override(self, path: str, value: Any) -> None:
        """Set `path` (dot-separated, `\\.` for a literal dot) in the rendered resource; None deletes."""
        parts = split_on_periods(path)
        current = self._raw_overrides
        for key in parts[:-1]:
            if not isinstance(current.get(key), dict):
                current[key] = {}
            current = current[key]
        current[parts[-1]] = _DELETE if value is None else value

    def add_deletion_override(self, path: str) -> None:
        """Remove `path` from the rendered resource."""
        self.add_override(path, None)

    def add_property_override(self, property_path: str, value: Any) -> None:
        """Set `Properties.<property_path>`."""
        self.add_override(f"Properties.{property_path}", value)

    def add_property_deletion_override(self, property_path: str) -> None:
        """Remove `Properties.<property_path>`."""
        self.add_override(f"Properties.{property_path}", None)

    def add_metadata(self, key: str, value: Any) -> None:
        """Add a key to the resource's Metadata."""
        if self.cfn_options.metadata is None:
            self.cfn_options.metadata = {}
        self.cfn_options.metadata[key] = value

    def get_metadata(self, key: str) -> Any:
        """Return a Metadata entry."""
        return (self.cfn_options.metadata or {}).get(key)

    def apply_removal_policy(
        self,
        policy: RemovalPolicy | None = None,
        *,
        apply_to_update_replace_policy: bool | None = None,
        default: RemovalPolicy | None = None,
    ) -> None:
        """Set DeletionPolicy (and UpdateReplacePolicy) from a RemovalPolicy."""
        chosen = policy or default or RemovalPolicy.RETAIN
        if chosen is RemovalPolicy.SNAPSHOT and self.cfn_resource_type not in TYPES_WITH_SNAPSHOTS:
            if FeatureFlags.of(self).is_enabled(VALIDATE_SNAPSHOT_REMOVAL_POLICY):
                raise ValidationError(
                    self,
                    f"RemovalPolicy.SNAPSHOT is not supported by {self.cfn_resource_type}; use DESTROY, "
                    "RETAIN or RETAIN_ON_UPDATE_OR_DELETE (only "
                    f"{', '.join(TYPES_WITH_SNAPSHOTS)} take snapshots)",
                )
            Annotations.of(self).add_warning_v2(
                f"@aws-cdk/core:{self.cfn_resource_type}SnapshotRemovalPolicyIgnored",
                f"{self.cfn_resource_type} does not support snapshot removal policy. "
                "This policy will be ignored.",
            )
        deletion, update_replace = _REMOVAL_TO_DELETION[chosen]
        self.cfn_options.deletion_policy = deletion
        if apply_to_update_replace_policy is not False:
            self.cfn_options.update_replace_policy = update_replace

    def apply_cross_stack_reference_strength(self, strength: ReferenceStrength) -> None:
        """Reference this resource from other stacks with `strength`, whatever their context says."""
        self._cross_stack_reference_strength = strength

    def add_dependency(self, target: CfnResource) -> None:
        """Make this resource depend on `target` (DependsOn, or a stack dependency across stacks)."""
        if target.stack is self.stack:
            if target is not self:
                self._depends_on[id(target)] = target
        else:
            self._depend_across_stacks(target, f"{self.node.path} -> {target.node.path}")

    def _depend_across_stacks(self, target: CfnResource, reason: str) -> None:
        # Below a common stack (a nested stack and its parent, or two nested stacks), DependsOn between the
        # resources of that stack that deploy the two; else a dependency of the top-level stacks.
        pair = (
            self.stack._resources_in_common_stack(self, target)
            if self.stack.nested_stack_parent is not None or target.stack.nested_stack_parent is not None
            else None
        )
        if pair is None:
            self.stack.add_dependency(target.stack, reason)
        elif pair[0] is not pair[1]:
            pair[0]._depends_on[id(pair[1])] = pair[1]

    def add_depends_on(self, target: CfnResource) -> None:
        """Same as `add_dependency`."""
        self.add_dependency(target)

    def add_resource_dependency(self, target: CfnResource, reason: str | None = None) -> None:
        """Same as `add_dependency` (aws-cdk-lib's name for it); `reason` explains a stack dependency."""
        if target.stack is self.stack:
            self.add_dependency(target)
        else:
            self._depend_across_stacks(target, reason or f"{self.node.path} -> {target.node.path}")

    def remove_resource_dependency(self, target: CfnResource) -> None:
        """Same as `remove_dependency`."""
        self.remove_dependency(target)

    def remove_dependency(self, target: CfnResource) -> None:
        """Remove a DependsOn added with `add_dependency`."""
        self._depends_on.pop(id(target), None)

    def obtain_dependencies(self) -> list[CfnResource]:
        """The resources this one has DependsOn on."""
        return list(self._depends_on.values())

    def replace_dependency(self, target: CfnResource, new_target: CfnResource) -> None:
        """Make this resource depend on `new_target` instead of `target`."""
        if id(target) not in self._depends_on:
            raise ValidationError(
                self,
                f"target={target.node.path} is not a dependency of this resource; replace one of "
                f"{[t.node.path for t in self._depends_on.values()]}",
            )
        self.remove_dependency(target)
        self.add_dependency(new_target)

    def cfn_property_name(self, cdk_property_name: str) -> str | None:
        """The CloudFormation name of the property aws_cdk calls `cdk_property_name` (`queueName` ->
        `QueueName`); None for a property the resource does not know."""
        from .cfn_schema import cfn_property_name  # deferred: the schema tables load on first use

        return cfn_property_name(type(self), cdk_property_name)

    # --- rendering ------------------------------------------------------------------------------

    def _validate_element(self) -> list[str]:
        return self._validate_cfn_properties()

    def _should_synthesize(self) -> bool:
        """Whether the resource goes into its template; a subclass overrides it to leave itself out."""
        return True

    def _render(self, resolver: Resolver) -> Any:
        if not self._should_synthesize():
            return None
        body: dict[str, Any] = {"Type": self.cfn_resource_type}
        properties = self._cfn_properties()
        if properties:
            rendered = resolver.resolve(properties)
            if rendered:
                body["Properties"] = rendered
        if self.__dict__.get("_late_schema_checks"):
            # Required properties given as tokens that may resolve to nothing: aws-cdk-lib's L1 refuses
            # them once resolved, in every mode (see cfn_schema.validate_properties).
            try:
                validate_resolved_properties(self, body.get("Properties", {}), resolver.resolve)
            except SchemaViolations:
                # An L2 that found problems with its input has named them in its own terms; as in aws-cdk-lib,
                # where those stop synthesis before anything is resolved, its resource's view of the same
                # values is not reported as well.
                scope = self.node.scope
                if scope is None or not scope.node.validate():
                    raise
        if self._depends_on:
            # aws-cdk-lib orders DependsOn by the construct paths of the targets, in locale order.
            targets = list(self._depends_on.values())
            if len(targets) > 1:
                targets.sort(key=lambda d: locale_compare_key(d.node.path))
            body["DependsOn"] = list(dict.fromkeys(d.logical_id for d in targets))
        options = self._cfn_options
        if options is not None:
            if options.creation_policy is not None:
                body["CreationPolicy"] = resolver.resolve(capitalize_property_names(options.creation_policy))
            if options.update_policy is not None:
                body["UpdatePolicy"] = resolver.resolve(capitalize_property_names(options.update_policy))
            if options.update_replace_policy is not None:
                body["UpdateReplacePolicy"] = resolver.resolve(options.update_replace_policy)
            if options.deletion_policy is not None:
                body["DeletionPolicy"] = resolver.resolve(options.deletion_policy)
            if options.version is not None:
                body["Version"] = options.version
            if options.description is not None:
                body["Description"] = resolver.resolve(options.description)
            if options.metadata:
                body["Metadata"] = resolver.resolve(options.metadata)
            if options.condition is not None:
                condition = options.condition
                if not hasattr(condition, "logical_id"):
                    raise ValidationError(
                        self,
                        f"cfn_options.condition={condition!r} is a {type(condition).__name__}; "
                        "use a CfnCondition, e.g. CfnCondition(stack, 'IsProd', expression=...)",
                    )
                body["Condition"] = condition.logical_id
        if self._raw_overrides:
            if "Properties" in self._raw_overrides:
                # tree.json shows the properties as set, before overrides (see core/synthesis/tree.py).
                import copy  # deferred: only resources with property overrides need it

                self._properties_before_overrides = copy.deepcopy(body.get("Properties", {}))
            had_properties = "Properties" in body
            deep_merge(body, _resolve_overrides(self._raw_overrides, resolver))
            merged = body.get("Properties")
            # Overrides of a resource with no properties of its own come in the order they were added, as
            # aws-cdk-lib merges them into an object it creates then; otherwise in the schema's order.
            if (
                had_properties
                and merged
                and "Properties" in self._raw_overrides
                and getattr(type(self), "_CFN_PROPERTIES", None) is not None
            ):
                from .cfn_schema import in_schema_order  # deferred: only resources with overrides

                body["Properties"] = in_schema_order(type(self), merged, self._properties_before_overrides)
        return body

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.node.path} ({self.cfn_resource_type})>"


def _resolve_overrides(overrides: dict[str, Any], resolver: Resolver) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in overrides.items():
        if value is _DELETE:
            result[key] = _DELETE
        elif type(value) is dict:
            result[key] = _resolve_overrides(value, resolver)
        else:
            resolved = resolver.resolve(value)
            # A token that resolves to an object replaces what is there, as in aws-cdk-lib, which merges
            # the overrides before resolving them (a token is a string then).
            result[key] = _Replacement(resolved) if type(resolved) is dict else resolved
    return result


class _Replacement:
    """An override value that `deep_merge` assigns whole instead of merging into an object."""

    __slots__ = ("value",)

    def __init__(self, value: dict[str, Any]) -> None:
        self.value = value


# The resource types whose generated L1s aws-cdk-lib 2.275.0 makes require a removal policy inside an L2.
STATEFUL_RESOURCE_TYPES = frozenset(
    {
        "AWS::Backup::BackupVault",
        "AWS::CloudFormation::Stack",
        "AWS::Cognito::UserPool",
        "AWS::DocDB::DBCluster",
        "AWS::DocDB::DBInstance",
        "AWS::DynamoDB::GlobalTable",
        "AWS::DynamoDB::Table",
        "AWS::EC2::Volume",
        "AWS::EFS::FileSystem",
        "AWS::EMR::Cluster",
        "AWS::ElastiCache::CacheCluster",
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::Elasticsearch::Domain",
        "AWS::FSx::FileSystem",
        "AWS::KMS::Key",
        "AWS::Kinesis::Stream",
        "AWS::Logs::LogGroup",
        "AWS::Neptune::DBCluster",
        "AWS::Neptune::DBInstance",
        "AWS::OpenSearchService::Domain",
        "AWS::Organizations::Account",
        "AWS::QLDB::Ledger",
        "AWS::RDS::DBCluster",
        "AWS::RDS::DBInstance",
        "AWS::Redshift::Cluster",
        "AWS::S3::Bucket",
        "AWS::SDB::Domain",
        "AWS::SQS::Queue",
        "AWS::SecretsManager::Secret",
    }
)


class _HasRemovalPolicy:
    def __init__(self, resource: CfnResource) -> None:
        self._resource = resource

    def validate(self) -> list[str]:
        options = self._resource._cfn_options
        if options is not None and options.deletion_policy is not None:
            return []
        kind = self._resource.cfn_resource_type
        return [
            f"{kind!r} is a stateful resource type, and you must specify a removal policy for it; call "
            "apply_removal_policy(RemovalPolicy.RETAIN) (or DESTROY, SNAPSHOT) on it"
        ]
