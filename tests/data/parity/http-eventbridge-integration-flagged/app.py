"""HttpEventBridgeIntegration: the default mapping, an explicit subtype on a named bus, custom mappings (EventBusName added, or overridden), an imported bus and an EventBusReference given as a dict."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_events as events
from aws_cdk.aws_apigatewayv2_integrations import HttpEventBridgeIntegration

app = cdk.App()
stack = cdk.Stack(app, "http-eventbridge-integration")

bus = events.EventBus(stack, "Bus")
named = events.EventBus(stack, "Named", event_bus_name="orders-bus")
imported = events.EventBus.from_event_bus_arn(
    stack, "Imported", "arn:aws:events:us-east-1:123456789012:event-bus/imported-bus"
)

api = apigwv2.HttpApi(stack, "HttpApi")
post = [apigwv2.HttpMethod.POST]
api.add_routes(
    path="/default",
    methods=post,
    integration=HttpEventBridgeIntegration("DefaultIntegration", event_bus_ref=bus.event_bus_ref),
)
api.add_routes(
    path="/put-events",
    methods=post,
    integration=HttpEventBridgeIntegration(
        "ExplicitIntegration",
        event_bus_ref=named.event_bus_ref,
        subtype=apigwv2.HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS,
    ),
)
api.add_routes(
    path="/orders",
    methods=[apigwv2.HttpMethod.POST, apigwv2.HttpMethod.PUT],
    integration=HttpEventBridgeIntegration(
        "CustomIntegration",
        event_bus_ref=bus.event_bus_ref,
        parameter_mapping=apigwv2.ParameterMapping()
        .custom("Detail", "$request.body")
        .custom("DetailType", "order")
        .custom("Source", "shop"),
    ),
)
api.add_routes(
    path="/override",
    methods=post,
    integration=HttpEventBridgeIntegration(
        "OverrideIntegration",
        event_bus_ref=bus.event_bus_ref,
        parameter_mapping=apigwv2.ParameterMapping()
        .custom("EventBusName", "other-bus")
        .custom("Detail", "$request.body"),
    ),
)
api.add_routes(
    path="/imported",
    methods=post,
    integration=HttpEventBridgeIntegration("ImportedIntegration", event_bus_ref=imported.event_bus_ref),
)
api.add_routes(
    path="/dict",
    methods=post,
    integration=HttpEventBridgeIntegration(
        "DictIntegration",
        event_bus_ref={
            "event_bus_arn": "arn:aws:events:us-east-1:123456789012:event-bus/dict-bus",
            "event_bus_name": "dict-bus",
        },
    ),
)

cdk.CfnOutput(stack, "BusArn", value=bus.event_bus_arn)
cdk.CfnOutput(stack, "BusName", value=bus.event_bus_name)
cdk.CfnOutput(stack, "ImportedName", value=imported.event_bus_name)

app.synth()
