"""Prepare an app and render every stack's template in memory, collecting every problem."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..annotations import ERROR, WARNING, is_acknowledged
from ..aspects import invoke_aspects
from ..cfn_element import READERS, CfnElement, rendering_element
from ..cfn_resource import CfnResource
from ..cfn_schema import SchemaViolations
from ..construct import Construct, iter_preorder
from ..errors import ValidationError
from ..runtime_typing import TYPE_CHECKING, cast
from ..stack import Stack
from ..stage import Stage
from ..tokens._resolve import Resolver

if TYPE_CHECKING:
    # Told apart by `Stack.nested` at run time: most apps have no nested stack to import the module for.
    from typing import Any

    from ..nested_stack import NestedStack

MAX_RESOURCES = 500
MAX_OUTPUTS = 200
MAX_PARAMETERS = 200
_LIMITS = (
    ("Resources", MAX_RESOURCES, "resources"),
    ("Outputs", MAX_OUTPUTS, "outputs"),
    ("Parameters", MAX_PARAMETERS, "parameters"),
)

Problem = tuple[str, str]

# The context key that sets the most resources a stack may have (0: no check), as in aws-cdk-lib.
STACK_RESOURCE_LIMIT_CONTEXT = "@aws-cdk/core:stackResourceLimit"


def _resource_limit(stack: Stack) -> int:
    value = stack.node.try_get_context(STACK_RESOURCE_LIMIT_CONTEXT)
    return MAX_RESOURCES if value is None else int(value)


def resource_count_note(stack: Stack, template: Mapping[str, Any]) -> str | None:
    """aws-cdk-lib's info note for a stack whose template nears its resource limit (from 80 % of it)."""
    limit = _resource_limit(stack)
    count = len(template.get("Resources", ()))
    if limit and limit * 0.8 <= count <= limit:
        return f"Number of resources: {count} is approaching allowed maximum of {limit}"
    return None


MAX_TEMPLATE_BYTES = 1024 * 1024


class RenderedApp:
    """Every stack of an app with its rendered template, or the problems that stopped rendering."""

    def __init__(self) -> None:
        self.stacks: list[Stack] = []
        self.templates: dict[int, dict[str, Any]] = {}
        # The element of each resource of a stack's template, by logical ID.
        self.resources: dict[int, dict[str, CfnElement]] = {}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        # The construct of each warning, in the same order.
        self.warning_constructs: list[Construct] = []
        # The problems that are errors added with `Annotations.add_error` (also in `problems`).
        self.error_annotations: list[Problem] = []
        # `synth(validate_on_synthesis=True)`: the stack artifacts ask the `cdk` CLI to validate them.
        self.validate_on_synth = False

    def problems_besides_error_annotations(self) -> list[Problem]:
        """The problems other than errors added with `Annotations.add_error`.

        aws-cdk-lib's assertions synthesize a stack that has such errors (the `cdk` CLI reports them), so
        a test can assert on its template and on the errors themselves.
        """
        remaining = list(self.problems)
        for problem in self.error_annotations:
            remaining.remove(problem)
        return remaining


def _problem(construct: Construct, message: str) -> Problem:
    return (construct.node.path, message)


def _error_problem(error: Exception, fallback: Construct) -> Problem:
    if isinstance(error, ValidationError) and error.scope is not None:
        return (error.scope.node.path, error.problem)
    return _problem(fallback, str(error))


