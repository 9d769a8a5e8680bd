"""Amazon EventBridge: event buses, rules, schedules and patterns, archives, connections and API
destinations, and every `Cfn*` class of the service."""

from ..cfn.aws_events import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_events import *  # noqa: F403
    from .api_destination import (
        ApiDestination,
        ApiDestinationAttributes,
        ApiDestinationProps,
        IApiDestination,
    )
    from .archive import Archive, ArchiveProps, BaseArchiveProps
    from .connection import (
        Authorization,
        Connection,
        ConnectionAttributes,
        ConnectionProps,
        HttpMethod,
        HttpParameter,
        IConnection,
        OAuthAuthorizationProps,
    )
    from .event_bus import (
        EventBus,
        EventBusAttributes,
        EventBusPolicy,
        EventBusPolicyProps,
        EventBusProps,
        EventBusReference,
        IEventBus,
        IncludeDetail,
        Level,
        LogConfig,
    )
    from .event_pattern import EventPattern, Match
    from .events_grants import EventBusGrants
    from .input import EventField, RuleTargetInput, RuleTargetInputProperties
    from .rule import EventCommonOptions, IRule, OnEventOptions, Rule, RuleProps
    from .schedule import CronOptions, Schedule
    from .target import IRuleTarget, RuleTargetConfig
else:
    _L2_SOURCES = {
        ".api_destination": (
            "ApiDestination",
            "ApiDestinationAttributes",
            "ApiDestinationProps",
            "IApiDestination",
        ),
        ".archive": ("Archive", "ArchiveProps", "BaseArchiveProps"),
        ".connection": (
            "Authorization",
            "Connection",
            "ConnectionAttributes",
            "ConnectionProps",
            "HttpMethod",
            "HttpParameter",
            "IConnection",
            "OAuthAuthorizationProps",
        ),
        ".event_bus": (
            "EventBus",
            "EventBusAttributes",
            "EventBusPolicy",
            "EventBusPolicyProps",
            "EventBusProps",
            "EventBusReference",
            "IEventBus",
            "IncludeDetail",
            "Level",
            "LogConfig",
        ),
        ".event_pattern": ("EventPattern", "Match"),
        ".events_grants": ("EventBusGrants",),
        ".input": ("EventField", "RuleTargetInput", "RuleTargetInputProperties"),
        ".rule": ("EventCommonOptions", "IRule", "OnEventOptions", "Rule", "RuleProps"),
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
    "ApiDestination",
    "ApiDestinationAttributes",
    "ApiDestinationProps",
    "Archive",
    "ArchiveProps",
    "Authorization",
    "BaseArchiveProps",
    "Connection",
    "ConnectionAttributes",
    "ConnectionProps",
    "CronOptions",
    "EventBus",
    "EventCommonOptions",
    "OnEventOptions",
    "EventBusAttributes",
    "EventBusGrants",
    "EventBusPolicyProps",
    "IncludeDetail",
    "Level",
    "LogConfig",
    "EventBusPolicy",
    "EventBusProps",
    "EventBusReference",
    "EventField",
    "EventPattern",
    "HttpMethod",
    "HttpParameter",
    "IApiDestination",
    "IConnection",
    "IEventBus",
    "IRule",
    "IRuleTarget",
    "Match",
    "OAuthAuthorizationProps",
    "Rule",
    "RuleProps",
    "RuleTargetConfig",
    "RuleTargetInput",
    "RuleTargetInputProperties",
    "Schedule",
]
