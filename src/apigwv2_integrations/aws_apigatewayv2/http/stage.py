"""HttpStage: a deployment stage of an HTTP API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.stack import Stack
from ...core.struct import lazy_frozen
from ..common._metrics import HttpMetrics
from ..common.access_log import IAccessLogSettings
from ..common.stage import (
    DomainMappingOptions,
    StageBase,
    StageOptions,
    ThrottleSettings,
    _ImportedStage,
)
from ._types import IHttpApi, IHttpStage

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


class _HttpStageBase(StageBase, HttpMetrics):
    """What defined and imported HTTP stages share: the HTTP metrics and `is_http_stage`."""

    api: IHttpApi

    @property
    def is_http_stage(self) -> bool:
        """Always True: tells HTTP stages from WebSocket stages."""
        return True


class _ImportedHttpStage(_ImportedStage, _HttpStageBase):
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
        self._create_stage_resource(props)
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
        attributes = HttpStageAttributes(api=api, stage_name=stage_name)
        return _ImportedHttpStage(scope, id, attributes.api, attributes.stage_name)

    @property
    def url(self) -> str:
        """The stage's invoke URL (`https://{api}.execute-api.{region}.{suffix}/{stage}`)."""
        stack = Stack.of(self)
        path = "" if self.stage_name == DEFAULT_STAGE_NAME else self.stage_name
        return f"https://{self.api.api_id}.execute-api.{stack.region}.{stack.url_suffix}/{path}"
