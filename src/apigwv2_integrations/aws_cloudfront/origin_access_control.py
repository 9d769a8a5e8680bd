"""S3OriginAccessControl: how CloudFront signs its requests to an S3 origin, and the access levels an
origin with origin access control is granted."""

from __future__ import annotations

from ..cfn.aws_cloudfront.origin_access_control import CfnOriginAccessControl
from ..core.construct import Construct
from ..core.names import Names
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.simple_enum import SimpleEnum

if TYPE_CHECKING:
    from typing import ClassVar


class AccessLevel(SimpleEnum):
    """What a distribution may do in the bucket of an origin with origin access control."""

    READ = "READ"
    READ_VERSIONED = "READ_VERSIONED"
    LIST = "LIST"
    WRITE = "WRITE"
    DELETE = "DELETE"


class SigningBehavior(SimpleEnum):
    """Which requests CloudFront signs."""

    ALWAYS = "always"
    ALWAYS_AMZ_AUTH = "always-amz-auth"
    NEVER = "never"
    NO_OVERRIDE = "no-override"


class SigningProtocol(SimpleEnum):
    """How CloudFront signs its requests."""

    SIGV4 = "sigv4"
    SIGV4A = "sigv4a"


class OriginAccessControlOriginType(SimpleEnum):
    """The kind of origin an origin access control is for."""

    S3 = "s3"
    LAMBDA = "lambda"
    MEDIASTORE = "mediastore"
    MEDIAPACKAGEV2 = "mediapackagev2"


class Signing:
    """A signing protocol and behavior (`Signing.SIGV4_ALWAYS`, ...)."""

    NEVER: ClassVar[Signing]
    """Sign no request."""
    SIGV4_ALWAYS: ClassVar[Signing]
    """Sign every request with SigV4."""
    SIGV4_ALWAYS_AMZ_AUTH: ClassVar[Signing]
    """Sign every request with SigV4, in the x-amz-cf-auth header."""
    SIGV4_A_ALWAYS: ClassVar[Signing]
    """Sign every request with SigV4A."""
    SIGV4_A_ALWAYS_AMZ_AUTH: ClassVar[Signing]
    """Sign every request with SigV4A, in the x-amz-cf-auth header."""
    SIGV4_NO_OVERRIDE: ClassVar[Signing]
    """Sign with SigV4 the requests that carry no Authorization header."""

    def __init__(self, protocol: SigningProtocol, behavior: SigningBehavior) -> None:
        self.protocol = protocol
        self.behavior = behavior

    def __repr__(self) -> str:
        return f"Signing({self.protocol}, {self.behavior})"


Signing.NEVER = Signing(SigningProtocol.SIGV4, SigningBehavior.NEVER)
Signing.SIGV4_ALWAYS = Signing(SigningProtocol.SIGV4, SigningBehavior.ALWAYS)
Signing.SIGV4_ALWAYS_AMZ_AUTH = Signing(SigningProtocol.SIGV4, SigningBehavior.ALWAYS_AMZ_AUTH)
Signing.SIGV4_A_ALWAYS = Signing(SigningProtocol.SIGV4A, SigningBehavior.ALWAYS)
Signing.SIGV4_A_ALWAYS_AMZ_AUTH = Signing(SigningProtocol.SIGV4A, SigningBehavior.ALWAYS_AMZ_AUTH)
Signing.SIGV4_NO_OVERRIDE = Signing(SigningProtocol.SIGV4, SigningBehavior.NO_OVERRIDE)


class IOriginAccessControl(Protocol):
    """An origin access control."""

    @property
    def origin_access_control_id(self) -> str:
        """The ID of the origin access control."""
        ...


# CloudFront's limit on the name, which the generated one keeps to.
_MAX_NAME_LENGTH = 64


class S3OriginAccessControl(Resource):
    """An origin access control for S3 origins (`AWS::CloudFront::OriginAccessControl`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str | None = None,
        origin_access_control_name: str | None = None,
        signing: Signing | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._resource = _origin_access_control(
            self, OriginAccessControlOriginType.S3, description, origin_access_control_name, signing
        )

    @property
    def origin_access_control_id(self) -> str:
        """The ID of the origin access control."""
        return self._resource.attr_id

    @staticmethod
    def from_origin_access_control_id(
        scope: Construct, id: str, origin_access_control_id: str
    ) -> IOriginAccessControl:
        """An existing origin access control by its ID, as a construct `id` in `scope`."""
        return _ImportedOriginAccessControl(scope, id, origin_access_control_id)


class FunctionUrlOriginAccessControl(Resource):
    """An origin access control for Lambda function URL origins (`AWS::CloudFront::OriginAccessControl`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str | None = None,
        origin_access_control_name: str | None = None,
        signing: Signing | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._resource = _origin_access_control(
            self, OriginAccessControlOriginType.LAMBDA, description, origin_access_control_name, signing
        )

    @property
    def origin_access_control_id(self) -> str:
        """The ID of the origin access control."""
        return self._resource.attr_id


def _origin_access_control(
    scope: Resource,
    origin_type: OriginAccessControlOriginType,
    description: str | None,
    name: str | None,
    signing: Signing | None,
) -> CfnOriginAccessControl:
    """The `Resource` of an origin access control for origins of `origin_type` (signing: SigV4, always)."""
    signing = signing or Signing.SIGV4_ALWAYS
    config = {
        "description": description,
        "name": name or Names.unique_resource_name(scope, max_length=_MAX_NAME_LENGTH),
        "signing_behavior": signing.behavior.value,
        "signing_protocol": signing.protocol.value,
        "origin_access_control_origin_type": origin_type.value,
    }
    return CfnOriginAccessControl(
        scope,
        "Resource",
        origin_access_control_config={key: value for key, value in config.items() if value is not None},
    )


class _ImportedOriginAccessControl(Resource):
    def __init__(self, scope: Construct, id: str, origin_access_control_id: str) -> None:
        super().__init__(scope, id)
        self.origin_access_control_id = origin_access_control_id