def _apply_construct_dependencies(source: Construct, problems: list[Problem]) -> None:
    sources = [c for c in iter_preorder(source) if isinstance(c, CfnResource)]
    for target_root in source.node.dependencies:
        if isinstance(target_root, Stage | Stack):
            if target_root in source.node.scopes[:-1]:
                # As in aws-cdk-lib: a construct is always deployed with (and before the end of) its own
                # stack or stage, so depending on it cannot be honoured.
                kind = "stack" if isinstance(target_root, Stack) else "stage"
                problems.append(
                    _problem(
                        source,
                        f"cannot depend on its own {kind} {target_root.node.path or 'App'!r}; "
                        "depend on the constructs in it, or on another stack",
                    )
                )
                continue
            if isinstance(target_root, Stack) and target_root is not Stack.of(source):
                # A stack with no resources is still deployed first, as aws-cdk-lib does.
                try:
                    reason = f"{source.node.path} -> {target_root.node.path}"
                    Stack.of(source).add_dependency(target_root, reason)
                except ValidationError as error:
                    problems.append(_error_problem(error, source))
        targets = [c for c in iter_preorder(target_root) if isinstance(c, CfnResource)]
        for target in targets:
            for resource in sources:
                if resource is target:
                    continue
                try:
                    resource.add_dependency(target)
                except ValidationError as error:
                    problems.append(_error_problem(error, source))


def _stack_elements(stack: Stack) -> list[CfnElement]:
    elements: list[CfnElement] = []
    pending: list[Construct] = [stack]
    while pending:
        construct = pending.pop()
        if isinstance(construct, CfnElement):
            elements.append(construct)
        children = construct.node._children
        if children:
            pending.extend(c for c in reversed(children.values()) if not isinstance(c, Stack))
    return elements


def _render_stack(
    stack: Stack, elements: list[CfnElement], problems: list[Problem], resources: dict[str, CfnElement]
) -> dict[str, Any]:
    """The stack's template; `resources` gets the element of each resource by logical ID."""
    resolver = Resolver(stack)
    options = stack.template_options
    _forget_transforms_of_earlier_renders(stack)
    sections: dict[str, Any] = {}
    owners: dict[tuple[str, str], CfnElement] = {}
    for element in elements:
        rendering_element[0] = element
        try:
            body = element._render(resolver)
            logical_id = element._template_key or element.logical_id
        except SchemaViolations as error:
            problems.extend(_problem(element, message) for message in error.problems)
            continue
        except (ValidationError, ValueError, TypeError) as error:
            problems.append(_error_problem(error, element))
            continue
        if body is None:
            continue
        if not logical_id:
            problems.append(
                _problem(element, f"id={element.node.id!r} gives an empty logical ID; use letters or digits")
            )
            continue
        section_name = element._section
        key = (section_name, logical_id)
        other = owners.get(key)
        if other is not None:
            problems.append(
                _problem(
                    element,
                    f"logical ID {logical_id!r} is also used by {other.node.path!r}; "
                    "give one of them another id or call override_logical_id()",
                )
            )
            continue
        owners[key] = element
        if section_name == "Resources":
            resources[logical_id] = element
        section = sections.get(section_name)
        if section is None:
            section = sections[section_name] = {}
        section[logical_id] = body
    # Read after the elements: rendering them adds the transforms their functions need (`Fn.len` adds
    # AWS::LanguageExtensions), once per use, as aws-cdk-lib's preparation of the app does.
    transforms = options.transforms
    template: dict[str, Any] = {}
    try:
        if options.description is not None:
            template["Description"] = resolver.resolve(options.description)
        if transforms:
            # One transform is a string; more (repeats too) are a list without the repeats.
            template["Transform"] = transforms[0] if len(transforms) == 1 else list(dict.fromkeys(transforms))
        if options.template_format_version is not None:
            template["AWSTemplateFormatVersion"] = options.template_format_version
        if options.metadata:
            template["Metadata"] = resolver.resolve(options.metadata)
    except (ValidationError, ValueError, TypeError) as error:
        problems.append(_error_problem(error, stack))
    template.update(sections)
    for section_name, additions in stack.synthesizer.template_additions(stack).items():
        template.setdefault(section_name, {}).update(additions)
    for section_name, default_limit, label in _LIMITS:
        count = len(template.get(section_name, ()))
        limit = default_limit
        if section_name == "Resources":
            limit = _resource_limit(stack)
            if not limit:
                continue  # the context turns the check off
        if count > limit:
            problems.append(
                _problem(
                    stack,
                    f"has {count} {label}; CloudFormation allows at most {limit} per template, "
                    "so split the app into more stacks",
                )
            )
    return template


_DECLARED_TRANSFORMS = "_declared_transforms"


