"""Template: a synthesized stack template to assert on, as `aws_cdk.assertions.Template`."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping

from ..core.errors import InvalidValueError, SynthesisError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.synthesis.rendering import render_app
from ._matcher import AssertionFailure, Matcher, SectionMatch, json_block, jsonify
from .match import Match, _AbsentMatch

if TYPE_CHECKING:
    from typing import Any


def _as_matcher(pattern: Mapping[str, Any] | Matcher) -> Matcher:
    return pattern if isinstance(pattern, Matcher) else Match.object_like(pattern)


def _properties_pattern(props: Any) -> dict[str, Any]:
    """The pattern of a resource whose properties match `props`.

    aws_cdk builds it on its side, so `None` there stays a value that matches no resource; a `None` in
    the user's own dicts is dropped (Match.object_like).
    """
    return {"Properties": Match.exact(None) if props is None else props}


def _dependency_cycle(resources: Mapping[str, Any]) -> list[str] | None:
    """A cycle of DependsOn, Ref, GetAtt and Sub edges between resources, as aws_cdk reports it.

    Resources that depend on nothing left are peeled off until none are; from the first resource left (in
    template order), following each resource's first dependency then ends in a cycle. The walk is reported
    from that resource, so it may start with resources that lead into the cycle.
    """
    edges = {logical_id: _dependencies(resource, resources) for logical_id, resource in resources.items()}
    waiting = {logical_id: len(targets) for logical_id, targets in edges.items()}
    dependents: dict[str, list[str]] = {}
    for logical_id, targets in edges.items():
        for target in targets:
            dependents.setdefault(target, []).append(logical_id)
    free = [logical_id for logical_id, count in waiting.items() if count == 0]
    while free:
        done = free.pop()
        del waiting[done]
        for dependent in dependents.get(done, ()):
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                free.append(dependent)
    if not waiting:
        return None
    walk = [next(iter(waiting))]
    while True:
        following = next(target for target in edges[walk[-1]] if target in waiting)
        walk.append(following)
        if following in walk[:-1]:
            return walk


def _dependencies(resource: Any, resources: Mapping[str, Any]) -> list[str]:
    """The resources `resource` depends on, in the order its DependsOn and Properties name them."""
    found: dict[str, None] = {}
    if not isinstance(resource, Mapping):
        return []
    depends_on = resource.get("DependsOn")
    for name in [depends_on] if isinstance(depends_on, str) else depends_on or []:
        if isinstance(name, str):
            found[name] = None

    def walk(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, Mapping) and len(value) == 1 and next(iter(value)) in _REFERENCING:
            key, item = next(iter(value.items()))
            if key == "Ref" and isinstance(item, str):
                found[item] = None
            elif key == "Fn::GetAtt" and isinstance(item, list) and item and isinstance(item[0], str):
                found[item[0]] = None
            elif key == "Fn::GetAtt" and isinstance(item, str):
                found[item.split(".", 1)[0]] = None
            elif key == "Fn::Sub":
                text = item[0] if isinstance(item, list) and item else item
                if isinstance(text, str):
                    for name in _sub_references(text):
                        found[name.split(".", 1)[0]] = None
                walk(item[1] if isinstance(item, list) and len(item) > 1 else None)
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)

    walk(resource.get("Properties"))
    return [name for name in found if name in resources]


_REFERENCING = ("Ref", "Fn::GetAtt", "Fn::Sub")


def _sub_references(text: str) -> list[str]:
    names = []
    start = text.find("${")
    while start != -1:
        end = text.find("}", start)
        if end == -1:
            break
        if not text.startswith("${!", start):
            names.append(text[start + 2 : end])
        start = text.find("${", end)
    return names


def _indented(text: str) -> str:
    return "  " + text.replace("\n", "\n  ")


@lazy_frozen(kw_only=True)
class TemplateParsingOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Template.from_stack`, `from_json` and `from_string`."""

    skip_cyclical_dependencies_check: bool | None = None
    """Accept a template whose resources depend on each other in a cycle. Default: False."""


