"""A WebSocket API with a Lambda authorizer on $connect, handlers from another stack, a stage of its own
and a route response on each custom route."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import CfnRouteResponse
from aws_cdk.aws_apigatewayv2_alpha import WebSocketApi, WebSocketStage
from aws_cdk.aws_apigatewayv2_authorizers_alpha import WebSocketLambdaAuthorizer
from aws_cdk.aws_apigatewayv2_integrations_alpha import WebSocketLambdaIntegration

MOVES = ("openTable", "placeBet", "leaveTable")


class Dealers(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self.by_name = {
            name: lambda_.Function(
                self,
                name,
                runtime=lambda_.Runtime.PYTHON_3_12,
                handler="index.handler",
                code=lambda_.Code.from_inline(
                    "def handler(event, context):\n    return {'statusCode': 200}\n"
                ),
            )
            for name in (*MOVES, "doorman", "greeter")
        }


class Casino(cdk.Stack):
    def __init__(self, scope, id, dealers):
        super().__init__(scope, id)
        api = WebSocketApi(self, "TableApi", api_name="casino-tables")
        WebSocketStage(self, "Live", web_socket_api=api, stage_name="live", auto_deploy=True)
        api.add_route(
            route_key="$connect",
            integration=WebSocketLambdaIntegration("Greet", dealers.by_name["greeter"]),
            authorizer=WebSocketLambdaAuthorizer(
                id="Doorman",
                handler=dealers.by_name["doorman"],
                identity_source=["route.request.header.Authorization"],
            ),
        )
        for move in MOVES:
            route = api.add_route(
                move, integration=WebSocketLambdaIntegration(f"{move}Dealer", dealers.by_name[move])
            )
            CfnRouteResponse(
                self,
                f"{move}Reply",
                api_id=api.api_id,
                route_id=route.route_id,
                route_response_key="$default",
            )


app = cdk.App()
dealers = Dealers(app, "alpha-ws-route-responses-dealers")
Casino(app, "alpha-ws-route-responses", dealers)
app.synth()
