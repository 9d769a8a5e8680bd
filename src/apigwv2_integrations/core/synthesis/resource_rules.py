"""The rules of CloudFormation Validate that look into the properties of some resources: F1018 (an
`Fn::Sub` variable that names nothing), W2508 (a security group open to the internet on a sensitive
port) and W9010 (an EC2 instance with a hardcoded AMI). Loaded for templates that have such resources."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..construct import Construct
from ..runtime_typing import TYPE_CHECKING
from ..stack import Stack
from ..tokens.token import Token
from .cloudformation_validate import _SUB_REFERENCE, TYPES_OF_RESOURCE_RULES, Finding

if TYPE_CHECKING:
    from typing import Any, TypeAlias

# The ports the validator calls sensitive when a security group opens them to the whole internet.
_SENSITIVE_PORTS = (22, 3389, 3306, 5432, 1433, 6379, 27017)
_WHOLE_INTERNET = {"CidrIp": "0.0.0.0/0", "CidrIpv6": "::/0"}
_PSEUDO_PARAMETERS = frozenset(
    {
        "AWS::AccountId",
        "AWS::NotificationARNs",
        "AWS::NoValue",
        "AWS::Partition",
        "AWS::Region",
        "AWS::StackId",
        "AWS::StackName",
        "AWS::URLSuffix",
    }
)
# A finding of `_resource_rule_findings`: where in the resource, description, suggested fix.
_RuleFinding: TypeAlias = "tuple[str, str, str | None]"
# The rules of `_resource_rule_findings`: id, category.
_RESOURCE_RULES = (("F1018", "Intrinsic Function"), ("W2508", "Security"), ("W9010", "Security"))


def resource_rule_findings(
    stack: Stack, template: Mapping[str, Any], elements: Mapping[str, Construct], with_sub: set[str]
) -> Iterator[Finding]:
    """F1018, an `Fn::Sub` variable that names nothing of the template; W2508, a security group open to the
    whole internet on a sensitive port; W9010, an EC2 instance with a hardcoded AMI. Each resource's
    findings of a rule come in the order of their descriptions, once each."""
    resources = template.get("Resources") or {}
    parameters = template.get("Parameters") or {}
    mappings = template.get("Mappings") or {}
    region = "us-east-1" if Token.is_unresolved(stack.region) else stack.region
    for logical_id, definition in resources.items():
        if type(definition) is not dict:
            continue
        resource_type = definition.get("Type")
        if logical_id not in with_sub and resource_type not in TYPES_OF_RESOURCE_RULES:
            continue  # most resources: none of the rules applies
        properties = definition.get("Properties")
        if type(properties) is not dict:
            continue
        found: dict[str, list[_RuleFinding]] = {
            # The walk that names each value's path runs only where `_cycles` met an `Fn::Sub`.
            "F1018": (
                _unknown_sub_variables(properties, resources, parameters) if logical_id in with_sub else []
            ),
            "W2508": _open_sensitive_ports(resource_type, properties),
            "W9010": _hardcoded_images(resource_type, properties, mappings, region),
        }
        if not (found["F1018"] or found["W2508"] or found["W9010"]):
            continue
        for rule, category in _RESOURCE_RULES:
            for where, description, fix in sorted(set(found[rule]), key=lambda item: item[1]):
                yield Finding(
                    rule=rule,
                    category=category,
                    description=description,
                    construct=elements.get(logical_id, stack),
                    template_file=stack.template_file,
                    logical_id=logical_id,
                    property_path=where,
                    suggested_fix=fix,
                )


def _unknown_sub_variables(
    properties: Mapping[str, Any], resources: Mapping[str, Any], parameters: Mapping[str, Any]
) -> list[_RuleFinding]:
    found: list[_RuleFinding] = []
    pending: list[tuple[Any, str]] = [(value, name) for name, value in properties.items()]
    while pending:
        value, path = pending.pop()
        if type(value) is dict:
            sub = value.get("Fn::Sub")
            text, variables = (sub[0], sub[1]) if type(sub) is list and len(sub) == 2 else (sub, None)
            if type(text) is str:
                named = variables if type(variables) is dict else {}
                for match in _SUB_REFERENCE.finditer(text):
                    name = match.group(1)
                    known = (
                        name in named
                        or name in parameters
                        or name in _PSEUDO_PARAMETERS
                        or name.split(".", 1)[0] in resources
                    )
                    if not known:
                        found.append(
                            (
                                f"Properties.{path}",
                                f"{path}: Fn::Sub variable '${{{name}}}' does not reference a valid "
                                "resource, parameter, or pseudo-parameter",
                                None,
                            )
                        )
            pending.extend((item, f"{path}.{key}") for key, item in value.items() if key != "Fn::Sub")
            if type(sub) is list and len(sub) == 2 and type(sub[1]) is dict:
                pending.extend((item, f"{path}.Fn::Sub.1.{key}") for key, item in sub[1].items())
        elif type(value) is list:
            pending.extend((item, f"{path}.{index}") for index, item in enumerate(value))
    return found


def _open_sensitive_ports(resource_type: Any, properties: Mapping[str, Any]) -> list[_RuleFinding]:
    if resource_type == "AWS::EC2::SecurityGroup":
        rules = properties.get("SecurityGroupIngress")
        where, prefix = "Properties.SecurityGroupIngress", "SecurityGroupIngress"
        rules = rules if type(rules) is list else []
    elif resource_type == "AWS::EC2::SecurityGroupIngress":
        rules, where, prefix = [properties], "Properties", "Properties"
    else:
        return []
    found: list[_RuleFinding] = []
    for rule in rules:
        if type(rule) is not dict:
            continue
        for key, everywhere in _WHOLE_INTERNET.items():
            if rule.get(key) != everywhere:
                continue
            if str(rule.get("IpProtocol")) == "-1":
                found.extend(
                    (
                        where,
                        f"{prefix}: Security group allows all traffic from {everywhere} - "
                        f"sensitive port {port} is exposed",
                        "Restrict the CIDR range or limit the protocol",
                    )
                    for port in _SENSITIVE_PORTS
                )
                continue
            first, last = _port(rule.get("FromPort")), _port(rule.get("ToPort"))
            if first is None or last is None:
                continue
            found.extend(
                (
                    where,
                    f"{prefix}: Security group allows {everywhere} access to sensitive port {port} "
                    f"(range {first}-{last})",
                    "Restrict the CIDR range to specific IP addresses",
                )
                for port in _SENSITIVE_PORTS
                if first <= port <= last
            )
    return found


def _port(value: Any) -> int | None:
    if type(value) is int:
        return value
    if type(value) is str and value.lstrip("-").isdigit():
        return int(value)
    return None


def _hardcoded_images(
    resource_type: Any, properties: Mapping[str, Any], mappings: Mapping[str, Any], region: str
) -> list[_RuleFinding]:
    """An instance's `ImageId` written out, or read from a mapping with keys known before deployment (the
    validator looks mappings up for its region: the stack's, else us-east-1)."""
    if resource_type != "AWS::EC2::Instance":
        return []
    image = properties.get("ImageId")
    lookup = image.get("Fn::FindInMap") if type(image) is dict and len(image) == 1 else None
    if type(lookup) is list and len(lookup) == 3:
        keys = [region if key == {"Ref": "AWS::Region"} else key for key in lookup]
        table: Any = mappings
        for key in keys:
            table = table.get(key) if type(key) is str and type(table) is dict else None
        image = table
    if type(image) is not str or image.startswith("{{resolve:"):
        return []
    return [
        ("Properties.ImageId", "ImageId: Hardcoded AMI ID - use a parameter or mapping for portability", None)
    ]


# The values each resource attribute takes, for every resource type and for those CloudFormation can snapshot.
