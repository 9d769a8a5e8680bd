"""SqsDestination: a bucket sends its notifications to an SQS queue, whose policy (and key) allow it."""

from __future__ import annotations

from ..aws_iam.principals import ServicePrincipal
from ..aws_s3 import BucketNotificationDestinationConfig, BucketNotificationDestinationType
from ..aws_sqs import IQueue
from ..core.construct import Construct
from ..interfaces.aws_s3 import IBucketRef
from ._key_policy import allow_s3_on_key


class SqsDestination:
    """Send the bucket's notifications to a queue."""

    def __init__(self, queue: IQueue) -> None:
        self._queue = queue

    def bind(self, _scope: Construct, bucket: IBucketRef) -> BucketNotificationDestinationConfig:
        """Let this bucket send messages to the queue (and use its key); return the queue's ARN."""
        self._queue.grant_send_messages(
            ServicePrincipal(
                "s3.amazonaws.com", conditions={"ArnLike": {"aws:SourceArn": bucket.bucket_ref.bucket_arn}}
            )
        )
        key = getattr(self._queue, "encryption_master_key", None)
        if key is not None:
            allow_s3_on_key(
                key,
                ["kms:GenerateDataKey*", "kms:Decrypt"],
                "@aws-cdk/aws-s3-notifications:sqsKMSPermissionsNotAdded",
            )
        return BucketNotificationDestinationConfig(
            arn=self._queue.queue_arn,
            type=BucketNotificationDestinationType.QUEUE,
            dependencies=[self._queue],
        )
