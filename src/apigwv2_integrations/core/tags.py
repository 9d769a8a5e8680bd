"""Tags: the TagManager of taggable resources and the `Tags.of(scope)` aspect."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .aspects import Aspects, mutating_aspect_priority
from .construct import Construct, require_construct
from .errors import InvalidValueError
from .feature_flags import FeatureFlags
from .locale_compare import locale_compare_key
from .runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from .simple_enum import SimpleEnum
from .struct import LazyAttrsMeta, lazy_frozen
from .tokens.lazy import Lazy
from .tokens.token import IResolvable, Token

if TYPE_CHECKING:
    from typing import Any


class TagType(SimpleEnum):
    """How a resource type renders its tags."""

    STANDARD = "StandardTag"
    AUTOSCALING_GROUP = "AutoScalingGroupTag"
    MAP = "StringToStringMap"
    KEY_VALUE = "KeyValue"
    NOT_TAGGABLE = "NotTaggable"


class _TagEntry:
    __slots__ = ("apply_to_launched_instances", "key", "value")

    def __init__(self, key: str, value: str, apply_to_launched_instances: bool) -> None:
        self.key = key
        self.value = value
        self.apply_to_launched_instances = apply_to_launched_instances


def _initial_tags(tag_type: TagType, initial: Any) -> list[tuple[str, str, bool]]:
    if initial is None:
        return []
    if isinstance(initial, Mapping):
        return [(str(k), v, True) for k, v in initial.items()]
    result = []
    for tag in initial:
        if isinstance(tag, Mapping):
            key = tag.get("key", tag.get("Key"))
            value = tag.get("value", tag.get("Value"))
            propagate = tag.get("propagate_at_launch", tag.get("PropagateAtLaunch", True))
        else:
            key, value = tag.key, tag.value
            propagate = getattr(tag, "propagate_at_launch", True)
        result.append((key, value, propagate is not False))
    return result


@lazy_frozen(kw_only=True)
class TagManagerOptions(metaclass=LazyAttrsMeta):
    """The keywords of `TagManager`."""

    tag_property_name: str | None = None
    """The name of the resource property that holds the tags. Default: `tags`."""


@runtime_checkable
class ITaggable(Protocol):
    """A construct whose tags `Tags.of` sets: it has a TagManager in `tags`."""

    @property
    def tags(self) -> TagManager:
        """The tags of the construct."""
        ...


@runtime_checkable
class ITaggableV2(Protocol):
    """A construct whose tags `Tags.of` sets: it has a TagManager in `cdk_tag_manager`."""

    @property
    def cdk_tag_manager(self) -> TagManager:
        """The tags of the construct."""
        ...


class TagManager:
    """The tags of one taggable resource, merged from its own props and from `Tags.of` aspects."""

    def __init__(
        self,
        tag_type: TagType,
        resource_type_name: str,
        initial_tags: Any = None,
        *,
        tag_property_name: str = "tags",
    ) -> None:
        self.tag_type = tag_type
        self.resource_type_name = resource_type_name
        self.tag_property_name = tag_property_name
        self._tags: dict[str, _TagEntry] = {}
        self._priorities: dict[str, int] = {}
        for key, value, propagate in _initial_tags(tag_type, initial_tags):
            self.set_tag(key, value, 0, propagate)

    @staticmethod
    def is_taggable(construct: Any) -> bool:
        """True when `construct` has a TagManager in `tags`."""
        return isinstance(getattr(construct, "tags", None), TagManager)

    @staticmethod
    def is_taggable_v2(construct: Any) -> bool:
        """True when `construct` has a TagManager in `cdk_tag_manager` (L1 classes whose tags are not a
        TagManager)."""
        return isinstance(getattr(construct, "cdk_tag_manager", None), TagManager)

    @staticmethod
    def of(construct: Any) -> TagManager | None:
        """The TagManager of `construct` (`cdk_tag_manager`, else `tags`), or None when it takes no tags."""
        for attribute in ("cdk_tag_manager", "tags"):
            manager = getattr(construct, attribute, None)
            if isinstance(manager, TagManager):
                return manager
        return None

    def set_tag(
        self, key: str, value: str, priority: int = 0, apply_to_launched_instances: bool = True
    ) -> None:
        """Set a tag unless a tag with higher priority is already there."""
        if priority < self._priorities.get(key, 0):
            return
        self._tags[key] = _TagEntry(key, value, apply_to_launched_instances)
        self._priorities[key] = priority

    def remove_tag(self, key: str, priority: int) -> None:
        """Remove a tag unless it was set with higher priority."""
        if priority >= self._priorities.get(key, 0):
            self._tags.pop(key, None)
            self._priorities[key] = priority

    def tag_values(self) -> dict[str, str]:
        """The tags as a plain dict, sorted by key as aws-cdk-lib sorts them."""
        entries = sorted(self._tags.values(), key=lambda e: locale_compare_key(e.key))
        return {entry.key: entry.value for entry in entries}

    def has_tags(self) -> bool:
        """True when at least one tag is set."""
        return bool(self._tags)

    def apply_tag_aspect_here(
        self, include: Sequence[str] | None = None, exclude: Sequence[str] | None = None
    ) -> bool:
        """True when a tag aspect with these filters applies to this resource type."""
        if exclude and self.resource_type_name in exclude:
            return False
        return not (include and self.resource_type_name not in include)

    @property
    def rendered_tags(self) -> IResolvable:
        """The tags as `render_tags` gives them at synthesis (a token until then)."""
        return Lazy.any(lambda: self.render_tags())

    def render_tags(self, combine_with_tags: Any = None) -> Any:
        """The tags in the resource type's format, sorted by key; None when there are none."""
        entries = sorted(self._tags.values(), key=lambda e: locale_compare_key(e.key))
        if not entries or self.tag_type is TagType.NOT_TAGGABLE:
            return combine_with_tags
        if self.tag_type is TagType.MAP:
            return {e.key: e.value for e in entries}
        if self.tag_type is TagType.AUTOSCALING_GROUP:
            return [
                {"Key": e.key, "Value": e.value, "PropagateAtLaunch": e.apply_to_launched_instances}
                for e in entries
            ]
        return [{"Key": e.key, "Value": e.value} for e in entries]


