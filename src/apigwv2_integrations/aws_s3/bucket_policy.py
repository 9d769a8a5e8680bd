"""BucketPolicy: the resource policy of a bucket (`AWS::S3::BucketPolicy`)."""

from __future__ import annotations

from ..aws_iam.policy_document import PolicyDocument, PolicyHasStatements
from ..cfn.aws_s3 import CfnBucketPolicy
from ..core.construct import Construct
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from .bucket import IBucket


def _check_bucket(value: Any) -> Any:
    if not hasattr(value, "bucket_name"):
        raise TypeError(f"bucket={value!r} is not an IBucket; pass a Bucket or Bucket.from_bucket_name(...)")
    return value


@lazy_frozen(kw_only=True)
class BucketPolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a BucketPolicy."""

    bucket: IBucket = field(converter=_check_bucket)
    """The bucket the policy applies to."""
    document: PolicyDocument | None = None
    """The policy's first statements. Default: an empty document."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the policy when it leaves the stack. Default: DESTROY."""


class BucketPolicy(Resource):
    """A bucket policy; its statements are in `document`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        bucket: IBucket,
        document: PolicyDocument | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = BucketPolicyProps(bucket=bucket, document=document, removal_policy=removal_policy)
        self.bucket: IBucket = props.bucket
        self.document = props.document or PolicyDocument()
        self._resource = CfnBucketPolicy(
            self, "Resource", bucket=props.bucket.bucket_name, policy_document=self.document
        )
        self.node.add_validation(
            PolicyHasStatements(
                self,
                "document has no statements; add one with document.add_statements(...) or drop the "
                "BucketPolicy",
            )
        )
        if props.removal_policy is not None:
            self._resource.apply_removal_policy(props.removal_policy)

    def apply_removal_policy(self, removal_policy: RemovalPolicy) -> None:
        """Set what happens to the policy when it leaves the stack."""
        self._resource.apply_removal_policy(removal_policy)
