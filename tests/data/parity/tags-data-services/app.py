import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_events as events
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as sm
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_ssm as ssm
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct


class TaggedStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        table = ddb.TableV2(
            self,
            "Table",
            partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING),
            replicas=[
                ddb.ReplicaTableProps(region="us-west-2", tags=[cdk.CfnTag(key="replica", value="west")]),
                ddb.ReplicaTableProps(region="eu-west-1"),
            ],
            tags=[cdk.CfnTag(key="owner", value="data")],
        )
        cdk.Tags.of(table).add("tier", "gold")
        old = ddb.Table(self, "Old", partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING))
        cdk.Tags.of(old).add("tier", "silver", priority=200)
        sqs.Queue(self, "Queue")
        sns.Topic(self, "Topic")
        events.EventBus(self, "Bus")
        events.Rule(self, "Rule", schedule=events.Schedule.rate(cdk.Duration.hours(1)))
        kinesis.Stream(self, "Stream")
        s3.Bucket(self, "Bucket")
        sm.Secret(self, "Secret")
        ssm.StringParameter(self, "Param", string_value="v")
        sfn.StateMachine(self, "Machine", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(self, "P")))
        sfn.Activity(self, "Act")


app = cdk.App()
stack = TaggedStack(app, "TaggedStack", env=cdk.Environment(account="123456789012", region="us-east-1"), tags={"app": "shop"})
cdk.Tags.of(stack).add("env", "prod")
cdk.Tags.of(stack).add("cost", "123", exclude_resource_types=["AWS::SQS::Queue"])
cdk.Tags.of(stack).remove("env", include_resource_types=["AWS::SNS::Topic"])
app.synth()
