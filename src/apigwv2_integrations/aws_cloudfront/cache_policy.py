"""CachePolicy: the CloudFront managed cache policies, referred to by ID."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.errors import ArgumentTypeError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ..cfn.aws_cloudfront.cache_policy import CachePolicyReference


class ICachePolicy(Protocol):
    """A cache policy: a managed one or one imported by ID."""

    @property
    def cache_policy_id(self) -> str:
        """The policy's ID."""
        ...

    @property
    def cache_policy_ref(self) -> CachePolicyReference:
        """A reference to the policy."""
        ...


class CachePolicy:
    """A cache policy: one of the managed policies (`CachePolicy.CACHING_OPTIMIZED`, ...) or an existing
    one by ID. Creating a cache policy (`AWS::CloudFront::CachePolicy`) is not supported."""

    AMPLIFY: ClassVar[CachePolicy]
    """The managed policy for Amplify origins."""
    CACHING_DISABLED: ClassVar[CachePolicy]
    """The managed policy that disables caching."""
    CACHING_OPTIMIZED: ClassVar[CachePolicy]
    """The managed policy with long TTLs and compression, the default of every behavior."""
    CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS: ClassVar[CachePolicy]
    """CACHING_OPTIMIZED without compression."""
    ELEMENTAL_MEDIA_PACKAGE: ClassVar[CachePolicy]
    """The managed policy for AWS Elemental MediaPackage origins."""
    USE_ORIGIN_CACHE_CONTROL_HEADERS: ClassVar[CachePolicy]
    """Caches by the origin's Cache-Control headers."""
    USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS: ClassVar[CachePolicy]
    """Caches by the origin's Cache-Control headers and the query string."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise ArgumentTypeError(
            "CachePolicy(...) is not supported: creating a cache policy is not available yet; use a managed "
            "policy (CachePolicy.CACHING_OPTIMIZED, ...) or "
            "CachePolicy.from_cache_policy_id(scope, id, policy_id)"
        )

    @classmethod
    def _managed(cls, policy_id: str) -> CachePolicy:
        policy = object.__new__(cls)
        policy._cache_policy_id = policy_id
        return policy

    _cache_policy_id: str

    @staticmethod
    def from_cache_policy_id(scope: Construct, id: str, cache_policy_id: str) -> ICachePolicy:
        """An existing cache policy by its ID, as a construct `id` in `scope`."""
        return _ImportedCachePolicy(scope, id, cache_policy_id)

    @property
    def cache_policy_id(self) -> str:
        """The policy's ID."""
        return self._cache_policy_id

    @property
    def cache_policy_ref(self) -> CachePolicyReference:
        """A reference to the policy."""
        return _reference_of_cache_policy(self.cache_policy_id)

    def __repr__(self) -> str:
        return f"CachePolicy.from_cache_policy_id(..., {self._cache_policy_id!r})"


CachePolicy.AMPLIFY = CachePolicy._managed("2e54312d-136d-493c-8eb9-b001f22f67d2")
CachePolicy.CACHING_DISABLED = CachePolicy._managed("4135ea2d-6df8-44a3-9df3-4b5a84be39ad")
CachePolicy.CACHING_OPTIMIZED = CachePolicy._managed("658327ea-f89d-4fab-a63d-7e88639e58f6")
CachePolicy.CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS = CachePolicy._managed(
    "b2884449-e4de-46a7-ac36-70bc7f1ddd6d"
)
CachePolicy.ELEMENTAL_MEDIA_PACKAGE = CachePolicy._managed("08627262-05a9-4f76-9ded-b50ca2e3a84f")
CachePolicy.USE_ORIGIN_CACHE_CONTROL_HEADERS = CachePolicy._managed("83da9c7e-98b4-4e11-a168-04f0df8e2c65")
CachePolicy.USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS = CachePolicy._managed(
    "4cc15a8a-d715-48a4-82b8-cc0b614638fe"
)


class _ImportedCachePolicy(Resource):
    def __init__(self, scope: Construct, id: str, policy_id: str) -> None:
        super().__init__(scope, id)
        self.cache_policy_id = policy_id

    @property
    def cache_policy_ref(self) -> CachePolicyReference:
        """A reference to the policy."""
        return _reference_of_cache_policy(self.cache_policy_id)


def _reference_of_cache_policy(policy_id: str) -> CachePolicyReference:
    # The L1 module loads only when a reference is asked for.
    from ..cfn.aws_cloudfront.cache_policy import CachePolicyReference

    return CachePolicyReference(cache_policy_id=policy_id)
