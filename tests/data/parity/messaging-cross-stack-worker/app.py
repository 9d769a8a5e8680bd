import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct

ENV = cdk.Environment(account="123456789012", region="us-east-1")


class CoreStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.topic = sns.Topic(self, "Events")
        self.table = ddb.Table(
            self,
            "Jobs",
            partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING),
            billing_mode=ddb.BillingMode.PAY_PER_REQUEST,
            stream=ddb.StreamViewType.NEW_IMAGE,
        )
        self.bus = events.EventBus(self, "Bus", event_bus_name="jobs")
        self.bucket = s3.Bucket(self, "Inbox")


class WorkerStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, core: CoreStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        queue = sqs.Queue(self, "Work", visibility_timeout=cdk.Duration.minutes(5))
        core.topic.add_subscription(subs.SqsSubscription(queue, raw_message_delivery=True))
        fn = lambda_.Function(
            self,
            "Handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): pass"),
            environment={"TABLE": core.table.table_name},
        )
        core.topic.add_subscription(subs.LambdaSubscription(fn))
        core.table.grant_read_write_data(fn)
        core.table.grant_stream_read(fn)
        core.bucket.grant_read(fn)
        rule = events.Rule(
            self,
            "OnJob",
            event_bus=core.bus,
            event_pattern=events.EventPattern(source=["com.example.jobs"]),
        )
        rule.add_target(targets.SqsQueue(queue))
        rule.add_target(targets.LambdaFunction(fn))
        core.bus.grant_put_events_to(fn)

        put = tasks.DynamoPutItem(
            self,
            "Save",
            table=core.table,
            item={"id": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.id"))},
        )
        notify = tasks.SnsPublish(self, "Announce", topic=core.topic, message=sfn.TaskInput.from_json_path_at("$"))
        emit = tasks.EventBridgePutEvents(
            self,
            "Emit",
            entries=[
                tasks.EventBridgePutEventsEntry(
                    detail=sfn.TaskInput.from_json_path_at("$"),
                    detail_type="JobSaved",
                    source="com.example.worker",
                    event_bus=core.bus,
                )
            ],
        )
        machine = sfn.StateMachine(
            self, "Flow", definition_body=sfn.DefinitionBody.from_chainable(put.next(notify).next(emit))
        )
        rule.add_target(targets.SfnStateMachine(machine))
        self.queue = queue


app = cdk.App()
core = CoreStack(app, "Core", env=ENV)
worker = WorkerStack(app, "Worker", core=core, env=ENV)
app.synth()
