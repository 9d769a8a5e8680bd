"""tree.json: the construct tree for tools that show it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from ..cfn_resource import CfnResource
from ..cfn_schema import camel_case_properties
from ..construct import Construct
from ..stack import Stack
from ..stage import Stage
from ..stand_in import StandIn
from .json_text import encode_string, json_stringify

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
        declared = cls.__dict__.get("_TREE_FQN")
        if declared is not None:
            return str(declared)  # a class that stands for an aws-cdk-lib class of another name
        module = cls.__module__
        if not module.startswith(_PACKAGE) or cls.__name__.startswith("_"):
            continue  # a user's class, or a private one of this package: its public base names it
        if cls.__name__ == "Construct" and module.endswith("core.construct"):
            return "constructs.Construct"
        parts = module.split(".")
        service = next((p for p in parts if p.startswith("aws_")), None)
        return f"aws-cdk-lib.{service}.{cls.__name__}" if service else f"aws-cdk-lib.{cls.__name__}"
    return "constructs.Construct"


# Not this package's version: tree.json names aws-cdk-lib's classes (`aws-cdk-lib.aws_lambda.Function`),
# so it states the version of the aws-cdk-lib API (and of the constructs library) those names refer to.
AWS_CDK_LIB_VERSION = "2.275.0"
CONSTRUCTS_VERSION = "10.8.1"


def _version_of(fqn: str) -> str:
    return CONSTRUCTS_VERSION if fqn.startswith("constructs.") else AWS_CDK_LIB_VERSION


def _info_text(fqn: str) -> str:
    return f',"constructInfo":{{"fqn":{encode_string(fqn)},"version":{encode_string(_version_of(fqn))}}}'


def _l1_attributes(
    resource: CfnResource, templates: Mapping[int, dict[str, Any]], logical_ids: Mapping[int, str]
) -> str:
    """The `attributes` member of a generated L1: type, logical ID and its properties as set.

    The properties come from the stack's rendered template (resolved once, by the synthesis), renamed
    to aws-cdk-lib's camelCase; a resource with property overrides keeps its properties from before them.
    """
    logical_id = logical_ids.get(id(resource)) or resource.logical_id
    properties = getattr(resource, "_properties_before_overrides", None)
    if properties is None:
        body = templates.get(id(resource.stack), {}).get("Resources", {}).get(logical_id)
        properties = body.get("Properties", {}) if body is not None else {}
    props = camel_case_properties(type(resource), properties)
    return (
        f',"attributes":{{"aws:cdk:cloudformation:type":{encode_string(resource.cfn_resource_type)},'
        f'"aws:cdk:cloudformation:logicalId":{encode_string(logical_id)},'
        f'"aws:cdk:cloudformation:props":{json_stringify(props)}}}'
    )


def _synthesized_children(construct: Construct, templates: Mapping[int, dict[str, Any]]) -> list[str]:
    """Nodes aws-cdk-lib adds while it synthesizes, written after the construct's own children.

    A stack gets the bootstrap version parameter and rule its synthesizer puts in the template, and the
    App the `Tree` construct that writes this file.
    """
    node = construct.node
    extra: list[str] = []
    if isinstance(construct, Stack):
        template = templates.get(id(construct), {})
        for section, name, fqn in (
            ("Parameters", "BootstrapVersion", "aws-cdk-lib.CfnParameter"),
            ("Rules", "CheckBootstrapVersion", "aws-cdk-lib.CfnRule"),
        ):
            if name in template.get(section, ()) and name not in node._children:
                path = encode_string(f"{node.path}/{name}")
                extra.append(
                    f'{encode_string(name)}:{{"id":{encode_string(name)},"path":{path}{_info_text(fqn)}}}'
                )
    elif node.scope is None and "Tree" not in node._children:
        extra.append(f'"Tree":{{"id":"Tree","path":"Tree"{_info_text("constructs.Construct")}}}')
    return extra


def tree_json(
    root: Construct, templates: Mapping[int, dict[str, Any]], logical_ids: Mapping[int, str] | None = None
) -> bytes:
    """The tree.json document as compact JSON, as aws-cdk-lib writes it (`JSON.stringify`).

    `templates` are the rendered templates by `id()` of their stack, `logical_ids` the logical IDs of
    elements already computed, by `id()`. Written as text in one walk: a large app has thousands of nodes,
    and nodes of one class share their `constructInfo` text.
    """
    known_ids = logical_ids or {}
    info_of_class: dict[type, str] = {}
    parts: list[str] = ['{"version":"tree-0.1","tree":']
    append = parts.append

    def write(construct: Construct) -> None:
        node = construct.node
        kind = type(construct)
        info = info_of_class.get(kind) if kind is not StandIn else _info_text(cast(StandIn, construct).fqn)
        if info is None:
            info = info_of_class[kind] = _info_text(construct_fqn(construct))
        head = f'{{"id":{encode_string(node.id or "App")},"path":{encode_string(node.path)}{info}'
        if isinstance(construct, CfnResource) and getattr(kind, "_CFN_PROPERTIES", None) is not None:
            head += _l1_attributes(construct, templates, known_ids)
        children = node._children
        extra = _synthesized_children(construct, templates) if isinstance(construct, (Stack, Stage)) else ()
        if not children and not extra:
            append(head + "}")
            return
        prefix = head + ',"children":{'
        for child_id, child in children.items():
            append(f"{prefix}{encode_string(child_id)}:")
            write(child)
            prefix = ","
        for text in extra:
            append(prefix + text)
            prefix = ","
        append("}}")

    write(root)
    append("}")
    return "".join(parts).encode("utf-8")
