"""Targets for Amazon EventBridge rules: Lambda functions, SQS queues and Step Functions state machines."""

from ._util import TargetBaseProps
from .lambda_ import LambdaFunction, LambdaFunctionProps
from .sqs import SqsQueue, SqsQueueProps
from .state_machine import SfnStateMachine, SfnStateMachineProps

__all__ = [
    "LambdaFunction",
    "LambdaFunctionProps",
    "SfnStateMachine",
    "SfnStateMachineProps",
    "SqsQueue",
    "SqsQueueProps",
    "TargetBaseProps",
]
