"""What the task states share: their Resource ARNs, the patterns they support and the task token checks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_stepfunctions import FieldUtils, IntegrationPattern, QueryLanguage
from ..core.construct import Construct
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import as_dict
from ..core.tokens.pseudo import Aws
from ..core.type_checks import check_struct_arguments

if TYPE_CHECKING:
    from typing import Any

_RESOURCE_SUFFIXES = {
    IntegrationPattern.REQUEST_RESPONSE: "",
    IntegrationPattern.RUN_JOB: ".sync",
    IntegrationPattern.WAIT_FOR_TASK_TOKEN: ".waitForTaskToken",
}
# What a JSONata expression reads the task token from.
_JSONATA_TASK_CONTEXT = "$states.context.Task"


def integration_resource_arn(service: str, api: str, integration_pattern: IntegrationPattern | None) -> str:
    """The `Resource` of a service integration: `arn:<partition>:states:::<service>:<api>[.sync|...]`."""
    suffix = _RESOURCE_SUFFIXES[integration_pattern or IntegrationPattern.REQUEST_RESPONSE]
    return f"arn:{Aws.PARTITION}:states:::{service}:{api}{suffix}"


def validate_pattern_supported(
    scope: Construct, integration_pattern: IntegrationPattern, supported: Sequence[IntegrationPattern]
) -> None:
    """Raise when the task cannot wait for its service in `integration_pattern`."""
    if integration_pattern in supported:
        return
    allowed = " or ".join(f"IntegrationPattern.{pattern.name}" for pattern in supported)
    raise ValidationError(
        scope,
        f"integration_pattern=IntegrationPattern.{integration_pattern.name} is not supported by "
        f"{type(scope).__name__}; use {allowed}",
    )


def is_jsonata_expression(value: Any) -> bool:
    """True for a string written `{% ... %}`."""
    return isinstance(value, str) and value.startswith("{%") and value.endswith("%}")


def _mentions_jsonata_task_token(value: Any) -> bool:
    if isinstance(value, Mapping):
        return any(_mentions_jsonata_task_token(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(_mentions_jsonata_task_token(item) for item in value)
    return is_jsonata_expression(value) and _JSONATA_TASK_CONTEXT in value


def has_task_token(value: Any) -> bool:
    """True when `value` passes the task token on: `JsonPath.task_token`, or a JSONata expression that reads
    `$states.context.Task`."""
    return FieldUtils.contains_task_token({"value": value}) or _mentions_jsonata_task_token(value)


def require_task_token(scope: Construct, value: Any, prop: str) -> None:
    """Raise when a WAIT_FOR_TASK_TOKEN task does not send the task token in `prop`."""
    if not has_task_token(value):
        raise ValidationError(
            scope,
            f"{prop} does not contain the task token, which integration_pattern="
            "IntegrationPattern.WAIT_FOR_TASK_TOKEN needs; put JsonPath.task_token (JSONPath) or "
            "'{% $states.context.Task.Token %}' (JSONata) in it",
        )


def props_of(
    struct: type,
    scope: Construct,
    id: str,
    props: Mapping[str, Any],
    query_language: QueryLanguage | None = None,
) -> dict[str, Any]:
    """The keywords of a task's `json_path`/`jsonata` factory, checked against its props struct, as keywords
    of the task's constructor (with `query_language` when the factory sets one)."""
    try:
        check_struct_arguments(struct, dict(props))
    except ArgumentTypeError as error:
        # Named after the state the call makes, as the constructor's own check would be.
        place = f"{scope.node.path}/{id}" if scope.node.path else id
        raise ArgumentTypeError(f"{place}: {str(error).removeprefix(struct.__name__ + ': ')}") from None
    keywords = as_dict(struct(**props))
    if query_language is not None:
        keywords["query_language"] = query_language
    return keywords
