"""A WebSocket chat in a nested stack: connect and default routes on Lambda functions from a local folder
(their asset display names start at the parent stack), a connection table of the parent granted to them,
`grant_manage_connections`, and a parent bucket taking server access logs."""

import os

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from constructs import Construct

HANDLER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handler")


class Sockets(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str, *, rooms: dynamodb.Table) -> None:
        super().__init__(scope, id)
        join = self.handler("Join", rooms)
        talk = self.handler("Talk", rooms)
        api = apigwv2.WebSocketApi(
            self,
            "Chat",
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("JoinIntegration", join)
            ),
            default_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("TalkIntegration", talk)
            ),
        )
        self.stage = apigwv2.WebSocketStage(
            self, "Live", web_socket_api=api, stage_name="live", auto_deploy=True
        )
        api.grant_manage_connections(talk)

    def handler(self, id: str, rooms: dynamodb.Table) -> lambda_.Function:
        function = lambda_.Function(
            self,
            id,
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_asset(HANDLER),
            environment={"ROOMS": rooms.table_name},
        )
        rooms.grant_read_write_data(function)
        return function


app = cdk.App()
parent = cdk.Stack(app, "ChatRooms")
rooms = dynamodb.Table(
    parent,
    "Rooms",
    partition_key=dynamodb.Attribute(name="room", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
)
s3.Bucket(parent, "Transcripts", server_access_logs_prefix="access/", enforce_ssl=True)
sockets = Sockets(parent, "Sockets", rooms=rooms)
cdk.CfnOutput(parent, "ChatUrl", value=sockets.stage.url)
app.synth()
