"""LambdaDestination: another function receives the records (or only the responses) of asynchronous
invocations."""

from __future__ import annotations

from ..aws_events import EventPattern, Rule, RuleTargetInput
from ..aws_events_targets import LambdaFunction
from ..aws_lambda import DestinationConfig, DestinationType, IFunction
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .event_bridge import EventBridgeDestination


@lazy_frozen(kw_only=True)
class LambdaDestinationOptions(metaclass=LazyAttrsMeta):
    """Options of a LambdaDestination."""

    response_only: bool | None = None
    """Invoke the function with the response payload only, through an EventBridge rule on the default
    bus, instead of the whole invocation record. Default: False."""


class LambdaDestination:
    """Invoke another function with the invocation records."""

    def __init__(self, fn: IFunction, *, response_only: bool | None = None) -> None:
        self.fn = fn
        self.options = LambdaDestinationOptions(response_only=response_only)

    def bind(
        self,
        scope: Construct,
        fn: IFunction,
        *,
        # None when an event source mapping binds this as its on-failure destination: aws-cdk-lib
        # passes no options there.
        type: DestinationType | None = None,  # noqa: A002 - aws_cdk's keyword
    ) -> DestinationConfig:
        """Let `fn` invoke this destination's function (or route its responses there); return the ARN."""
        if not self.options.response_only:
            self.fn.grant_invoke(fn)
            return DestinationConfig(destination=self.fn.function_arn)
        if type is None:
            # The rule is named after the invocation result type, so it cannot be made without one.
            raise ValidationError(
                scope,
                "LambdaDestination: response_only=True needs the invocation result type, which an event "
                "source mapping does not give; use response_only=False, or bind it as the function's "
                "on_success or on_failure destination",
            )
        # The records go to the default event bus; a rule there sends each response payload on. The rule
        # comes first, as in aws-cdk-lib, so the construct tree lists it before the bus.
        Rule(
            scope,
            type.value,
            event_pattern=EventPattern(
                detail_type=[f"Lambda Function Invocation Result - {type.value}"],
                resources=[f"{fn.function_arn}:$LATEST"],
                source=["lambda"],
            ),
            targets=[
                LambdaFunction(self.fn, event=RuleTargetInput.from_event_path("$.detail.responsePayload"))
            ],
        )
        return EventBridgeDestination().bind(scope, fn, type=type)
