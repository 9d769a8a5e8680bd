"""S3Destination: an S3 bucket receives the records of failed asynchronous invocations."""

from __future__ import annotations

from ..aws_lambda import DestinationConfig, DestinationType, IFunction
from ..aws_s3 import IBucket
from ..core.construct import Construct


class S3Destination:
    """Write invocation records to a bucket (the function may read the bucket and put objects in it)."""

    def __init__(self, bucket: IBucket) -> None:
        self.bucket = bucket

    def bind(
        self,
        scope: Construct,
        fn: IFunction,
        *,
        # None when an event source mapping binds this as its on-failure destination: aws-cdk-lib
        # passes no options there.
        type: DestinationType | None = None,  # noqa: A002 - aws_cdk's keyword
    ) -> DestinationConfig:
        """Let the function read the bucket and put objects in it; return the bucket's ARN."""
        self.bucket.grant_read(fn)
        self.bucket.grant_put(fn)
        return DestinationConfig(destination=self.bucket.bucket_arn)
