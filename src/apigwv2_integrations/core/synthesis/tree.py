"""tree.json: the construct tree for tools that show it."""

from __future__ import annotations

from typing import Any

from ...version import __version__
from ..construct import Construct

_PACKAGE = "apigwv2_integrations"


_fqn_of_class: dict[type, str] = {}


def construct_fqn(construct: Construct) -> str:
    """The aws-cdk-lib name of the nearest library class of `construct` (`aws-cdk-lib.Stack`)."""
    kind = type(construct)
    fqn = _fqn_of_class.get(kind)
    if fqn is None:
        fqn = _fqn_of_class[kind] = _library_fqn(kind)
    return fqn


def _library_fqn(kind: type) -> str:
    for cls in kind.__mro__:
        module = cls.__module__
        if not module.startswith(_PACKAGE):
            continue
        if cls.__name__ == "Construct" and module.endswith("core.construct"):
            return "constructs.Construct"
        parts = module.split(".")
        service = next((p for p in parts if p.startswith("aws_")), None)
        return f"aws-cdk-lib.{service}.{cls.__name__}" if service else f"aws-cdk-lib.{cls.__name__}"
    return "constructs.Construct"


def tree_document(root: Construct) -> dict[str, Any]:
    """The tree.json document (written once as JSON: nodes of one class share their `constructInfo`)."""
    info_of_class: dict[type, dict[str, str]] = {}

    def node_of(construct: Construct) -> dict[str, Any]:
        node = construct.node
        kind = type(construct)
        info = info_of_class.get(kind)
        if info is None:
            info = info_of_class[kind] = {"fqn": construct_fqn(construct), "version": __version__}
        children = node._children
        if children:
            return {
                "id": node.id or "App",
                "path": node.path,
                "constructInfo": info,
                "children": {child_id: node_of(child) for child_id, child in children.items()},
            }
        return {"id": node.id or "App", "path": node.path, "constructInfo": info}

    return {"version": "tree-0.1", "tree": node_of(root)}
