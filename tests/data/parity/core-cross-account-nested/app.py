import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class Inner(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.queue = sqs.CfnQueue(self, "Jobs", delay_seconds=5)


app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "weak"})
producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="111111111111", region="us-east-1"))
inner = Inner(producer, "Inner")
topic = sns.CfnTopic(producer, "Topic")
consumer = cdk.Stack(
    app,
    "Consumer",
    env=cdk.Environment(account="999999999999", region="us-east-1"),
    synthesizer=cdk.DefaultStackSynthesizer(
        qualifier="custom1",
        cloud_formation_execution_role="arn:${AWS::Partition}:iam::${AWS::AccountId}:role/my-exec-role",
    ),
)
cdk.CfnOutput(consumer, "QueueArn", value=inner.queue.attr_arn)
cdk.CfnOutput(consumer, "TopicArn", value=topic.attr_topic_arn)
same = cdk.Stack(
    app, "SameAccountOtherRegion", env=cdk.Environment(account="111111111111", region="eu-west-1")
)
cdk.CfnOutput(same, "TopicArn", value=topic.attr_topic_arn)
app.synth()
