"""FunctionUrl: an HTTPS endpoint of a function or alias; its auth type, CORS and invoke mode."""

from __future__ import annotations

from ..aws_iam import AnyPrincipal, Grant, IGrantable
from ..cfn.aws_lambda import CfnUrl, UrlReference
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from .permission import Permission

if TYPE_CHECKING:
    from typing import Any

_MAX_CORS_AGE_SECONDS = 86400


class FunctionUrlAuthType(SimpleEnum):
    """How callers of a function URL are authenticated."""

    AWS_IAM = "AWS_IAM"
    NONE = "NONE"


class InvokeMode(SimpleEnum):
    """Whether the response is buffered or streamed."""

    BUFFERED = "BUFFERED"
    RESPONSE_STREAM = "RESPONSE_STREAM"


class HttpMethod(SimpleEnum):
    """HTTP methods a function URL's CORS rules allow."""

    GET = "GET"
    PUT = "PUT"
    HEAD = "HEAD"
    POST = "POST"
    DELETE = "DELETE"
    PATCH = "PATCH"
    OPTIONS = "OPTIONS"
    ALL = "*"


@lazy_frozen(kw_only=True)
class FunctionUrlCorsOptions(metaclass=LazyAttrsMeta):
    """Cross-origin settings of a function URL."""

    allow_credentials: bool | None = None
    """Allow cookies and other credentials. Default: False."""
    allowed_headers: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Headers a request may have. Default: none."""
    allowed_methods: tuple[HttpMethod, ...] | None = field(default=None, converter=optional_tuple)
    """Methods allowed. Default: all (`*`)."""
    allowed_origins: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Origins allowed. Default: none."""
    exposed_headers: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Response headers the browser may read. Default: none."""
    max_age: Duration | None = None
    """How long a preflight response is cached, up to 24 hours. Default: not cached."""


def _to_cors(value: FunctionUrlCorsOptions | dict[str, Any] | None) -> FunctionUrlCorsOptions | None:
    return FunctionUrlCorsOptions(**value) if isinstance(value, dict) else value


@lazy_frozen(kw_only=True)
class FunctionUrlOptions(metaclass=LazyAttrsMeta):
    """Options of a function URL."""

    auth_type: FunctionUrlAuthType | None = None
    """Who may call the URL. Default: AWS_IAM."""
    cors: FunctionUrlCorsOptions | None = field(default=None, converter=_to_cors)
    """Cross-origin settings. Default: no CORS headers."""
    invoke_mode: InvokeMode | None = None
    """Buffered or streamed responses. Default: BUFFERED (not rendered)."""


@lazy_frozen(kw_only=True)
class FunctionUrlProps(FunctionUrlOptions, metaclass=LazyAttrsMeta):
    """Properties of a FunctionUrl."""

    function: Any
    """The function or alias (an IFunction); a version cannot have a URL."""


@runtime_checkable
class IFunctionUrl(IResource, Protocol):
    """A function URL."""

    @property
    def url(self) -> str:
        """The URL (`https://<id>.lambda-url.<region>.on.aws/`)."""
        ...

    @property
    def function_arn(self) -> str:
        """The ARN of the function the URL invokes."""
        ...

    @property
    def auth_type(self) -> FunctionUrlAuthType:
        """How callers are authenticated."""
        ...

    @property
    def url_ref(self) -> UrlReference:
        """A reference to the URL: its function's ARN."""
        ...

    def grant_invoke_url(self, grantee: IGrantable) -> Grant:
        """Let `grantee` call the URL."""
        ...


class FunctionUrl(Resource):
    """A function URL (`AWS::Lambda::Url`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        function: Any,
        auth_type: FunctionUrlAuthType | None = None,
        cors: FunctionUrlCorsOptions | dict[str, Any] | None = None,
        invoke_mode: InvokeMode | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = FunctionUrlProps(function=function, auth_type=auth_type, cors=cors, invoke_mode=invoke_mode)
        is_alias = hasattr(props.function, "alias_name")
        if not is_alias and hasattr(props.function, "version") and hasattr(props.function, "lambda_"):
            raise ValidationError(
                self, f"function={props.function!r} is a Version; a URL needs a function or an alias"
            )
        target = props.function.version.lambda_ if is_alias else props.function
        self.auth_type = props.auth_type or FunctionUrlAuthType.AWS_IAM
        resource = CfnUrl(
            self,
            "Resource",
            auth_type=self.auth_type.value,
            cors=self._render_cors(props.cors) if props.cors is not None else None,
            invoke_mode=props.invoke_mode.value if props.invoke_mode is not None else None,
            target_function_arn=target.function_arn,
            qualifier=props.function.alias_name if is_alias else None,
        )
        if is_alias and props.function.node.default_child is not None:
            resource.node.add_dependency(props.function.node.default_child)
        self.url: str = resource.attr_function_url
        self.function_arn: str = resource.attr_function_arn
        self.function = props.function
        if props.auth_type is FunctionUrlAuthType.NONE:
            call_with_struct(
                props.function.add_permission,
                Permission,
                "invoke-function-url",
                principal=AnyPrincipal(),
                action="lambda:InvokeFunctionUrl",
                function_url_auth_type=props.auth_type,
            )
            call_with_struct(
                props.function.add_permission,
                Permission,
                "invoke-function",
                principal=AnyPrincipal(),
                action="lambda:InvokeFunction",
                invoked_via_function_url=True,
            )

    @property
    def url_ref(self) -> UrlReference:
        """A reference to the URL: the ARN of its function."""
        return UrlReference(function_arn=self.function_arn)

    def grant_invoke_url(self, grantee: IGrantable) -> Grant:
        """Let `grantee` call the URL."""
        grant: Grant = self.function.grant_invoke_url(grantee)
        return grant

    def _render_cors(self, cors: FunctionUrlCorsOptions) -> CfnUrl.CorsProperty:
        max_age = cors.max_age
        if (
            max_age is not None
            and not max_age.is_unresolved()
            and max_age.to_seconds() > _MAX_CORS_AGE_SECONDS
        ):
            raise ValidationError(
                self,
                f"cors.max_age={max_age!r} is longer than 24 hours; use at most Duration.hours(24)",
            )
        methods = cors.allowed_methods or (HttpMethod.ALL,)
        return CfnUrl.CorsProperty(
            allow_credentials=cors.allow_credentials,
            allow_headers=list(cors.allowed_headers) if cors.allowed_headers is not None else None,
            allow_methods=[m.value for m in methods],
            allow_origins=list(cors.allowed_origins) if cors.allowed_origins is not None else None,
            expose_headers=list(cors.exposed_headers) if cors.exposed_headers is not None else None,
            max_age=max_age.to_seconds() if max_age is not None else None,
        )
