"""CloudWatchLogGroup: a rule target that writes events to a CloudWatch Logs log group."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..aws_events import EventField, RuleTargetConfig, RuleTargetInput, RuleTargetInputProperties
from ..core.arn import ArnFormat
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._log_group_resource_policy import LogGroupResourcePolicy
from ._util import TargetBaseProps, bind_base_target_config

if TYPE_CHECKING:
    from typing import Any

    from ..aws_events import IRule
    from ..aws_logs import ILogGroup
    from ..aws_sqs import IQueue

_PLACEHOLDER = re.compile(r"<[^<>\"\s]+>")
_TEMPLATE_KEYS = {"timestamp", "message"}
_TEMPLATE_FORMAT = (
    "CloudWatchLogGroup targets take only input templates of the form "
    '{"timestamp": <timestamp>, "message": <message>}; use LogGroupTargetInput.from_object_v2'
)


@lazy_frozen(kw_only=True)
class LogGroupTargetInputOptions(metaclass=LazyAttrsMeta):
    """The two fields of a log event."""

    message: Any = None
    """The log event's message; a string (an object reaches CloudWatch Logs garbled).
    Default: EventField.detail_type."""
    timestamp: Any = None
    """The log event's time. Default: EventField.time."""


class LogGroupTargetInput(RuleTargetInput):
    """The log event a CloudWatchLogGroup target writes for each event."""

    def __init__(self, input: RuleTargetInput) -> None:  # noqa: A002 - the input it stands for
        self._input = input

    @staticmethod
    def from_object(options: Any) -> RuleTargetInput:
        """The `timestamp` and `message` of `options` (a mapping or LogGroupTargetInputOptions), as
        from_object_v2 takes them; other keys are dropped, as in aws-cdk-lib (deprecated in aws_cdk: use
        from_object_v2)."""
        if isinstance(options, Mapping):
            return LogGroupTargetInput.from_object_v2(
                message=options.get("message"), timestamp=options.get("timestamp")
            )
        return LogGroupTargetInput.from_object_v2(
            message=getattr(options, "message", None), timestamp=getattr(options, "timestamp", None)
        )

    @staticmethod
    def from_object_v2(*, message: Any = None, timestamp: Any = None) -> LogGroupTargetInput:
        """A log event of `timestamp` and `message`; EventField values are filled in."""
        options = LogGroupTargetInputOptions(message=message, timestamp=timestamp)
        return LogGroupTargetInput(
            RuleTargetInput.from_object(
                {
                    "timestamp": options.timestamp if options.timestamp is not None else EventField.time,
                    "message": options.message if options.message is not None else EventField.detail_type,
                }
            )
        )

    def bind(self, rule: IRule) -> RuleTargetInputProperties:
        """The input properties of the target."""
        return self._input.bind(rule)


@lazy_frozen(kw_only=True)
class LogGroupProps(TargetBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a CloudWatchLogGroup target."""

    event: RuleTargetInput | None = None
    """The log event (deprecated in aws_cdk: use log_event). Default: the whole event."""
    install_latest_aws_sdk: bool | None = None
    """Whether the resource policy's custom resource installs the latest AWS SDK.
    Default: True, unless the `@aws-cdk/customresources:installLatestAwsSdkDefault` flag is off."""
    log_event: LogGroupTargetInput | None = None
    """The log event. Default: the whole event."""


class _InputTemplateIsLogEvent:
    """The input template of a log group target is a JSON object of exactly `timestamp` and `message`."""

    def __init__(self, rule: IRule, property_name: str, template: str) -> None:
        self._rule = rule
        self._property_name = property_name
        self._template = template

    def validate(self) -> list[str]:
        resolved = Stack.of(self._rule).resolve(self._template)  # type: ignore[arg-type]
        if not isinstance(resolved, str):
            return []  # known only at deploy time
        try:
            import json  # deferred: only an input template with placeholders is read back

            parsed = json.loads(_PLACEHOLDER.sub('"placeholder"', resolved))
        except ValueError as error:
            return [f"{self._property_name}={resolved!r} is not a JSON object ({error}); {_TEMPLATE_FORMAT}"]
        if not isinstance(parsed, dict) or set(parsed) != _TEMPLATE_KEYS:
            return [
                f"{self._property_name}={resolved!r} is not a timestamp and a message; {_TEMPLATE_FORMAT}"
            ]
        return []


class CloudWatchLogGroup:
    """Write the rule's events to a CloudWatch Logs log group (with a resource policy that lets
    EventBridge write there)."""

    def __init__(
        self,
        log_group: ILogGroup,
        *,
        event: RuleTargetInput | None = None,
        install_latest_aws_sdk: bool | None = None,
        log_event: LogGroupTargetInput | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.log_group = log_group
        self.props = LogGroupProps(
            event=event,
            install_latest_aws_sdk=install_latest_aws_sdk,
            log_event=log_event,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Add the log group's resource policy for EventBridge and return the target."""
        props = self.props
        if props.event is not None and props.log_event is not None:
            raise ValidationError(
                rule,
                "event and log_event are both set; set only log_event (event is deprecated)",
            )
        name, log_event = (
            ("log_event", props.log_event) if props.log_event is not None else ("event", props.event)
        )
        if log_event is not None:
            rendered = log_event.bind(rule)
            if rendered.input is not None or rendered.input_path is not None:
                kind = "a fixed input" if rendered.input is not None else "an event path"
                # The input is a token until resolved; the message quotes what CloudWatch Logs would get.
                shown = Stack.of(rule).resolve(  # type: ignore[arg-type]
                    rendered.input if rendered.input is not None else rendered.input_path
                )
                raise ValidationError(
                    rule,
                    f"{name}={shown!r} is {kind}; CloudWatchLogGroup targets "
                    "take only an input template: use LogGroupTargetInput.from_object_v2(timestamp=..., "
                    "message=...)",
                )
            if rendered.input_template is not None:
                rule.node.add_validation(_InputTemplateIsLogEvent(rule, name, rendered.input_template))
        log_group_stack = Stack.of(self.log_group)  # type: ignore[arg-type]
        policy_id = f"EventsLogGroupPolicy{Names.node_unique_id(rule.node)}"
        # As aws-cdk-lib: one policy per rule, in the log group's stack (a second log group target of the
        # same rule clashes on this id).
        LogGroupResourcePolicy(
            log_group_stack,
            policy_id,
            install_latest_aws_sdk=props.install_latest_aws_sdk,
            policy_statements=[
                {
                    "Action": ["logs:PutLogEvents", "logs:CreateLogStream"],
                    "Effect": "Allow",
                    "Principal": {"Service": "events.amazonaws.com"},
                    "Resource": self.log_group.log_group_arn,
                }
            ],
        )
        return RuleTargetConfig(
            **bind_base_target_config(props),
            arn=log_group_stack.format_arn(
                service="logs",
                resource="log-group",
                arn_format=ArnFormat.COLON_RESOURCE_NAME,
                resource_name=self.log_group.log_group_name,
            ),
            input=log_event,
            target_resource=self.log_group,
        )
