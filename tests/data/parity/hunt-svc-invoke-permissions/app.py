"""One function fed by three buckets' notifications, SNS topics and EventBridge rules with a shared DLQ; add_permission with organization, account, ARN and function URL principals, conditioned and composite grants; a second stack granting through a role."""
import aws_cdk as cdk
from aws_cdk import (
    aws_events as events,
    aws_events_targets as targets,
    aws_iam as iam,
    aws_kms as kms,
    aws_lambda as lambda_,
    aws_s3 as s3,
    aws_s3_notifications as s3n,
    aws_sns as sns,
    aws_sns_subscriptions as subs,
    aws_sqs as sqs,
)
from constructs import Construct

ENV = cdk.Environment(account="123456789012", region="eu-west-1")


class IngestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.processor = lambda_.Function(self, "Processor", runtime=lambda_.Runtime.PYTHON_3_12,
                                          handler="index.handler",
                                          code=lambda_.Code.from_inline("def handler(e, c):\n    pass\n"))
        self.work = sqs.Queue(self, "Jobs")
        buckets = [s3.Bucket(self, f"Drop{i}") for i in range(3)]
        for i, bucket in enumerate(buckets):
            bucket.add_object_created_notification(s3n.LambdaDestination(self.processor),
                                                   s3.NotificationKeyFilter(prefix=f"in{i}/"))
            bucket.add_object_created_notification(s3n.LambdaDestination(self.processor),
                                                   s3.NotificationKeyFilter(suffix=".done"))
            bucket.add_event_notification(s3.EventType.OBJECT_TAGGING_PUT, s3n.SqsDestination(self.work))
        topic = sns.Topic(self, "Changes")
        for bucket in buckets:
            bucket.add_object_removed_notification(s3n.SnsDestination(topic))
        partner_topic = sns.Topic.from_topic_arn(self, "PartnerTopic", "arn:aws:sns:eu-west-1:210987654321:partner")
        partner_topic.add_subscription(subs.SqsSubscription(self.work))
        topic.add_subscription(subs.SqsSubscription(self.work, raw_message_delivery=True))
        second = sns.Topic(self, "Second")
        second.add_subscription(subs.SqsSubscription(self.work))
        second.add_subscription(subs.LambdaSubscription(self.processor))
        topic.add_subscription(subs.LambdaSubscription(self.processor))

        dlq = sqs.Queue(self, "RuleDlq", encryption=sqs.QueueEncryption.KMS_MANAGED)
        for i, source in enumerate(["aws.s3", "aws.ec2", "custom.app"]):
            rule = events.Rule(self, f"Rule{i}", event_pattern=events.EventPattern(source=[source]))
            rule.add_target(targets.LambdaFunction(self.processor, dead_letter_queue=dlq))
            rule.add_target(targets.SqsQueue(self.work, dead_letter_queue=dlq))
            rule.add_target(targets.SnsTopic(second))

        self.processor.add_permission("OrgInvoke", principal=iam.OrganizationPrincipal("o-abcdefghij"),
                                      action="lambda:InvokeFunction")
        self.processor.add_permission("AccountInvoke", principal=iam.AccountPrincipal("210987654321"),
                                      source_account="210987654321")
        self.processor.add_permission("ArnInvoke", principal=iam.ArnPrincipal("arn:aws:iam::210987654321:role/caller"))
        self.processor.add_permission("UrlInvoke", principal=iam.AnyPrincipal(),
                                      action="lambda:InvokeFunctionUrl",
                                      function_url_auth_type=lambda_.FunctionUrlAuthType.NONE)
        self.processor.grant_invoke(iam.ServicePrincipal("iot.amazonaws.com").with_conditions(
            {"ArnLike": {"aws:SourceArn": "arn:aws:iot:eu-west-1:123456789012:rule/*"}}))
        self.processor.grant_invoke_composite_principal(iam.CompositePrincipal(iam.ServicePrincipal("scheduler.amazonaws.com"),
                                                           iam.AccountPrincipal("210987654321")))
        self.work.grant_send_messages(iam.ServicePrincipal("scheduler.amazonaws.com"))
        self.work.grant_consume_messages(iam.AccountPrincipal("210987654321"))


class ConsumerStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, ingest: IngestStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        topic = sns.Topic(self, "Downstream")
        topic.add_subscription(subs.UrlSubscription("https://example.com/hook"))
        imported = lambda_.Function.from_function_attributes(self, "ProcessorRef", function_arn=ingest.processor.function_arn,
                                                             same_environment=True, skip_permissions=True)
        events.Rule(self, "Nightly", schedule=events.Schedule.cron(hour="2", minute="0"),
                    targets=[targets.LambdaFunction(imported)])
        role = iam.Role(self, "Invoker", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
        ingest.processor.grant_invoke(role)
        ingest.work.grant_send_messages(role)


app = cdk.App()
ingest = IngestStack(app, "Ingest", env=ENV)
ConsumerStack(app, "Consumer", ingest=ingest, env=ENV)
app.synth()
