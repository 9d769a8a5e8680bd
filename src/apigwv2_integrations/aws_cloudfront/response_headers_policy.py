"""ResponseHeadersPolicy: the CloudFront managed response headers policies, referred to by ID."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.errors import ArgumentTypeError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ..cfn.aws_cloudfront.response_headers_policy import ResponseHeadersPolicyReference


class IResponseHeadersPolicy(Protocol):
    """A response headers policy: a managed one or one imported by ID."""

    @property
    def response_headers_policy_id(self) -> str:
        """The policy's ID."""
        ...

    @property
    def response_headers_policy_ref(self) -> ResponseHeadersPolicyReference:
        """A reference to the policy."""
        ...


class ResponseHeadersPolicy:
    """A response headers policy: one of the managed policies (`ResponseHeadersPolicy.SECURITY_HEADERS`,
    ...) or an existing one by ID. Creating one (`AWS::CloudFront::ResponseHeadersPolicy`) is not
    supported."""

    CORS_ALLOW_ALL_ORIGINS: ClassVar[ResponseHeadersPolicy]
    """CORS headers allowing every origin."""
    CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS: ClassVar[ResponseHeadersPolicy]
    """CORS_ALLOW_ALL_ORIGINS plus the security headers."""
    CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT: ClassVar[ResponseHeadersPolicy]
    """CORS headers allowing every origin, preflight requests included."""
    CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS: ClassVar[ResponseHeadersPolicy]
    """CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT plus the security headers."""
    SECURITY_HEADERS: ClassVar[ResponseHeadersPolicy]
    """The security headers (HSTS, X-Frame-Options, ...)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise ArgumentTypeError(
            "ResponseHeadersPolicy(...) is not supported: creating a response headers policy is not "
            "available yet; "
            "use a managed policy (ResponseHeadersPolicy.SECURITY_HEADERS, ...) or "
            "ResponseHeadersPolicy.from_response_headers_policy_id(scope, id, policy_id)"
        )

    _response_headers_policy_id: str

    @classmethod
    def _managed(cls, policy_id: str) -> ResponseHeadersPolicy:
        policy = object.__new__(cls)
        policy._response_headers_policy_id = policy_id
        return policy

    @staticmethod
    def from_response_headers_policy_id(
        scope: Construct, id: str, response_headers_policy_id: str
    ) -> IResponseHeadersPolicy:
        """An existing response headers policy by its ID, as a construct `id` in `scope`."""
        return _ImportedResponseHeadersPolicy(scope, id, response_headers_policy_id)

    @property
    def response_headers_policy_id(self) -> str:
        """The policy's ID."""
        return self._response_headers_policy_id

    @property
    def response_headers_policy_ref(self) -> ResponseHeadersPolicyReference:
        """A reference to the policy."""
        return _reference_of_response_headers_policy(self.response_headers_policy_id)

    def __repr__(self) -> str:
        policy_id = self._response_headers_policy_id
        return f"ResponseHeadersPolicy.from_response_headers_policy_id(..., {policy_id!r})"


ResponseHeadersPolicy.CORS_ALLOW_ALL_ORIGINS = ResponseHeadersPolicy._managed(
    "60669652-455b-4ae9-85a4-c4c02393f86c"
)
ResponseHeadersPolicy.CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS = ResponseHeadersPolicy._managed(
    "e61eb60c-9c35-4d20-a928-2b84e02af89c"
)
ResponseHeadersPolicy.CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT = ResponseHeadersPolicy._managed(
    "5cc3b908-e619-4b99-88e5-2cf7f45965bd"
)
ResponseHeadersPolicy.CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS = (
    ResponseHeadersPolicy._managed("eaab4381-ed33-4a86-88ca-d9558dc6cd63")
)
ResponseHeadersPolicy.SECURITY_HEADERS = ResponseHeadersPolicy._managed(
    "67f7725c-6f97-4210-82d7-5512b31e9d03"
)


class _ImportedResponseHeadersPolicy(Resource):
    def __init__(self, scope: Construct, id: str, policy_id: str) -> None:
        super().__init__(scope, id)
        self.response_headers_policy_id = policy_id

    @property
    def response_headers_policy_ref(self) -> ResponseHeadersPolicyReference:
        """A reference to the policy."""
        return _reference_of_response_headers_policy(self.response_headers_policy_id)


def _reference_of_response_headers_policy(policy_id: str) -> ResponseHeadersPolicyReference:
    # The L1 module loads only when a reference is asked for.
    from ..cfn.aws_cloudfront.response_headers_policy import ResponseHeadersPolicyReference

    return ResponseHeadersPolicyReference(response_headers_policy_id=policy_id)
