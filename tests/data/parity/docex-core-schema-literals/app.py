import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "docex-core-schema-literals")

# Literal values the CloudFormation schema refuses: reported by the template validation, not at the call.
sqs.CfnQueue(stack, "Queue", delay_seconds=1000, maximum_message_size=10, queue_name="orders")
lambda_.CfnEventSourceMapping(stack, "Mapping", function_name="fn", event_source_arn="example-value")
lambda_.CfnFunction(
    stack,
    "Fn",
    role="arn:aws:iam::123456789012:role/fn",
    code=lambda_.CfnFunction.CodeProperty(zip_file="exports.handler = () => {}"),
    runtime="nodejs22.x",
    handler="index.handler",
    architectures=["x86", "arm64"],
    description="d" * 300,
    function_name="",
    memory_size=129.5,
    ephemeral_storage=lambda_.CfnFunction.EphemeralStorageProperty(size=100),
    logging_config=lambda_.CfnFunction.LoggingConfigProperty(log_format="XML"),
    file_system_configs=[
        lambda_.CfnFunction.FileSystemConfigProperty(
            arn="arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0",
            local_mount_path="/data",
        )
    ],
)
app.synth()
