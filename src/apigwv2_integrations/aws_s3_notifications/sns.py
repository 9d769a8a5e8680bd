"""SnsDestination: a bucket publishes its notifications to an SNS topic, whose policy allows it."""

from __future__ import annotations

from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import ServicePrincipal
from ..aws_s3 import BucketNotificationDestinationConfig, BucketNotificationDestinationType
from ..aws_sns import ITopic
from ..core.construct import Construct
from ..core.feature_flags import FeatureFlags
from ..interfaces.aws_s3 import IBucketRef
from ._key_policy import allow_s3_on_key

ADD_S3_TRUST_KEY_POLICY_FOR_SNS_SUBSCRIPTIONS = (
    "@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions"
)


class SnsDestination:
    """Publish the bucket's notifications to a topic."""

    def __init__(self, topic: ITopic) -> None:
        self._topic = topic

    def bind(self, scope: Construct, bucket: IBucketRef) -> BucketNotificationDestinationConfig:
        """Let this bucket publish to the topic (and, under the flag, use its key); return the topic's ARN."""
        self._topic.add_to_resource_policy(
            PolicyStatement(
                principals=[ServicePrincipal("s3.amazonaws.com")],
                actions=["sns:Publish"],
                resources=[self._topic.topic_arn],
                conditions={"ArnLike": {"aws:SourceArn": bucket.bucket_ref.bucket_arn}},
            )
        )
        key = self._topic.master_key
        if key is not None and FeatureFlags.of(scope).is_enabled(
            ADD_S3_TRUST_KEY_POLICY_FOR_SNS_SUBSCRIPTIONS
        ):
            allow_s3_on_key(
                key,
                ["kms:GenerateDataKey", "kms:Decrypt"],
                "@aws-cdk/aws-s3-notifications:snsKMSPermissionsNotAdded",
            )
        return BucketNotificationDestinationConfig(
            arn=self._topic.topic_arn,
            type=BucketNotificationDestinationType.TOPIC,
            dependencies=[self._topic],
        )
