"""HttpStage: a deployment stage of an HTTP API."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.stack import Stack
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ..common._metrics import HttpMetrics
from ..common.stage import (
    DomainMappingOptions,
    StageBase,
    StageOptions,
    ThrottleSettings,
    _ImportedStage,
)
from ._types import IHttpApi, IHttpStage, http_api_of

if TYPE_CHECKING:
    from typing import Any

    from ...interfaces.aws_apigatewayv2 import IApiRef
    from ..common.access_log import IAccessLogSettings

DEFAULT_STAGE_NAME = "$default"


@lazy_frozen(kw_only=True)
class HttpStageOptions(StageOptions, metaclass=LazyAttrsMeta):
    """Options of an HTTP stage."""

    stage_name: str | None = None
    """The stage name. Default: `$default`."""


@lazy_frozen(kw_only=True)
class HttpStageProps(HttpStageOptions, metaclass=LazyAttrsMeta):
    """Properties of an HttpStage."""

    http_api: IApiRef
    """The API of the stage (an `HttpApi`, an imported one or a `CfnApi`)."""


@lazy_frozen(kw_only=True)
class HttpStageAttributes(metaclass=LazyAttrsMeta):
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
    def domain_url(self) -> str:
        raise ValidationError(
            self, "domain_url is not known for an imported stage; build it from the domain name"
        )


class HttpStage(_HttpStageBase):
    """A stage of an HTTP API (`AWS::ApiGatewayV2::Stage`)."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigatewayv2.HttpStage"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IApiRef,
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
        self._api = props.http_api
        self.stage_name: str = props.stage_name or DEFAULT_STAGE_NAME
        self._domain_mapping = props.domain_mapping
        self._create_stage_resource(props)

    @staticmethod
    def from_http_stage_attributes(
        scope: Construct, id: str, *, api: IHttpApi, stage_name: str
    ) -> IHttpStage:
        """An existing HTTP stage."""
        attributes = HttpStageAttributes(api=api, stage_name=stage_name)
        return _ImportedHttpStage(scope, id, attributes.api, attributes.stage_name)

    @property
    def api(self) -> IHttpApi:  # type: ignore[override]
        """The API of the stage (an error when it was given as a `CfnApi`, as in aws-cdk-lib)."""
        return http_api_of(self, self._api)

    @property
    def _given_api(self) -> IApiRef:
        return self._api

    @property
    def domain_url(self) -> str:
        """The stage's URL under its custom domain (`https://{domain}/{mapping_key}`)."""
        mapping = self._domain_mapping
        if mapping is None:
            raise ValidationError(
                self,
                "domain_url is not available: the stage has no custom domain mapping; "
                "create the stage with domain_mapping=DomainMappingOptions(domain_name=...)",
            )
        return f"https://{mapping.domain_name.domain_name_ref.domain_name}/{mapping.mapping_key or ''}"

    @property
    def url(self) -> str:
        """The stage's invoke URL (`https://{api}.execute-api.{region}.{suffix}/{stage}`)."""
        stack = Stack.of(self)
        path = "" if self.stage_name == DEFAULT_STAGE_NAME else self.stage_name
        return f"https://{self.api.api_id}.execute-api.{stack.region}.{stack.url_suffix}/{path}"
