"""Amazon EventBridge: event buses, rules, schedules and patterns, and every `Cfn*` class of the service."""

import typing as _typing

from ..cfn.aws_events import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# The Cfn* names load on first use; mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_events import *  # noqa: F403
else:
    __getattr__, __dir__ = _lazy_exports(__name__, dict.fromkeys(_cfn_all, "..cfn.aws_events"))

from .event_bus import EventBus, EventBusPolicy, EventBusProps, EventBusReference, IEventBus
from .event_pattern import EventPattern, Match
from .input import EventField, RuleTargetInput, RuleTargetInputProperties
from .rule import IRule, Rule, RuleProps
from .schedule import CronOptions, Schedule
from .target import IRuleTarget, RuleTargetConfig

__all__ = [
    *_cfn_all,
    "CronOptions",
    "EventBus",
    "EventBusPolicy",
    "EventBusProps",
    "EventBusReference",
    "EventField",
    "EventPattern",
    "IEventBus",
    "IRule",
    "IRuleTarget",
    "Match",
    "Rule",
    "RuleProps",
    "RuleTargetConfig",
    "RuleTargetInput",
    "RuleTargetInputProperties",
    "Schedule",
]
