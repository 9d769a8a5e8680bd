"""Targets for Amazon EventBridge rules: Lambda functions, SQS queues, SNS topics, Step Functions state
machines, HTTP APIs, API destinations, event buses, Kinesis streams, CloudWatch Logs log groups and Redshift
queries."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ._util import TargetBaseProps
    from .api_destination import ApiDestination, ApiDestinationProps
    from .api_gateway_v2 import ApiGatewayV2, ApiGatewayV2Props
    from .event_bus import EventBus, EventBusProps
    from .kinesis import KinesisStream, KinesisStreamProps
    from .lambda_ import LambdaFunction, LambdaFunctionProps
    from .log_group import CloudWatchLogGroup, LogGroupProps, LogGroupTargetInput, LogGroupTargetInputOptions
    from .redshift_query import RedshiftQuery, RedshiftQueryProps
    from .sns import SnsTopic, SnsTopicProps
    from .sqs import SqsQueue, SqsQueueProps
    from .state_machine import SfnStateMachine, SfnStateMachineProps
else:
    _SOURCES = {
        "._util": ("TargetBaseProps",),
        ".api_destination": ("ApiDestination", "ApiDestinationProps"),
        ".api_gateway_v2": ("ApiGatewayV2", "ApiGatewayV2Props"),
        ".event_bus": ("EventBus", "EventBusProps"),
        ".kinesis": ("KinesisStream", "KinesisStreamProps"),
        ".lambda_": ("LambdaFunction", "LambdaFunctionProps"),
        ".log_group": (
            "CloudWatchLogGroup",
            "LogGroupProps",
            "LogGroupTargetInput",
            "LogGroupTargetInputOptions",
        ),
        ".redshift_query": ("RedshiftQuery", "RedshiftQueryProps"),
        ".sns": ("SnsTopic", "SnsTopicProps"),
        ".sqs": ("SqsQueue", "SqsQueueProps"),
        ".state_machine": ("SfnStateMachine", "SfnStateMachineProps"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "ApiDestination",
    "ApiDestinationProps",
    "ApiGatewayV2",
    "ApiGatewayV2Props",
    "CloudWatchLogGroup",
    "EventBus",
    "EventBusProps",
    "KinesisStream",
    "KinesisStreamProps",
    "LambdaFunction",
    "LambdaFunctionProps",
    "LogGroupProps",
    "LogGroupTargetInput",
    "LogGroupTargetInputOptions",
    "RedshiftQuery",
    "RedshiftQueryProps",
    "SfnStateMachine",
    "SfnStateMachineProps",
    "SnsTopic",
    "SnsTopicProps",
    "SqsQueue",
    "SqsQueueProps",
    "TargetBaseProps",
]
