import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "docex-core-schema-coerced")

# Scalars CloudFormation converts are warnings; values outside the allowed set too.
queue = sqs.CfnQueue(stack, "Queue", sqs_managed_sse_enabled=True)
queue.add_property_override("DelaySeconds", "10")
queue.add_property_override("VisibilityTimeout", "45000")
queue.add_property_override("FifoQueue", "true")
queue.add_property_override("QueueName", 12345)
function = lambda_.CfnFunction(
    stack,
    "Fn",
    role="arn:aws:iam::123456789012:role/fn",
    code=lambda_.CfnFunction.CodeProperty(zip_file="exports.handler = () => {}"),
    runtime="nodejs22.x",
    handler="index.handler",
    recursive_loop="Sometimes",
    tracing_config=lambda_.CfnFunction.TracingConfigProperty(mode="Always"),
)
function.add_property_override("Description", True)
function.add_property_override("PackageType", 3)
cdk.Validations.of(queue).acknowledge(cdk.Acknowledgment(id="CloudFormation-Validate::F3034", reason="kept"))
app.synth()
