"""JsonMutatorProcessor: each JSON change as aws-cdk-lib renders it (overwrite_if_exists and flatten
default to False), and the options each type needs."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.core.struct import fields_of
from tests.aws_logs.transformer.rendering import rendered_config


def test_every_json_change_renders(stack: Stack) -> None:
    assert rendered_config(
        stack,
        [
            logs.ParserProcessor(type=logs.ParserProcessorType.JSON),
            logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.ADD_KEYS,
                add_keys_options=logs.AddKeysProperty(
                    entries=[
                        logs.AddKeyEntryProperty(key="env", value="prod"),
                        {"key": "team", "value": "payments", "overwrite_if_exists": True},
                    ]
                ),
            ),
            logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.DELETE_KEYS,
                delete_keys_options=logs.ProcessorDeleteKeysProperty(with_keys=["password"]),
            ),
            logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.MOVE_KEYS,
                move_keys_options={"entries": [logs.MoveKeyEntryProperty(source="user.id", target="userId")]},
            ),
            logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.RENAME_KEYS,
                rename_keys_options=logs.RenameKeysProperty(
                    entries=[
                        logs.RenameKeyEntryProperty(key="msg", rename_to="message", overwrite_if_exists=False)
                    ]
                ),
            ),
            logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.COPY_VALUE,
                copy_value_options=logs.CopyValueProperty(
                    entries=[logs.CopyValueEntryProperty(source="@logGroupName", target="group")]
                ),
            ),
            logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.LIST_TO_MAP,
                list_to_map_options=logs.ListToMapProperty(source="headers", key="name"),
            ),
            logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.LIST_TO_MAP,
                list_to_map_options=logs.ListToMapProperty(
                    source="items",
                    key="k",
                    value_key="v",
                    target="byKey",
                    flatten=True,
                    flattened_element="last",
                ),
            ),
        ],
    ) == [
        {"ParseJSON": {"Source": "@message"}},
        {
            "AddKeys": {
                "Entries": [
                    {"Key": "env", "OverwriteIfExists": False, "Value": "prod"},
                    {"Key": "team", "OverwriteIfExists": True, "Value": "payments"},
                ]
            }
        },
        {"DeleteKeys": {"WithKeys": ["password"]}},
        {"MoveKeys": {"Entries": [{"OverwriteIfExists": False, "Source": "user.id", "Target": "userId"}]}},
        {"RenameKeys": {"Entries": [{"Key": "msg", "OverwriteIfExists": False, "RenameTo": "message"}]}},
        {
            "CopyValue": {
                "Entries": [{"OverwriteIfExists": False, "Source": "@logGroupName", "Target": "group"}]
            }
        },
        {"ListToMap": {"Flatten": False, "Key": "name", "Source": "headers"}},
        {
            "ListToMap": {
                "Flatten": True,
                "FlattenedElement": "last",
                "Key": "k",
                "Source": "items",
                "Target": "byKey",
                "ValueKey": "v",
            }
        },
    ]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.ADD_KEYS, add_keys_options=logs.AddKeysProperty(entries=[])
            ),
            "add_keys_options=AddKeysProperty(entries=()) is empty; type=JsonMutatorType.ADD_KEYS needs at least "
            "one entry, e.g. add_keys_options=AddKeysProperty(entries=[AddKeyEntryProperty(key=..., value=...)])",
        ),
        (
            lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.DELETE_KEYS),
            "delete_keys_options=None is missing; type=JsonMutatorType.DELETE_KEYS needs it: "
            "give delete_keys_options=ProcessorDeleteKeysProperty(with_keys=[...])",
        ),
        (
            lambda: logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.DELETE_KEYS,
                delete_keys_options=logs.ProcessorDeleteKeysProperty(with_keys=[]),
            ),
            "delete_keys_options=ProcessorDeleteKeysProperty(with_keys=()) is empty; type=JsonMutatorType."
            "DELETE_KEYS needs at least one key, e.g. delete_keys_options=ProcessorDeleteKeysProperty(with_keys=[...])",
        ),
        (
            lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.MOVE_KEYS),
            "move_keys_options=None is missing; type=JsonMutatorType.MOVE_KEYS needs it: give "
            "move_keys_options=MoveKeysProperty(entries=[MoveKeyEntryProperty(source=..., target=...)])",
        ),
        (
            lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.RENAME_KEYS),
            "rename_keys_options=None is missing; type=JsonMutatorType.RENAME_KEYS needs it: give "
            "rename_keys_options=RenameKeysProperty(entries=[RenameKeyEntryProperty(key=..., rename_to=...)])",
        ),
        (
            lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.COPY_VALUE),
            "copy_value_options=None is missing; type=JsonMutatorType.COPY_VALUE needs it: give "
            "copy_value_options=CopyValueProperty(entries=[CopyValueEntryProperty(source=..., target=...)])",
        ),
        (
            lambda: logs.JsonMutatorProcessor(type=logs.JsonMutatorType.LIST_TO_MAP),
            "list_to_map_options=None is missing; type=JsonMutatorType.LIST_TO_MAP needs it: give "
            "list_to_map_options=ListToMapProperty(source=..., key=...)",
        ),
        (
            lambda: logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.LIST_TO_MAP,
                list_to_map_options=logs.ListToMapProperty(source="", key="k"),
            ),
            "list_to_map_options.source='' is empty; give the key of the list",
        ),
        (
            lambda: logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.LIST_TO_MAP,
                list_to_map_options=logs.ListToMapProperty(source="s", key=""),
            ),
            "list_to_map_options.key='' is empty; give the field whose values key the map",
        ),
        (
            lambda: logs.JsonMutatorProcessor(
                type=logs.JsonMutatorType.LIST_TO_MAP,
                list_to_map_options=logs.ListToMapProperty(source="s", key="k", flatten=True),
            ),
            "list_to_map_options.flattened_element=None is missing with flatten=True; "
            "give flattened_element='first' or 'last', or drop flatten",
        ),
    ],
)
def test_a_json_mutator_without_the_options_its_type_needs_is_an_error(
    build: Callable[[], object], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        build()
    assert str(error.value) == message


def test_a_json_mutator_shows_its_type() -> None:
    processor = logs.JsonMutatorProcessor(
        type=logs.JsonMutatorType.DELETE_KEYS, delete_keys_options={"with_keys": ["a"]}
    )
    assert processor.type is logs.JsonMutatorType.DELETE_KEYS
    assert repr(processor) == "JsonMutatorProcessor(type=JsonMutatorType.DELETE_KEYS)"


def test_the_constructor_takes_the_keywords_of_its_props() -> None:
    keywords = list(inspect.signature(logs.JsonMutatorProcessor).parameters)
    assert keywords == [f.name for f in fields_of(logs.JsonMutatorProps)]
