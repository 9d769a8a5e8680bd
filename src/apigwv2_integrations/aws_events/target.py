"""IRuleTarget and RuleTargetConfig: what a rule target renders into the rule."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from ..aws_iam import IRole
    from ..cfn.aws_events import CfnRule
    from ..core.construct import IConstruct
    from .input import RuleTargetInput
    from .rule import IRule


@lazy_frozen(kw_only=True)
class RuleTargetConfig(metaclass=LazyAttrsMeta):
    """One target of a rule, as a target's `bind` returns it."""

    arn: str
    """The target's ARN."""
    app_sync_parameters: CfnRule.AppSyncParametersProperty | Mapping[str, Any] | None = None
    """AppSync parameters. Default: none."""
    batch_parameters: CfnRule.BatchParametersProperty | Mapping[str, Any] | None = None
    """Batch parameters. Default: none."""
    dead_letter_config: CfnRule.DeadLetterConfigProperty | Mapping[str, Any] | None = None
    """Where undeliverable events go. Default: none."""
    ecs_parameters: CfnRule.EcsParametersProperty | Mapping[str, Any] | None = None
    """ECS task parameters. Default: none."""
    http_parameters: CfnRule.HttpParametersProperty | Mapping[str, Any] | None = None
    """HTTP parameters. Default: none."""
    input: RuleTargetInput | None = None
    """What the target receives. Default: the whole event."""
    kinesis_parameters: CfnRule.KinesisParametersProperty | Mapping[str, Any] | None = None
    """Kinesis parameters. Default: none."""
    redshift_data_parameters: CfnRule.RedshiftDataParametersProperty | Mapping[str, Any] | None = None
    """Redshift Data parameters. Default: none."""
    retry_policy: CfnRule.RetryPolicyProperty | Mapping[str, Any] | None = None
    """Retry settings. Default: EventBridge's (185 attempts over 24 hours)."""
    role: IRole | None = None
    """The role EventBridge uses to reach the target. Default: none."""
    run_command_parameters: CfnRule.RunCommandParametersProperty | Mapping[str, Any] | None = None
    """Run Command parameters. Default: none."""
    sqs_parameters: CfnRule.SqsParametersProperty | Mapping[str, Any] | None = None
    """SQS parameters (message group id). Default: none."""
    target_resource: IConstruct | None = None
    """The construct the target is (for cross-environment checks). Default: none."""


@runtime_checkable
class IRuleTarget(Protocol):
    """A target a rule sends events to."""

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Add what the target needs (permissions) and return its configuration."""
        ...
