import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "core-override-order")

# Overrides of unset properties take their places among the set ones; unknown keys come last.
queue = sqs.CfnQueue(stack, "Queue", queue_name="orders", visibility_timeout=5)
queue.add_property_override("DelaySeconds", 5)
queue.add_property_override("Unknown", 1)
queue.add_property_override("MessageRetentionPeriod", 60)
plain = cdk.CfnResource(stack, "Plain", type="AWS::SQS::Queue", properties={"QueueName": "plain"})
plain.add_property_override("DelaySeconds", 1)

# The same inside nested types, and for properties the override creates.
function = lambda_.CfnFunction(
    stack,
    "Function",
    code=lambda_.CfnFunction.CodeProperty(zip_file="exports.handler = async () => 1;"),
    role="arn:aws:iam::123456789012:role/runner",
    runtime="nodejs22.x",
    handler="index.handler",
)
function.add_property_override("Code.S3Bucket", "bucket")
function.add_property_override("Code.Zz", 1)
function.add_property_override("Code.ImageUri", "image")
function.add_property_override("Environment.Variables.STAGE", "prod")
function.add_property_override("TracingConfig.Mode", "Active")
api = apigwv2.CfnApi(
    stack, "Api", name="api", protocol_type="HTTP", cors_configuration=apigwv2.CfnApi.CorsProperty(max_age=5)
)
api.add_property_override("CorsConfiguration.AllowOrigins", ["*"])
api.add_property_override("Description", "ordered")

# A token that resolves to an object replaces the value there, whole.
boundary = iam.ManagedPolicy(
    stack, "Boundary", statements=[iam.PolicyStatement(actions=["sqs:*"], resources=["*"])]
)
other = iam.ManagedPolicy.from_managed_policy_name(stack, "Other", "other")
role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={"Statement": [], "Version": "2012-10-17"},
    role_name="ordered",
    permissions_boundary=other.managed_policy_arn,
)
role.add_property_override("PermissionsBoundary", boundary.managed_policy_arn)
app.synth()
