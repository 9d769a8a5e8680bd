"""With the context of the cdk.json that `cdk init` writes (next to this file). Cross-stack references inside a Stage: a function in one stack used by an HttpApi in another, an explicit dependency and export_value."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class Backend(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.handler = lambda_.Function(
            self,
            "Handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
        )
        self.queue = sqs.Queue(self, "Queue")
        self.export_value(self.queue.queue_url, name="QueueUrlExport")


class Frontend(cdk.Stack):
    def __init__(self, scope: Construct, id: str, backend: Backend, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = apigwv2.HttpApi(self, "Api")
        api.add_routes(
            path="/orders",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpLambdaIntegration("Orders", backend.handler),
        )
        cdk.CfnOutput(self, "QueueArn", value=backend.queue.queue_arn)


class Monitoring(cdk.Stack):
    pass


class Service(cdk.Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        backend = Backend(self, "Backend")
        Frontend(self, "Frontend", backend)
        monitoring = Monitoring(self, "Monitoring")
        sqs.Queue(monitoring, "Alarms")
        monitoring.add_dependency(backend)


app = cdk.App()
Service(app, "Beta")
app.synth()
