"""tree.json: the construct tree for tools that show it."""

from __future__ import annotations

from collections.abc import Mapping

from ..cfn_resource import CfnResource
from ..cfn_schema import camel_case_properties
from ..construct import Construct
from ..json_dumps import encode_string
from ..runtime_typing import TYPE_CHECKING, cast
from ..stack import Stack
from ..stand_in import StandIn
from .json_text import json_stringify

if TYPE_CHECKING:
    from typing import Any

_PACKAGE = "apigwv2_integrations"


_fqn_of_class: dict[type, str] = {}


def construct_fqn(construct: Construct) -> str:
    """The aws-cdk-lib name of the nearest library class of `construct` (`aws-cdk-lib.Stack`)."""
    return _class_fqn(type(construct))


def _class_fqn(kind: type) -> str:
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
        if not module.startswith(_PACKAGE) or cls.__name__.startswith("_") or "._" in module:
            # A user's class, or a private one of this package (a private name, or any class of a private
            # module, such as a custom resource provider): its public base names it.
            continue
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


def library_version(fqn: str) -> str:
    """The version tree.json states for the class `fqn` (aws-cdk-lib's, or the constructs library's)."""
    return CONSTRUCTS_VERSION if fqn.startswith("constructs.") else AWS_CDK_LIB_VERSION


def _info_text(fqn: str) -> str:
    return f',"constructInfo":{{"fqn":{encode_string(fqn)},"version":{encode_string(library_version(fqn))}}}'


def _l1_attributes(
    resource: CfnResource, resources: Mapping[str, Any], logical_ids: Mapping[int, str]
) -> str:
    """The `attributes` member of a generated L1: type, logical ID and its properties as set.

    The properties come from the stack's rendered template (`resources`, resolved once by the synthesis),
    renamed to aws-cdk-lib's camelCase; a resource with property overrides keeps its properties from before
    them.
    """
    logical_id = logical_ids.get(id(resource)) or resource.logical_id
    properties = getattr(resource, "_properties_before_overrides", None)
    if properties is None:
        body = resources.get(logical_id)
        if body is not None:
            properties = body.get("Properties", _NO_PROPERTIES)
        elif not resource._should_synthesize():
            # A resource that leaves itself out of the template (an inline Policy attached to nothing)
            # still shows the properties it would render, as in aws-cdk-lib.
            properties = resource.stack.resolve(resource._cfn_properties()) or _NO_PROPERTIES
        else:
            properties = _NO_PROPERTIES
    cfn_type = resource.cfn_resource_type
    head = _attributes_head_of_type.get(cfn_type)
    if head is None:
        head = _attributes_head_of_type[cfn_type] = (
            f',"attributes":{{"aws:cdk:cloudformation:type":{encode_string(cfn_type)},'
            '"aws:cdk:cloudformation:logicalId":'
        )
    props = camel_case_properties(type(resource), properties)
    return f'{head}{encode_string(logical_id)},"aws:cdk:cloudformation:props":{json_stringify(props)}}}'


_NO_PROPERTIES: Mapping[str, Any] = {}
_attributes_head_of_type: dict[str, str] = {}


# The elements a stack synthesizer adds to the template: section, construct id, and the class aws-cdk-lib
# adds to the stack for each when it synthesizes it.
_SYNTHESIZED_ELEMENTS = (
    ("Parameters", "BootstrapVersion", "aws-cdk-lib.CfnParameter"),
    ("Rules", "CheckBootstrapVersion", "aws-cdk-lib.CfnRule"),
)


