"""TrustStoreRevocation: certificate revocation lists for a trust store."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...cfn.aws_elasticloadbalancingv2 import CfnTrustStoreRevocation
from ...core.construct import Construct
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...interfaces.aws_elasticloadbalancingv2 import ITrustStoreRef
from ...interfaces.aws_s3 import IBucketRef

if TYPE_CHECKING:
    from typing import Any


class RevocationType(SimpleEnum):
    """The kind of a revocation file."""

    CRL = "CRL"
    """A certificate revocation list."""


@lazy_frozen(kw_only=True)
class RevocationContent(metaclass=LazyAttrsMeta):
    """A revocation file in S3."""

    bucket: IBucketRef
    """The bucket holding the revocation file."""
    key: str
    """The object key of the revocation file."""
    revocation_type: RevocationType | None = None
    """The kind of the revocation file. Default: not set (the service assumes a CRL)."""
    version: str | None = None
    """The object version of the revocation file. Default: the latest version."""


def _to_revocation_contents(
    value: Sequence[RevocationContent | Mapping[str, Any]],
) -> tuple[RevocationContent, ...]:
    return tuple(RevocationContent(**item) if isinstance(item, Mapping) else item for item in value)


@lazy_frozen(kw_only=True)
class TrustStoreRevocationProps(metaclass=LazyAttrsMeta):
    """Properties of a TrustStoreRevocation."""

    revocation_contents: Sequence[RevocationContent] = field(converter=_to_revocation_contents)
    """The revocation files."""
    trust_store: ITrustStoreRef
    """The trust store the revocations belong to."""


class TrustStoreRevocation(Resource):
    """Revocations of a trust store (`AWS::ElasticLoadBalancingV2::TrustStoreRevocation`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        revocation_contents: Sequence[RevocationContent | Mapping[str, Any]],
        trust_store: ITrustStoreRef,
    ) -> None:
        props = TrustStoreRevocationProps(revocation_contents=revocation_contents, trust_store=trust_store)
        super().__init__(scope, id)
        CfnTrustStoreRevocation(
            self,
            "Resource",
            trust_store_arn=props.trust_store.trust_store_ref.trust_store_arn,
            revocation_contents=[
                {
                    "revocation_type": content.revocation_type.value
                    if content.revocation_type is not None
                    else None,
                    "s3_bucket": content.bucket.bucket_ref.bucket_name,
                    "s3_key": content.key,
                    "s3_object_version": content.version,
                }
                for content in props.revocation_contents
            ],
        )
