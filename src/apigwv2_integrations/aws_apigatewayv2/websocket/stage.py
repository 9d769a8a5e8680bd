"""WebSocketStage: a deployment stage of a WebSocket API."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.stack import Stack
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ..common.access_log import IAccessLogSettings
from ..common.stage import (
    DomainMappingOptions,
    StageBase,
    StageOptions,
    ThrottleSettings,
    _ImportedStage,
)
from ._types import IWebSocketApi, IWebSocketStage

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ...aws_apigateway.access_log import AccessLogFormat
    from ...aws_iam import Grant, IGrantable


@lazy_frozen(kw_only=True)
class WebSocketStageProps(StageOptions, metaclass=LazyAttrsMeta):
    """Properties of a WebSocketStage."""

    web_socket_api: IWebSocketApi
    """The API of the stage."""
    stage_name: str
    """The stage name."""


@lazy_frozen(kw_only=True)
class WebSocketStageAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing WebSocket stage."""

    api: IWebSocketApi
    stage_name: str


class _WebSocketStageBase(StageBase):
    """What defined and imported WebSocket stages share: their API is a WebSocket API."""

    api: IWebSocketApi

    def default_access_log_format(self) -> AccessLogFormat:
        """The access log format used when `access_log_settings` names none: Common Log Format with
        the WebSocket request (event type, route key, connection id) in place of the HTTP request line."""
        from ...aws_apigateway.access_log import (
            AccessLogField,
            AccessLogFormat,
        )  # deferred: only stages that log

        requester = " ".join(
            (
                AccessLogField.context_identity_source_ip(),
                AccessLogField.context_identity_caller(),
                AccessLogField.context_identity_user(),
            )
        )
        request = " ".join(
            (
                AccessLogField.context_event_type(),
                AccessLogField.context_route_key(),
                AccessLogField.context_connection_id(),
            )
        )
        status = f"{AccessLogField.context_status()} {AccessLogField.context_request_id()}"
        return AccessLogFormat(f'{requester} [{AccessLogField.context_request_time()}] "{request}" {status}')


class _ImportedWebSocketStage(_ImportedStage, _WebSocketStageBase):
    @property
    def callback_url(self) -> str:
        raise ValidationError(
            self, "callback_url is not known for an imported stage; build it from the API id"
        )


class WebSocketStage(_WebSocketStageBase):
    """A stage of a WebSocket API (`AWS::ApiGatewayV2::Stage`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.WebSocketStage"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        web_socket_api: IWebSocketApi,
        stage_name: str,
        auto_deploy: bool | None = None,
        access_log_settings: IAccessLogSettings | None = None,
        description: str | None = None,
        detailed_metrics_enabled: bool | None = None,
        domain_mapping: DomainMappingOptions | Mapping[str, Any] | None = None,
        stage_variables: Mapping[str, str] | None = None,
        throttle: ThrottleSettings | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=stage_name)
        props = WebSocketStageProps(
            web_socket_api=web_socket_api,
            stage_name=stage_name,
            auto_deploy=auto_deploy,
            access_log_settings=access_log_settings,
            description=description,
            detailed_metrics_enabled=detailed_metrics_enabled,
            domain_mapping=domain_mapping,
            stage_variables=stage_variables,
            throttle=throttle,
        )
        self.api = props.web_socket_api
        self.stage_name: str = props.stage_name
        self._create_stage_resource(props)

    @staticmethod
    def from_web_socket_stage_attributes(
        scope: Construct, id: str, *, api: IWebSocketApi, stage_name: str
    ) -> IWebSocketStage:
        """An existing WebSocket stage."""
        attributes = WebSocketStageAttributes(api=api, stage_name=stage_name)
        return _ImportedWebSocketStage(scope, id, attributes.api, attributes.stage_name)

    def _stage_url(self, scheme: str) -> str:
        stack = Stack.of(self)
        return f"{scheme}://{self.api.api_id}.execute-api.{stack.region}.{stack.url_suffix}/{self.stage_name}"

    @property
    def url(self) -> str:
        """The WebSocket URL (`wss://...`)."""
        return self._stage_url("wss")

    @property
    def callback_url(self) -> str:
        """The URL backends post messages to (`https://...`)."""
        return self._stage_url("https")

    def grant_management_api_access(self, identity: IGrantable) -> Grant:
        """Allow `identity` to manage the connections of this stage."""
        # Deferred for import speed: aws_iam's grant modules (~2 ms) load only in apps that grant access.
        from ...aws_iam import Grant

        arn = Stack.of(self).format_arn(service="execute-api", resource=self.api.api_id)
        return Grant.add_to_principal(
            grantee=identity,
            actions=["execute-api:ManageConnections"],
            resource_arns=[f"{arn}/{self.stage_name}/*/@connections/*"],
        )
