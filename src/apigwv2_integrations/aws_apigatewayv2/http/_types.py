"""The vocabulary the HTTP API modules share: methods, payload versions, route authorization, interfaces.

A leaf of `http/`: it imports no other module of the folder, and `api.py`, `route.py`, `integration.py`,
`authorizer.py`, `stage.py` and `vpc_link.py` import it, so their imports all sit at the top and point
one way (api -> route -> integration -> _types; authorizer, stage, vpc_link -> _types). The package
`__init__` exports every public name from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...cfn.aws_apigatewayv2 import ApiReference, StageReference
from ...core.construct import Construct, IConstruct
from ...core.errors import ValidationError
from ...core.resource_types import IEnvironmentAware, IResource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ..common._base import IApi
from ..common._metrics import HttpMetrics
from ..common._types import IStage
from ..common.route import IRoute

if TYPE_CHECKING:
    # Only for annotations: aws_ec2, aws_iam and the VPC link L1 are needed once a VPC link or a grant
    # is made.
    from typing import Any

    from ...aws_ec2 import ISecurityGroup, IVpc, SubnetSelection
    from ...aws_iam import Grant, IGrantable
    from ...cfn.aws_apigatewayv2 import VpcLinkReference


class HttpMethod(SimpleEnum):
    """HTTP methods a route can match."""

    ANY = "ANY"
    DELETE = "DELETE"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"


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


class HttpRouteAuthorizationType(SimpleEnum):
    """The AuthorizationType of a route."""

    AWS_IAM = "AWS_IAM"
    JWT = "JWT"
    CUSTOM = "CUSTOM"
    NONE = "NONE"


def to_authorization_type(value: HttpRouteAuthorizationType | str) -> HttpRouteAuthorizationType | str:
    """aws_cdk's AuthorizationType strings ('CUSTOM', ...) as the enum; other values are left for the route
    to report."""
    if isinstance(value, str):
        return next((t for t in HttpRouteAuthorizationType if t.value == value), value)
    return value


@lazy_frozen(kw_only=True)
class HttpRouteAuthorizerConfig(metaclass=LazyAttrsMeta):
    """What an authorizer tells the route."""

    authorization_type: HttpRouteAuthorizationType | str = field(converter=to_authorization_type)
    """`AWS_IAM`, `JWT`, `CUSTOM` or `NONE` (aws_cdk's strings, or HttpRouteAuthorizationType)."""
    authorization_scopes: Sequence[str] | None = None
    authorizer_id: str | None = None


@runtime_checkable
class IHttpRouteAuthorizer(Protocol):
    """An authorizer that routes can use."""

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """Attach to a route and return what the route renders."""
        ...


@runtime_checkable
class IVpcLink(IResource, Protocol):
    """A VPC link, defined here or imported."""

    @property
    def vpc_link_id(self) -> str:
        """The VPC link's identifier."""
        ...

    @property
    def vpc_link_ref(self) -> VpcLinkReference:
        """A reference to this VPC link (`VpcLinkReference`)."""
        ...

    @property
    def vpc(self) -> IVpc:
        """The VPC the link reaches into."""
        ...


@runtime_checkable
class IHttpApiRef(IConstruct, IEnvironmentAware, Protocol):
    """A reference to an HTTP API."""

    @property
    def is_http_api(self) -> bool:
        """Always True: tells HTTP APIs from WebSocket APIs."""
        ...

    @property
    def api_ref(self) -> ApiReference:
        """A reference to this API (`ApiReference`)."""
        ...


@runtime_checkable
class IHttpApi(IApi, HttpMetrics, IHttpApiRef, Protocol):
    """An HTTP API, defined here or imported."""

    @property
    def http_api_id(self) -> str:
        """The API's identifier."""
        ...

    @property
    def default_authorizer(self) -> IHttpRouteAuthorizer | None:
        """The authorizer of routes that name none."""
        ...

    @property
    def default_authorization_scopes(self) -> Sequence[str] | None:
        """The scopes of routes that use the default authorizer."""
        ...

    @property
    def default_stage(self) -> IHttpStage | None:
        """The `$default` stage, when the API has one."""
        ...

    def arn_for_execute_api(
        self, method: str | None = None, path: str | None = None, stage: str | None = None
    ) -> str:
        """The execute-api ARN for a method, path and stage (`*` where not given)."""
        ...

    def add_vpc_link(
        self,
        *,
        vpc: IVpc,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnets: SubnetSelection | Mapping[str, Any] | None = None,
        vpc_link_name: str | None = None,
    ) -> IVpcLink:
        """The API's VPC link into `vpc`, created on first use."""
        ...


@runtime_checkable
class IHttpRoute(IRoute, Protocol):
    """A route of an HTTP API."""

    @property
    def http_api(self) -> IHttpApi:
        """The API of the route."""
        ...

    @property
    def path(self) -> str | None:
        """The path of the route; None for `$default`."""
        ...

    @property
    def route_arn(self) -> str:
        """The execute-api ARN of the route."""
        ...

    def grant_invoke(self, grantee: IGrantable, *, http_methods: Sequence[HttpMethod] | None = None) -> Grant:
        """Allow `grantee` to invoke this route (the route must use IAM authorization)."""
        ...


@runtime_checkable
class IHttpStageRef(IConstruct, IEnvironmentAware, Protocol):
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
    def domain_url(self) -> str:
        """The URL of the stage under its custom domain (an error without a domain mapping)."""
        ...


def http_api_of(holder: Construct, api: object) -> IHttpApi:
    """`api` as an IHttpApi; a ValidationError on `holder` when it is not one (a `CfnApi`, say)."""
    if getattr(api, "is_http_api", False) is True:
        return api  # type: ignore[return-value]
    raise ValidationError(
        holder,
        f"http_api is a {type(api).__name__}, not an IHttpApi; use the API construct you passed, or pass "
        "an HttpApi or HttpApi.from_http_api_attributes(...)",
    )
