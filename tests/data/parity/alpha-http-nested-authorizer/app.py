"""An HTTP API in a nested stack whose Lambda authorizer and handlers live in a nested stack inside it."""

import os

import aws_cdk as cdk
import aws_cdk.aws_apigatewayv2_alpha as apigwv2
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2_authorizers_alpha import HttpLambdaAuthorizer, HttpLambdaResponseType
from aws_cdk.aws_apigatewayv2_integrations_alpha import HttpLambdaIntegration

HANDLER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handler")


class Handlers(cdk.NestedStack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        notes = dynamodb.Table(
            self, "Notes", partition_key=dynamodb.Attribute(name="noteId", type=dynamodb.AttributeType.STRING)
        )
        self.read_note = self.handler("ReadNote", notes)
        self.write_note = self.handler("WriteNote", notes)
        self.gatekeeper = HttpLambdaAuthorizer(
            "Gatekeeper", self.handler("CheckToken", notes), response_types=[HttpLambdaResponseType.SIMPLE]
        )

    def handler(self, id, notes):
        function = lambda_.Function(
            self,
            id,
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_asset(HANDLER),
            environment={"NOTES": notes.table_name},
        )
        notes.grant_read_write_data(function)
        return function


class NotesApi(cdk.NestedStack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        handlers = Handlers(self, "Handlers")
        api = apigwv2.HttpApi(self, "Api")
        api.add_routes(
            path="/notes/{id}",
            methods=[apigwv2.HttpMethod.GET],
            integration=HttpLambdaIntegration("Read", handlers.read_note),
            authorizer=handlers.gatekeeper,
        )
        api.add_routes(
            path="/notes",
            methods=[apigwv2.HttpMethod.PUT],
            integration=HttpLambdaIntegration("Write", handlers.write_note),
        )
        self.url = api.url


class Notebook(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        cdk.CfnOutput(self, "NotesUrl", value=NotesApi(self, "NotesApi").url)


app = cdk.App()
Notebook(app, "alpha-http-nested-authorizer")
app.synth()
