"""AWS Step Functions: state machines, the chainable states, the base of task states, and every `Cfn*`
class of the service."""

import typing as _typing

from ..cfn.aws_stepfunctions import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_stepfunctions import *  # noqa: F403
    from .activity import Activity, ActivityProps, IActivity
    from .chain import Chain
    from .condition import Condition
    from .encryption_configuration import (
        AwsOwnedEncryptionConfiguration,
        CustomerManagedEncryptionConfiguration,
        EncryptionConfiguration,
    )
    from .fields import Context, Data, FieldUtils, JsonPath
    from .input import InputType, TaskInput
    from .state_graph import StateGraph
    from .state_machine import (
        ChainDefinitionBody,
        DefinitionBody,
        FileDefinitionBody,
        IStateMachine,
        LogLevel,
        LogOptions,
        StateMachine,
        StateMachineGrants,
        StateMachineProps,
        StateMachineType,
        StringDefinitionBody,
    )
    from .state_machine_fragment import StateMachineFragment
    from .states.choice import Choice, ChoiceProps
    from .states.custom_state import CustomState, CustomStateProps
    from .states.fail import Fail, FailProps
    from .states.map import Map, MapProps
    from .states.map_base import MapBase, MapBaseProps, ProvideItems
    from .states.parallel import Parallel, ParallelProps
    from .states.pass_ import Pass, PassProps, Result
    from .states.state import (
        AssignableStateOptions,
        JsonataCommonOptions,
        JsonPathCommonOptions,
        State,
        StateBaseProps,
        StateProps,
    )
    from .states.succeed import Succeed, SucceedProps
    from .states.task_base import (
        TaskMetricsConfig,
        TaskStateBase,
        TaskStateBaseOptions,
        TaskStateBaseProps,
        TaskStateJsonataBaseProps,
        TaskStateJsonPathBaseProps,
        Timeout,
    )
    from .states.wait import Wait, WaitProps, WaitTime
    from .step_functions_task import ServiceIntegrationPattern
    from .task_credentials import Credentials, TaskRole
    from .types import (
        AfterwardsOptions,
        CatchProps,
        ChoiceTransitionOptions,
        Errors,
        FindStateOptions,
        IChainable,
        INextable,
        IntegrationPattern,
        JitterType,
        ProcessorConfig,
        ProcessorMode,
        ProcessorType,
        QueryLanguage,
        RetryProps,
    )
else:
    _L2_SOURCES = {
        ".activity": ("Activity", "ActivityProps", "IActivity"),
        ".chain": ("Chain",),
        ".condition": ("Condition",),
        ".encryption_configuration": (
            "AwsOwnedEncryptionConfiguration",
            "CustomerManagedEncryptionConfiguration",
            "EncryptionConfiguration",
        ),
        ".fields": ("Context", "Data", "FieldUtils", "JsonPath"),
        ".input": ("InputType", "TaskInput"),
        ".state_graph": ("StateGraph",),
        ".state_machine": (
            "ChainDefinitionBody",
            "DefinitionBody",
            "FileDefinitionBody",
            "IStateMachine",
            "LogLevel",
            "LogOptions",
            "StateMachine",
            "StateMachineGrants",
            "StateMachineProps",
            "StateMachineType",
            "StringDefinitionBody",
        ),
        ".state_machine_fragment": ("StateMachineFragment",),
        ".step_functions_task": ("ServiceIntegrationPattern",),
        ".states.choice": ("Choice", "ChoiceProps"),
        ".states.custom_state": ("CustomState", "CustomStateProps"),
        ".states.fail": ("Fail", "FailProps"),
        ".states.map": ("Map", "MapProps"),
        ".states.map_base": ("MapBase", "MapBaseProps", "ProvideItems"),
        ".states.parallel": ("Parallel", "ParallelProps"),
        ".states.pass_": ("Pass", "PassProps", "Result"),
        ".states.state": (
            "AssignableStateOptions",
            "JsonataCommonOptions",
            "JsonPathCommonOptions",
            "State",
            "StateBaseProps",
            "StateProps",
        ),
        ".states.succeed": ("Succeed", "SucceedProps"),
        ".states.task_base": (
            "TaskMetricsConfig",
            "TaskStateBase",
            "TaskStateBaseOptions",
            "TaskStateBaseProps",
            "TaskStateJsonataBaseProps",
            "TaskStateJsonPathBaseProps",
            "Timeout",
        ),
        ".states.wait": ("Wait", "WaitProps", "WaitTime"),
        ".task_credentials": ("Credentials", "TaskRole"),
        ".types": (
            "AfterwardsOptions",
            "CatchProps",
            "ChoiceTransitionOptions",
            "Errors",
            "FindStateOptions",
            "IChainable",
            "INextable",
            "IntegrationPattern",
            "JitterType",
            "ProcessorConfig",
            "ProcessorMode",
            "ProcessorType",
            "QueryLanguage",
            "RetryProps",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_stepfunctions"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "Activity",
    "ActivityProps",
    "AfterwardsOptions",
    "AssignableStateOptions",
    "AwsOwnedEncryptionConfiguration",
    "CatchProps",
    "Chain",
    "ChainDefinitionBody",
    "Choice",
    "ChoiceProps",
    "ChoiceTransitionOptions",
    "Condition",
    "Context",
    "Credentials",
    "CustomerManagedEncryptionConfiguration",
    "CustomState",
    "CustomStateProps",
    "Data",
    "DefinitionBody",
    "EncryptionConfiguration",
    "Errors",
    "Fail",
    "FailProps",
    "FieldUtils",
    "FileDefinitionBody",
    "FindStateOptions",
    "IActivity",
    "IChainable",
    "INextable",
    "IntegrationPattern",
    "IStateMachine",
    "InputType",
    "JitterType",
    "JsonataCommonOptions",
    "JsonPath",
    "JsonPathCommonOptions",
    "LogLevel",
    "LogOptions",
    "Map",
    "MapBase",
    "MapBaseProps",
    "MapProps",
    "Parallel",
    "ParallelProps",
    "Pass",
    "PassProps",
    "ProcessorConfig",
    "ProcessorMode",
    "ProcessorType",
    "ProvideItems",
    "QueryLanguage",
    "Result",
    "RetryProps",
    "ServiceIntegrationPattern",
    "State",
    "StateBaseProps",
    "StateGraph",
    "StateMachine",
    "StateMachineFragment",
    "StateMachineGrants",
    "StateMachineProps",
    "StateMachineType",
    "StateProps",
    "StringDefinitionBody",
    "Succeed",
    "SucceedProps",
    "TaskInput",
    "TaskMetricsConfig",
    "TaskRole",
    "TaskStateBase",
    "TaskStateBaseOptions",
    "TaskStateBaseProps",
    "TaskStateJsonataBaseProps",
    "TaskStateJsonPathBaseProps",
    "Timeout",
    "Wait",
    "WaitProps",
    "WaitTime",
]
