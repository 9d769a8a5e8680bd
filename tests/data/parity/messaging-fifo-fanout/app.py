import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_iam as iam
from constructs import Construct


class FanoutStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "MessagingKey", alias="alias/messaging", enable_key_rotation=True)
        topic = sns.Topic(
            self,
            "OrderEvents",
            topic_name="order-events.fifo",
            fifo=True,
            content_based_deduplication=True,
            master_key=key,
            fifo_throughput_scope=sns.FifoThroughputScope.MESSAGE_GROUP,
            message_retention_period_in_days=7,
        )
        queue_key = kms.Key(self, "QueueKey", description="Billing queues")
        dlq = sqs.Queue(self, "BillingDlq", fifo=True, encryption=sqs.QueueEncryption.KMS, encryption_master_key=queue_key)
        billing = sqs.Queue(
            self,
            "Billing",
            fifo=True,
            content_based_deduplication=True,
            deduplication_scope=sqs.DeduplicationScope.MESSAGE_GROUP,
            fifo_throughput_limit=sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
            encryption_master_key=queue_key,
            dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=4),
            visibility_timeout=cdk.Duration.minutes(2),
        )
        topic.add_subscription(
            subs.SqsSubscription(
                billing,
                raw_message_delivery=True,
                filter_policy_with_message_body={
                    "order": sns.FilterOrPolicy.policy(
                        {
                            "total": sns.FilterOrPolicy.filter(
                                sns.SubscriptionFilter.numeric_filter(greater_than_or_equal_to=100)
                            ),
                            "status": sns.FilterOrPolicy.filter(
                                sns.SubscriptionFilter.string_filter(allowlist=["PAID", "REFUNDED"])
                            ),
                        }
                    ),
                    "channel": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.exists_filter()),
                },
            )
        )

        alerts = sns.Topic(self, "Alerts", display_name="Order alerts", enforce_ssl=True, signature_version="2")
        handler = lambda_.Function(
            self,
            "AlertHandler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): return None"),
        )
        handler_dlq = sqs.Queue(self, "AlertHandlerDlq", retention_period=cdk.Duration.days(14))
        alerts.add_subscription(
            subs.LambdaSubscription(
                handler,
                dead_letter_queue=handler_dlq,
                filter_policy={
                    "severity": sns.SubscriptionFilter.string_filter(denylist=["debug"], match_prefixes=["cr"]),
                    "region": sns.SubscriptionFilter.string_filter(allowlist=["eu-west-1"]),
                },
            )
        )
        alerts.add_subscription(subs.EmailSubscription("ops@example.com", json=True))
        alerts.add_subscription(
            subs.UrlSubscription(
                "https://hooks.example.com/alerts",
                protocol=sns.SubscriptionProtocol.HTTPS,
                raw_message_delivery=True,
                delivery_policy=sns.DeliveryPolicy(
                    healthy_retry_policy=sns.HealthyRetryPolicy(
                        num_retries=5, min_delay_target=cdk.Duration.seconds(5), max_delay_target=cdk.Duration.seconds(30)
                    ),
                    throttle_policy=sns.ThrottlePolicy(max_receives_per_second=10),
                ),
            )
        )
        alerts.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["sns:Publish"],
                principals=[iam.ServicePrincipal("cloudwatch.amazonaws.com")],
                resources=[alerts.topic_arn],
            )
        )
        alerts.grant_publish(iam.AccountPrincipal("210987654321"))

        uploads = s3.Bucket(
            self,
            "Uploads",
            encryption=s3.BucketEncryption.KMS,
            encryption_key=key,
            bucket_key_enabled=True,
            versioned=True,
            enforce_ssl=True,
            event_bridge_enabled=True,
            removal_policy=cdk.RemovalPolicy.DESTROY,
            auto_delete_objects=True,
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="expire-tmp",
                    prefix="tmp/",
                    expiration=cdk.Duration.days(1),
                    abort_incomplete_multipart_upload_after=cdk.Duration.days(1),
                ),
                s3.LifecycleRule(
                    noncurrent_version_expiration=cdk.Duration.days(90),
                    noncurrent_versions_to_retain=3,
                    transitions=[
                        s3.Transition(storage_class=s3.StorageClass.INTELLIGENT_TIERING, transition_after=cdk.Duration.days(0))
                    ],
                ),
            ],
        )
        uploads.add_event_notification(
            s3.EventType.OBJECT_CREATED_PUT, s3n.SnsDestination(alerts), s3.NotificationKeyFilter(prefix="invoices/", suffix=".pdf")
        )
        uploads.add_object_removed_notification(s3n.SqsDestination(handler_dlq))
        uploads.grant_read(handler, "invoices/*")

        rule = events.Rule(
            self,
            "LargeUploads",
            event_pattern=events.EventPattern(
                source=["aws.s3"],
                detail_type=["Object Created"],
                detail={
                    "bucket": {"name": [uploads.bucket_name]},
                    "object": {"size": events.Match.greater_than(1_000_000), "key": events.Match.wildcard("invoices/*.pdf")},
                },
            ),
        )
        rule.add_target(
            targets.SnsTopic(
                alerts,
                message=events.RuleTargetInput.from_text(f"Large upload {events.EventField.from_path('$.detail.object.key')}"),
            )
        )
        rule.add_target(
            targets.SqsQueue(
                billing,
                message_group_id="uploads",
                retry_attempts=3,
                max_event_age=cdk.Duration.hours(2),
                dead_letter_queue=handler_dlq,
            )
        )


app = cdk.App()
FanoutStack(app, "FanoutStack", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
