"""HttpStage: a deployment stage of an HTTP API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...cfn.aws_apigatewayv2 import CfnStage
from ...core.construct import Construct
from ...core.resource import Resource
from ...core.stack import Stack
from ...core.struct import lazy_frozen
from ...core.tokens.lazy import Lazy
from ..common.access_log import render_access_log_settings
from ..common.stage import (
    DomainMappingOptions,
    StageBase,
    StageOptions,
    ThrottleSettings,
    render_default_route_settings,
)

if TYPE_CHECKING:
    from .api import IHttpApi

DEFAULT_STAGE_NAME = "$default"


@lazy_frozen(kw_only=True)
class HttpStageOptions(StageOptions):
    """Options of an HTTP stage."""

    stage_name: str | None = None
    """The stage name. Default: `$default`."""
    stage_variables: Mapping[str, str] | None = None
    """Stage variables. Default: none."""
    access_log_settings: Any = None
    """Access logging (destination and format). Default: none."""


@lazy_frozen(kw_only=True)
class HttpStageProps(HttpStageOptions):
    """Properties of an HttpStage."""

    http_api: IHttpApi
    """The API of the stage."""


@lazy_frozen(kw_only=True)
class HttpStageAttributes:
    """What identifies an existing HTTP stage."""

    api: IHttpApi
    stage_name: str


class _ImportedHttpStage(Resource):
    def __init__(self, scope: Construct, id: str, attributes: HttpStageAttributes) -> None:
        super().__init__(scope, id)
        self.api = attributes.api
        self.stage_name = attributes.stage_name

    @property
    def url(self) -> str:
        raise AttributeError(
            f"{self.node.path}: url is not known for an imported stage; build it from the API id"
        )


class HttpStage(StageBase):
    """A stage of an HTTP API (`AWS::ApiGatewayV2::Stage`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IHttpApi,
        stage_name: str | None = None,
        auto_deploy: bool | None = None,
        access_log_settings: Any = None,
        description: str | None = None,
        detailed_metrics_enabled: bool | None = None,
        domain_mapping: DomainMappingOptions | Mapping[str, Any] | None = None,
        stage_variables: Mapping[str, str] | None = None,
        throttle: ThrottleSettings | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=stage_name or DEFAULT_STAGE_NAME)
        props = HttpStageProps(
            http_api=http_api,
            stage_name=stage_name,
            auto_deploy=auto_deploy,
            access_log_settings=access_log_settings,
            description=description,
            detailed_metrics_enabled=detailed_metrics_enabled,
            domain_mapping=domain_mapping,
            stage_variables=stage_variables,
            throttle=throttle,
        )
        self.api = props.http_api
        self._base_api = props.http_api
        self.stage_name: str = props.stage_name or DEFAULT_STAGE_NAME
        self._init_stage_variables(props.stage_variables)
        resource = CfnStage(
            self,
            "Resource",
            api_id=props.http_api.api_id,
            stage_name=self.stage_name,
            auto_deploy=props.auto_deploy,
            default_route_settings=render_default_route_settings(
                props.throttle, props.detailed_metrics_enabled
            ),
            description=props.description,
            access_log_settings=render_access_log_settings(self, props.access_log_settings),
            stage_variables=Lazy.any(self._render_stage_variables),
        )
        self.stage_id = resource.ref
        if props.domain_mapping is not None:
            self._add_domain_mapping(props.domain_mapping)
        self.domain_url = (
            f"https://{props.domain_mapping.domain_name.name}/{props.domain_mapping.mapping_key or ''}"
            if props.domain_mapping is not None
            else None
        )

    @staticmethod
    def from_http_stage_attributes(scope: Construct, id: str, *, api: IHttpApi, stage_name: str) -> Any:
        """An existing HTTP stage."""
        return _ImportedHttpStage(scope, id, HttpStageAttributes(api=api, stage_name=stage_name))

    @property
    def url(self) -> str:
        """The stage's invoke URL (`https://{api}.execute-api.{region}.{suffix}/{stage}`)."""
        stack = Stack.of(self)
        path = "" if self.stage_name == DEFAULT_STAGE_NAME else self.stage_name
        return f"https://{self.api.api_id}.execute-api.{stack.region}.{stack.url_suffix}/{path}"

    def metric_client_error(self, **props: Any) -> Any:
        """4XX errors of this stage (Sum)."""
        return self.metric("4xx", **{"statistic": "Sum", **props})

    def metric_server_error(self, **props: Any) -> Any:
        """5XX errors of this stage (Sum)."""
        return self.metric("5xx", **{"statistic": "Sum", **props})

    def metric_data_processed(self, **props: Any) -> Any:
        """Data processed by this stage (Sum)."""
        return self.metric("DataProcessed", **{"statistic": "Sum", **props})

    def metric_count(self, **props: Any) -> Any:
        """Requests to this stage (SampleCount)."""
        return self.metric("Count", **{"statistic": "SampleCount", **props})

    def metric_integration_latency(self, **props: Any) -> Any:
        """Backend latency of this stage."""
        return self.metric("IntegrationLatency", **props)

    def metric_latency(self, **props: Any) -> Any:
        """Total latency of this stage."""
        return self.metric("Latency", **props)
