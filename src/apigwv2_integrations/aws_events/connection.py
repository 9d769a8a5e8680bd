"""Connection: how EventBridge authorizes calls to an HTTP API (API key, basic or OAuth), and the HTTP
parameters every call carries."""

from __future__ import annotations

from collections.abc import Mapping

from ..cfn.aws_events import CfnConnection, ConnectionReference
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.secret_value import SecretValue
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any


class HttpMethod(SimpleEnum):
    """The HTTP method of an API destination or of an OAuth token request."""

    POST = "POST"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PUT = "PUT"
    PATCH = "PATCH"
    DELETE = "DELETE"


class HttpParameter:
    """The value of an HTTP parameter of a connection: plain text, or a secret EventBridge keeps hidden."""

    def __init__(self) -> None:
        self._value: str = ""
        self._secret = False

    @staticmethod
    def from_string(value: str) -> HttpParameter:
        """A value shown in the connection."""
        parameter = HttpParameter()
        parameter._value = value
        return parameter

    @staticmethod
    def from_secret(value: SecretValue) -> HttpParameter:
        """A value EventBridge stores as a secret."""
        parameter = HttpParameter()
        parameter._value = value.unsafe_unwrap()
        parameter._secret = True
        return parameter

    def _render(self, key: str) -> CfnConnection.ParameterProperty:
        return CfnConnection.ParameterProperty(key=key, value=self._value, is_value_secret=self._secret)


def render_parameters(parameters: Mapping[str, HttpParameter] | None) -> list[Any] | None:
    """The parameters as a connection's list of `Key`, `Value` and `IsValueSecret`."""
    if not parameters:
        return None
    return [parameter._render(key) for key, parameter in parameters.items()]


def _http_parameters(
    body: Mapping[str, HttpParameter] | None,
    header: Mapping[str, HttpParameter] | None,
    query: Mapping[str, HttpParameter] | None,
    *,
    always: bool = False,
) -> CfnConnection.ConnectionHttpParametersProperty | None:
    """The parameters, rendered as aws-cdk-lib does: an empty object once any kind is given (even an empty
    mapping), or `always` (OAuth token requests), and left out otherwise."""
    if not always and body is None and header is None and query is None:
        return None
    return CfnConnection.ConnectionHttpParametersProperty(
        body_parameters=render_parameters(body),
        header_parameters=render_parameters(header),
        query_string_parameters=render_parameters(query),
    )


@lazy_frozen(kw_only=True)
class OAuthAuthorizationProps(metaclass=LazyAttrsMeta):
    """How EventBridge gets OAuth client-credentials tokens."""

    authorization_endpoint: str
    """The token endpoint (`https://...`)."""
    client_id: str
    """The client ID."""
    client_secret: SecretValue
    """The client secret."""
    http_method: HttpMethod
    """The method of the token request."""
    body_parameters: Mapping[str, HttpParameter] | None = None
    """Body parameters of the token request. Default: none."""
    header_parameters: Mapping[str, HttpParameter] | None = None
    """Headers of the token request. Default: none."""
    query_string_parameters: Mapping[str, HttpParameter] | None = None
    """Query string parameters of the token request. Default: none."""


class Authorization:
    """How a connection authorizes its calls: `api_key`, `basic` or `oauth`."""

    def __init__(self) -> None:
        self._type = ""
        self._parameters: dict[str, Any] = {}

    @staticmethod
    def api_key(api_key_name: str, api_key_value: SecretValue) -> Authorization:
        """An API key in the header `api_key_name`."""
        authorization = Authorization()
        authorization._type = "API_KEY"
        authorization._parameters = {
            "api_key_auth_parameters": CfnConnection.ApiKeyAuthParametersProperty(
                api_key_name=api_key_name, api_key_value=api_key_value.unsafe_unwrap()
            )
        }
        return authorization

    @staticmethod
    def basic(username: str, password: SecretValue) -> Authorization:
        """HTTP basic authorization."""
        authorization = Authorization()
        authorization._type = "BASIC"
        authorization._parameters = {
            "basic_auth_parameters": CfnConnection.BasicAuthParametersProperty(
                username=username, password=password.unsafe_unwrap()
            )
        }
        return authorization

    @staticmethod
    def oauth(
        *,
        authorization_endpoint: str,
        client_id: str,
        client_secret: SecretValue,
        http_method: HttpMethod,
        body_parameters: Mapping[str, HttpParameter] | None = None,
        header_parameters: Mapping[str, HttpParameter] | None = None,
        query_string_parameters: Mapping[str, HttpParameter] | None = None,
    ) -> Authorization:
        """OAuth client credentials, fetched from `authorization_endpoint`."""
        props = OAuthAuthorizationProps(
            authorization_endpoint=authorization_endpoint,
            client_id=client_id,
            client_secret=client_secret,
            http_method=http_method,
            body_parameters=body_parameters,
            header_parameters=header_parameters,
            query_string_parameters=query_string_parameters,
        )
        authorization = Authorization()
        authorization._type = "OAUTH_CLIENT_CREDENTIALS"
        authorization._parameters = {
            "o_auth_parameters": CfnConnection.OAuthParametersProperty(
                authorization_endpoint=props.authorization_endpoint,
                client_parameters=CfnConnection.ClientParametersProperty(
                    client_id=props.client_id, client_secret=props.client_secret.unsafe_unwrap()
                ),
                http_method=props.http_method.value,
                o_auth_http_parameters=_http_parameters(
                    props.body_parameters, props.header_parameters, props.query_string_parameters, always=True
                ),
            )
        }
        return authorization


