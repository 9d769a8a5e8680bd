"""ResponseHeadersPolicy: the CloudFront managed response headers policies, referred to by ID."""

from __future__ import annotations

from typing import Any, ClassVar

from ..core.errors import ArgumentTypeError


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
        scope: Any, id: str, response_headers_policy_id: str
    ) -> ResponseHeadersPolicy:
        """An existing response headers policy by its ID."""
        return ResponseHeadersPolicy._managed(response_headers_policy_id)

    @property
    def response_headers_policy_id(self) -> str:
        """The policy's ID."""
        return self._response_headers_policy_id

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
