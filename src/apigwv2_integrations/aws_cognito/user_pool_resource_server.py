"""UserPoolResourceServer: an OAuth resource server of a user pool, with its scopes."""

from __future__ import annotations

from collections.abc import Sequence

from ..cfn.aws_cognito import CfnUserPoolResourceServer, UserPoolResourceServerReference
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ._imported_refs import unknown_user_pool_id
from ._types import IUserPool, IUserPoolResourceServer

if TYPE_CHECKING:
    from typing import Any, ClassVar


@lazy_frozen(kw_only=True)
class ResourceServerScopeProps(metaclass=LazyAttrsMeta):
    """Properties of a ResourceServerScope."""

    scope_name: str
    """The name of the scope."""
    scope_description: str
    """What the scope allows."""


class ResourceServerScope:
    """A scope of a resource server: `ResourceServerScope(scope_name='read', scope_description='...')`."""

    def __init__(self, *, scope_name: str, scope_description: str) -> None:
        props = ResourceServerScopeProps(scope_name=scope_name, scope_description=scope_description)
        self.scope_name = props.scope_name
        self.scope_description = props.scope_description

    def __repr__(self) -> str:
        return (
            f"ResourceServerScope(scope_name={self.scope_name!r}, "
            f"scope_description={self.scope_description!r})"
        )


@lazy_frozen(kw_only=True)
class UserPoolResourceServerOptions(metaclass=LazyAttrsMeta):
    """Options of a resource server."""

    identifier: str
    """The unique identifier of the resource server, usually its URL; scopes are `{identifier}/{scope}`."""
    scopes: Sequence[ResourceServerScope] | None = field(default=None, converter=optional_tuple)
    """The scopes of the server. Default: none."""
    user_pool_resource_server_name: str | None = None
    """The name of the server. Default: the identifier."""


@lazy_frozen(kw_only=True)
class UserPoolResourceServerProps(UserPoolResourceServerOptions, metaclass=LazyAttrsMeta):
    """Properties of a UserPoolResourceServer."""

    user_pool: IUserPool
    """The user pool of the server."""


class _ImportedUserPoolResourceServer(Resource):
    def __init__(self, scope: Construct, id: str, user_pool_resource_server_id: str) -> None:
        super().__init__(scope, id)
        self.user_pool_resource_server_id = user_pool_resource_server_id

    @property
    def user_pool_resource_server_ref(self) -> UserPoolResourceServerReference:
        """A reference to the resource server; its user pool id is unknown and reports so when rendered."""
        user_pool_id = unknown_user_pool_id(
            self, "UserPoolResourceServer.from_user_pool_resource_server_id", "user_pool_resource_server_id"
        )
        return UserPoolResourceServerReference(
            identifier=self.user_pool_resource_server_id, user_pool_id=user_pool_id
        )


class UserPoolResourceServer(Resource):
    """An OAuth resource server of a user pool (`AWS::Cognito::UserPoolResourceServer`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-cognito.UserPoolResourceServer"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_pool: IUserPool,
        identifier: str,
        scopes: Sequence[ResourceServerScope] | None = None,
        user_pool_resource_server_name: str | None = None,
    ) -> None:
        props = UserPoolResourceServerProps(
            user_pool=user_pool,
            identifier=identifier,
            scopes=scopes,
            user_pool_resource_server_name=user_pool_resource_server_name,
        )
        super().__init__(scope, id, physical_name=props.identifier)
        resource = CfnUserPoolResourceServer(
            self,
            "Resource",
            identifier=props.identifier,
            name=props.user_pool_resource_server_name or props.identifier,
            scopes=_render_scopes(props.scopes),
            user_pool_id=props.user_pool.user_pool_id,
        )
        self.user_pool_resource_server_id: str = resource.ref
        self._user_pool = props.user_pool
        self._identifier = props.identifier

    @property
    def user_pool_resource_server_ref(self) -> UserPoolResourceServerReference:
        """A reference to the resource server: its identifier and user pool id."""
        return UserPoolResourceServerReference(
            identifier=self._identifier, user_pool_id=self._user_pool.user_pool_ref.user_pool_id
        )

    @staticmethod
    def from_user_pool_resource_server_id(
        scope: Construct, id: str, user_pool_resource_server_id: str
    ) -> IUserPoolResourceServer:
        """An existing resource server."""
        return _ImportedUserPoolResourceServer(scope, id, user_pool_resource_server_id)


def _render_scopes(scopes: Sequence[ResourceServerScope] | None) -> list[dict[str, Any]] | None:
    if scopes is None:
        return None
    return [{"scope_description": s.scope_description, "scope_name": s.scope_name} for s in scopes]
