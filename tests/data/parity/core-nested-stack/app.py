"""Nested stacks: a NestedStack with a Lambda function and an HTTP API reading a queue of its parent (parameters), the parent reading the API URL and function ARN back (outputs), a nested stack inside it, another stack reading a nested value (export of the parent), and a NestedStack with parameters, a timeout, notification ARNs and a removal policy."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from constructs import Construct

app = cdk.App()
parent = cdk.Stack(app, "Parent")
queue = sqs.Queue(parent, "Jobs")


class Workers(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str, *, api_id: str) -> None:
        super().__init__(scope, id)
        self.dlq = sqs.Queue(self, "DeadLetters")
        cdk.CfnOutput(self, "Seen", value=f"{api_id}:{queue.queue_name}")


class ApiStack(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.handler = lambda_.Function(
            self,
            "Handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
            environment={"QUEUE_URL": queue.queue_url},
        )
        queue.grant_send_messages(self.handler)
        self.api = apigwv2.HttpApi(self, "Api")
        self.api.add_routes(
            path="/jobs",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpLambdaIntegration("Jobs", self.handler),
        )
        self.workers = Workers(self, "Workers", api_id=self.api.api_id)


group = Construct(parent, "Group")
nested = ApiStack(
    group,
    "Api",
    description="The jobs API",
    timeout=cdk.Duration.minutes(5),
    notification_arns=["arn:aws:sns:us-east-1:123456789012:stack-events"],
)
cdk.CfnOutput(parent, "ApiUrl", value=nested.api.url)
cdk.CfnOutput(parent, "HandlerArn", value=nested.handler.function_arn)
cdk.CfnOutput(parent, "DeadLetterUrl", value=nested.workers.dlq.queue_url)
cdk.CfnOutput(parent, "IsNested", value=str(cdk.NestedStack.is_nested_stack(nested)))
cdk.CfnOutput(parent, "ParentOfNested", value=nested.nested_stack_parent.stack_name)
plain = cdk.NestedStack(parent, "Plain", parameters={"Stage": "prod"}, removal_policy=cdk.RemovalPolicy.RETAIN)
cdk.CfnParameter(plain, "Stage")
plain.set_parameter("Extra", "yes")
cdk.CfnParameter(plain, "Extra")

consumer = cdk.Stack(app, "Consumer")
sqs.Queue(consumer, "Mirror", queue_name=f"mirror-{nested.api.api_id}")

app.synth()
