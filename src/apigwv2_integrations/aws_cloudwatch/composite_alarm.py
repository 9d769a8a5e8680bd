"""CompositeAlarm: an alarm whose state is a rule over other alarms."""

from __future__ import annotations

from ..cfn.aws_cloudwatch import CfnCompositeAlarm
from ..core.construct import Construct
from ..core.duration import Duration, TimeUnit, whole_units
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from .alarm import _actions_list, _ImportedAlarm
from .alarm_base import AlarmBase, IAlarm
from .alarm_rule import IAlarmRule

_MAX_RULE_LENGTH = 10240
_MAX_NAME_LENGTH = 240


@lazy_frozen(kw_only=True)
class CompositeAlarmProps(metaclass=LazyAttrsMeta):
    """Properties of a CompositeAlarm."""

    alarm_rule: IAlarmRule
    """The rule over other alarms."""
    actions_enabled: bool | None = None
    """Whether the alarm's actions run. Default: True."""
    actions_suppressor: IAlarm | None = None
    """An alarm that suppresses this one's actions while it is in ALARM. Default: none."""
    actions_suppressor_extension_period: Duration | None = None
    """How long actions stay suppressed after the suppressor leaves ALARM. Default: 1 minute."""
    actions_suppressor_wait_period: Duration | None = None
    """How long the suppressor has to go into ALARM. Default: 1 minute (with a suppressor)."""
    alarm_description: str | None = None
    """A description of the alarm. Default: none."""
    composite_alarm_name: str | None = None
    """The alarm's name. Default: the construct's unique id."""


class CompositeAlarm(AlarmBase):
    """A composite alarm (`AWS::CloudWatch::CompositeAlarm`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        alarm_rule: IAlarmRule,
        actions_enabled: bool | None = None,
        actions_suppressor: IAlarm | None = None,
        actions_suppressor_extension_period: Duration | None = None,
        actions_suppressor_wait_period: Duration | None = None,
        alarm_description: str | None = None,
        composite_alarm_name: str | None = None,
    ) -> None:
        props = CompositeAlarmProps(
            alarm_rule=alarm_rule,
            actions_enabled=actions_enabled,
            actions_suppressor=actions_suppressor,
            actions_suppressor_extension_period=actions_suppressor_extension_period,
            actions_suppressor_wait_period=actions_suppressor_wait_period,
            alarm_description=alarm_description,
            composite_alarm_name=composite_alarm_name,
        )
        name = props.composite_alarm_name or Lazy.string(self._generated_name)
        super().__init__(scope, id, physical_name=name)
        rule = props.alarm_rule.render_alarm_rule()
        if len(rule) > _MAX_RULE_LENGTH:
            raise ValidationError(
                self, f"alarm_rule renders {len(rule)} characters; a rule has at most {_MAX_RULE_LENGTH}"
            )
        extension = props.actions_suppressor_extension_period
        wait = props.actions_suppressor_wait_period
        if props.actions_suppressor is None:
            if extension is not None or wait is not None:
                raise ValidationError(
                    self,
                    "actions_suppressor_extension_period and actions_suppressor_wait_period need an "
                    "actions_suppressor; give one or drop the periods",
                )
        else:
            extension = extension or Duration.minutes(1)
            wait = wait or Duration.minutes(1)
        self.alarm_rule: str = rule
        self.resource = CfnCompositeAlarm(
            self,
            "Resource",
            alarm_name=name,
            alarm_rule=rule,
            alarm_description=props.alarm_description,
            actions_enabled=props.actions_enabled,
            alarm_actions=_actions_list(self._alarm_action_arns),
            insufficient_data_actions=_actions_list(self._insufficient_data_action_arns),
            ok_actions=_actions_list(self._ok_action_arns),
            actions_suppressor=props.actions_suppressor.alarm_arn if props.actions_suppressor else None,
            actions_suppressor_extension_period=self._whole_seconds(
                "actions_suppressor_extension_period", extension
            ),
            actions_suppressor_wait_period=self._whole_seconds("actions_suppressor_wait_period", wait),
        )
        self.alarm_arn: str = self.resource.attr_arn
        self.alarm_name: str = self.resource.ref

    def _whole_seconds(self, name: str, duration: Duration | None) -> float | None:
        # CloudFormation takes whole seconds; aws-cdk-lib's conversion fails on a fraction.
        return None if duration is None else whole_units(self, name, duration, TimeUnit.SECONDS)

    def _generated_name(self) -> str:
        name = Names.unique_id(self)
        if len(name) > _MAX_NAME_LENGTH:
            return name[:120] + name[-120:]
        return name

    @staticmethod
    def from_composite_alarm_arn(scope: Construct, id: str, composite_alarm_arn: str) -> IAlarm:
        """An existing composite alarm, by ARN."""
        return _ImportedAlarm(scope, id, composite_alarm_arn)

    @staticmethod
    def from_composite_alarm_name(scope: Construct, id: str, composite_alarm_name: str) -> IAlarm:
        """An existing composite alarm of this stack's account and region, by name."""
        return _ImportedAlarm.of_name(scope, id, composite_alarm_name)
