"""The L1 `from_<resource>_arn` factories that parse an ARN, against what aws-cdk-lib returned for the
same ARNs (the `from_arn` observations in codegen/references.json)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations.aws_dynamodb import CfnTable
from apigwv2_integrations.core.errors import ValidationError
from apigwv2_integrations.core.resource import Resource
from apigwv2_integrations.core.stack import Stack
from apigwv2_integrations.core.tokens.fn import Fn

REFERENCES = Path(__file__).resolve().parents[2] / "codegen" / "references.json"
_TYPES: dict[str, Any] = json.loads(REFERENCES.read_text(encoding="utf-8"))["types"]


def _l1_class(type_name: str) -> Any:
    """The generated class of a CloudFormation type, found through its service package."""
    service = importlib.import_module(f"apigwv2_integrations.cfn.aws_{type_name.split('::')[1].lower()}")
    for name in service.__all__:
        cls = getattr(service, name)
        if getattr(cls, "CFN_RESOURCE_TYPE_NAME", None) == type_name:
            return cls
    raise LookupError(type_name)


def _observations() -> list[Any]:
    cases = []
    for type_name, entry in sorted(_TYPES.items()):
        for factory, recorded in sorted(entry.get("from_arn", {}).items()):
            for example in recorded["examples"]:
                case = (
                    type_name,
                    factory,
                    entry["property"],
                    recorded["template"],
                    example["arn"],
                    example["fields"],
                )
                cases.append(pytest.param(*case, id=f"{factory}:{example['arn']}"))
    return cases


def _arn_factories() -> list[Any]:
    return [
        pytest.param(type_name, factory, recorded["template"], id=factory)
        for type_name, entry in sorted(_TYPES.items())
        for factory, recorded in sorted(entry.get("from_arn", {}).items())
    ]


def test_every_arn_factory_aws_cdk_lib_has_is_recorded() -> None:
    assert len(_arn_factories()) == 52


@pytest.mark.parametrize(
    ("type_name", "factory", "ref_property", "template", "arn", "fields"), _observations()
)
def test_arn_factory_returns_the_fields_aws_cdk_lib_returns(
    stack: Stack, type_name: str, factory: str, ref_property: str, template: str, arn: str, fields: Any
) -> None:
    make = getattr(_l1_class(type_name), factory)
    if fields == "error":
        with pytest.raises(ValidationError) as caught:
            make(stack, "Imported", arn)
        assert (
            str(caught.value)
            == f"Test/Imported: arn={arn!r} does not match {template}; pass an ARN of that form"
        )
        return
    imported = make(stack, "Imported", arn)
    assert isinstance(imported, Resource)
    reference = getattr(imported, ref_property)
    assert {name: getattr(reference, name) for name in fields} == fields


@pytest.mark.parametrize(("type_name", "factory", "template"), _arn_factories())
def test_arn_factory_rejects_a_token_as_aws_cdk_lib_does(
    stack: Stack, type_name: str, factory: str, template: str
) -> None:
    arn = Fn.import_value("arn")
    with pytest.raises(ValidationError) as caught:
        getattr(_l1_class(type_name), factory)(stack, "Imported", arn)
    assert str(caught.value) == (
        f"Test/Imported: arn={arn!r} is an unresolved token, which {factory} cannot parse; "
        f"pass a literal ARN of the form {template}"
    )


def test_arn_factory_takes_the_environment_of_the_arn(stack: Stack) -> None:
    table = CfnTable.from_table_arn(stack, "Table", "arn:aws:dynamodb:eu-west-1:111122223333:table/books")
    assert table.table_ref.table_name == "books"
    assert (table.env.region, table.env.account) == ("eu-west-1", "111122223333")


def test_arn_factory_names_the_arn_that_does_not_match(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        CfnTable.from_table_arn(stack, "Table", "arn:aws:dynamodb:eu-west-1:111122223333:stream/books")
    assert str(caught.value) == (
        "Test/Table: arn='arn:aws:dynamodb:eu-west-1:111122223333:stream/books' does not match "
        "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}; pass an ARN of that form"
    )
