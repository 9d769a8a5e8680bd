"""S3OnFailureDestination: an S3 bucket as the failure destination of a stream event source."""

from __future__ import annotations

from ..aws_lambda import DlqDestinationConfig, IEventSourceMapping, IFunction
from ..aws_s3 import IBucket


class S3OnFailureDestination:
    """Write the records a function failed to process, with their metadata, to an S3 bucket."""

    def __init__(self, bucket: IBucket) -> None:
        self.bucket = bucket

    def bind(self, target: IEventSourceMapping, target_handler: IFunction) -> DlqDestinationConfig:
        """Let the function read and write the bucket and return the bucket's ARN."""
        self.bucket.grant_read_write(target_handler)
        return DlqDestinationConfig(destination=self.bucket.bucket_arn)
