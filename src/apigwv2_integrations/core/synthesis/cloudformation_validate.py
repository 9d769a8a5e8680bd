"""The built-in template validation of aws-cdk-lib ("CloudFormation Validate"), for some of its rules:
F0001, a stack without resources; F3004, resources that depend on each other in a circle (which
CloudFormation refuses to deploy); E3019, resources that stand for one physical resource (same type,
same primary identifier: `unique_identifiers.py`), whose second CloudFormation fails to create;
W2531, E2531 and E2533, Lambda functions on deprecated runtimes (`deprecated_runtimes.py`); W3045, a
bucket's deprecated `AccessControl`; E3039, a DynamoDB table whose attribute definitions are not those its
keys use (CloudFormation refuses the table); W2001, a parameter the template never references; W7001 and
W8001, a mapping or a condition it never uses; F3016 and F0018, a `DeletionPolicy` or `UpdateReplacePolicy`
CloudFormation does not take for the resource's type, and W3011, only one of the two keeping it; F1018, an
`Fn::Sub` variable that names nothing; W2508, a security group open to the internet on a sensitive port;
W9010, an EC2 instance with a hardcoded AMI; and the
schema rules, on the properties of each resource of a generated L1 class as the template holds them
(overrides and resolved tokens included, references and functions left out): F3002 an unknown property,
F3003 a required one missing, F3012 a value of the wrong type, W9003 a scalar CloudFormation converts,
W3030 a value not in the allowed set, F3031 a pattern, F3032 a number of items, F3033 a length, F3034 a
range (`cfn_schema.schema_findings`).

aws-cdk-lib runs a linter with a large rule set on every template; its findings are warnings, and those
of its E and F rules errors under `@aws-cdk/core:validateAgainstDefaultRules`. Only these rules are run
here (the other rules
are not; this package's test suite checks its templates with cfn-lint). A finding acknowledged with
`Validations.of(scope).acknowledge(Acknowledgment(id="CloudFormation-Validate::<rule>", ...))` on the
construct or above it is suppressed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from ..cfn_element import CfnElement
from ..cfn_resource import TYPES_WITH_SNAPSHOTS
from ..cfn_schema import schema_findings
from ..construct import Construct
from ..feature_flags import FeatureFlags
from ..lazy_pattern import LazyPattern
from ..runtime_typing import TYPE_CHECKING, cast
from ..stack import Stack
from ..struct import LazyAttrsMeta, lazy_frozen
from .deprecated_runtimes import runtime_findings
from .id_formats import ID_FORMATS
from .unique_identifiers import DuplicateIdentifier, duplicate_identifiers

if TYPE_CHECKING:
    from typing import Any

VALIDATE_AGAINST_DEFAULT_RULES = "@aws-cdk/core:validateAgainstDefaultRules"
PLUGIN_NAME = "CloudFormation Validate"
# What aws-cdk-lib prints above findings the flag would make errors, when it is off.
WARNINGS_HEADING = (
    "[Warning] Template validation found issues in your templates (reported as warnings).\n"
    f'Set feature flag "{VALIDATE_AGAINST_DEFAULT_RULES}" to true to turn these into errors.'
)
_PLUGIN_VERSION = "1.12.1"  # the version aws-cdk-lib 2.275.0 reports
_NAMESPACE = "CloudFormation-Validate"
_SUB_REFERENCE = LazyPattern(r"\$\{([^!}][^}]*)\}")
# The resource types the rules W2508 and W9010 look at (F1018 looks at any resource that holds an `Fn::Sub`).
TYPES_OF_RESOURCE_RULES = frozenset(
    {"AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress", "AWS::EC2::Instance"}
)


@lazy_frozen(kw_only=True)
class Finding(metaclass=LazyAttrsMeta):
    """A rule a template breaks, at a stack or at one of its resources."""

    rule: str
    category: str
    description: str
    construct: Construct
    template_file: str
    logical_id: str | None = None
    property_path: str | None = None
    """Where in the resource (`Properties.LogGroupName`); None for the whole resource."""
    names_property: bool = True
    """Whether the report names a property path (the resource's own path when `property_path` is None)."""
    suggested_fix: str | None = None
    acknowledged_at: Construct | None = None
    reason: str | None = None

    @property
    def rule_id(self) -> str:
        """The id that acknowledges the rule (`CloudFormation-Validate::F3004`)."""
        return f"{_NAMESPACE}::{self.rule}"

    @property
    def is_warning(self) -> bool:
        """A W rule's finding: a warning even where the flag makes the others errors."""
        return self.rule.startswith("W")


# The validator lists a template's findings by kind of rule (F, then E, then W), then by rule id.
_RULE_KIND_ORDER = {"F": 0, "E": 1, "W": 2}


def _order_in_template(finding: Finding) -> tuple[int, str]:
    return _RULE_KIND_ORDER.get(finding.rule[:1], 3), finding.rule


def validate_stacks(
    stacks: list[Stack],
    templates: Mapping[int, dict[str, Any]],
    resources: Mapping[int, Mapping[str, CfnElement]],
) -> list[Finding]:
    """The findings of every stack's template, in the order of `stacks` and then in the validator's order
    within a template (the report then lists each rule and text where it was first found). `resources`
    holds, by stack, the element of each resource of its template by logical ID."""
    findings: list[Finding] = []
    for stack in stacks:
        template = templates.get(id(stack))
        # As in aws-cdk-lib, the templates of nested stacks are not validated.
        if template is not None and not stack.nested:
            elements = resources.get(id(stack), {})
            found = sorted(_findings_of(stack, template, elements), key=_order_in_template)  # stable
            findings.extend(_acknowledged(finding) for finding in found)
    return findings


def strict(construct: Construct) -> bool:
    """Whether findings of E and F rules are errors that fail synthesis
    (`@aws-cdk/core:validateAgainstDefaultRules`)."""
    return FeatureFlags.of(construct).is_enabled(VALIDATE_AGAINST_DEFAULT_RULES)


# The context key the `cdk` CLI (and `App(analytics_reporting=...)` in aws-cdk-lib) sets to add the
# `CDKMetadata` resource to each template.
_ANALYTICS_REPORTING = "aws:cdk:version-reporting"


def _reports_analytics(stack: Stack) -> bool:
    """Whether aws-cdk-lib would give the stack a `CDKMetadata` resource (this package writes none)."""
    if stack.analytics_reporting is not None:
        return bool(stack.analytics_reporting)
    app_setting = getattr(stack.node.root, "analytics_reporting", None)
    if app_setting is not None:
        return bool(app_setting)
    return bool(stack.node.try_get_context(_ANALYTICS_REPORTING))


def _findings_of(
    stack: Stack, template: Mapping[str, Any], elements: Mapping[str, CfnElement]
) -> Iterator[Finding]:
    resources = template.get("Resources") or {}
    # A stack of outputs only passes in aws-cdk-lib when it gets the CDKMetadata resource.
    if not resources and not _reports_analytics(stack):
        yield Finding(
            rule="F0001",
            category="Structure",
            description="Resources section must exist and be non-empty",
            construct=stack,
            template_file=stack.template_file,
        )
    with_sub: set[str] = set()
    cycles = _cycles(resources, with_sub)
    duplicates = duplicate_identifiers(template)
    deprecated = runtime_findings(template)
    access_controls = _access_controls(resources)
    unmatched = _unmatched_attribute_definitions(resources)
    unused = _unused_parameters(template)
    for name in unused:
        yield Finding(
            rule="W2001",
            category="Best Practice",
            description=f"Parameters/{name}: Parameter '{name}' is not referenced anywhere in the template",
            construct=stack,
            template_file=stack.template_file,
        )
    for name in _unused_mappings(template):
        yield Finding(
            rule="W7001",
            category="Best Practice",
            description=f"Mappings/{name}: Mapping '{name}' is not referenced by any Fn::FindInMap",
            construct=stack,
            template_file=stack.template_file,
        )
    for name in _unused_conditions(template):
        yield Finding(
            rule="W8001",
            category="Best Practice",
            description=f"Conditions/{name}: Condition '{name}' is not used by any resource or Fn::If",
            construct=stack,
            template_file=stack.template_file,
        )
    yield from _schema_findings(stack, resources, elements)
    if with_sub or any(_has_rule_type(definition) for definition in resources.values()):
        from .resource_rules import resource_rule_findings  # deferred: most templates have none to check

        yield from resource_rule_findings(stack, template, elements, with_sub)
    yield from _removal_policy_findings(stack, resources, elements)
    yield from _id_format_findings(stack, resources, elements)
    if not cycles and not duplicates and not deprecated and not access_controls and not unmatched:
        return
    for logical_id, cycle in cycles:
        yield Finding(
            rule="F3004",
            category="Reference",
            description=(
                f"Resources/{logical_id}: Circular Dependencies for resource {logical_id}. "
                f"Circular dependency with [{' -> '.join(cycle)}]"
            ),
            construct=elements.get(logical_id, stack),
            template_file=stack.template_file,
            logical_id=logical_id,
        )
    for duplicate in duplicates:
        where, description = _duplicate_description(duplicate)
        for logical_id in duplicate.logical_ids:
            yield Finding(
                rule="E3019",
                category="Resource",
                description=description,
                construct=elements.get(logical_id, stack),
                template_file=stack.template_file,
                logical_id=logical_id,
                property_path=where,
            )
    for logical_id, rule, description in deprecated:
        yield Finding(
            rule=rule,
            category="Deprecation",
            description=description,
            construct=elements.get(logical_id, stack),
            template_file=stack.template_file,
            logical_id=logical_id,
            property_path="Properties.Runtime",
        )
    for logical_id, problem in unmatched:
        yield Finding(
            rule="E3039",
            category="Resource",
            description=f"Properties: AttributeDefinitions does not match KeySchema attributes. {problem}",
            construct=elements.get(logical_id, stack),
            template_file=stack.template_file,
            logical_id=logical_id,
            property_path="Properties",
        )
    for logical_id, lacks_ownership in access_controls.items():
        if lacks_ownership:
            yield Finding(
                rule="E3045",
                category="Resource",
                description=(
                    "Properties: A bucket with 'AccessControl' set should also have at least one "
                    "'OwnershipControl' configured"
                ),
                construct=elements.get(logical_id, stack),
                template_file=stack.template_file,
                logical_id=logical_id,
                property_path="Properties",
                suggested_fix="Add OwnershipControls to the bucket when using AccessControl",
            )
        yield Finding(
            rule="W3045",
            category="Deprecation",
            description="AccessControl: AccessControl property is deprecated. Use bucket policies instead",
            construct=elements.get(logical_id, stack),
            template_file=stack.template_file,
            logical_id=logical_id,
            property_path="Properties.AccessControl",
            suggested_fix="Remove AccessControl and use an AWS::S3::BucketPolicy resource",
        )


_REMOVAL_POLICY_VALUES = {
    "DeletionPolicy": ("F3016", ("Delete", "Retain", "RetainExceptOnCreate")),
    "UpdateReplacePolicy": ("F0018", ("Delete", "Retain")),
}


def _removal_policy_findings(
    stack: Stack, resources: Mapping[str, Any], elements: Mapping[str, Construct]
) -> Iterator[Finding]:
    """F3016 and F0018, a `DeletionPolicy` or `UpdateReplacePolicy` CloudFormation does not take for the
    resource's type (`Snapshot` only for the types it can snapshot; each branch of an `Fn::If` counts), and
    W3011, one of the two set to keep the resource while the other is left out."""
    for logical_id, definition in resources.items():
        if type(definition) is not dict or (
            "DeletionPolicy" not in definition and "UpdateReplacePolicy" not in definition
        ):
            continue
        element = elements.get(logical_id, stack)
        for attribute, (rule, allowed) in _REMOVAL_POLICY_VALUES.items():
            if definition.get("Type") in TYPES_WITH_SNAPSHOTS:
                allowed = (*allowed, "Snapshot")
            for value in _policy_values(definition.get(attribute)):
                if value not in allowed:
                    yield Finding(
                        rule=rule,
                        category="Structure",
                        description=(
                            f"{attribute}: {attribute} must be one of {', '.join(allowed)}, got {value!r}"
                        ),
                        construct=element,
                        template_file=stack.template_file,
                        logical_id=logical_id,
                        property_path=attribute,
                    )
        present = [definition[name] for name in _REMOVAL_POLICY_VALUES if name in definition]
        if len(present) == 1 and present[0] != "Delete":
            yield Finding(
                rule="W3011",
                category="Best Practice",
                description=(
                    "Both 'UpdateReplacePolicy' and 'DeletionPolicy' are needed to protect resource "
                    "from deletion"
                ),
                construct=element,
                template_file=stack.template_file,
                logical_id=logical_id,
                names_property=False,
            )


# The rule of each checked EC2 identifier format, and what a literal identifier of it looks like.
_ID_FORMAT_RULES = {
    "AWS::EC2::SecurityGroup.Id": ("E1150", LazyPattern(r"sg-[0-9a-f]{8,17}")),
    "AWS::EC2::VPC.Id": ("E1151", LazyPattern(r"vpc-[0-9a-f]{8,17}")),
    "AWS::EC2::Image.Id": ("E1152", LazyPattern(r"ami-[0-9a-f]{8,17}")),
    "AWS::EC2::Subnet.Id": ("E1154", LazyPattern(r"subnet-[0-9a-f]{8,17}")),
}


def _id_format_findings(
    stack: Stack, resources: Mapping[str, Any], elements: Mapping[str, Construct]
) -> Iterator[Finding]:
    """E1150, E1151, E1152 and E1154: a literal security group, VPC, image or subnet ID that does not have
    its format (`vpc-` and 8 to 17 lower-case hex digits), where the resource type's schema names the
    format (`id_formats.py`); references, other functions and dynamic references are left to
    CloudFormation."""
    for logical_id, definition in resources.items():
        if type(definition) is not dict:
            continue
        paths = ID_FORMATS.get(definition.get("Type"))  # type: ignore[arg-type]
        properties = definition.get("Properties")
        if paths is None or type(properties) is not dict:
            continue
        for path, id_format in paths:
            rule, pattern = _ID_FORMAT_RULES[id_format]
            for where, value in _values_at(properties, path.split("."), ""):
                # A dynamic reference (`{{resolve:ssm:...}}`) is resolved by CloudFormation: not checked.
                if type(value) is str and not pattern.fullmatch(value) and not value.startswith("{{resolve:"):
                    yield Finding(
                        rule=rule,
                        category="Intrinsic Function",
                        description=f"{where}: {value!r} does not match format {id_format!r}",
                        construct=elements.get(logical_id, stack),
                        template_file=stack.template_file,
                        logical_id=logical_id,
                        property_path=f"Properties.{where}",
                    )


def _values_at(value: Any, steps: list[str], where: str) -> Iterator[tuple[str, Any]]:
    """(dotted path, value) of each value at `steps` below `value` (`*`: each item of a list)."""
    if not steps:
        yield where, value
        return
    step, rest = steps[0], steps[1:]
    if step == "*":
        if type(value) is list:
            for index, item in enumerate(value):
                yield from _values_at(item, rest, f"{where}.{index}")
    elif type(value) is dict and step in value:
        yield from _values_at(value[step], rest, f"{where}.{step}" if where else step)


def _policy_values(value: Any) -> Iterator[str]:
    """The literal values a resource attribute may take: itself, or those of the branches of an `Fn::If`."""
    if type(value) is str:
        yield value
    elif type(value) is dict and len(value) == 1 and type(value.get("Fn::If")) is list:
        for branch in value["Fn::If"][1:]:
            yield from _policy_values(branch)


# The validator files its rule about converted scalars under best practice, the others under schema.
_SCHEMA_RULE_CATEGORIES = {"W9003": "Best Practice"}


def _schema_findings(
    stack: Stack, resources: Mapping[str, Any], elements: Mapping[str, Construct]
) -> Iterator[Finding]:
    """The findings of the schema rules in the properties of each resource of a generated L1 class, in
    template order (resources of other classes have no schema here)."""
    for logical_id, definition in resources.items():
        element = elements.get(logical_id)
        owner = type(element)
        if (
            getattr(owner, "_CFN_PROPERTIES", None) is None
            or type(definition) is not dict
            or definition.get("Type") != getattr(element, "cfn_resource_type", None)
        ):
            continue
        for rule, where, message, fix in schema_findings(owner, definition.get("Properties")):
            yield Finding(
                rule=rule,
                category=_SCHEMA_RULE_CATEGORIES.get(rule, "Schema"),
                description=f"{where or 'Properties'}: {message}",
                construct=cast("Construct", element),
                template_file=stack.template_file,
                logical_id=logical_id,
                property_path=f"Properties.{where}" if where else "Properties",
                suggested_fix=fix,
            )


def _unused_parameters(template: Mapping[str, Any]) -> list[str]:
    """The parameters no other part of the template names (`Ref`, `${Name}` in `Fn::Sub`)."""
    parameters = template.get("Parameters")
    if not parameters:
        return []
    named: set[str] = set()
    # The small sections first: the bootstrap version parameter is named by the bootstrap rule, so a
    # template of the default synthesizer needs no walk of its resources.
    sections = sorted((key for key in template if key != "Parameters"), key=lambda key: key == "Resources")
    for section in sections:
        pending: list[Any] = [template[section]]
        while pending:
            value = pending.pop()
            if type(value) is dict:
                target = value.get("Ref")
                if type(target) is str:
                    named.add(target)
                text = value.get("Fn::Sub")
                text = text[0] if type(text) is list and text else text
                if type(text) is str:
                    named.update(m.group(1).split(".", 1)[0] for m in _SUB_REFERENCE.finditer(text))
                pending.extend(value.values())
            elif type(value) is list:
                pending.extend(value)
        if named.issuperset(parameters):
            return []
    return [name for name in parameters if name not in named]


def _dicts_in(value: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in a part of a template, itself included."""
    pending: list[Any] = [value]
    while pending:
        value = pending.pop()
        if type(value) is dict:
            yield value
            pending.extend(value.values())
        elif type(value) is list:
            pending.extend(value)


def _unused_mappings(template: Mapping[str, Any]) -> list[str]:
    """The mappings no `Fn::FindInMap` reads; none when one of them picks its mapping at deploy time."""
    mappings = template.get("Mappings")
    if not mappings or type(mappings) is not dict:
        return []
    read: set[str] = set()
    for section, content in template.items():
        if section == "Mappings":
            continue
        for value in _dicts_in(content):
            arguments = value.get("Fn::FindInMap")
            if type(arguments) is list and arguments:
                if type(arguments[0]) is not str:
                    return []
                read.add(arguments[0])
    return [name for name in mappings if name not in read]


def _unused_conditions(template: Mapping[str, Any]) -> list[str]:
    """The conditions no resource or output is under, no other condition names and no `Fn::If` tests."""
    conditions = template.get("Conditions")
    if not conditions or type(conditions) is not dict:
        return []
    used: set[str] = set()
    for section in ("Resources", "Outputs"):
        entries = template.get(section)
        if type(entries) is dict:
            used.update(
                entry["Condition"]
                for entry in entries.values()
                if type(entry) is dict and type(entry.get("Condition")) is str
            )
    for value in _dicts_in(conditions):
        if type(value.get("Condition")) is str:
            used.add(value["Condition"])
    for content in template.values():
        for value in _dicts_in(content):
            arguments = value.get("Fn::If")
            if type(arguments) is list and arguments and type(arguments[0]) is str:
                used.add(arguments[0])
    return [name for name in conditions if name not in used]


def _unmatched_attribute_definitions(resources: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(logical ID, problem) of each DynamoDB table whose `AttributeDefinitions` name other attributes
    than its key schemas (the table's and its indexes') use."""
    found = []
    for logical_id, definition in resources.items():
        if type(definition) is not dict or definition.get("Type") != "AWS::DynamoDB::Table":
            continue
        properties = definition.get("Properties") or {}
        schemas = [properties.get("KeySchema")]
        for indexes in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
            for index in properties.get(indexes) or ():
                if type(index) is dict:
                    schemas.append(index.get("KeySchema"))
        used = {
            key.get("AttributeName")
            for schema in schemas
            if type(schema) is list
            for key in schema
            if type(key) is dict
        }
        definitions = properties.get("AttributeDefinitions")
        defined = {item.get("AttributeName") for item in definitions or () if type(item) is dict}
        if not all(type(name) is str for name in used | defined):
            continue  # names from tokens are left to CloudFormation
        missing = sorted(cast("set[str]", used - defined))
        unused = sorted(cast("set[str]", defined - used))
        parts = []
        if missing:
            parts.append(f"missing definitions: [{', '.join(missing)}]")
        if unused:
            parts.append(f"unused definitions: [{', '.join(unused)}]")
        if parts:
            found.append((logical_id, "; ".join(parts)))
    return found


def _access_controls(resources: Mapping[str, Any]) -> dict[str, bool]:
    """The buckets with an ACL (`AccessControl`), which S3 has deprecated for bucket policies, each with
    whether it lacks the object ownership rule an ACL other than `Private` needs."""
    found: dict[str, bool] = {}
    for logical_id, definition in resources.items():
        if type(definition) is not dict or definition.get("Type") != "AWS::S3::Bucket":
            continue
        properties = definition.get("Properties") or {}
        if "AccessControl" not in properties:
            continue
        ownership = properties.get("OwnershipControls")
        rules = ownership.get("Rules") if type(ownership) is dict else None
        found[logical_id] = properties["AccessControl"] != "Private" and not rules
    return found


def _duplicate_description(duplicate: DuplicateIdentifier) -> tuple[str, str]:
    """The property path of the finding and its description, in the words of aws-cdk-lib's validator."""
    resources = "{" + ", ".join(f"'{logical_id}'" for logical_id in sorted(duplicate.logical_ids)) + "}"
    names, values = duplicate.names, duplicate.shown_values
    where = f"Properties.{names[0]}" if len(names) == 1 else "Properties"
    if duplicate.resource_type == "AWS::S3::BucketPolicy" and names == ("Bucket",):
        return where, (
            f"Bucket: Only one AWS::S3::BucketPolicy resource can target a given bucket; resources "
            f"{resources} all target bucket '{values[0]}'"
        )
    identifier = (
        "{" + ", ".join(f"'{name}': '{value}'" for name, value in zip(names, values, strict=True)) + "}"
    )
    return where, (
        f"{where.rsplit('.', 1)[-1]}: Primary identifiers {identifier} should have unique values across "
        f"the resources {resources}"
    )


def _acknowledged(finding: Finding) -> Finding:
    """`finding`, with where it was acknowledged and why, when it was (on its construct or above)."""
    from ..validations import Validations  # deferred: only a template with findings needs it

    key = Validations.ACKNOWLEDGED_RULES_METADATA_KEY
    for scope in reversed(finding.construct.node.scopes):
        for entry in scope.node.metadata:
            if entry.type == key and finding.rule_id in entry.data:
                return Finding(
                    rule=finding.rule,
                    category=finding.category,
                    description=finding.description,
                    construct=finding.construct,
                    template_file=finding.template_file,
                    logical_id=finding.logical_id,
                    property_path=finding.property_path,
                    suggested_fix=finding.suggested_fix,
                    acknowledged_at=scope,
                    reason=str(entry.data[finding.rule_id]),
                )
    return finding


# --- circular dependencies -------------------------------------------------------------------------


def _cycles(resources: Mapping[str, Any], with_sub: set[str] | None = None) -> list[tuple[str, list[str]]]:
    """The resources on a circle of dependencies, in template order, each with its circle (`[A, B, A]`);
    adds to `with_sub` the resources whose properties hold an `Fn::Sub` (this walk meets each of them).

    As aws-cdk-lib's validator reports them: from each resource, a depth-first search (through the
    dependencies in the order `_dependencies` gives) stops at the first circle it meets; the resource is
    reported when that circle goes through it.
    """
    graph: dict[str, dict[str, None]] = {}
    for name, definition in resources.items():
        targets = graph[name] = _dependencies(definition, resources)
        if _HOLDS_SUB in targets:
            del targets[_HOLDS_SUB]
            if with_sub is not None:
                with_sub.add(name)
    if not _may_have_cycles(graph):
        return []
    successors = {name: list(targets) for name, targets in graph.items()}
    # Linear; the searches below run only from resources on circles (a template CloudFormation refuses),
    # each over what it reaches.
    on_cycles = _nodes_on_cycles(successors)
    found = []
    for name in successors:
        if name in on_cycles:
            cycle = _first_cycle_from(successors, name)
            if cycle is not None and cycle[0] == name:
                found.append((name, cycle))
    return found


def _dependencies(definition: Any, resources: Mapping[str, Any]) -> dict[str, None]:
    """The resources `definition` depends on, as the keys, in the order aws-cdk-lib's validator follows
    them: its `DependsOn`, then the resources its properties name (`Ref`, `${Name}` in `Fn::Sub`), then
    those whose attributes they read (`Fn::GetAtt`, `${Name.Attribute}`), each group in document order.
    """
    found: dict[str, None] = {}
    # The `type` test first: a test against an abstract base class costs more, on every resource.
    if type(definition) is dict or isinstance(definition, Mapping):
        depends_on = definition.get("DependsOn")
        if depends_on is not None:
            for name in [depends_on] if isinstance(depends_on, str) else depends_on or ():
                if name in resources:
                    found[name] = None
        properties = definition.get("Properties")
        if type(properties) is dict or type(properties) is list:
            named: dict[str, None] = {}
            read: dict[str, None] = {}
            _references(properties, resources, named, read, 0)
            found.update(named)
            found.update(read)
    return found


# Deeper values are walked without recursion, so that no template meets the interpreter's recursion
# limit; real templates nest a few levels.
_RECURSIVE_NESTING = 100


def _references(
    value: Any, resources: Mapping[str, Any], named: dict[str, None], read: dict[str, None], depth: int
) -> None:
    """Add the resources `value` names to `named` and those whose attributes it reads to `read`, in
    document order.

    Recursive, the cheapest walk in CPython: one call per dict or list, none per other value.
    """
    if depth >= _RECURSIVE_NESTING:
        _references_iteratively(value, resources, named, read)
        return
    kind = type(value)
    if kind is dict:
        if len(value) == 1:
            if "Ref" in value:
                target = value["Ref"]
                if type(target) is str and target in resources:
                    named[target] = None
                return
            if "Fn::GetAtt" in value:
                argument = value["Fn::GetAtt"]
                # The common form, `["A", "Arn"]`, with nothing more to walk.
                if type(argument) is list and len(argument) == 2:
                    target, attribute = argument
                    if type(target) is str and type(attribute) is str:
                        if target in resources:
                            read[target] = None
                        return
                _add_get_att_reference(argument, resources, read)
                _references(argument, resources, named, read, depth + 1)
                return
            if "Fn::Sub" in value:
                variables = _add_sub_references(value["Fn::Sub"], resources, named, read)
                _references(variables, resources, named, read, depth + 1)
                return
        children: Iterable[Any] = value.values()
    elif kind is list:
        children = value
    else:
        return
    depth += 1
    for child in children:
        kind = type(child)
        if kind is dict or kind is list:
            _references(child, resources, named, read, depth)


def _references_iteratively(
    value: Any, resources: Mapping[str, Any], named: dict[str, None], read: dict[str, None]
) -> None:
    """`_references`, with an explicit stack instead of recursion."""
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is list:
            pending.extend([v for v in reversed(item) if type(v) is dict or type(v) is list])
            continue
        if kind is not dict:
            continue
        if len(item) == 1:
            if "Ref" in item:
                target = item["Ref"]
                if type(target) is str and target in resources:
                    named[target] = None
                continue
            if "Fn::GetAtt" in item:
                argument = item["Fn::GetAtt"]
                _add_get_att_reference(argument, resources, read)
                pending.append(argument)
                continue
            if "Fn::Sub" in item:
                pending.append(_add_sub_references(item["Fn::Sub"], resources, named, read))
                continue
        pending.extend([v for v in reversed(item.values()) if type(v) is dict or type(v) is list])


def _add_get_att_reference(argument: Any, resources: Mapping[str, Any], read: dict[str, None]) -> None:
    """Add the resource of `{"Fn::GetAtt": argument}` (`"A.B"` or `["A", "B"]`) to `read`."""
    target = argument.split(".", 1)[0] if type(argument) is str else None
    if type(argument) is list and argument and type(argument[0]) is str:
        target = argument[0]
    if target in resources:
        read[cast("str", target)] = None


# Noted among the resources a resource names when it holds an `Fn::Sub` (no logical ID has a colon).
_HOLDS_SUB = "Fn::Sub"


def _add_sub_references(
    argument: Any, resources: Mapping[str, Any], named: dict[str, None], read: dict[str, None]
) -> Any:
    """Add the resources the text of `{"Fn::Sub": argument}` names (`${A}`) to `named` and those whose
    attributes it reads (`${A.B}`) to `read`, and `_HOLDS_SUB` to `named`; return its variables map, still
    to walk."""
    named[_HOLDS_SUB] = None
    text, variables = (argument, {}) if type(argument) is str else (argument[0], argument[1])
    if type(text) is str:
        for match in _SUB_REFERENCE.finditer(text):
            target, dot, _ = match.group(1).partition(".")
            if target in resources and target not in variables:
                (read if dot else named)[target] = None
    return variables


# A cheap test first: most templates have no circle, and these rounds prove it faster than Tarjan's
# algorithm does; a circle, or a chain of dependencies deeper than the rounds, is left to it.
_PEELING_ROUNDS = 8


def _may_have_cycles(graph: Mapping[str, dict[str, None]]) -> bool:
    """False when `graph` has no cycle: removing, round after round, every node with no successor left
    empties it (a node on a cycle is never removed)."""
    remaining = {node: successors for node, successors in graph.items() if successors}
    for _ in range(_PEELING_ROUNDS):
        if not remaining:
            return False
        kept = remaining.keys()
        peeled = {
            node: successors for node, successors in remaining.items() if not kept.isdisjoint(successors)
        }
        if len(peeled) == len(remaining):
            # Every node left has a successor left: there is a cycle.
            return True
        remaining = peeled
    return bool(remaining)


def _nodes_on_cycles(graph: Mapping[str, list[str]]) -> set[str]:
    """The nodes of strongly connected components with a cycle (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: set[str] = set()
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            successors = graph[node]
            if position < len(successors):
                work.append((node, position + 1))
                successor = successors[position]
                if successor not in index:
                    work.append((successor, 0))
                elif successor in on_stack:
                    low[node] = min(low[node], index[successor])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    result.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return result


def _first_cycle_from(graph: Mapping[str, list[str]], source: str) -> list[str] | None:
    """The first circle a depth-first search from `source` meets (`[A, B, A]`), or None."""
    path: list[str] = [source]
    on_path = {source}
    visited = {source}
    positions = [0]
    while path:
        node = path[-1]
        successors = graph[node]
        position = positions[-1]
        if position == len(successors):
            path.pop()
            positions.pop()
            on_path.discard(node)
            continue
        positions[-1] = position + 1
        successor = successors[position]
        if successor in on_path:
            return [*path[path.index(successor) :], successor]
        if successor not in visited:
            visited.add(successor)
            path.append(successor)
            on_path.add(successor)
            positions.append(0)
    return None


def _has_rule_type(definition: Any) -> bool:
    return type(definition) is dict and definition.get("Type") in TYPES_OF_RESOURCE_RULES
