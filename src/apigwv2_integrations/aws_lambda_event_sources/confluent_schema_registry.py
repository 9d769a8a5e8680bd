"""ConfluentSchemaRegistry: a Confluent schema registry that a Kafka event source validates records with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_lambda import (
    EventRecordFormat,
    IEventSourceMapping,
    IFunction,
    KafkaSchemaRegistryAccessConfig,
    KafkaSchemaRegistryAccessConfigType,
    KafkaSchemaRegistryConfig,
    KafkaSchemaValidationConfig,
    SchemaRegistryProps,
)
from ..aws_secretsmanager import ISecret
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class ConfluentSchemaRegistryProps(SchemaRegistryProps, metaclass=LazyAttrsMeta):
    """Options of a Confluent schema registry."""

    authentication_type: KafkaSchemaRegistryAccessConfigType
    """How the mapping authenticates to the registry."""
    schema_registry_uri: str
    """The URL of the registry."""
    secret: ISecret
    """The secret holding the registry's credentials (the function may read it)."""


class ConfluentSchemaRegistry:
    """A Confluent schema registry, reached with the credentials of a secret."""

    def __init__(
        self,
        *,
        authentication_type: KafkaSchemaRegistryAccessConfigType,
        schema_registry_uri: str,
        secret: ISecret,
        event_record_format: EventRecordFormat,
        schema_validation_configs: Sequence[KafkaSchemaValidationConfig | Mapping[str, Any]],
    ) -> None:
        self.props = ConfluentSchemaRegistryProps(
            authentication_type=authentication_type,
            schema_registry_uri=schema_registry_uri,
            secret=secret,
            event_record_format=event_record_format,
            schema_validation_configs=schema_validation_configs,
        )

    def bind(self, target: IEventSourceMapping, target_handler: IFunction) -> KafkaSchemaRegistryConfig:
        """Let `target_handler` read the secret and return the registry settings of the mapping."""
        props = self.props
        props.secret.grant_read(target_handler)
        return KafkaSchemaRegistryConfig(
            schema_registry_uri=props.schema_registry_uri,
            event_record_format=props.event_record_format,
            access_configs=(
                KafkaSchemaRegistryAccessConfig(type=props.authentication_type, uri=props.secret.secret_arn),
            ),
            schema_validation_configs=props.schema_validation_configs,
        )
