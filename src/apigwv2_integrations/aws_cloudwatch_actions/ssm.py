"""SsmAction and SsmIncidentAction: an alarm opens an OpsItem or an incident of Systems Manager."""

from __future__ import annotations

from ..aws_cloudwatch import AlarmActionConfig, IAlarm
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack


class OpsItemSeverity(SimpleEnum):
    """The severity of the OpsItem an alarm opens."""

    CRITICAL = "1"
    HIGH = "2"
    MEDIUM = "3"
    LOW = "4"


class OpsItemCategory(SimpleEnum):
    """The category of the OpsItem an alarm opens."""

    AVAILABILITY = "Availability"
    COST = "Cost"
    PERFORMANCE = "Performance"
    RECOVERY = "Recovery"
    SECURITY = "Security"


class SsmAction:
    """Open an OpsItem of Systems Manager OpsCenter when the alarm goes off."""

    def __init__(self, severity: OpsItemSeverity, category: OpsItemCategory | None = None) -> None:
        self.severity = severity
        self.category = category

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        """The OpsItem ARN of the severity (and category)."""
        suffix = f"#CATEGORY={self.category.value}" if self.category is not None else ""
        arn = Stack.of(scope).format_arn(
            service="ssm",
            resource="opsitem",
            resource_name=f"{self.severity.value}{suffix}",
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return AlarmActionConfig(alarm_action_arn=arn)


class SsmIncidentAction:
    """Start an incident of Systems Manager Incident Manager with a response plan."""

    def __init__(self, response_plan_name: str) -> None:
        self.response_plan_name = response_plan_name

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        """The response plan's ARN."""
        arn = Stack.of(scope).format_arn(
            service="ssm-incidents",
            region="",
            resource="response-plan",
            resource_name=self.response_plan_name,
        )
        return AlarmActionConfig(alarm_action_arn=arn)
