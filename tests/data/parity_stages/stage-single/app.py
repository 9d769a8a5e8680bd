"""One Stage with an environment: an HttpApi and its Lambda function in one stack of the stage."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


class ApiStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        handler = lambda_.Function(
            self,
            "Handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
        )
        api = apigwv2.HttpApi(self, "Api")
        api.add_routes(
            path="/items",
            methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpLambdaIntegration("Items", handler),
        )
        cdk.CfnOutput(self, "Url", value=api.url)


class Service(cdk.Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        ApiStack(self, "Api")


app = cdk.App()
Service(app, "Prod", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
