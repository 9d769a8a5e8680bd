"""HTTP API integrations: the L2 HttpIntegration and the HttpRouteIntegration base that routes bind."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from ...cfn.aws_apigatewayv2 import CfnIntegration, IntegrationReference
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.resource import Resource
from ...core.struct import lazy_frozen
from ...core.tokens.token import Token
from .._integration_timeout import HTTP_MAX_TIMEOUT_MS, timeout_millis, timeout_problem
from ..common._api_quotas import count_integration
from ..common.integration import IIntegration, api_label
from ..parameter_mapping import ParameterMapping

if TYPE_CHECKING:
    from .api import IHttpApi
    from .route import HttpMethod, IHttpRoute


class HttpIntegrationType(enum.Enum):
    """How API Gateway talks to the backend."""

    HTTP_PROXY = "HTTP_PROXY"
    AWS_PROXY = "AWS_PROXY"


class HttpIntegrationSubtype(enum.Enum):
    """AWS service actions an AWS_PROXY integration can call directly."""

    EVENTBRIDGE_PUT_EVENTS = "EventBridge-PutEvents"
    SQS_SEND_MESSAGE = "SQS-SendMessage"
    SQS_RECEIVE_MESSAGE = "SQS-ReceiveMessage"
    SQS_DELETE_MESSAGE = "SQS-DeleteMessage"
    SQS_PURGE_QUEUE = "SQS-PurgeQueue"
    APPCONFIG_GET_CONFIGURATION = "AppConfig-GetConfiguration"
    KINESIS_PUT_RECORD = "Kinesis-PutRecord"
    STEPFUNCTIONS_START_EXECUTION = "StepFunctions-StartExecution"
    STEPFUNCTIONS_START_SYNC_EXECUTION = "StepFunctions-StartSyncExecution"
    STEPFUNCTIONS_STOP_EXECUTION = "StepFunctions-StopExecution"


class HttpConnectionType(enum.Enum):
    """Whether the backend is reached over the internet or through a VPC link."""

    VPC_LINK = "VPC_LINK"
    INTERNET = "INTERNET"


class PayloadFormatVersion:
    """The event format sent to Lambda integrations: `VERSION_1_0`, `VERSION_2_0` or `custom(...)`."""

    VERSION_1_0: PayloadFormatVersion
    VERSION_2_0: PayloadFormatVersion

    version: str

    @classmethod
    def _of(cls, version: str) -> PayloadFormatVersion:
        # No public constructor, as in aws_cdk: the constants and custom() are the way to get one.
        payload_format_version = object.__new__(cls)
        payload_format_version.version = version
        return payload_format_version

    @staticmethod
    def custom(version: str) -> PayloadFormatVersion:
        """Any other version string."""
        return PayloadFormatVersion._of(version)

    def __repr__(self) -> str:
        return f"PayloadFormatVersion({self.version!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PayloadFormatVersion) and other.version == self.version

    def __hash__(self) -> int:
        return hash(self.version)


PayloadFormatVersion.VERSION_1_0 = PayloadFormatVersion._of("1.0")
PayloadFormatVersion.VERSION_2_0 = PayloadFormatVersion._of("2.0")


class IntegrationCredentials:
    """Credentials API Gateway uses to call an AWS service: `from_role(...)` or `use_caller_identity()`."""

    credentials_arn: str

    @classmethod
    def _of(cls, credentials_arn: str) -> IntegrationCredentials:
        # No public constructor, as in aws_cdk: the factories are the way to get credentials.
        credentials = object.__new__(cls)
        credentials.credentials_arn = credentials_arn
        return credentials

    @staticmethod
    def from_role(role: Any) -> IntegrationCredentials:
        """Use an IAM role (anything with `role_arn`)."""
        return IntegrationCredentials._of(role.role_arn)

    @staticmethod
    def use_caller_identity() -> IntegrationCredentials:
        """Use the identity of the caller."""
        from ...core.tokens.pseudo import Aws

        return IntegrationCredentials._of(f"arn:{Aws.PARTITION}:iam::*:user/*")

    def __repr__(self) -> str:
        return f"IntegrationCredentials({self.credentials_arn!r})"


@runtime_checkable
class IHttpIntegration(IIntegration, Protocol):
    """An integration of an HTTP API."""

    @property
    def http_api(self) -> IHttpApi:
        """The API the integration belongs to."""
        ...


@lazy_frozen(kw_only=True)
class HttpIntegrationProps:
    """Properties of an HttpIntegration."""

    http_api: IHttpApi
    """The API the integration belongs to."""
    integration_type: HttpIntegrationType
    """How API Gateway talks to the backend."""
    connection_id: str | None = None
    """The VPC link id, for VPC_LINK connections."""
    connection_type: HttpConnectionType | None = None
    """INTERNET or VPC_LINK. Default: INTERNET."""
    credentials: IntegrationCredentials | None = None
    """Credentials for AWS service integrations. Default: none."""
    integration_subtype: HttpIntegrationSubtype | None = None
    """The AWS service action, for AWS_PROXY integrations without a URI."""
    integration_uri: str | None = None
    """The backend URI (URL, Lambda ARN, listener ARN or Cloud Map service ARN)."""
    method: HttpMethod | None = None
    """The HTTP method used to call the backend. Default: none (ANY for HTTP proxies)."""
    parameter_mapping: ParameterMapping | None = None
    """Request parameter mappings. Default: none."""
    payload_format_version: PayloadFormatVersion | None = None
    """Event format for Lambda. Default: none rendered."""
    secure_server_name: str | None = None
    """Server name to verify with TLS for private integrations. Default: none."""
    timeout: Duration | None = None
    """Integration timeout, 50 milliseconds to 30 seconds. Default: 30 seconds."""


def _payload_version_problem(props: HttpIntegrationProps) -> str | None:
    """HTTP proxies and AWS service integrations take payload format 1.0 only (Lambda takes 1.0 or 2.0)."""
    version = props.payload_format_version.version if props.payload_format_version is not None else None
    if version is None or version == "1.0" or Token.is_unresolved(version):
        return None
    if props.integration_type is not HttpIntegrationType.HTTP_PROXY and props.integration_subtype is None:
        return None
    kind = "HTTP_PROXY" if props.integration_subtype is None else props.integration_subtype.value
    return (
        f"payload_format_version={props.payload_format_version!r} is not accepted for {kind} "
        "integrations; use PayloadFormatVersion.VERSION_1_0"
    )


class HttpIntegration(Resource):
    """An integration of an HTTP API (`AWS::ApiGatewayV2::Integration`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.HttpIntegration"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    @property
    def integration_ref(self) -> IntegrationReference:
        """A reference to this integration (`IntegrationReference`)."""
        return IntegrationReference(api_id=self.http_api.api_id, integration_id=self.integration_id)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IHttpApi,
        integration_type: HttpIntegrationType,
        connection_id: str | None = None,
        connection_type: HttpConnectionType | None = None,
        credentials: IntegrationCredentials | None = None,
        integration_subtype: HttpIntegrationSubtype | None = None,
        integration_uri: str | None = None,
        method: HttpMethod | None = None,
        parameter_mapping: ParameterMapping | None = None,
        payload_format_version: PayloadFormatVersion | None = None,
        secure_server_name: str | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = HttpIntegrationProps(
            http_api=http_api,
            integration_type=integration_type,
            connection_id=connection_id,
            connection_type=connection_type,
            credentials=credentials,
            integration_subtype=integration_subtype,
            integration_uri=integration_uri,
            method=method,
            parameter_mapping=parameter_mapping,
            payload_format_version=payload_format_version,
            secure_server_name=secure_server_name,
            timeout=timeout,
        )
        if props.integration_subtype is None and props.integration_uri is None:
            raise ValidationError(
                self, "integration_subtype and integration_uri are both None; pass one of them"
            )
        problem = timeout_problem(props.timeout, HTTP_MAX_TIMEOUT_MS)
        if problem is not None:
            raise ValidationError(self, problem)
        problem = _payload_version_problem(props)
        if problem is not None:
            raise ValidationError(self, problem)
        if props.parameter_mapping is not None:
            for mapping_problem in props.parameter_mapping.problems():
                raise ValidationError(self, mapping_problem)
        count_integration(self, props.http_api, is_fixed_limit=True)
        resource = CfnIntegration(
            self,
            "Resource",
            api_id=props.http_api.api_id,
            integration_type=props.integration_type.value,
            integration_subtype=props.integration_subtype.value if props.integration_subtype else None,
            integration_uri=props.integration_uri,
            integration_method=props.method.value if props.method else None,
            connection_id=props.connection_id,
            connection_type=props.connection_type.value if props.connection_type else None,
            payload_format_version=props.payload_format_version.version
            if props.payload_format_version
            else None,
            credentials_arn=props.credentials.credentials_arn if props.credentials else None,
            timeout_in_millis=timeout_millis(props.timeout),
            tls_config=(
                {"server_name_to_verify": props.secure_server_name} if props.secure_server_name else None
            ),
            request_parameters=props.parameter_mapping.mappings if props.parameter_mapping else None,
        )
        self.integration_id: str = resource.ref
        self.http_api = props.http_api


@lazy_frozen(kw_only=True)
class HttpRouteIntegrationBindOptions:
    """What an integration is bound to."""

    route: IHttpRoute
    scope: Construct


@lazy_frozen(kw_only=True)
class HttpRouteIntegrationConfig:
    """What an HttpRouteIntegration asks the route to create."""

    type: HttpIntegrationType
    payload_format_version: PayloadFormatVersion | None = None
    connection_id: str | None = None
    connection_type: HttpConnectionType | None = None
    credentials: IntegrationCredentials | None = None
    method: HttpMethod | None = None
    parameter_mapping: ParameterMapping | None = None
    secure_server_name: str | None = None
    subtype: HttpIntegrationSubtype | None = None
    timeout: Duration | None = None
    uri: str | None = None


class HttpRouteIntegration:
    """The base of integrations that routes bind: the first route creates the integration resource."""

    def __init__(self, id: str) -> None:
        self.id = id
        self._integration: HttpIntegration | None = None

    @property
    def bound_integration(self) -> HttpIntegration | None:
        """The HttpIntegration the first route created (read-only; None before any route binds it)."""
        return self._integration

    def _bind_to_route(self, *, route: IHttpRoute, scope: Construct) -> str:
        """Create the integration on first use (as a child of `scope`) and return its id."""
        if self._integration is not None and self._integration.http_api is not route.http_api:
            raise ValidationError(
                scope,
                f"integration {self.id!r} already belongs to {api_label(self._integration.http_api)}; "
                "a single integration cannot serve two APIs, so create one instance per API",
            )
        if self._integration is None:
            config = self.bind(route=route, scope=scope)
            self._integration = HttpIntegration(
                scope,
                self.id,
                http_api=route.http_api,
                integration_type=config.type,
                integration_subtype=config.subtype,
                integration_uri=config.uri,
                method=config.method,
                connection_id=config.connection_id,
                connection_type=config.connection_type,
                payload_format_version=config.payload_format_version,
                secure_server_name=config.secure_server_name,
                parameter_mapping=config.parameter_mapping,
                credentials=config.credentials,
                timeout=config.timeout,
            )
        self._complete_bind(route=route, scope=scope)
        return self._integration.integration_id

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """Return the integration's configuration for the first route that uses it."""
        raise NotImplementedError(f"{type(self).__name__} must implement bind(*, route, scope)")

    def _complete_bind(self, *, route: IHttpRoute, scope: Construct) -> None:
        """Per-route work after binding (such as Lambda permissions); nothing by default."""
