"""Names derived from construct paths."""

from __future__ import annotations

import re

from .construct import Construct, Node
from .errors import InvalidValueError
from .logical_id import HIDDEN_FROM_HUMAN_ID, HIDDEN_ID, make_unique_id, path_hash, remove_dupes
from .struct import LazyAttrsMeta, lazy_frozen
from .tokens.token import Token

_HASH_LEN = 8


@lazy_frozen(kw_only=True)
class UniqueResourceNameOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Names.unique_resource_name`."""

    allowed_special_characters: str | None = None
    """Non-alphanumeric characters kept in the name. Default: none."""
    max_length: int | None = None
    """The longest name returned. Default: 256."""
    separator: str | None = None
    """The separator between path components. Default: none."""


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
        raise InvalidValueError("cannot compute a unique resource name for an empty path")
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
        # The middle goes. A half below one (max_length under 10) keeps it all and a negative one cuts
        # from the other side, as JavaScript's slice does with aws-cdk-lib's unrounded half.
        half = int(max_human / 2)
        human = human[:half] + human[-half:]
    return human + digest


def _literal_stack_name(scope: Construct) -> str | None:
    """The stack name of `scope` when it is a stack whose name is known now (a nested stack's is a
    token), else None."""
    if scope.node._stack is not scope:
        return None
    name = getattr(scope, "stack_name", None)
    return name if isinstance(name, str) and not Token.is_unresolved(name) else None


class Names:
    """Unique ids and names computed from construct paths."""

    @staticmethod
    def stack_relative_construct_path(construct: Construct) -> str:
        """The construct's path below its top-level stack (the whole path outside any stack); a nested
        stack is part of the path, as in aws-cdk-lib."""
        scopes = construct.node.scopes
        stack = construct.node._stack
        parent = getattr(stack, "nested_stack_parent", None)
        while parent is not None:
            stack, parent = parent, getattr(parent, "nested_stack_parent", None)
        below = scopes[scopes.index(stack) + 1 :] if stack is not None else scopes
        return "/".join(scope.node.id for scope in below)

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
        """A physical name made of the name of the construct's innermost stack with a literal name (its
        `stack_name`, which holds the stage's name) and the ids below it, plus a hash of them."""
        scopes = construct.node.scopes
        stack_names = [_literal_stack_name(scope) for scope in scopes]
        start = max((i for i, name in enumerate(stack_names) if name is not None), default=0)
        components = [
            scope.node.id if name is None else name
            for scope, name in zip(scopes[start:], stack_names[start:], strict=True)
        ]
        return make_unique_resource_name(
            components,
            max_length=256 if max_length is None else max_length,
            separator=separator or "",
            allowed_special_characters=allowed_special_characters,
        )
