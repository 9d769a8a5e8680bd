"""Amazon S3: buckets (defined or imported), and every `Cfn*` class of the service."""

from ..cfn.aws_s3 import *  # noqa: F403
from ..cfn.aws_s3 import __all__ as _cfn_all
from .bucket import Bucket, BucketAttributes, IBucket

__all__ = [*_cfn_all, "Bucket", "BucketAttributes", "IBucket"]
