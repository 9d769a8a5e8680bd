"""JsonPath: references to the state's input, the execution context and intrinsic functions."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.json import JsonNull
from ..core.tokens.token import IResolvable, Token
from ._json_path import JsonPathToken, json_path_from_any, render_in_expression, render_object

if TYPE_CHECKING:
    from typing import Any

_INTRINSICS = tuple(
    f"States.{name}"
    for name in (
        "Array",
        "ArrayPartition",
        "ArrayContains",
        "ArrayRange",
        "ArrayGetItem",
        "ArrayLength",
        "ArrayUnique",
        "Base64Encode",
        "Base64Decode",
        "Hash",
        "JsonMerge",
        "StringToJson",
        "JsonToString",
        "MathRandom",
        "MathAdd",
        "StringSplit",
        "UUID",
        "Format",
    )
)


def _check_json_path(path: str) -> None:
    if path.startswith("$") or path.startswith(_INTRINSICS):
        return
    raise ValidationError(
        None,
        f"path={path!r} is not a JSON path; use '$', '$$', a path starting with '$', '$$.' or '$[', "
        f"or an intrinsic function ({', '.join(_INTRINSICS[:-1])}, or {_INTRINSICS[-1]})",
    )


def _check_data_path(path: str) -> None:
    if not path.startswith("$"):
        raise ValidationError(
            None, f"path={path!r} is not a data JSON path; use '$' or a path starting with '$'"
        )


def _check_context_path(path: str) -> None:
    if path != "$$" and not path.startswith("$$."):
        raise ValidationError(
            None, f"path={path!r} is not a context JSON path; use '$$' or a path starting with '$$.'"
        )


def _path(path: str) -> str:
    return JsonPathToken(path).to_string()


def _call(function: str, *arguments: Any) -> str:
    return _path(f"States.{function}({', '.join(render_in_expression(a) for a in arguments)})")


class _ClassProperty:
    def __init__(self, path: str) -> None:
        self._path = path

    def __get__(self, instance: object, owner: type) -> str:
        return _path(self._path)


class JsonPath:
    """Values read from the state's input or the execution context when the state runs."""

    DISCARD = Token.as_string(JsonNull.INSTANCE, display_hint="DISCARD (JSON `null`)")
    """Discard the value: `result_path=JsonPath.DISCARD` renders `"ResultPath": null`."""

    @staticmethod
    def string_at(path: str) -> str:
        """The string at `path` (`$.name`, `$$.Execution.Id`, or an intrinsic function call)."""
        _check_json_path(path)
        return _path(path)

    @staticmethod
    def list_at(path: str) -> list[str]:
        """The list at `path`."""
        _check_data_path(path)
        return Token.as_list(JsonPathToken(path))

    @staticmethod
    def number_at(path: str) -> float:
        """The number at `path`."""
        _check_json_path(path)
        return Token.as_number(JsonPathToken(path))

    @staticmethod
    def object_at(path: str) -> IResolvable:
        """The object at `path`."""
        _check_json_path(path)
        return JsonPathToken(path)

    entire_payload = _ClassProperty("$")
    """The whole input of the state."""
    entire_context = _ClassProperty("$$")
    """The whole context object."""
    execution_id = _ClassProperty("$$.Execution.Id")
    """The execution's ARN."""
    execution_input = _ClassProperty("$$.Execution.Input")
    """The execution's input."""
    execution_name = _ClassProperty("$$.Execution.Name")
    """The execution's name."""
    execution_role_arn = _ClassProperty("$$.Execution.RoleArn")
    """The execution's role ARN."""
    execution_start_time = _ClassProperty("$$.Execution.StartTime")
    """When the execution started."""
    state_entered_time = _ClassProperty("$$.State.EnteredTime")
    """When the current state was entered."""
    state_name = _ClassProperty("$$.State.Name")
    """The current state's name."""
    state_retry_count = _ClassProperty("$$.State.RetryCount")
    """How many times the current state was retried."""
    state_machine_id = _ClassProperty("$$.StateMachine.Id")
    """The state machine's ARN."""
    state_machine_name = _ClassProperty("$$.StateMachine.Name")
    """The state machine's name."""
    task_token = _ClassProperty("$$.Task.Token")
    """The task token of a callback task."""

    @staticmethod
    def is_encoded_json_path(value: str) -> bool:
        """True when `value` is a JSON path token."""
        return bool(json_path_from_any(value))

    @staticmethod
    def array(*values: str) -> str:
        """`States.Array(...)`."""
        return _call("Array", *values)

    @staticmethod
    def array_partition(array: Any, chunk_size: float) -> str:
        """`States.ArrayPartition(array, chunkSize)`."""
        return _call("ArrayPartition", array, chunk_size)

    @staticmethod
    def array_contains(array: Any, value: Any) -> str:
        """`States.ArrayContains(array, value)`."""
        return _call("ArrayContains", array, value)

    @staticmethod
    def array_range(start: float, end: float, step: float) -> str:
        """`States.ArrayRange(start, end, step)`."""
        return _call("ArrayRange", start, end, step)

    @staticmethod
    def array_get_item(array: Any, index: float) -> str:
        """`States.ArrayGetItem(array, index)`."""
        return _call("ArrayGetItem", array, index)

    @staticmethod
    def array_length(array: Any) -> str:
        """`States.ArrayLength(array)`."""
        return _call("ArrayLength", array)

    @staticmethod
    def array_unique(array: Any) -> str:
        """`States.ArrayUnique(array)`."""
        return _call("ArrayUnique", array)

    @staticmethod
    def base64_encode(input: str) -> str:  # noqa: A002 - aws_cdk's keyword
        """`States.Base64Encode(input)`."""
        return _call("Base64Encode", input)

    @staticmethod
    def base64_decode(base64: str) -> str:
        """`States.Base64Decode(base64)`."""
        return _call("Base64Decode", base64)

    @staticmethod
    def hash(data: Any, algorithm: str) -> str:
        """`States.Hash(data, algorithm)`."""
        return _call("Hash", data, algorithm)

    @staticmethod
    def json_merge(value1: Any, value2: Any) -> str:
        """`States.JsonMerge(value1, value2, false)`."""
        arguments = ", ".join(render_in_expression(v) for v in (value1, value2))
        return _path(f"States.JsonMerge({arguments}, false)")

    @staticmethod
    def math_random(start: float, end: float) -> str:
        """`States.MathRandom(start, end)`."""
        return _call("MathRandom", start, end)

    @staticmethod
    def math_add(num1: float, num2: float) -> str:
        """`States.MathAdd(num1, num2)`."""
        return _call("MathAdd", num1, num2)

    @staticmethod
    def string_split(input_string: str, splitter: str) -> str:
        """`States.StringSplit(inputString, splitter)`."""
        return _call("StringSplit", input_string, splitter)

    @staticmethod
    def uuid() -> str:
        """`States.UUID()`."""
        return _path("States.UUID()")

    @staticmethod
    def format(format_string: str, *values: str) -> str:
        """`States.Format(formatString, ...values)`."""
        return _call("Format", format_string, *values)

    @staticmethod
    def string_to_json(json_string: str) -> IResolvable:
        """`States.StringToJson(jsonString)`."""
        return JsonPathToken(f"States.StringToJson({render_in_expression(json_string)})")

    @staticmethod
    def json_to_string(value: Any) -> str:
        """`States.JsonToString(path)`; `value` must be a JSON path."""
        path = json_path_from_any(value)
        if not path:
            raise ValidationError(
                None, f"value={value!r} is not a JSON path; pass JsonPath.object_at('$.field') or similar"
            )
        return _path(f"States.JsonToString({path})")


