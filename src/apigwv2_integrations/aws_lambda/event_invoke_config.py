"""EventInvokeConfig: retries, event age and destinations of asynchronous invocations."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, cast
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from ..core.duration import Duration
    from .destination import DestinationType, IDestination
    from .function_base import IFunction

_MIN_EVENT_AGE_SECONDS = 60
_MAX_EVENT_AGE_SECONDS = 6 * 60 * 60
_MAX_RETRY_ATTEMPTS = 2


@lazy_frozen(kw_only=True)
class EventInvokeConfigOptions(metaclass=LazyAttrsMeta):
    """Options of asynchronous invocation."""

    max_event_age: Duration | None = None
    """How long an event may wait to be processed, 60 seconds to 6 hours. Default: Duration.hours(6)."""
    on_failure: IDestination | None = None
    """Destination of failed invocations. Default: none."""
    on_success: IDestination | None = None
    """Destination of successful invocations. Default: none."""
    retry_attempts: float | None = None
    """How often Lambda retries when the function returns an error, 0 to 2. Default: 2."""


@lazy_frozen(kw_only=True)
class EventInvokeConfigProps(EventInvokeConfigOptions, metaclass=LazyAttrsMeta):
    """Properties of an EventInvokeConfig."""

    function: Any
    """The function (an IFunction)."""
    qualifier: str | None = None
    """The version or alias. Default: `$LATEST`."""


def has_event_invoke_options(options: EventInvokeConfigOptions) -> bool:
    """True when any asynchronous invocation option is set."""
    return (
        options.max_event_age is not None
        or options.on_failure is not None
        or options.on_success is not None
        or options.retry_attempts is not None
    )


def event_invoke_options_of(options: EventInvokeConfigOptions) -> dict[str, Any]:
    """The asynchronous invocation options of a struct, as keywords."""
    return {
        "max_event_age": options.max_event_age,
        "on_failure": options.on_failure,
        "on_success": options.on_success,
        "retry_attempts": options.retry_attempts,
    }


class EventInvokeConfig(Resource):
    """How Lambda handles asynchronous invocations of a function, version or alias."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        function: IFunction,
        qualifier: str | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = EventInvokeConfigProps(
            function=function,
            qualifier=qualifier,
            max_event_age=max_event_age,
            on_failure=on_failure,
            on_success=on_success,
            retry_attempts=retry_attempts,
        )
        self._check_ranges(props)
        destinations: dict[str, Any] = {}
        if props.on_failure is not None or props.on_success is not None:
            # deferred: loads destinations only when one is given
            from .destination import DestinationType
        if props.on_failure is not None:
            arn = self._bind_destination(props.on_failure, props.function, DestinationType.FAILURE)
            destinations["on_failure"] = {"destination": arn}
        if props.on_success is not None:
            arn = self._bind_destination(props.on_success, props.function, DestinationType.SUCCESS)
            destinations["on_success"] = {"destination": arn}
        # deferred: the L1 module loads only for a function that configures asynchronous invocation
        from ..cfn.aws_lambda import CfnEventInvokeConfig

        CfnEventInvokeConfig(
            self,
            "Resource",
            function_name=props.function.function_name,
            qualifier=props.qualifier or "$LATEST",
            destination_config=destinations or None,
            maximum_event_age_in_seconds=(
                props.max_event_age.to_seconds() if props.max_event_age is not None else None
            ),
            maximum_retry_attempts=props.retry_attempts,
        )

    def _bind_destination(
        self, destination: IDestination, function: IFunction, destination_type: DestinationType
    ) -> str:
        """The destination's ARN, from its `bind`: a DestinationConfig, or a dict as aws_cdk takes one."""
        from .destination import DestinationConfig, DestinationOptions

        config = call_with_struct(destination.bind, DestinationOptions, self, function, type=destination_type)
        if isinstance(config, DestinationConfig):
            return config.destination
        # aws_cdk hands a returned dict to JavaScript as it is, which reads the key `destination`.
        if isinstance(config, Mapping) and config.get("destination") is not None:
            return cast("str", config["destination"])
        raise TypeError(
            f"{self.node.path}: {type(destination).__name__}.bind() returned {config!r}; "
            "return a DestinationConfig(destination=<the ARN>)"
        )

    def _check_ranges(self, props: EventInvokeConfigProps) -> None:
        retry_attempts = props.retry_attempts
        if (
            retry_attempts is not None
            and not Token.is_unresolved(retry_attempts)
            and not 0 <= retry_attempts <= _MAX_RETRY_ATTEMPTS
        ):
            raise ValidationError(
                self, f"retry_attempts={retry_attempts!r} is out of range; use 0 to {_MAX_RETRY_ATTEMPTS}"
            )
        age = props.max_event_age
        if age is not None and not age.is_unresolved():
            seconds = age.to_seconds(integral=False)
            if not _MIN_EVENT_AGE_SECONDS <= seconds <= _MAX_EVENT_AGE_SECONDS:
                raise ValidationError(
                    self, f"max_event_age={age!r} is out of range; use 60 seconds to 6 hours (21600 seconds)"
                )
