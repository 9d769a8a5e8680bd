"""Lambda layers: references to existing layer versions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from ..core.construct import Construct
from ..core.resource import Resource
from ..core.struct import lazy_frozen
from .runtime import Runtime


@runtime_checkable
class ILayerVersion(Protocol):
    """A Lambda layer version."""

    @property
    def layer_version_arn(self) -> str:
        """The layer version's ARN."""
        ...


def _to_runtimes(value: Sequence[Runtime] | None) -> tuple[Runtime, ...] | None:
    return None if value is None else tuple(value)


@lazy_frozen(kw_only=True)
class LayerVersionAttributes:
    """An existing layer version."""

    layer_version_arn: str
    """The layer version's ARN."""
    compatible_runtimes: tuple[Runtime, ...] | None = attrs.field(default=None, converter=_to_runtimes)
    """Runtimes it supports. Default: any."""


class LayerVersion:
    """Lambda layer versions; this package supports existing ones (`from_layer_version_arn`)."""

    @staticmethod
    def from_layer_version_arn(scope: Construct, id: str, layer_version_arn: str) -> ILayerVersion:
        """An existing layer version, by ARN."""
        return _ImportedLayerVersion(scope, id, LayerVersionAttributes(layer_version_arn=layer_version_arn))

    @staticmethod
    def from_layer_version_attributes(
        scope: Construct,
        id: str,
        *,
        layer_version_arn: str,
        compatible_runtimes: Sequence[Runtime] | None = None,
    ) -> ILayerVersion:
        """An existing layer version, with the runtimes it supports."""
        return _ImportedLayerVersion(
            scope,
            id,
            LayerVersionAttributes(
                layer_version_arn=layer_version_arn, compatible_runtimes=compatible_runtimes
            ),
        )


class _ImportedLayerVersion(Resource):
    def __init__(self, scope: Construct, id: str, attributes: LayerVersionAttributes) -> None:
        super().__init__(scope, id)
        self.layer_version_arn = attributes.layer_version_arn
        self.compatible_runtimes: Any = list(attributes.compatible_runtimes or ()) or None
