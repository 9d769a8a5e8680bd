"""HttpStage: a deployment stage of an HTTP API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from ...aws_apigateway.access_log import AccessLogFormat
from ...cfn.aws_apigatewayv2 import CfnStage, StageReference
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.stack import Stack
from ...core.struct import lazy_frozen
from ...core.tokens.lazy import Lazy
from ..common._metrics import HttpMetrics
from ..common.access_log import IAccessLogSettings, render_access_log_settings
from ..common.stage import (
    DomainMappingOptions,
    IStage,
    StageBase,
    StageOptions,
    ThrottleSettings,
    check_throttle,
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


@runtime_checkable
class IHttpStageRef(Protocol):
    """A reference to a stage of an HTTP API."""

    @property
    def is_http_stage(self) -> bool:
        """Always True: tells HTTP stages from WebSocket stages."""
        ...

    @property
    def stage_ref(self) -> StageReference:
        """A reference to this stage (`StageReference`)."""
        ...


@runtime_checkable
class IHttpStage(IStage, HttpMetrics, IHttpStageRef, Protocol):
    """A stage of an HTTP API, defined here or imported."""

    @property
    def api(self) -> IHttpApi:
        """The API of the stage."""
        ...

    @property
    def domain_url(self) -> str | None:
        """The URL of the stage under its custom domain; None without a domain mapping."""
        ...


class _HttpStageBase(StageBase, HttpMetrics):
    """What defined and imported HTTP stages share: metrics and the access log format."""

    api: IHttpApi

    @property
    def is_http_stage(self) -> bool:
        """Always True: tells HTTP stages from WebSocket stages."""
        return True

    def default_access_log_format(self) -> AccessLogFormat:
        """The access log format used when `access_log_settings` names none: Common Log Format."""
        return AccessLogFormat.clf()


class _ImportedHttpStage(_HttpStageBase):
    def __init__(self, scope: Construct, id: str, attributes: HttpStageAttributes) -> None:
        super().__init__(scope, id)
        self.api = attributes.api
        self.stage_name = attributes.stage_name

    @property
    def url(self) -> str:
        raise ValidationError(self, "url is not known for an imported stage; build it from the API id")

    @property
    def domain_url(self) -> str | None:
        raise ValidationError(
            self, "domain_url is not known for an imported stage; build it from the domain name"
        )


class HttpStage(_HttpStageBase):
    """A stage of an HTTP API (`AWS::ApiGatewayV2::Stage`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.HttpStage"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IHttpApi,
        stage_name: str | None = None,
        auto_deploy: bool | None = None,
        access_log_settings: IAccessLogSettings | None = None,
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
        self.stage_name: str = props.stage_name or DEFAULT_STAGE_NAME
        self._check_stage_name()
        check_throttle(self, props.throttle)
        self._stage_variables.update(props.stage_variables or {})
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
    def from_http_stage_attributes(
        scope: Construct, id: str, *, api: IHttpApi, stage_name: str
    ) -> IHttpStage:
        """An existing HTTP stage."""
        return _ImportedHttpStage(scope, id, HttpStageAttributes(api=api, stage_name=stage_name))

    @property
    def url(self) -> str:
        """The stage's invoke URL (`https://{api}.execute-api.{region}.{suffix}/{stage}`)."""
        stack = Stack.of(self)
        path = "" if self.stage_name == DEFAULT_STAGE_NAME else self.stage_name
        return f"https://{self.api.api_id}.execute-api.{stack.region}.{stack.url_suffix}/{path}"