def _forget_transforms_of_earlier_renders(stack: Stack) -> None:
    """Start each render of `stack` from the transforms declared before its first one."""
    options = stack.template_options
    declared: list[str] | None = stack.__dict__.get(_DECLARED_TRANSFORMS)
    if declared is None:
        stack.__dict__[_DECLARED_TRANSFORMS] = list(options.transforms or ())
    else:
        options.transforms = list(declared) or None


def _collect_errors(construct: Construct, rendered: RenderedApp) -> None:
    for entry in construct.node._metadata:
        if entry.type == ERROR:
            problem = _problem(construct, str(entry.data))
            rendered.problems.append(problem)
            rendered.error_annotations.append(problem)


def _collect_warnings(root: Construct, rendered: RenderedApp) -> None:
    """The warnings of the tree in its order, read after rendering: resolving references across stacks
    adds some (the app's one warning about reference strength), as aws-cdk-lib's preparation does."""
    for construct in iter_preorder(root):
        for entry in construct.node._metadata:
            if entry.type == WARNING and not is_acknowledged(construct, str(entry.data)):
                rendered.warnings.append(_problem(construct, str(entry.data)))
                rendered.warning_constructs.append(construct)


def _stages_children_first(root: Construct) -> list[Construct]:
    ordered: list[Construct] = []
    _add_stages_children_first(root, ordered)
    return ordered


def _add_stages_children_first(stage: Construct, ordered: list[Construct]) -> None:
    for nested in getattr(stage, "_nested_stages", ()):
        _add_stages_children_first(nested, ordered)
    ordered.append(stage)


def render_app(
    root: Construct, *, aspect_stabilization: bool | None = None, skip_validation: bool = False
) -> RenderedApp:
    """Run aspects (`aspect_stabilization` overrides the flag of that name), apply dependencies,
    validate (the constructs' own validations unless `skip_validation`) and render every stack below
    `root`."""
    rendered = RenderedApp()
    problems = rendered.problems
    is_app_with_tree = root.node.scope is None and getattr(root, "tree_metadata", False)
    if is_app_with_tree and "Tree" not in root.node._children:
        # aws-cdk-lib adds the construct that writes tree.json when it synthesizes the App: its last child,
        # which the App's aspects visit and `node.children` lists from then on.
        Construct(root, "Tree")
    # Nested stages first, each with its own aspects only (aws-cdk-lib synthesizes them before their parent).
    stages = _stages_children_first(root)
    for stage in stages:
        invoke_aspects(stage, stabilize=aspect_stabilization)
    elements_by_stack: dict[int, list[CfnElement]] = {}
    # The constructs whose own validations found problems (their children come after them in this walk).
    refused: set[int] = set()
    for construct in iter_preorder(root):
        node = construct.node
        if node._dependencies:
            _apply_construct_dependencies(construct, problems)
        if node._validations and not skip_validation:
            own = node.validate()
            if own:
                problems.extend(_problem(construct, message) for message in own)
                refused.add(id(construct))
        if node._metadata:
            _collect_errors(construct, rendered)
        if isinstance(construct, CfnElement):
            elements_by_stack.setdefault(id(construct.stack), []).append(construct)
            messages = construct._validate_element()
            # An L2 that found problems with its input has named them in its own terms: its resource's view
            # of the same values is not reported as well (aws-cdk-lib stops at the L2's problems).
            if messages and id(node.scope) not in refused:
                problems.extend(_problem(construct, message) for message in messages)
        elif isinstance(construct, Stack):
            rendered.stacks.append(construct)
    stack_problems: dict[int, list[Problem]] = {}

    def render(stack: Stack, elements: list[CfnElement]) -> None:
        stack._exports_changed = False
        found: list[Problem] = []
        resources: dict[str, CfnElement] = {}
        rendered.templates[id(stack)] = _render_stack(stack, elements, found, resources)
        rendered.resources[id(stack)] = resources
        stack_problems[id(stack)] = found

    # The stacks of nested stages first, as aws-cdk-lib synthesizes them before their parent's (the
    # first cross-stack reference it resolves, say, carries the app's one warning about its strength).
    ordered = rendered.stacks
    if len(stages) > 1:
        rank = {id(stage): index for index, stage in enumerate(stages)}
        last = len(stages) - 1
        ordered = sorted(ordered, key=lambda stack: rank.get(id(stack._owning_stage), last))
    if any(stack.nested for stack in ordered):
        _settle_nested_stacks(root, ordered, render, rendered.templates)
    else:
        for stack in ordered:
            # A stack that received exports from stacks rendered before it has new elements: collect them
            # again.
            fresh = stack._exports_changed
            render(stack, _stack_elements(stack) if fresh else elements_by_stack.get(id(stack), []))
        # Rendering a consumer may export values from stacks rendered before it: render those again.
        for stack in rendered.stacks:
            if stack._exports_changed:
                render(stack, _stack_elements(stack))
    for found in stack_problems.values():
        problems.extend(found)
    _collect_warnings(root, rendered)
    return rendered