class Template:
    """A CloudFormation template to inspect in tests."""

    def __init__(self, template: Mapping[str, Any], *, skip_cyclical_dependencies_check: bool | None = None):
        self._template: dict[str, Any] = copy.deepcopy(dict(template))
        if not skip_cyclical_dependencies_check:
            resources = self._template.get("Resources")
            if not isinstance(resources, Mapping):
                resources = {}
            cycle = _dependency_cycle(resources)
            if cycle:
                involved = {logical_id: resources[logical_id] for logical_id in dict.fromkeys(cycle)}
                raise AssertionFailure(
                    "Template is undeployable, these resources have a dependency cycle: "
                    f"{' -> '.join(cycle)}:\n\n{json_block(involved)}"
                )

    # --- construction ---------------------------------------------------------------------------

    @staticmethod
    def from_stack(stack: Stack, *, skip_cyclical_dependencies_check: bool | None = None) -> Template:
        """Render the stack's app in memory (nothing is written) and return this stack's template.

        Errors added with `Annotations.add_error` do not stop it, as in aws_cdk (assert on them with
        `Annotations.from_stack`); every other problem raises SynthesisError.
        """
        rendered = render_app(stack.node.root)
        problems = rendered.problems_besides_error_annotations()
        if problems:
            raise SynthesisError(problems)
        return Template(
            rendered.templates[id(stack)], skip_cyclical_dependencies_check=skip_cyclical_dependencies_check
        )

    @staticmethod
    def from_json(
        template: Mapping[str, Any], *, skip_cyclical_dependencies_check: bool | None = None
    ) -> Template:
        """Wrap a template dict (it is copied)."""
        return Template(template, skip_cyclical_dependencies_check=skip_cyclical_dependencies_check)

    @staticmethod
    def from_string(template: str, *, skip_cyclical_dependencies_check: bool | None = None) -> Template:
        """Parse a template from JSON text."""
        try:
            parsed = json.loads(template)
        except ValueError as error:
            raise InvalidValueError(
                f"Template.from_string: template is not valid JSON ({error}); use the text of a template"
            ) from None
        if not isinstance(parsed, dict):
            shown = template if len(template) <= 40 else template[:37] + "..."
            raise InvalidValueError(
                f"Template.from_string: template={shown!r} is not a JSON object; use the text of a template"
            )
        return Template(parsed, skip_cyclical_dependencies_check=skip_cyclical_dependencies_check)

    def to_json(self) -> dict[str, Any]:
        """The template as plain dicts and lists (a copy: changing it does not change the Template)."""
        return copy.deepcopy(self._template)

    # --- resources ------------------------------------------------------------------------------

    def _resources_of_type(self, type: str) -> dict[str, Any]:  # noqa: A002 - aws_cdk's keyword
        resources = self._template.get("Resources")
        if not isinstance(resources, Mapping):
            return {}
        return {
            logical_id: resource
            for logical_id, resource in resources.items()
            if isinstance(resource, Mapping) and resource.get("Type") == type
        }

    def _properties_view(self, type: str, props: Any) -> dict[str, Any]:  # noqa: A002 - aws_cdk's keyword
        # A resource without Properties is seen with empty ones, so {} and Match.absent() inside match it.
        if isinstance(props, _AbsentMatch):
            return self._resources_of_type(type)
        return {
            logical_id: {**resource, "Properties": resource.get("Properties") or {}}
            for logical_id, resource in self._resources_of_type(type).items()
        }

    def resource_count_is(self, type: str, count: float) -> None:  # noqa: A002 - aws_cdk's keyword
        """Assert that the template has `count` resources of `type`."""
        found = len(self._resources_of_type(type))
        if found != count:
            raise AssertionFailure(f"Expected {jsonify(count)} resources of type {type} but found {found}")

    def resource_properties_count_is(self, type: str, props: Any, count: float) -> None:  # noqa: A002
        """Assert that `count` resources of `type` have properties matching `props`."""
        found = len(
            SectionMatch(self._properties_view(type, props), _as_matcher(_properties_pattern(props))).matches
        )
        if found != count:
            raise AssertionFailure(f"Expected {jsonify(count)} resources of type {type} but found {found}")

    def has_resource(self, type: str, props: Mapping[str, Any] | Matcher) -> None:  # noqa: A002 - aws_cdk's keyword
        """Assert that a resource of `type` matches `props` (the whole definition, object-like)."""
        section = SectionMatch(self._resources_of_type(type), _as_matcher(props))
        if not section.matches:
            header = f"Template has {len(section.entries)} resources with type {type}"
            raise AssertionFailure(section.closest_report(header))

    def has_resource_properties(self, type: str, props: Any) -> None:  # noqa: A002 - aws_cdk's keyword
        """Assert that a resource of `type` has properties matching `props` (object-like)."""
        section = SectionMatch(
            self._properties_view(type, props), Match.object_like(_properties_pattern(props))
        )
        if not section.matches:
            header = f"Template has {len(section.entries)} resources with type {type}"
            raise AssertionFailure(section.closest_report(header))

    def find_resources(
        self,
        type: str,  # noqa: A002 - aws_cdk's keyword
        props: Mapping[str, Any] | Matcher | None = None,
    ) -> dict[str, Any]:
        """The resources of `type` matching `props` (all of them by default), by logical ID."""
        section = SectionMatch(self._resources_of_type(type), _as_matcher({} if props is None else props))
        return copy.deepcopy(section.matches)

    def get_resource_id(
        self,
        type: str,  # noqa: A002 - aws_cdk's keyword
        props: Mapping[str, Any] | Matcher | None = None,
    ) -> str:
        """The logical ID of the only resource of `type` matching `props`."""
        section = SectionMatch(self._resources_of_type(type), _as_matcher({} if props is None else props))
        if not section.matches:
            header = f"Template has {len(section.entries)} resources with type {type}"
            raise AssertionFailure(section.closest_report(header))
        if len(section.matches) > 1:
            count = len(section.matches)
            raise AssertionFailure(
                f"Template has {count} matches, expected only one.\n{_indented(json_block(section.matches))}"
            )
        return next(iter(section.matches))

    def all_resources(self, type: str, props: Mapping[str, Any] | Matcher) -> None:  # noqa: A002 - aws_cdk's keyword
        """Assert that every resource of `type` matches `props` (and that there is at least one)."""
        self._all_match(type, SectionMatch(self._resources_of_type(type), _as_matcher(props)))

    def all_resources_properties(self, type: str, props: Any) -> None:  # noqa: A002 - aws_cdk's keyword
        """Assert that every resource of `type` has properties matching `props` (and there is one)."""
        self._all_match(
            type,
            SectionMatch(self._properties_view(type, props), Match.object_like(_properties_pattern(props))),
        )

    @staticmethod
    def _all_match(type: str, section: SectionMatch) -> None:  # noqa: A002 - aws_cdk's keyword
        if section.entries and not section.failures:
            return
        matched = f"only {len(section.matches)}" if section.matches else "none"
        total = len(section.entries)
        lines = [
            f"Template has {total} resource(s) with type {type}, but {matched} match as expected.",
            "The following resources do not match the given definition:",
            *(f"\t{logical_id}" for logical_id in section.failures),
        ]
        raise AssertionFailure("\n".join(lines))

    # --- outputs, parameters, mappings, conditions ----------------------------------------------

    def _named(self, section_name: str, logical_id: str) -> dict[str, Any]:
        section = self._template.get(section_name)
        if not isinstance(section, Mapping):
            return {}
        if logical_id == "*":
            return dict(section)
        return {logical_id: section[logical_id]} if logical_id in section else {}

    def _has(
        self, section_name: str, label: str, logical_id: str, props: Mapping[str, Any] | Matcher
    ) -> None:
        section = SectionMatch(self._named(section_name, logical_id), _as_matcher(props))
        if not section.matches:
            raise AssertionFailure(section.closest_report(f"Template has {len(section.entries)} {label}"))

    def _find(
        self, section_name: str, logical_id: str, props: Mapping[str, Any] | Matcher | None
    ) -> dict[str, Any]:
        section = SectionMatch(
            self._named(section_name, logical_id), _as_matcher({} if props is None else props)
        )
        return copy.deepcopy(section.matches)

    def has_output(self, logical_id: str, props: Mapping[str, Any] | Matcher) -> None:
        """Assert that the output `logical_id` (`*` for any) matches `props`."""
        self._has("Outputs", f"outputs named {logical_id}", logical_id, props)

    def find_outputs(
        self, logical_id: str, props: Mapping[str, Any] | Matcher | None = None
    ) -> dict[str, Any]:
        """The outputs named `logical_id` (`*` for any) matching `props`, by logical ID."""
        return self._find("Outputs", logical_id, props)

    def has_parameter(self, logical_id: str, props: Mapping[str, Any] | Matcher) -> None:
        """Assert that the parameter `logical_id` (`*` for any) matches `props`."""
        self._has("Parameters", f"parameters with logicalId '{logical_id}'", logical_id, props)

    def find_parameters(
        self, logical_id: str, props: Mapping[str, Any] | Matcher | None = None
    ) -> dict[str, Any]:
        """The parameters named `logical_id` (`*` for any) matching `props`, by logical ID."""
        return self._find("Parameters", logical_id, props)

    def has_mapping(self, logical_id: str, props: Mapping[str, Any] | Matcher) -> None:
        """Assert that the mapping `logical_id` (`*` for any) matches `props`."""
        self._has("Mappings", f"mappings with logicalId {logical_id}", logical_id, props)

    def find_mappings(
        self, logical_id: str, props: Mapping[str, Any] | Matcher | None = None
    ) -> dict[str, Any]:
        """The mappings named `logical_id` (`*` for any) matching `props`, by logical ID."""
        return self._find("Mappings", logical_id, props)

    def has_condition(self, logical_id: str, props: Mapping[str, Any] | Matcher) -> None:
        """Assert that the condition `logical_id` (`*` for any) matches `props`."""
        self._has("Conditions", f"conditions with logicalId {logical_id}", logical_id, props)

    def find_conditions(
        self, logical_id: str, props: Mapping[str, Any] | Matcher | None = None
    ) -> dict[str, Any]:
        """The conditions named `logical_id` (`*` for any) matching `props`, by logical ID."""
        return self._find("Conditions", logical_id, props)

    # --- whole template -------------------------------------------------------------------------

    def template_matches(self, expected: Mapping[str, Any] | Matcher) -> None:
        """Assert that the template matches `expected` (object-like unless a matcher is given)."""
        result = _as_matcher(expected).test(self._template).finished()
        if result.has_failed():
            raise AssertionFailure(
                "Template did not match as expected. The following mismatches were found:\n\t"
                + "\n\t".join(result.to_human_strings())
            )