def synthesized_elements(stack: Stack, template: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(construct id, logical ID, fqn) of the bootstrap version parameter and rule the synthesizer put in
    the stack's template, where no child of the stack has that id."""
    found = []
    for section, name, fqn in _SYNTHESIZED_ELEMENTS:
        logical_id = stack._synthesized_logical_ids.get(name, name)
        if logical_id in template.get(section, ()) and name not in stack.node._children:
            found.append((name, logical_id, fqn))
    return found


def _synthesized_children(construct: Construct, templates: Mapping[int, dict[str, Any]]) -> list[str]:
    """Nodes aws-cdk-lib adds while it synthesizes, written after the construct's own children.

    A stack gets the bootstrap version parameter and rule its synthesizer puts in the template (the App's
    `Tree` construct is a child like any other, added when the App is synthesized).
    """
    node = construct.node
    extra: list[str] = []
    if isinstance(construct, Stack):
        for name, _logical_id, fqn in synthesized_elements(construct, templates.get(id(construct), {})):
            path = encode_string(f"{node.path}/{name}")
            extra.append(
                f'{encode_string(name)}:{{"id":{encode_string(name)},"path":{path}{_info_text(fqn)}}}'
            )
    return extra


def tree_json(
    root: Construct, templates: Mapping[int, dict[str, Any]], logical_ids: Mapping[int, str] | None = None
) -> bytes:
    """The tree.json document as compact JSON, as aws-cdk-lib writes it (`JSON.stringify`).

    `templates` are the rendered templates by `id()` of their stack, `logical_ids` the logical IDs of
    elements already computed, by `id()`. Written as text in one walk: a large app has thousands of nodes,
    and what a node's text needs of its class is worked out once per class.
    """
    writer = _TreeWriter(templates, logical_ids or {})
    writer.write(root, encode_string(root.node.id or "App"))
    writer.parts.append("}")
    return "".join(writer.parts).encode("utf-8")


class _TreeWriter:
    """The walk of `tree_json`: an object rather than a closure that calls itself, which would be a
    reference cycle keeping its text and the templates alive until the next collection."""

    __slots__ = ("facts_of_class", "known_ids", "parts", "resources_of_stack", "templates")

    def __init__(self, templates: Mapping[int, dict[str, Any]], known_ids: Mapping[int, str]) -> None:
        self.templates = templates
        self.known_ids = known_ids
        self.facts_of_class: dict[type, tuple[str, bool, bool]] = {}
        self.resources_of_stack: dict[int, Mapping[str, Any]] = {}
        self.parts: list[str] = ['{"version":"tree-0.1","tree":']

    def write(self, construct: Construct, id_text: str) -> None:
        # Pieces are appended as they are, without joining them per node: the final join does that once.
        append = self.parts.append
        node = construct.node
        kind = type(construct)
        facts = self.facts_of_class.get(kind)
        if facts is None:
            facts = self.facts_of_class[kind] = _class_facts(kind)
        info, is_l1, has_synthesized_children = facts
        if kind is StandIn:
            info = _info_text(cast("StandIn", construct).fqn)
        append(f'{{"id":{id_text},"path":{encode_string(node.path)}{info}')
        if is_l1:
            resource = cast("CfnResource", construct)
            stack_key = id(resource.stack)
            resources = self.resources_of_stack.get(stack_key)
            if resources is None:
                resources = self.resources_of_stack[stack_key] = self.templates.get(stack_key, {}).get(
                    "Resources", {}
                )
            append(_l1_attributes(resource, resources, self.known_ids))
        children = node._children
        extra = _synthesized_children(construct, self.templates) if has_synthesized_children else ()
        if not children and not extra:
            append("}")
            return
        prefix = ',"children":{'
        write = self.write
        for child_id, child in children.items():
            child_id_text = encode_string(child_id)
            append(f"{prefix}{child_id_text}:")
            write(child, child_id_text)
            prefix = ","
        for text in extra:
            append(prefix + text)
            prefix = ","
        append("}}")


def _class_facts(kind: type) -> tuple[str, bool, bool]:
    """The `constructInfo` text of a class, whether it is a generated L1 (which tree.json gives its
    properties), and whether aws-cdk-lib adds children to its nodes while it synthesizes."""
    is_l1 = issubclass(kind, CfnResource) and getattr(kind, "_CFN_PROPERTIES", None) is not None
    return _info_text(_class_fqn(kind)), is_l1, issubclass(kind, Stack)