# Each pass settles one more level of references between parents and nested stacks.
_MAX_NESTED_PASSES = 16


def _settle_nested_stacks(
    root: Construct,
    stacks: list[Stack],
    render: Callable[[Stack, list[CfnElement]], None],
    templates: dict[int, Any],
) -> None:
    """Render nested stacks before their parents until nothing changes.

    A parent's template holds the hash of each nested template (in its `TemplateURL`), a nested stack
    gets a parameter for each value it reads from above, and a parent reading a nested value adds an
    output to the nested template: so each is rendered again until a whole pass adds nothing.
    """
    children: dict[int, list[Stack]] = {}
    top: list[Stack] = []
    for stack in stacks:
        parent = stack.nested_stack_parent
        if parent is None:
            top.append(stack)
        else:
            children.setdefault(id(parent), []).append(stack)
    ordered: list[Stack] = []

    def visit(stack: Stack) -> None:
        for child in children.get(id(stack), ()):
            visit(child)
        ordered.append(stack)

    for stack in top:
        visit(stack)
    tree_order = {id(construct): index for index, construct in enumerate(iter_preorder(root))}
    for _ in range(_MAX_NESTED_PASSES):
        # Children first: a parent renders with the hashes its nested stacks have just published.
        for stack in ordered:
            elements = _stack_elements(stack)
            render(stack, _in_order_of_readers(elements, tree_order) if stack.nested else elements)
            if stack.nested:
                cast("NestedStack", stack)._publish_template(templates[id(stack)])
                templates[id(stack)] = _as_resolved_again(stack, templates[id(stack)])
        if not any(stack._exports_changed for stack in stacks):
            return


def _as_resolved_again(stack: Stack, template: dict[str, Any]) -> dict[str, Any]:
    """The nested template as aws-cdk-lib writes it: hashed after one resolution of its elements, written
    after another, so the transforms their functions add count twice (one use is a one-item list)."""
    transforms = stack.template_options.transforms or []
    added = transforms[len(stack.__dict__[_DECLARED_TRANSFORMS]) :]
    if not added:
        return template
    return {**template, "Transform": list(dict.fromkeys([*transforms, *added]))}


def _in_order_of_readers(elements: list[CfnElement], tree_order: Mapping[int, int]) -> list[CfnElement]:
    """A nested stack's elements, the parameters and outputs it made for references last, in the tree order
    of their first readers: aws-cdk-lib makes them all before rendering, walking the app's elements in tree
    order, so its nested templates list them (and their sections) in that order."""
    made = [element for element in elements if READERS in element.__dict__]
    if not made:
        return elements
    own = [element for element in elements if READERS not in element.__dict__]

    def first_read(element: CfnElement, depth: int = 0) -> int:
        index = tree_order.get(id(element))
        if index is not None:
            return index
        readers: list[CfnElement] = element.__dict__.get(READERS) or []
        if not readers or depth > _MAX_NESTED_PASSES:
            return len(tree_order)
        return min(first_read(reader, depth + 1) for reader in readers)

    made.sort(key=first_read)
    return own + made
