"""KinesisStream: a rule target that puts the events on a Kinesis data stream."""

from __future__ import annotations

from ..aws_events import RuleTargetConfig, RuleTargetInput
from ..aws_kinesis import IStream
from ..cfn.aws_events import CfnRule
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


@lazy_frozen(kw_only=True)
class KinesisStreamProps(TargetBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a KinesisStream target."""

    message: RuleTargetInput | None = None
    """The record written. Default: the whole event."""
    partition_key_path: str | None = None
    """A JSON path into the event for the record's partition key. Default: the event's id."""


class KinesisStream:
    """Put the rule's events on a Kinesis data stream (through a role of the stream that may write)."""

    def __init__(
        self,
        stream: IStream,
        *,
        message: RuleTargetInput | None = None,
        partition_key_path: str | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.stream = stream
        self.props = KinesisStreamProps(
            message=message,
            partition_key_path=partition_key_path,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Let the rule write to the stream and return the target."""
        props = self.props
        role = singleton_event_role(self.stream)  # type: ignore[arg-type]
        self.stream.grant_write(role)
        if props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, props.dead_letter_queue)
        key_path = props.partition_key_path
        return RuleTargetConfig(
            **bind_base_target_config(props),
            arn=self.stream.stream_arn,
            role=role,
            input=props.message,
            target_resource=self.stream,
            kinesis_parameters=CfnRule.KinesisParametersProperty(partition_key_path=key_path)
            if key_path is not None
            else None,
        )
