"""Shared vocabulary of the states: error names, query languages, retry and catch options, IChainable."""

from __future__ import annotations

from ..core.converters import optional_dict, optional_tuple
from ..core.duration import Duration
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from .chain import Chain
    from .states.state import State


class Errors:
    """Predefined error names of the Amazon States Language."""

    ALL = "States.ALL"
    HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout"
    TIMEOUT = "States.Timeout"
    TASKS_FAILED = "States.TaskFailed"
    PERMISSIONS = "States.Permissions"
    RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure"
    PARAMETER_PATH_FAILURE = "States.ParameterPathFailure"
    BRANCH_FAILED = "States.BranchFailed"
    NO_CHOICE_MATCHED = "States.NoChoiceMatched"


class QueryLanguage(SimpleEnum):
    """The language states use to select and transform data."""

    JSON_PATH = "JSONPath"
    JSONATA = "JSONata"


class IntegrationPattern(SimpleEnum):
    """How a task state waits for the service it calls."""

    REQUEST_RESPONSE = "REQUEST_RESPONSE"
    """Move on as soon as the service answered the call."""
    RUN_JOB = "RUN_JOB"
    """Wait for the job the call started to finish (`.sync`)."""
    WAIT_FOR_TASK_TOKEN = "WAIT_FOR_TASK_TOKEN"
    """Wait until the task token is sent back (`.waitForTaskToken`)."""


class JitterType(SimpleEnum):
    """Whether retry intervals are randomized."""

    FULL = "FULL"
    NONE = "NONE"


class ProcessorMode(SimpleEnum):
    """How a Map state runs its item processor."""

    INLINE = "INLINE"
    DISTRIBUTED = "DISTRIBUTED"


class ProcessorType(SimpleEnum):
    """The workflow type of a distributed Map state's child executions."""

    STANDARD = "STANDARD"
    EXPRESS = "EXPRESS"


DISCARD = "DISCARD"


@lazy_frozen(kw_only=True)
class RetryProps(metaclass=LazyAttrsMeta):
    """When and how often a state retries after an error."""

    backoff_rate: float | None = None
    """Multiplier of the retry interval. Default: 2."""
    errors: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Errors to retry. Default: all errors (`Errors.ALL`)."""
    interval: Duration | None = None
    """Wait before the first retry. Default: 1 second."""
    jitter_strategy: JitterType | None = None
    """Whether intervals are randomized. Default: no jitter."""
    max_attempts: float | None = None
    """How many times to retry. Default: 3."""
    max_delay: Duration | None = None
    """Upper bound of a retry interval. Default: none."""


@lazy_frozen(kw_only=True)
class CatchProps(metaclass=LazyAttrsMeta):
    """Which errors a state hands to an error handler, and where the error goes."""

    assign: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """Workflow variables to set. Default: none."""
    errors: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Errors to catch. Default: all errors (`Errors.ALL`)."""
    outputs: Any = None
    """The JSONata output. Default: the state's input."""
    result_path: str | None = None
    """Where the error goes in the state's input. Default: `$` (replaces the input)."""


@lazy_frozen(kw_only=True)
class ChoiceTransitionOptions(metaclass=LazyAttrsMeta):
    """Options of one Choice rule."""

    assign: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """Workflow variables to set. Default: none."""
    comment: str | None = None
    """A comment on the rule. Default: none."""
    outputs: Any = None
    """The JSONata output. Default: the state's input."""


@lazy_frozen(kw_only=True)
class AfterwardsOptions(metaclass=LazyAttrsMeta):
    """Which states `Choice.afterwards` continues from."""

    include_error_handlers: bool | None = None
    """Also continue from error handlers. Default: False."""
    include_otherwise: bool | None = None
    """Also continue when no rule matched (adds the otherwise transition). Default: False."""


@lazy_frozen(kw_only=True)
class ProcessorConfig(metaclass=LazyAttrsMeta):
    """How a Map state runs its item processor."""

    execution_type: ProcessorType | None = None
    """The child workflow type (distributed mode only). Default: none."""
    mode: ProcessorMode | None = None
    """Inline or distributed. Default: INLINE."""


@lazy_frozen(kw_only=True)
class FindStateOptions(metaclass=LazyAttrsMeta):
    """Which transitions to follow when looking for states."""

    include_error_handlers: bool | None = None
    """Follow error handlers too. Default: False."""


@runtime_checkable
class IChainable(Protocol):
    """Something a state can continue with: a state, a chain or a fragment."""

    @property
    def id(self) -> str:
        """The id of the chainable."""
        ...

    @property
    def start_state(self) -> State:
        """The first state."""
        ...

    @property
    def end_states(self) -> list[INextable]:
        """The states a `next` call continues from."""
        ...


@runtime_checkable
class INextable(Protocol):
    """A state (or chain) that can be continued with `next`."""

    def next(self, state: IChainable) -> Chain:
        """Continue with `state`."""
        ...


__all__ = [
    "DISCARD",
    "AfterwardsOptions",
    "CatchProps",
    "ChoiceTransitionOptions",
    "Errors",
    "FindStateOptions",
    "IChainable",
    "INextable",
    "IntegrationPattern",
    "JitterType",
    "ProcessorConfig",
    "ProcessorMode",
    "ProcessorType",
    "QueryLanguage",
    "RetryProps",
]
