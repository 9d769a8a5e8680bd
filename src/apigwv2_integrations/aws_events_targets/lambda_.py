"""LambdaFunction: a rule target that invokes a Lambda function."""

from __future__ import annotations

from ..aws_events import RuleTargetConfig, RuleTargetInput
from ..core.duration import Duration
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._util import (
    TargetBaseProps,
    add_lambda_permission,
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
)

if TYPE_CHECKING:
    from ..aws_events import IRule
    from ..aws_lambda import IFunction
    from ..aws_sqs import IQueue


@lazy_frozen(kw_only=True)
class LambdaFunctionProps(TargetBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a LambdaFunction target."""

    event: RuleTargetInput | None = None
    """What the function receives. Default: the whole event."""


class LambdaFunction:
    """Invoke a Lambda function with the rule's events."""

    def __init__(
        self,
        handler: IFunction,
        *,
        event: RuleTargetInput | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.handler = handler
        self.props = LambdaFunctionProps(
            event=event,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Let the rule invoke the function and return the target."""
        add_lambda_permission(rule, self.handler)
        if self.props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self.props.dead_letter_queue)
        return RuleTargetConfig(
            **bind_base_target_config(self.props),
            arn=self.handler.function_arn,
            input=self.props.event,
            target_resource=self.handler,
        )
