"""What HTTP and WebSocket stages share: throttling, stage variables, domain mappings, metrics."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from ...aws_cloudwatch.metric import Metric
from ...core.resource import Resource
from ...core.struct import lazy_frozen
from ._base import metric_of

if TYPE_CHECKING:
    from .domain_name import IDomainName


class IApiId(Protocol):
    """Anything with an API id (what a stage needs of its API)."""

    @property
    def api_id(self) -> str:
        """The API's identifier."""
        ...


@lazy_frozen(kw_only=True)
class ThrottleSettings:
    """Request throttling of a stage's default route settings."""

    rate_limit: float | None = None
    burst_limit: float | None = None


def to_throttle_settings(value: ThrottleSettings | Mapping[str, Any] | None) -> ThrottleSettings | None:
    """Accept a ThrottleSettings or a dict of its fields."""
    return ThrottleSettings(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class DomainMappingOptions:
    """A custom domain name to map a stage to."""

    domain_name: IDomainName
    mapping_key: str | None = None


def to_domain_mapping(value: DomainMappingOptions | Mapping[str, Any] | None) -> DomainMappingOptions | None:
    """Accept a DomainMappingOptions or a dict of its fields."""
    return DomainMappingOptions(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class StageOptions:
    """Options of any stage."""

    auto_deploy: bool | None = None
    """Deploy changes automatically. Default: False."""
    description: str | None = None
    """Description of the stage."""
    detailed_metrics_enabled: bool | None = None
    """Turn on detailed CloudWatch metrics. Default: off."""
    domain_mapping: DomainMappingOptions | None = attrs.field(default=None, converter=to_domain_mapping)
    """Map the stage to a custom domain name."""
    throttle: ThrottleSettings | None = attrs.field(default=None, converter=to_throttle_settings)
    """Throttle settings of the default route. Default: none."""


@runtime_checkable
class IStage(Protocol):
    """A stage of an API."""

    @property
    def stage_name(self) -> str:
        """The name of the stage."""
        ...

    @property
    def url(self) -> str:
        """The URL of the stage."""
        ...


def render_default_route_settings(
    throttle: ThrottleSettings | None, detailed_metrics_enabled: bool | None
) -> dict[str, Any] | None:
    """DefaultRouteSettings, only when throttling or detailed metrics are set."""
    if throttle is None and detailed_metrics_enabled is None:
        return None
    return {
        "throttling_burst_limit": throttle.burst_limit if throttle else None,
        "throttling_rate_limit": throttle.rate_limit if throttle else None,
        "detailed_metrics_enabled": detailed_metrics_enabled,
    }


class StageBase(Resource):
    """Base of HTTP and WebSocket stages."""

    stage_name: str
    _base_api: IApiId

    def _init_stage_variables(self, variables: Mapping[str, str] | None) -> None:
        self._stage_variables: dict[str, str] = dict(variables or {})

    def add_stage_variable(self, name: str, value: str) -> None:
        """Add a stage variable (rendered at synth, so later additions count)."""
        self._stage_variables[name] = value

    def _render_stage_variables(self) -> dict[str, str] | None:
        return dict(self._stage_variables) if self._stage_variables else None

    def _add_domain_mapping(self, domain_mapping: DomainMappingOptions) -> None:
        from .api_mapping import ApiMapping

        # aws-cdk-lib builds this id from the domain construct's path and the key, "undefined" when unset.
        mapping_key = domain_mapping.mapping_key
        ApiMapping(
            self,
            f"{domain_mapping.domain_name}{'undefined' if mapping_key is None else mapping_key}",
            api=self._base_api,
            domain_name=domain_mapping.domain_name,
            stage=self,
            api_mapping_key=mapping_key,
        )
        self.node.add_dependency(domain_mapping.domain_name)

    def metric(self, metric_name: str, **props: Any) -> Metric:
        """A metric of this stage. Default: statistic Average over 5 minutes."""
        return metric_of({"ApiId": self._base_api.api_id, "Stage": self.stage_name}, metric_name, props)