@runtime_checkable
class IConnection(IResource, Protocol):
    """A connection, defined here or imported."""

    @property
    def connection_arn(self) -> str:
        """The connection's ARN."""
        ...

    @property
    def connection_name(self) -> str:
        """The connection's name."""
        ...

    @property
    def connection_secret_arn(self) -> str:
        """The ARN of the secret EventBridge keeps the credentials in."""
        ...

    @property
    def connection_ref(self) -> ConnectionReference:
        """A reference to the connection: its name and ARN."""
        ...


@lazy_frozen(kw_only=True)
class ConnectionProps(metaclass=LazyAttrsMeta):
    """Properties of a Connection."""

    authorization: Authorization
    """How calls are authorized."""
    body_parameters: Mapping[str, HttpParameter] | None = None
    """Body parameters of every call. Default: none."""
    connection_name: str | None = None
    """The connection's name. Default: generated by CloudFormation."""
    description: str | None = None
    """A description. Default: none."""
    header_parameters: Mapping[str, HttpParameter] | None = None
    """Headers of every call. Default: none."""
    query_string_parameters: Mapping[str, HttpParameter] | None = None
    """Query string parameters of every call. Default: none."""


@lazy_frozen(kw_only=True)
class ConnectionAttributes(metaclass=LazyAttrsMeta):
    """An existing connection."""

    connection_arn: str
    """The connection's ARN."""
    connection_name: str
    """The connection's name."""
    connection_secret_arn: str
    """The ARN of its secret."""


class _ConnectionBase(Resource):
    connection_arn: str
    connection_name: str
    connection_secret_arn: str

    @property
    def connection_ref(self) -> ConnectionReference:
        """A reference to the connection: its name and ARN."""
        return ConnectionReference(connection_arn=self.connection_arn, connection_name=self.connection_name)


class _ImportedConnection(_ConnectionBase):
    def __init__(self, scope: Construct, id: str, attributes: ConnectionAttributes) -> None:
        super().__init__(scope, id, environment_from_arn=attributes.connection_arn)
        self.connection_arn = attributes.connection_arn
        self.connection_name = attributes.connection_name
        self.connection_secret_arn = attributes.connection_secret_arn


class Connection(_ConnectionBase):
    """A connection (`AWS::Events::Connection`) that API destinations call through."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        authorization: Authorization,
        body_parameters: Mapping[str, HttpParameter] | None = None,
        connection_name: str | None = None,
        description: str | None = None,
        header_parameters: Mapping[str, HttpParameter] | None = None,
        query_string_parameters: Mapping[str, HttpParameter] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=connection_name)
        props = ConnectionProps(
            authorization=authorization,
            body_parameters=body_parameters,
            connection_name=connection_name,
            description=description,
            header_parameters=header_parameters,
            query_string_parameters=query_string_parameters,
        )
        authorization_parameters = props.authorization._parameters
        resource = CfnConnection(
            self,
            "Connection",
            authorization_type=props.authorization._type,
            description=props.description,
            name=props.connection_name,
            auth_parameters=CfnConnection.AuthParametersProperty(
                **authorization_parameters,
                invocation_http_parameters=_http_parameters(
                    props.body_parameters, props.header_parameters, props.query_string_parameters
                ),
            ),
        )
        self.connection_arn: str = resource.attr_arn
        self.connection_name: str = resource.ref
        self.connection_secret_arn: str = resource.attr_secret_arn

    @staticmethod
    def from_event_bus_arn(
        scope: Construct, id: str, connection_arn: str, connection_secret_arn: str
    ) -> IConnection:
        """An existing connection, by ARN (`arn:...:connection/<name>/<uuid>`) and its secret's ARN."""
        if Token.is_unresolved(connection_arn):
            name = Fn.select(0, Fn.split("/", Fn.select(1, Fn.split(":connection/", connection_arn))))
        else:
            resource_name = (
                Stack.of(scope).split_arn(connection_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
            )
            name = (resource_name or "").split("/")[0]
        return Connection.from_connection_attributes(
            scope,
            id,
            connection_arn=connection_arn,
            connection_name=name,
            connection_secret_arn=connection_secret_arn,
        )

    @staticmethod
    def from_connection_attributes(
        scope: Construct, id: str, *, connection_arn: str, connection_name: str, connection_secret_arn: str
    ) -> IConnection:
        """An existing connection, by its attributes."""
        attributes = ConnectionAttributes(
            connection_arn=connection_arn,
            connection_name=connection_name,
            connection_secret_arn=connection_secret_arn,
        )
        return _ImportedConnection(scope, id, attributes)
