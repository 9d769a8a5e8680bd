"""HTTP API integrations: the L2 HttpIntegration and the HttpRouteIntegration base that routes bind."""

from __future__ import annotations

from ...cfn.aws_apigatewayv2 import CfnIntegration, IntegrationReference
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.pseudo import Aws
from ...core.tokens.token import Token
from .._integration_timeout import HTTP_MAX_TIMEOUT_MS, timeout_millis, timeout_problem
from ..common._api_quotas import count_integration
from ..common.integration import IIntegration, RouteIntegrationBase
from ._types import HttpMethod, IHttpApi, IHttpRoute, PayloadFormatVersion, http_api_of

if TYPE_CHECKING:
    from typing import ClassVar

    from ...core.duration import Duration
    from ...interfaces.aws_apigatewayv2 import IApiRef
    from ...interfaces.aws_iam import IRoleRef
    from ..parameter_mapping import ParameterMapping


class HttpIntegrationType(SimpleEnum):
    """How API Gateway talks to the backend."""

    HTTP_PROXY = "HTTP_PROXY"
    AWS_PROXY = "AWS_PROXY"


class HttpIntegrationSubtype(SimpleEnum):
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


class HttpConnectionType(SimpleEnum):
    """Whether the backend is reached over the internet or through a VPC link."""

    VPC_LINK = "VPC_LINK"
    INTERNET = "INTERNET"


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
    def from_role(role: IRoleRef) -> IntegrationCredentials:
        """Use an IAM role (a `Role`, an imported role or a `CfnRole`)."""
        return IntegrationCredentials._of(role.role_ref.role_arn)

    @staticmethod
    def use_caller_identity() -> IntegrationCredentials:
        """Use the identity of the caller."""
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
class HttpIntegrationProps(metaclass=LazyAttrsMeta):
    """Properties of an HttpIntegration."""

    http_api: IApiRef
    """The API the integration belongs to (an `HttpApi`, an imported one or a `CfnApi`)."""
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
        # Lambda proxy integrations: 1.0 or 2.0 (CloudFormation's PayloadFormatVersion reference).
        if version == "2.0":
            return None
        return (
            f"payload_format_version={props.payload_format_version!r} is not accepted for Lambda "
            "integrations; use PayloadFormatVersion.VERSION_1_0 or PayloadFormatVersion.VERSION_2_0"
        )
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
        return IntegrationReference(api_id=self._http_api.api_ref.api_id, integration_id=self.integration_id)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        http_api: IApiRef,
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
        # An empty URI names no target, so it counts as missing (as in aws-cdk-lib).
        if props.integration_subtype is None and not props.integration_uri:
            missing_target = (
                "integration_subtype and integration_uri are both None"
                if props.integration_uri is None
                else f"integration_uri={props.integration_uri!r} is empty and integration_subtype is None"
            )
            raise ValidationError(self, f"{missing_target}; pass one of them")
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
            api_id=props.http_api.api_ref.api_id,
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
        self._http_api = props.http_api

    @property
    def http_api(self) -> IHttpApi:
        """The API of the integration (an error when it was given as a `CfnApi`, as in aws-cdk-lib)."""
        return http_api_of(self, self._http_api)


@lazy_frozen(kw_only=True)
class HttpRouteIntegrationBindOptions(metaclass=LazyAttrsMeta):
    """What an integration is bound to."""

    route: IHttpRoute
    scope: Construct


@lazy_frozen(kw_only=True)
class HttpRouteIntegrationConfig(metaclass=LazyAttrsMeta):
    """What an HttpRouteIntegration asks the route to create."""

    type: HttpIntegrationType
    payload_format_version: PayloadFormatVersion
    connection_id: str | None = None
    connection_type: HttpConnectionType | None = None
    credentials: IntegrationCredentials | None = None
    method: HttpMethod | None = None
    parameter_mapping: ParameterMapping | None = None
    secure_server_name: str | None = None
    subtype: HttpIntegrationSubtype | None = None
    timeout: Duration | None = None
    uri: str | None = None


class HttpRouteIntegration(RouteIntegrationBase[IHttpRoute, HttpRouteIntegrationConfig, HttpIntegration]):
    """The base of integrations that routes bind: the first route of the API creates the integration.

    `bind` runs once per API; per-route work goes in `_complete_bind`. The whole sequence is described
    in `aws_apigatewayv2/common/integration.py`.
    """

    _binds_every_route = False
    _config_class = HttpRouteIntegrationConfig
    _bind_options_class = HttpRouteIntegrationBindOptions

    @property
    def bound_integration(self) -> HttpIntegration | None:
        """The HttpIntegration the first route created (read-only; None before any route binds it)."""
        return self._integration

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        """Return the integration's configuration for the first route that uses it."""
        raise NotImplementedError(f"{type(self).__name__} must implement bind(*, route, scope)")

    def _api_of(self, route: IHttpRoute) -> IHttpApi:
        return route.http_api

    def _create_integration(
        self, scope: Construct, route: IHttpRoute, config: HttpRouteIntegrationConfig
    ) -> HttpIntegration:
        return HttpIntegration(
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
