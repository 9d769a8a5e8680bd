"""LifecycleRule and TagStatus: which images a repository's lifecycle policy expires."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.converters import optional_tuple
from ..core.duration import Duration
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


class TagStatus(SimpleEnum):
    """Which images a lifecycle rule selects by their tags."""

    ANY = "any"
    TAGGED = "tagged"
    UNTAGGED = "untagged"


@lazy_frozen(kw_only=True)
class LifecycleRule(metaclass=LazyAttrsMeta):
    """A rule of a repository's lifecycle policy: expire images past an age or beyond a count.

    Exactly one of `max_image_age` and `max_image_count` is required.
    """

    description: str | None = None
    """What the rule is for. Default: no description."""
    max_image_age: Duration | None = None
    """Expire images older than this (a whole number of days). Default: no age limit."""
    max_image_count: float | None = None
    """Keep only this many images. Default: no count limit."""
    rule_priority: float | None = None
    """The rule's priority; lower numbers are applied first. Default: after the rules that have one, in the
    order added (a `TagStatus.ANY` rule last)."""
    tag_pattern_list: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Tag patterns (with `*` wildcards) of the images selected; only with `TagStatus.TAGGED`.
    Default: none."""
    tag_prefix_list: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Tag prefixes of the images selected; only with `TagStatus.TAGGED`. Default: none."""
    tag_status: TagStatus | None = None
    """Which images the rule selects. Default: `TagStatus.TAGGED` when a tag list is given, else
    `TagStatus.ANY`."""


def lifecycle_rule_of(value: LifecycleRule | Mapping[str, Any]) -> LifecycleRule:
    """`value` as a LifecycleRule (aws_cdk also takes a dict of its keywords)."""
    return LifecycleRule(**value) if isinstance(value, Mapping) else value
