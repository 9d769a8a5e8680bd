"""Cross-stack references both between top-level stacks made first and inside a Stage made after them: the
app's one warning about the default reference strength goes to the stage's consumer, whose stage is
synthesized before the app's own stacks."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class Producer(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.queue = sqs.Queue(self, "Jobs")


class Consumer(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, queue: sqs.IQueue, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        role = iam.Role(self, "Worker", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        queue.grant_consume_messages(role)
        cdk.CfnOutput(self, "QueueUrl", value=queue.queue_url)


class Regional(cdk.Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        producer = Producer(self, "Producer")
        Consumer(self, "Consumer", queue=producer.queue)


app = cdk.App()
env = cdk.Environment(account="111122223333", region="eu-west-1")
shared = Producer(app, "SharedProducer", env=env)
Consumer(app, "SharedConsumer", queue=shared.queue, env=env)
Regional(app, "Dev", env=cdk.Environment(account="222233334444", region="eu-west-1"))
app.synth()
