"""AWS Step Functions: state machines, and every `Cfn*` class of the service."""

from ..cfn.aws_stepfunctions import *  # noqa: F403
from ..cfn.aws_stepfunctions import __all__ as _cfn_all
from .state_machine import (
    DefinitionBody,
    IStateMachine,
    StateMachine,
    StateMachineProps,
    StateMachineType,
    StringDefinitionBody,
)

__all__ = [
    *_cfn_all,
    "DefinitionBody",
    "IStateMachine",
    "StateMachine",
    "StateMachineProps",
    "StateMachineType",
    "StringDefinitionBody",
]
