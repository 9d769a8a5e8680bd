import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2

app = cdk.App()
stack = cdk.Stack(app, "docex-core-schema-required")

# Required properties removed after the fact, at the top level and in a nested type.
route = apigwv2.CfnRoute(stack, "Route", api_id="abc123", route_key="GET /items")
route.add_property_deletion_override("RouteKey")
stage = apigwv2.CfnStage(
    stack,
    "Stage",
    api_id="abc123",
    stage_name="live",
    access_log_settings=apigwv2.CfnStage.AccessLogSettingsProperty(destination_arn="arn:aws:logs:us-east-1:123456789012:log-group:x", format="$context.requestId"),
)
stage.add_property_deletion_override("ApiId")
integration = apigwv2.CfnIntegration(stack, "Integration", api_id="abc123", integration_type="MOCK")
integration.add_property_override("TlsConfig", {"ServerNameToVerify": 5})
app.synth()
