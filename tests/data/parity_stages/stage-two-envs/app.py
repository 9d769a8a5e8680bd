"""The same Stage subclass twice, with different environments, a stack name, termination protection and stage-level tags."""
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class QueueStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        queue = sqs.Queue(self, "Jobs", visibility_timeout=cdk.Duration.seconds(60))
        cdk.CfnOutput(self, "QueueArn", value=queue.queue_arn)
        cdk.CfnOutput(self, "Where", value=f"{self.account}/{self.region}/{self.stack_name}")


class Service(cdk.Stage):
    def __init__(self, scope: Construct, id: str, *, protect: bool = False, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        QueueStack(self, "Queues", termination_protection=protect)
        QueueStack(self, "Named", stack_name=f"{self.stage_name.lower()}-named-queues")
        QueueStack(self, "OtherRegion", env=cdk.Environment(region="ap-southeast-2"))
        cdk.Tags.of(self).add("stage", self.stage_name)


app = cdk.App()
Service(app, "Dev", env=cdk.Environment(account="111111111111", region="eu-west-1"))
Service(app, "Prod", env=cdk.Environment(account="222222222222", region="us-east-1"), protect=True)
app.synth()
