import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class SharedStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.queue = sqs.CfnQueue(self, "Orders", visibility_timeout=60)
        self.topic = sns.CfnTopic(self, "Events", display_name="events")


class ConsumerStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, shared: SharedStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        lambda_.Function(
            self,
            "Worker",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return 1"),
            environment={"QUEUE_URL": shared.queue.ref, "TOPIC": shared.topic.attr_topic_arn},
        )
        cdk.CfnOutput(self, "QueueArn", value=shared.queue.attr_arn)
        cdk.CfnOutput(self, "QueueName", value=shared.queue.attr_queue_name)


app = cdk.App()
shared = SharedStack(app, "Shared", env=cdk.Environment(account="111111111111", region="us-east-1"))
ConsumerStack(
    app, "Analytics", shared=shared, env=cdk.Environment(account="222222222222", region="us-east-1")
)
ConsumerStack(
    app, "Reporting", shared=shared, env=cdk.Environment(account="333333333333", region="eu-west-1")
)
ConsumerStack(app, "Local", shared=shared, env=cdk.Environment(account="111111111111", region="us-east-1"))
app.synth()
