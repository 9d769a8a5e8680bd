"""Record how aws-cdk-lib's L1 classes refer to themselves, as data for generate_l1.py.

Run with a Python that has aws-cdk-lib installed (the version in references.json):

    python codegen/probe_references.py > codegen/references.json

For every ``Cfn*`` class of the services in services.txt it builds the resource in a stack with each
required property set to a marker token (``Fn::ImportValue`` of ``prop:<name>``), then resolves:

- each field of ``<resource>_ref``: ``["ref"]`` (the resource's ``Ref``), ``["ref_part", i]``
  (part ``i`` of ``Ref`` split at ``|``), ``["property", name]`` (the property given), or
  ``["attribute", GetAtt name]``;
- each ``arn_for_<resource>`` applied to the resource itself: the ARN as a template, ``${Partition}``,
  ``${Region}``, ``${Account}`` for the stack's pseudo parameters and ``${<field>}`` for a field of the
  reference;
- the names and parameters of the ``from_*`` factories, and for each the template of every field of the
  reference it returns, over its parameters (``from_templates``);
- for the factories that parse an ARN (``from_<resource>_arn``, where the marker token is rejected): the
  template aws-cdk-lib parses the ARN with (quoted by its error for the token), each field as a template
  over the template's variables and the parameter ``arn``, and examples: the fields aws-cdk-lib returns
  for literal ARNs, ``"error"`` for one that does not match, and ``"token": "error"``: aws-cdk-lib
  rejects an unresolved ARN (``from_arn``).

Only observed values are recorded; nothing of aws-cdk-lib's source is read.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import inspect
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aws_cdk as cdk

SERVICES = Path(__file__).with_name("services.txt")


def _marker(name: str) -> str:
    return cdk.Fn.import_value(f"prop:{name}")


def _value_for(name: str, annotation: str) -> Any:
    text = str(annotation)
    if text.startswith(("typing.Sequence[", "typing.List[")) and "builtins.str" in text.split("[", 1)[1][:60]:
        return cdk.Token.as_list(cdk.Fn.split(",", _marker(name)))
    if text in ("builtins.str",):
        return _marker(name)
    if text in ("jsii.Number", "builtins.int", "builtins.float", "typing.Union[int, float]"):
        return cdk.Token.as_number(_marker(name))
    if "builtins.str" in text and "IResolvable" not in text:
        return _marker(name)
    return cdk.Token.as_any(_marker(name))


def _field_source(stack: cdk.Stack, logical_id: str, value: Any) -> Any:
    resolved = stack.resolve(value)
    if resolved == {"Ref": logical_id}:
        return ["ref"]
    if isinstance(resolved, dict) and "Fn::ImportValue" in resolved:
        return ["property", str(resolved["Fn::ImportValue"])[len("prop:") :]]
    if isinstance(resolved, dict) and "Fn::GetAtt" in resolved:
        return ["attribute", resolved["Fn::GetAtt"][1]]
    if isinstance(resolved, dict) and "Fn::Select" in resolved:
        index, inner = resolved["Fn::Select"]
        if inner == {"Fn::Split": ["|", {"Ref": logical_id}]}:
            return ["ref_part", index]
    return ["unknown", resolved]


_PSEUDO = {"AWS::Partition": "Partition", "AWS::Region": "Region", "AWS::AccountId": "Account"}


def _join_template(resolved: Any, name_of: Callable[[Any], str | None]) -> str | None:
    """`resolved` (a string or an Fn::Join) as a template: literal text with `$` doubled, `${Partition}`,
    `${Region}`, `${Account}` for the pseudo parameters and `${<name_of(part)>}` for any other part; None
    when `name_of` gives None for a part."""
    parts = resolved["Fn::Join"][1] if isinstance(resolved, dict) and "Fn::Join" in resolved else [resolved]
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part.replace("$", "$$"))
        elif isinstance(part, dict) and part.get("Ref") in _PSEUDO:
            out.append("${" + _PSEUDO[part["Ref"]] + "}")
        else:
            name = name_of(part)
            if name is None:
                return None
            out.append("${" + name + "}")
    return "".join(out)


def _arn_template(stack: cdk.Stack, value: str, fields: dict[str, Any]) -> Any:
    resolved = stack.resolve(value)
    by_value = {json.dumps(stack.resolve(v), sort_keys=True): k for k, v in fields.items()}
    template = _join_template(resolved, lambda part: by_value.get(json.dumps(part, sort_keys=True)))
    return ["unknown", resolved] if template is None else template


def probe_class(module: Any, class_name: str) -> dict[str, Any] | None:
    cls = getattr(module, class_name)
    ref_props = [n for n, v in list(vars(cls).items()) if n.endswith("_ref") and isinstance(v, property)]
    if len(ref_props) != 1:
        return None
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    signature = inspect.signature(cls.__init__)
    kwargs = {
        name: _value_for(name, parameter.annotation)
        for name, parameter in signature.parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is inspect.Parameter.empty
    }
    resource = cls(stack, "R", **kwargs)
    logical_id = stack.resolve(resource.logical_id)
    reference = getattr(resource, ref_props[0])
    field_names = [n for n, v in vars(type(reference)).items() if isinstance(v, property)]
    fields = {name: getattr(reference, name) for name in field_names}
    entry: dict[str, Any] = {
        "struct": type(reference).__name__,
        "property": ref_props[0],
        "fields": [[name, *_field_source(stack, logical_id, fields[name])] for name in field_names],
    }
    arns = {}
    for name, value in list(vars(cls).items()):
        if name.startswith("arn_for_") and isinstance(value, staticmethod | classmethod):
            arns[name] = _arn_template(stack, getattr(cls, name)(resource), fields)
    if arns:
        entry["arn_for"] = arns
    factories = {}
    templates = {}
    arn_factories = {}
    for name, value in list(vars(cls).items()):
        if name.startswith("from_") and isinstance(value, staticmethod | classmethod):
            parameters = list(inspect.signature(getattr(cls, name)).parameters)[2:]
            factories[name] = parameters
            template = _factory_template(stack, getattr(cls, name), ref_props[0], field_names, parameters)
            if template is not None:
                templates[name] = template
            elif parameters == ["arn"]:
                parsed = _arn_factory(stack, getattr(cls, name), ref_props[0], field_names)
                if parsed is not None:
                    arn_factories[name] = parsed
    if factories:
        entry["from"] = factories
    if templates:
        entry["from_templates"] = templates
    if arn_factories:
        entry["from_arn"] = arn_factories
    return entry


_SAMPLE = {"Partition": "aws", "Region": "us-east-1", "Account": "123456789012"}
_OTHER_SAMPLE = {"Partition": "aws-cn", "Region": "cn-north-1", "Account": "111122223333"}
_VARIABLE = re.compile(r"\$\{(\w+)\}")


def _sample_arns(template: str) -> list[str]:
    """Literal ARNs of ``template``: plain values; other partition, region and account with a last
    variable holding ``/`` and ``:``; and one of another service, which does not match."""
    last = _VARIABLE.findall(template)[-1]
    plain = _VARIABLE.sub(lambda m: _SAMPLE.get(m.group(1), m.group(1).lower() + "-1"), template)
    other = _VARIABLE.sub(
        lambda m: _OTHER_SAMPLE.get(m.group(1), "a/b:c" if m.group(1) == last else m.group(1).lower() + "-2"),
        template,
    )
    return [plain, other, "arn:aws:sns:us-east-1:123456789012:not-this-service"]


def _arn_factory(
    stack: cdk.Stack, factory: Any, ref_property: str, field_names: list[str]
) -> dict[str, Any] | None:
    """How a factory that parses an ARN builds each field, observed by calling it; None if it does not."""
    try:
        factory(stack, f"Probe{len(stack.node.children)}", _marker("arn"))
    except Exception as error:
        match = re.search(r"does not match template (\S+)", str(error))
        if match is None:
            return None
        template = match.group(1)
    else:
        return None
    examples: list[dict[str, Any]] = []
    for arn in _sample_arns(template):
        try:
            imported = factory(stack, f"Probe{len(stack.node.children)}", arn)
        except Exception:
            examples.append({"arn": arn, "fields": "error"})
            continue
        reference = getattr(imported, ref_property)
        examples.append({"arn": arn, "fields": {name: getattr(reference, name) for name in field_names}})
    plain = _SAMPLE | {v: v.lower() + "-1" for v in _VARIABLE.findall(template) if v not in _SAMPLE}
    by_value = {value: "${" + name + "}" for name, value in plain.items()}
    by_value[examples[0]["arn"]] = "${arn}"
    fields = examples[0]["fields"]
    if not isinstance(fields, dict) or any(value not in by_value for value in fields.values()):
        return None
    return {
        "template": template,
        "fields": {name: by_value[value] for name, value in fields.items()},
        "examples": examples,
        "token": "error",
    }


def _factory_template(
    stack: cdk.Stack, factory: Any, ref_property: str, field_names: list[str], parameters: list[str]
) -> dict[str, Any] | None:
    """Each reference field of what ``factory`` returns, as a template over its parameters, or None."""
    markers = {name: _marker(name) for name in parameters}
    try:
        imported = factory(stack, f"Probe{len(stack.node.children)}", *markers.values())
    except Exception:
        return None
    reference = getattr(imported, ref_property)
    fields = {f"prop:{name}": name for name in parameters}
    out = {}
    for name in field_names:
        template = _arn_template(stack, getattr(reference, name), {})
        if not isinstance(template, str):
            template = _marker_template(stack.resolve(getattr(reference, name)), fields)
        if template is None:
            return None
        out[name] = template
    return out


def _marker_template(resolved: Any, markers: dict[str, str]) -> str | None:
    return _join_template(
        resolved, lambda part: markers.get(part.get("Fn::ImportValue")) if isinstance(part, dict) else None
    )


def main() -> int:
    services = [
        line.strip()
        for line in SERVICES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    out: dict[str, Any] = {"aws-cdk-lib": importlib.metadata.version("aws-cdk-lib"), "types": {}}
    for service in services:
        module = importlib.import_module(f"aws_cdk.aws_{service.lower()}")
        for class_name in sorted(n for n in dir(module) if n.startswith("Cfn")):
            cls = getattr(module, class_name)
            type_name = getattr(cls, "CFN_RESOURCE_TYPE_NAME", None)
            if not isinstance(type_name, str) or not inspect.isclass(cls):
                continue
            try:
                entry = probe_class(module, class_name)
            except Exception as error:
                print(f"{type_name}: {error}", file=sys.stderr)
                continue
            if entry is not None:
                out["types"][type_name] = entry
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
