"""APIs made in one stack, imported by id in another that adds a stage and a WebSocket route to them."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
core = cdk.Stack(app, "integ-http-imported-apis-core")
orders = apigwv2.HttpApi(core, "Orders", create_default_stage=False)
feed = apigwv2.WebSocketApi(core, "Feed")
cdk.CfnOutput(core, "OrdersId", value=orders.api_id, export_name="OrdersApiId")
cdk.CfnOutput(core, "FeedId", value=feed.api_id, export_name="FeedApiId")

team = cdk.Stack(app, "integ-http-imported-apis-team")
team.add_dependency(core)
shared_orders = apigwv2.HttpApi.from_http_api_attributes(
    team, "SharedOrders", http_api_id=cdk.Fn.import_value("OrdersApiId")
)
shared_feed = apigwv2.WebSocketApi.from_web_socket_api_attributes(
    team, "SharedFeed", web_socket_id=cdk.Fn.import_value("FeedApiId")
)
apigwv2.HttpStage(team, "Beta", http_api=shared_orders, stage_name="beta", auto_deploy=True)
relay = lambda_.Function(
    team,
    "Relay",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.InlineCode("def handler(event, context):\n    return {'statusCode': 200}\n"),
)
apigwv2.WebSocketRoute(
    team,
    "Ping",
    web_socket_api=shared_feed,
    route_key="ping",
    integration=integrations.WebSocketLambdaIntegration("Relay", relay),
)
cdk.CfnOutput(team, "OrdersMetric", value=shared_orders.metric_count().metric_name)

app.synth()
