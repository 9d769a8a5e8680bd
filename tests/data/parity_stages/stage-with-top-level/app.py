"""A top-level stack next to a Stage; app-level tags; a Lambda function from a file asset inside the stage."""
import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from constructs import Construct

HERE = os.path.dirname(os.path.abspath(__file__))


class Worker(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        lambda_.Function(
            self,
            "Fn",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
        )


class Pipeline(cdk.Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        Worker(self, "Worker")


app = cdk.App()
tooling = cdk.Stack(app, "Tooling", env=cdk.Environment(account="444444444444", region="us-west-2"))
sqs.Queue(tooling, "Builds")
Pipeline(app, "Staging", env=cdk.Environment(account="555555555555", region="us-west-2"))
cdk.Tags.of(app).add("team", "platform")
app.synth()