class Data:
    """Values from the state's input (aws_cdk keeps it as the older name of JsonPath)."""

    @staticmethod
    def string_at(path: str) -> str:
        """The string at `path`."""
        _check_data_path(path)
        return _path(path)

    @staticmethod
    def list_at(path: str) -> list[str]:
        """The list at `path`."""
        _check_data_path(path)
        return Token.as_list(JsonPathToken(path))

    @staticmethod
    def number_at(path: str) -> float:
        """The number at `path`."""
        _check_data_path(path)
        return Token.as_number(JsonPathToken(path))

    entire_payload = _ClassProperty("$")
    """The whole input of the state."""

    @staticmethod
    def is_json_path_string(value: str) -> bool:
        """True when `value` is a JSON path token."""
        return bool(json_path_from_any(value))


class Context:
    """Values from the execution context (aws_cdk keeps it as the older name of JsonPath)."""

    @staticmethod
    def string_at(path: str) -> str:
        """The string at `path`."""
        _check_context_path(path)
        return _path(path)

    @staticmethod
    def number_at(path: str) -> float:
        """The number at `path`."""
        _check_context_path(path)
        return Token.as_number(JsonPathToken(path))

    task_token = _ClassProperty("$$.Task.Token")
    """The task token of a callback task."""
    entire_context = _ClassProperty("$$")
    """The whole context object."""


class FieldUtils:
    """Render objects whose values may be JSON paths."""

    @staticmethod
    def render_object(obj: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        """`obj` with JSON-path values under `Key.$` keys."""
        return render_object(obj)

    @staticmethod
    def find_referenced_paths(obj: Mapping[str, Any] | None = None) -> list[str]:
        """The JSON paths `obj` references, sorted."""
        found: set[str] = set()

        def visit(value: Any) -> None:
            if isinstance(value, Mapping):
                for item in value.values():
                    visit(item)
            elif isinstance(value, (list, tuple)):
                path = json_path_from_any(list(value)) if all(isinstance(v, str) for v in value) else None
                if path:
                    found.add(path)
                else:
                    for item in value:
                        visit(item)
            else:
                path = json_path_from_any(value)
                if path:
                    found.add(path)

        visit(obj or {})
        return sorted(found)

    @staticmethod
    def contains_task_token(obj: Mapping[str, Any] | None = None) -> bool:
        """True when `obj` references the task token."""
        paths = set(FieldUtils.find_referenced_paths(obj))
        return bool(paths & {"$$.Task.Token", "$$.Task", "$$"})
