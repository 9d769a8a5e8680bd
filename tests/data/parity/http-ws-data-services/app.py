import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_events as events
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct


class OrdersApiStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        table = ddb.TableV2(
            self, "Orders", partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING), dynamo_stream=ddb.StreamViewType.NEW_IMAGE
        )
        queue = sqs.Queue(self, "Intake", encryption=sqs.QueueEncryption.SQS_MANAGED)
        bus = events.EventBus(self, "OrdersBus")
        save = tasks.DynamoPutItem(
            self,
            "Save",
            table=table,
            item={
                "id": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.id")),
                "total": tasks.DynamoAttributeValue.number_from_string(sfn.JsonPath.string_at("$.total")),
            },
            result_path=sfn.JsonPath.DISCARD,
        )
        machine = sfn.StateMachine(
            self,
            "Create",
            state_machine_type=sfn.StateMachineType.EXPRESS,
            definition_body=sfn.DefinitionBody.from_chainable(save.next(sfn.Succeed(self, "Ok"))),
        )
        api = apigwv2.HttpApi(self, "Api", cors_preflight=apigwv2.CorsPreflightOptions(allow_origins=["*"], allow_methods=[apigwv2.CorsHttpMethod.POST]))
        api.add_routes(
            path="/orders",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpStepFunctionsIntegration(
                "CreateOrder", state_machine=machine, subtype=apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION
            ),
        )
        api.add_routes(
            path="/intake",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpSqsIntegration("Intake", queue=queue),
        )
        api.add_routes(
            path="/events",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpEventBridgeIntegration("Events", event_bus_ref=bus.event_bus_ref),
        )
        handler = lambda_.Function(
            self,
            "Ws",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): return {'statusCode': 200}"),
            environment={"TABLE": table.table_name},
        )
        table.grant_read_write_data(handler)
        ws = apigwv2.WebSocketApi(
            self,
            "Live",
            connect_route_options=apigwv2.WebSocketRouteOptions(integration=integrations.WebSocketLambdaIntegration("Connect", handler)),
        )
        stage = apigwv2.WebSocketStage(self, "Prod", web_socket_api=ws, stage_name="prod", auto_deploy=True)
        stage.grant_management_api_access(handler)
        cdk.CfnOutput(self, "ApiUrl", value=api.url or "")
        cdk.CfnOutput(self, "WsUrl", value=stage.url)


app = cdk.App()
OrdersApiStack(app, "OrdersApiStack")
app.synth()
