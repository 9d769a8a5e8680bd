"""Names derived from construct paths."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .construct import Construct, Node
from .logical_id import HIDDEN_FROM_HUMAN_ID, HIDDEN_ID, make_unique_id, path_hash, remove_dupes

if TYPE_CHECKING:
    pass

_HASH_LEN = 8


def make_unique_resource_name(
    components: list[str],
    *,
    max_length: int = 256,
    separator: str = "",
    prefix: str = "",
    allowed_special_characters: str | None = None,
) -> str:
    """A physical name from a path: readable part (split in the middle when too long) plus a hash."""
    components = [c for c in components if c != HIDDEN_ID]
    if not components:
        raise ValueError("cannot compute a unique resource name for an empty path")
    pattern = re.compile(
        f"[^A-Za-z0-9{re.escape(allowed_special_characters)}]"
        if allowed_special_characters
        else "[^A-Za-z0-9]"
    )
    if len(components) == 1:
        top_level = prefix + pattern.sub("", components[0])
        if len(top_level) <= max_length:
            return top_level
    digest = path_hash(components)
    cleaned = [pattern.sub("", c) for c in remove_dupes(components) if c != HIDDEN_FROM_HUMAN_ID]
    # As in aws-cdk-lib, the prefix belongs to the readable part that is split in the middle.
    human = prefix + separator.join(c for c in cleaned if c) + separator
    max_human = max_length - _HASH_LEN
    if len(human) > max_human:
        half = max_human // 2
        human = human[:half] + human[len(human) - half :] if half else ""
    return human + digest


class Names:
    """Unique ids and names computed from construct paths."""

    @staticmethod
    def unique_id(construct: Construct) -> str:
        """The construct's unique id (path from the app, as a logical-ID-style string)."""
        return Names.node_unique_id(construct.node)

    @staticmethod
    def node_unique_id(node: Node) -> str:
        """The unique id of a node."""
        components = [scope.node.id for scope in node.scopes[1:]]
        return make_unique_id(components) if components else ""

    @staticmethod
    def unique_resource_name(
        construct: Construct,
        *,
        max_length: int | None = None,
        separator: str | None = None,
        allowed_special_characters: str | None = None,
    ) -> str:
        """A physical name from the construct's path starting at its stack."""
        from .stack import Stack

        scopes = construct.node.scopes
        stack_index = 0
        for index in range(len(scopes) - 1, -1, -1):
            if isinstance(scopes[index], Stack):
                stack_index = index
                break
        components = [scope.node.id for scope in scopes[stack_index:]]
        return make_unique_resource_name(
            components,
            max_length=256 if max_length is None else max_length,
            separator=separator or "",
            allowed_special_characters=allowed_special_characters,
        )
