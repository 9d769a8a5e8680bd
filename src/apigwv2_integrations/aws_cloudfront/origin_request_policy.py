"""OriginRequestPolicy: the CloudFront managed origin request policies, referred to by ID."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.errors import ArgumentTypeError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ..cfn.aws_cloudfront.origin_request_policy import OriginRequestPolicyReference


class IOriginRequestPolicy(Protocol):
    """An origin request policy: a managed one or one imported by ID."""

    @property
    def origin_request_policy_id(self) -> str:
        """The policy's ID."""
        ...

    @property
    def origin_request_policy_ref(self) -> OriginRequestPolicyReference:
        """A reference to the policy."""
        ...


class OriginRequestPolicy:
    """An origin request policy: one of the managed policies (`OriginRequestPolicy.ALL_VIEWER`, ...) or
    an existing one by ID. Creating one (`AWS::CloudFront::OriginRequestPolicy`) is not supported."""

    ALL_VIEWER: ClassVar[OriginRequestPolicy]
    """Forwards every viewer header, cookie and query string."""
    ALL_VIEWER_AND_CLOUDFRONT_2022: ClassVar[OriginRequestPolicy]
    """ALL_VIEWER plus the CloudFront headers."""
    ALL_VIEWER_EXCEPT_HOST_HEADER: ClassVar[OriginRequestPolicy]
    """ALL_VIEWER without the Host header (for API Gateway and Lambda URL origins)."""
    CORS_CUSTOM_ORIGIN: ClassVar[OriginRequestPolicy]
    """Forwards the CORS headers to a custom origin."""
    CORS_S3_ORIGIN: ClassVar[OriginRequestPolicy]
    """Forwards the CORS headers to an S3 origin."""
    ELEMENTAL_MEDIA_TAILOR: ClassVar[OriginRequestPolicy]
    """The policy for AWS Elemental MediaTailor origins."""
    USER_AGENT_REFERER_HEADERS: ClassVar[OriginRequestPolicy]
    """Forwards the User-Agent and Referer headers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise ArgumentTypeError(
            "OriginRequestPolicy(...) is not supported: creating an origin request policy is not available "
            "yet; "
            "use a managed policy (OriginRequestPolicy.ALL_VIEWER, ...) or "
            "OriginRequestPolicy.from_origin_request_policy_id(scope, id, policy_id)"
        )

    _origin_request_policy_id: str

    @classmethod
    def _managed(cls, policy_id: str) -> OriginRequestPolicy:
        policy = object.__new__(cls)
        policy._origin_request_policy_id = policy_id
        return policy

    @staticmethod
    def from_origin_request_policy_id(
        scope: Construct, id: str, origin_request_policy_id: str
    ) -> IOriginRequestPolicy:
        """An existing origin request policy by its ID, as a construct `id` in `scope`."""
        return _ImportedOriginRequestPolicy(scope, id, origin_request_policy_id)

    @property
    def origin_request_policy_id(self) -> str:
        """The policy's ID."""
        return self._origin_request_policy_id

    @property
    def origin_request_policy_ref(self) -> OriginRequestPolicyReference:
        """A reference to the policy."""
        return _reference_of_origin_request_policy(self.origin_request_policy_id)

    def __repr__(self) -> str:
        return f"OriginRequestPolicy.from_origin_request_policy_id(..., {self._origin_request_policy_id!r})"


OriginRequestPolicy.ALL_VIEWER = OriginRequestPolicy._managed("216adef6-5c7f-47e4-b989-5492eafa07d3")
OriginRequestPolicy.ALL_VIEWER_AND_CLOUDFRONT_2022 = OriginRequestPolicy._managed(
    "33f36d7e-f396-46d9-90e0-52428a34d9dc"
)
OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER = OriginRequestPolicy._managed(
    "b689b0a8-53d0-40ab-baf2-68738e2966ac"
)
OriginRequestPolicy.CORS_CUSTOM_ORIGIN = OriginRequestPolicy._managed("59781a5b-3903-41f3-afcb-af62929ccde1")
OriginRequestPolicy.CORS_S3_ORIGIN = OriginRequestPolicy._managed("88a5eaf4-2fd4-4709-b370-b4c650ea3fcf")
OriginRequestPolicy.ELEMENTAL_MEDIA_TAILOR = OriginRequestPolicy._managed(
    "775133bc-15f2-49f9-abea-afb2e0bf67d2"
)
OriginRequestPolicy.USER_AGENT_REFERER_HEADERS = OriginRequestPolicy._managed(
    "acba4595-bd28-49b8-b9fe-13317c0390fa"
)


class _ImportedOriginRequestPolicy(Resource):
    def __init__(self, scope: Construct, id: str, policy_id: str) -> None:
        super().__init__(scope, id)
        self.origin_request_policy_id = policy_id

    @property
    def origin_request_policy_ref(self) -> OriginRequestPolicyReference:
        """A reference to the policy."""
        return _reference_of_origin_request_policy(self.origin_request_policy_id)


def _reference_of_origin_request_policy(policy_id: str) -> OriginRequestPolicyReference:
    # The L1 module loads only when a reference is asked for.
    from ..cfn.aws_cloudfront.origin_request_policy import OriginRequestPolicyReference

    return OriginRequestPolicyReference(origin_request_policy_id=policy_id)
