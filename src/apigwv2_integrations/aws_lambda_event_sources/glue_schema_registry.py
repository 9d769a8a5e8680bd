"""GlueSchemaRegistry: an AWS Glue schema registry that a Kafka event source validates records with."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..aws_iam import PolicyStatement
from ..aws_lambda import (
    EventRecordFormat,
    IEventSourceMapping,
    IFunction,
    KafkaSchemaRegistryConfig,
    KafkaSchemaValidationConfig,
    SchemaRegistryProps,
)
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

_REGISTRY_ARN = r"arn:[^:]+:glue:[^:]+:[^:]+:registry/([^/]+)"
_SCHEMA_ARNS = "arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/${registryName}/*"


@runtime_checkable
class _GlueRegistry(Protocol):
    """What a registry resource (aws_glue's `CfnRegistry`) offers: its ARN and its name."""

    @property
    def attr_arn(self) -> str: ...

    @property
    def name(self) -> str: ...


@lazy_frozen(kw_only=True)
class GlueSchemaRegistryProps(SchemaRegistryProps, metaclass=LazyAttrsMeta):
    """Options of a Glue schema registry: the registry, as a resource or by ARN."""

    schema_registry: _GlueRegistry | None = None
    """The registry resource (taken over schema_registry_arn). Default: none."""
    schema_registry_arn: str | None = None
    """The ARN of the registry. Default: none."""


class GlueSchemaRegistry:
    """An AWS Glue schema registry (the function may read the registry and its schema versions)."""

    def __init__(
        self,
        *,
        schema_registry: _GlueRegistry | None = None,
        schema_registry_arn: str | None = None,
        event_record_format: EventRecordFormat,
        schema_validation_configs: Sequence[KafkaSchemaValidationConfig | Mapping[str, Any]],
    ) -> None:
        self.props = GlueSchemaRegistryProps(
            schema_registry=schema_registry,
            schema_registry_arn=schema_registry_arn,
            event_record_format=event_record_format,
            schema_validation_configs=schema_validation_configs,
        )

    def bind(self, target: IEventSourceMapping, target_handler: IFunction) -> KafkaSchemaRegistryConfig:
        """Let `target_handler` read the registry and return the registry settings of the mapping."""
        arn, name = self._registry_arn_and_name(target)
        add_to_role_policy = target_handler.add_to_role_policy
        add_to_role_policy(PolicyStatement(actions=["glue:GetRegistry"], resources=[arn]))
        add_to_role_policy(
            PolicyStatement(
                actions=["glue:GetSchemaVersion"],
                resources=[arn, Fn.sub(_SCHEMA_ARNS, {"registryName": name})],
            )
        )
        return KafkaSchemaRegistryConfig(
            schema_registry_uri=arn,
            event_record_format=self.props.event_record_format,
            schema_validation_configs=self.props.schema_validation_configs,
        )

    def _registry_arn_and_name(self, target: IEventSourceMapping) -> tuple[str, str]:
        registry, arn = self.props.schema_registry, self.props.schema_registry_arn
        if registry is not None:
            return registry.attr_arn, registry.name
        if arn is None:
            raise ValidationError(
                target,
                "GlueSchemaRegistry: schema_registry and schema_registry_arn are both unset; pass one of "
                "them",
            )
        # The schema ARNs the function may read are named after the registry: only a literal ARN tells it.
        found = None if Token.is_unresolved(arn) else re.fullmatch(_REGISTRY_ARN, arn)
        if found is None:
            raise ValidationError(
                target,
                f"GlueSchemaRegistry: schema_registry_arn={arn!r} is not the literal ARN of a Glue registry; "
                "use 'arn:<partition>:glue:<region>:<account>:registry/<name>', or pass the registry "
                "resource as schema_registry",
            )
        return arn, found.group(1)
