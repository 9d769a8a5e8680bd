"""Schema registries of Kafka event source mappings: what a mapping validates and decodes records with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.runtime_typing import TYPE_CHECKING, Protocol, cast, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from .event_source_mapping import IEventSourceMapping
    from .function_base import IFunction


class KafkaSchemaRegistryAccessConfigType:
    """How a mapping authenticates to its schema registry (open set: `of(name)`)."""

    BASIC_AUTH: ClassVar[KafkaSchemaRegistryAccessConfigType]
    CLIENT_CERTIFICATE_TLS_AUTH: ClassVar[KafkaSchemaRegistryAccessConfigType]
    SASL_SCRAM_256_AUTH: ClassVar[KafkaSchemaRegistryAccessConfigType]
    SASL_SCRAM_512_AUTH: ClassVar[KafkaSchemaRegistryAccessConfigType]
    SERVER_ROOT_CA_CERTIFICATE: ClassVar[KafkaSchemaRegistryAccessConfigType]
    VIRTUAL_HOST: ClassVar[KafkaSchemaRegistryAccessConfigType]
    VPC_SECURITY_GROUP: ClassVar[KafkaSchemaRegistryAccessConfigType]
    VPC_SUBNET: ClassVar[KafkaSchemaRegistryAccessConfigType]

    def __init__(self, name: str) -> None:
        self.type = name

    @staticmethod
    def of(name: str) -> KafkaSchemaRegistryAccessConfigType:
        """A type not listed here, by its CloudFormation name."""
        return KafkaSchemaRegistryAccessConfigType(name)

    def __repr__(self) -> str:
        if getattr(KafkaSchemaRegistryAccessConfigType, self.type, None) is self:
            return f"KafkaSchemaRegistryAccessConfigType.{self.type}"
        return f"KafkaSchemaRegistryAccessConfigType.of({self.type!r})"


for _name in (
    "BASIC_AUTH",
    "CLIENT_CERTIFICATE_TLS_AUTH",
    "SASL_SCRAM_256_AUTH",
    "SASL_SCRAM_512_AUTH",
    "SERVER_ROOT_CA_CERTIFICATE",
    "VIRTUAL_HOST",
    "VPC_SECURITY_GROUP",
    "VPC_SUBNET",
):
    setattr(KafkaSchemaRegistryAccessConfigType, _name, KafkaSchemaRegistryAccessConfigType(_name))


class KafkaSchemaValidationAttribute:
    """The part of a Kafka record a registry validates (open set: `of(name)`)."""

    KEY: ClassVar[KafkaSchemaValidationAttribute]
    VALUE: ClassVar[KafkaSchemaValidationAttribute]

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def of(name: str) -> KafkaSchemaValidationAttribute:
        """An attribute not listed here, by its CloudFormation name."""
        return KafkaSchemaValidationAttribute(name)

    def __repr__(self) -> str:
        if getattr(KafkaSchemaValidationAttribute, self.value, None) is self:
            return f"KafkaSchemaValidationAttribute.{self.value}"
        return f"KafkaSchemaValidationAttribute.of({self.value!r})"


KafkaSchemaValidationAttribute.KEY = KafkaSchemaValidationAttribute("KEY")
KafkaSchemaValidationAttribute.VALUE = KafkaSchemaValidationAttribute("VALUE")


class EventRecordFormat:
    """The form in which the function receives the records a registry decoded (open set: `of(name)`)."""

    JSON: ClassVar[EventRecordFormat]
    SOURCE: ClassVar[EventRecordFormat]

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def of(name: str) -> EventRecordFormat:
        """A format not listed here, by its CloudFormation name."""
        return EventRecordFormat(name)

    def __repr__(self) -> str:
        if getattr(EventRecordFormat, self.value, None) is self:
            return f"EventRecordFormat.{self.value}"
        return f"EventRecordFormat.of({self.value!r})"


EventRecordFormat.JSON = EventRecordFormat("JSON")
EventRecordFormat.SOURCE = EventRecordFormat("SOURCE")


@lazy_frozen(kw_only=True)
class KafkaSchemaRegistryAccessConfig(metaclass=LazyAttrsMeta):
    """A credential the mapping uses to reach its schema registry."""

    type: KafkaSchemaRegistryAccessConfigType
    """What `uri` is."""
    uri: str
    """The ARN of the secret holding the credential."""


@lazy_frozen(kw_only=True)
class KafkaSchemaValidationConfig(metaclass=LazyAttrsMeta):
    """A part of each record the registry validates."""

    attribute: KafkaSchemaValidationAttribute
    """The key or the value of the record."""


def _to_validation_configs(
    value: Sequence[KafkaSchemaValidationConfig | Mapping[str, object]],
) -> tuple[KafkaSchemaValidationConfig, ...]:
    return tuple(
        KafkaSchemaValidationConfig(**cast("Mapping[str, Any]", item)) if isinstance(item, Mapping) else item
        for item in value
    )


def _to_access_configs(
    value: Sequence[KafkaSchemaRegistryAccessConfig | Mapping[str, object]] | None,
) -> tuple[KafkaSchemaRegistryAccessConfig, ...] | None:
    if value is None:
        return None
    return tuple(
        KafkaSchemaRegistryAccessConfig(**cast("Mapping[str, Any]", item))
        if isinstance(item, Mapping)
        else item
        for item in value
    )


@lazy_frozen(kw_only=True)
class SchemaRegistryProps(metaclass=LazyAttrsMeta):
    """Options of every schema registry."""

    event_record_format: EventRecordFormat
    """The form in which the function receives the records."""
    schema_validation_configs: tuple[KafkaSchemaValidationConfig, ...] = field(
        converter=_to_validation_configs
    )
    """The parts of each record the registry validates."""


@lazy_frozen(kw_only=True)
class KafkaSchemaRegistryConfig(metaclass=LazyAttrsMeta):
    """The schema registry settings a registry gives the mapping it is bound to."""

    event_record_format: EventRecordFormat
    """The form in which the function receives the records."""
    schema_registry_uri: str
    """The URI of the registry (the ARN of a Glue registry)."""
    schema_validation_configs: tuple[KafkaSchemaValidationConfig, ...] = field(
        converter=_to_validation_configs
    )
    """The parts of each record the registry validates."""
    access_configs: tuple[KafkaSchemaRegistryAccessConfig, ...] | None = field(
        default=None, converter=_to_access_configs
    )
    """The credentials to reach the registry. Default: none."""


@runtime_checkable
class ISchemaRegistry(Protocol):
    """A schema registry of a Kafka event source, such as `aws_lambda_event_sources.GlueSchemaRegistry`."""

    def bind(self, target: IEventSourceMapping, target_handler: IFunction) -> KafkaSchemaRegistryConfig:
        """Give `target_handler` access to the registry and return the mapping's registry settings."""
        ...
