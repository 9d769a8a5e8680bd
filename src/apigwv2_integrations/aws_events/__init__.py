"""Amazon EventBridge: event buses, rules, schedules and patterns, and every `Cfn*` class of the service."""

import typing as _typing

from ..cfn.aws_events import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_events import *  # noqa: F403
    from .event_bus import EventBus, EventBusPolicy, EventBusProps, EventBusReference, IEventBus
    from .event_pattern import EventPattern, Match
    from .input import EventField, RuleTargetInput, RuleTargetInputProperties
    from .rule import IRule, Rule, RuleProps
    from .schedule import CronOptions, Schedule
    from .target import IRuleTarget, RuleTargetConfig
else:
    _L2_SOURCES = {
        ".event_bus": ("EventBus", "EventBusPolicy", "EventBusProps", "EventBusReference", "IEventBus"),
        ".event_pattern": ("EventPattern", "Match"),
        ".input": ("EventField", "RuleTargetInput", "RuleTargetInputProperties"),
        ".rule": ("IRule", "Rule", "RuleProps"),
        ".schedule": ("CronOptions", "Schedule"),
        ".target": ("IRuleTarget", "RuleTargetConfig"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_events"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


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