@lazy_frozen(kw_only=True)
class TagProps(metaclass=LazyAttrsMeta):
    """The keywords of `Tag`, `RemoveTag`, `Tags.add` and `Tags.remove`."""

    apply_to_launched_instances: bool | None = None
    """Tag the instances an Auto Scaling group launches. Default: True."""
    exclude_resource_types: Sequence[str] | None = None
    """CloudFormation resource types left alone. Default: none."""
    include_resource_types: Sequence[str] | None = None
    """The only CloudFormation resource types tagged. Default: every taggable type."""
    priority: int | None = None
    """The priority against other tags of the same key; the highest wins. Default: 100 (200 for removals)."""


class Tag:
    """An aspect that sets a tag on every taggable resource below a scope."""

    def __init__(
        self,
        key: str,
        value: str,
        *,
        apply_to_launched_instances: bool | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        include_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        # InvalidValueError is a ValueError, reported short (no traceback from inside the package).
        if not key:
            raise InvalidValueError("Tag: key='' is empty; a tag key has 1 to 128 characters")
        if value is None:
            raise InvalidValueError(f"Tag {key!r}: value=None; pass a string (it may be empty)")
        self.key = key
        self.value = value
        self._apply_to_launched_instances = apply_to_launched_instances is not False
        self._exclude = list(exclude_resource_types or [])
        self._include = list(include_resource_types or [])
        self._priority = 100 if priority is None else priority

    def visit(self, construct: Any) -> None:
        tags = getattr(construct, "tags", None)
        if isinstance(tags, TagManager) and tags.apply_tag_aspect_here(self._include, self._exclude):
            tags.set_tag(self.key, self.value, self._priority, self._apply_to_launched_instances)


class RemoveTag:
    """An aspect that removes a tag from every taggable resource below a scope."""

    def __init__(
        self,
        key: str,
        *,
        apply_to_launched_instances: bool | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        include_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        # apply_to_launched_instances is accepted as aws-cdk-lib accepts it; a removal does not use it.
        self.key = key
        self._exclude = list(exclude_resource_types or [])
        self._include = list(include_resource_types or [])
        self._priority = 200 if priority is None else priority

    def visit(self, construct: Any) -> None:
        tags = getattr(construct, "tags", None)
        if isinstance(tags, TagManager) and tags.apply_tag_aspect_here(self._include, self._exclude):
            tags.remove_tag(self.key, self._priority)


EXPLICIT_STACK_TAGS = "@aws-cdk/core:explicitStackTags"
_STACK_TAG_TYPE = "aws:cdk:stack"


def stack_tags_known_at_synth(tags: Mapping[str, str]) -> tuple[dict[str, str], str | None]:
    """The stack tags the stack's metadata lists, and the warning to record when some were left out.

    CloudFormation takes a stack's tags at deployment, outside the template, so a tag whose key or value
    is a deploy-time value cannot be applied there: like aws-cdk-lib, the metadata leaves such a tag out
    and the stack gets a warning naming it (the manifest's `tags` property still lists every tag).
    """
    known: dict[str, str] = {}
    left_out: list[str] = []
    for key, value in tags.items():
        key_is_token, value_is_token = Token.is_unresolved(key), Token.is_unresolved(value)
        if key_is_token or value_is_token:
            left_out.append(f"{'<TOKEN>' if key_is_token else key}={'<TOKEN>' if value_is_token else value}")
        else:
            known[key] = value
    if not left_out:
        return known, None
    # aws-cdk-lib's text, option names included, so the metadata matches.
    warning = (
        f"Ignoring stack tags that contain deploy-time values (found: {', '.join(left_out)}). "
        "Apply tags containing deploy-time values to resources only, avoid tagging stacks "
        "(for example using { excludeResourceTypes: ['aws:cdk:stack'] })."
    )
    return known, warning


class Tags:
    """Add or remove tags on every taggable resource below a scope."""

    def __init__(self, scope: Construct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Construct) -> Tags:
        """Return the tag helper of `scope`."""
        require_construct(scope, "Tags.of", "scope")
        return Tags(scope)

    def add(
        self,
        key: str,
        value: str,
        *,
        apply_to_launched_instances: bool | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        include_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Tag every taggable resource below the scope at synth.

        Stacks are tagged too (their tags go to the cloud assembly), unless the
        `@aws-cdk/core:explicitStackTags` feature flag is on and `include_resource_types` does not name
        `aws:cdk:stack`.
        """
        flags = FeatureFlags.of(self._scope)
        if flags.is_enabled(EXPLICIT_STACK_TAGS) and _STACK_TAG_TYPE not in (include_resource_types or ()):
            exclude_resource_types = [*(exclude_resource_types or ()), _STACK_TAG_TYPE]
        tag = Tag(
            key,
            value,
            apply_to_launched_instances=apply_to_launched_instances,
            exclude_resource_types=exclude_resource_types,
            include_resource_types=include_resource_types,
            priority=priority,
        )
        Aspects.of(self._scope).add(tag, priority=mutating_aspect_priority(self._scope))

    def remove(
        self,
        key: str,
        *,
        apply_to_launched_instances: bool | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        include_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Remove a tag from every taggable resource below the scope at synth."""
        tag = RemoveTag(
            key,
            apply_to_launched_instances=apply_to_launched_instances,
            exclude_resource_types=exclude_resource_types,
            include_resource_types=include_resource_types,
            priority=priority,
        )
        Aspects.of(self._scope).add(tag, priority=mutating_aspect_priority(self._scope))


class CfnTag:
    """A key and value, as L1 `tags=` lists take them."""

    def __init__(self, *, key: str, value: str) -> None:
        self.key = key
        self.value = value

    def __repr__(self) -> str:
        return f"CfnTag(key={self.key!r}, value={self.value!r})"

    def _resolved_form(self) -> dict[str, Any]:
        """The tag as aws-cdk-lib resolves it outside a tag property: `{"key": ..., "value": ...}`."""
        return {"key": self.key, "value": self.value}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CfnTag) and (self.key, self.value) == (other.key, other.value)

    def __hash__(self) -> int:
        return hash((self.key, self.value))
