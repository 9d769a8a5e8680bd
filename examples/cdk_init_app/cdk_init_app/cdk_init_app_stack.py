"""An HTTP API over a Lambda function, a private Application Load Balancer and an SQS queue."""

from pathlib import Path
from typing import Any

from apigwv2_integrations import CfnOutput, Construct, Duration, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_sqs as sqs

HANDLER_DIR = Path(__file__).parent.parent / "lambda"


class CdkInitAppStack(Stack):
    """What `cdk init` leaves to fill in: here, an HTTP API and what it routes to."""

    def __init__(self, scope: Construct, construct_id: str, **kwargs: Any) -> None:
        super().__init__(scope, construct_id, **kwargs)

        hello = lambda_.Function(
            self,
            "HelloHandler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="hello.handler",
            code=lambda_.Code.from_asset(str(HANDLER_DIR)),
        )

        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1)
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc)
        listener = alb.add_listener(
            "Listener", port=80, default_action=elbv2.ListenerAction.fixed_response(200)
        )

        orders = sqs.Queue(self, "Orders", visibility_timeout=Duration.seconds(300))

        api = apigwv2.HttpApi(self, "Api")
        api.add_routes(
            path="/hello",
            methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpLambdaIntegration("Hello", hello),
        )
        api.add_routes(
            path="/items",
            methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpAlbIntegration("Items", listener),
        )
        api.add_routes(
            path="/orders",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpSqsIntegration("Orders", queue=orders),
        )

        CfnOutput(self, "Url", value=api.url or "")
