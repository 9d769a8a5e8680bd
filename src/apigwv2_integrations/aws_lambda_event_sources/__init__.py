"""Event sources of AWS Lambda functions: SQS queues, SNS topics, DynamoDB and Kinesis streams, Kafka topics,
their failure destinations and the schema registries of Kafka sources."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the sources it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .confluent_schema_registry import ConfluentSchemaRegistry, ConfluentSchemaRegistryProps
    from .dynamodb import DynamoEventSource, DynamoEventSourceProps
    from .glue_schema_registry import GlueSchemaRegistry, GlueSchemaRegistryProps
    from .kafka import (
        AuthenticationMethod,
        KafkaEventSourceProps,
        ManagedKafkaEventSource,
        ManagedKafkaEventSourceProps,
        SelfManagedKafkaEventSource,
        SelfManagedKafkaEventSourceProps,
    )
    from .kafka_dlq import KafkaDlq
    from .kinesis import KinesisConsumerEventSource, KinesisEventSource, KinesisEventSourceProps
    from .s3 import S3EventSource, S3EventSourceProps, S3EventSourceV2
    from .s3_onfailuire_destination import S3OnFailureDestination
    from .sns import SnsEventSource, SnsEventSourceProps
    from .sns_dlq import SnsDlq
    from .sqs import SqsEventSource, SqsEventSourceProps
    from .sqs_dlq import SqsDlq
    from .stream import (
        BaseStreamEventSourceProps,
        ProvisionedPollerConfig,
        StreamEventSource,
        StreamEventSourceProps,
    )
else:
    _SOURCES = {
        ".confluent_schema_registry": ("ConfluentSchemaRegistry", "ConfluentSchemaRegistryProps"),
        ".dynamodb": ("DynamoEventSource", "DynamoEventSourceProps"),
        ".glue_schema_registry": ("GlueSchemaRegistry", "GlueSchemaRegistryProps"),
        ".kafka": (
            "AuthenticationMethod",
            "KafkaEventSourceProps",
            "ManagedKafkaEventSource",
            "ManagedKafkaEventSourceProps",
            "SelfManagedKafkaEventSource",
            "SelfManagedKafkaEventSourceProps",
        ),
        ".kafka_dlq": ("KafkaDlq",),
        ".kinesis": ("KinesisConsumerEventSource", "KinesisEventSource", "KinesisEventSourceProps"),
        ".s3": ("S3EventSource", "S3EventSourceProps", "S3EventSourceV2"),
        ".s3_onfailuire_destination": ("S3OnFailureDestination",),
        ".sns": ("SnsEventSource", "SnsEventSourceProps"),
        ".sns_dlq": ("SnsDlq",),
        ".sqs": ("SqsEventSource", "SqsEventSourceProps"),
        ".sqs_dlq": ("SqsDlq",),
        ".stream": (
            "BaseStreamEventSourceProps",
            "ProvisionedPollerConfig",
            "StreamEventSource",
            "StreamEventSourceProps",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "AuthenticationMethod",
    "BaseStreamEventSourceProps",
    "ConfluentSchemaRegistry",
    "ConfluentSchemaRegistryProps",
    "DynamoEventSource",
    "DynamoEventSourceProps",
    "GlueSchemaRegistry",
    "GlueSchemaRegistryProps",
    "KafkaDlq",
    "KafkaEventSourceProps",
    "KinesisConsumerEventSource",
    "KinesisEventSource",
    "KinesisEventSourceProps",
    "ManagedKafkaEventSource",
    "ManagedKafkaEventSourceProps",
    "ProvisionedPollerConfig",
    "S3EventSource",
    "S3EventSourceProps",
    "S3EventSourceV2",
    "S3OnFailureDestination",
    "SelfManagedKafkaEventSource",
    "SelfManagedKafkaEventSourceProps",
    "SnsDlq",
    "SnsEventSource",
    "SnsEventSourceProps",
    "SqsDlq",
    "SqsEventSource",
    "SqsEventSourceProps",
    "StreamEventSource",
    "StreamEventSourceProps",
]
