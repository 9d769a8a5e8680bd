"""SfnStateMachine: a rule target that starts a Step Functions execution."""

from __future__ import annotations

from ..aws_events import RuleTargetConfig, RuleTargetInput
from ..aws_iam import IRole
from ..core.duration import Duration
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._util import (
    TargetBaseProps,
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    singleton_event_role,
)

if TYPE_CHECKING:
    from ..aws_events import IRule
    from ..aws_sqs import IQueue
    from ..aws_stepfunctions import IStateMachine


@lazy_frozen(kw_only=True)
class SfnStateMachineProps(TargetBaseProps, metaclass=LazyAttrsMeta):
    """Properties of an SfnStateMachine target."""

    input: RuleTargetInput | None = None
    """The execution input. Default: the whole event."""
    role: IRole | None = None
    """The role EventBridge starts executions with. Default: one role per state machine."""


class SfnStateMachine:
    """Start an execution of a state machine for each of the rule's events."""

    def __init__(
        self,
        machine: IStateMachine,
        *,
        input: RuleTargetInput | None = None,  # noqa: A002 - aws_cdk's keyword
        role: IRole | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.machine = machine
        self.props = SfnStateMachineProps(
            input=input,
            role=role,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )
        self.role: IRole = self.props.role or singleton_event_role(machine)  # type: ignore[arg-type]
        machine.grant_start_execution(self.role)

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Return the target (the role was granted StartExecution when the target was created)."""
        if self.props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self.props.dead_letter_queue)
        return RuleTargetConfig(
            **bind_base_target_config(self.props),
            arn=self.machine.state_machine_arn,
            role=self.role,
            input=self.props.input,
            target_resource=self.machine,
        )
