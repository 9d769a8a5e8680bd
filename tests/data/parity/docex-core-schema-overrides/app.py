import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2, aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "docex-core-schema-overrides")

# Overrides go into the template as given; the template validation reads them like any other value.
stage = apigwv2.CfnStage(stack, "Stage", api_id="abc123", stage_name="live")
stage.add_property_override("Colour", "blue")
stage.add_property_override("DefaultRouteSettings.Burst", 10)
stage.add_property_override("AutoDeploy", "sometimes")
stage.add_property_override("RouteSettings", [1])
stage.add_property_override("AccessLogSettings", "logs")
queue = sqs.CfnQueue(stack, "Queue")
queue.add_property_override("MaximumMessageSize", "large")
queue.add_property_override("DelaySeconds", True)
queue.add_property_override("ReceiveMessageWaitTimeSeconds", 1.5)
queue.add_property_override("RedriveAllowPolicy", {"redrivePermission": "allowAll"})
cdk.Validations.of(stack).acknowledge(
    cdk.Acknowledgment(id="CloudFormation-Validate::F3002", reason="unknown keys kept"),
    cdk.Acknowledgment(id="CloudFormation-Validate::F3012", reason="wrong types kept"),
)
app.synth()
