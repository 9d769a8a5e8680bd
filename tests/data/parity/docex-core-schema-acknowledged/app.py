import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "docex-core-schema-acknowledged")

queue = sqs.CfnQueue(stack, "Queue", delay_seconds=1000, message_retention_period=59)
cdk.Validations.of(queue).acknowledge(
    cdk.Acknowledgment(id="CloudFormation-Validate::F3034", reason="kept out of range on purpose")
)
function = lambda_.CfnFunction(
    stack,
    "Fn",
    role="not-a-role-arn",
    code=lambda_.CfnFunction.CodeProperty(zip_file="exports.handler = () => {}"),
    runtime="nodejs22.x",
    handler="index.handler",
    layers=["a", "b", "c", "d", "e", "f"],
    package_type="Jar",
)
cdk.Validations.of(stack).acknowledge(
    cdk.Acknowledgment(id="CloudFormation-Validate::F3031", reason="the role is looked up later"),
    cdk.Acknowledgment(id="CloudFormation-Validate::F3032", reason="more layers than allowed"),
)
app.synth()
