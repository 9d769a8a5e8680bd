"""Lambda function URLs (IAM with grant_invoke_url, NONE with CORS and streaming, on an alias), a layer version built from an asset with permissions, an imported layer, a dead-letter queue (created, given, and a topic-less enabled flag), and a container-image function from a local Dockerfile."""
import os

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

HERE = os.path.dirname(__file__)
app = cdk.App()
stack = cdk.Stack(app, "lambda-url-layer-image")

layer = lambda_.LayerVersion(
    stack,
    "Shared",
    code=lambda_.Code.from_asset(os.path.join(HERE, "layer")),
    compatible_runtimes=[lambda_.Runtime.PYTHON_3_12, lambda_.Runtime.PYTHON_3_13],
    compatible_architectures=[lambda_.Architecture.ARM_64],
    description="shared helpers",
    license="MIT",
    layer_version_name="shared-helpers",
    removal_policy=cdk.RemovalPolicy.RETAIN,
)
layer.add_permission("AnyAccountInOrg", account_id="*", organization_id="o-abcdef1234")
layer.add_permission("OneAccount", account_id="111122223333")
imported_layer = lambda_.LayerVersion.from_layer_version_arn(stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:layer:other:3")

fn = lambda_.Function(
    stack,
    "Api",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 'ok'\n"),
    layers=[layer, imported_layer],
    dead_letter_queue_enabled=True,
)
url = fn.add_function_url()
caller = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
url.grant_invoke_url(caller)

dlq = sqs.Queue(stack, "GivenDlq")
streaming = lambda_.Function(
    stack,
    "Streamer",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => 'hi';"),
    dead_letter_queue=dlq,
)
alias = lambda_.Alias(stack, "Live", alias_name="live", version=streaming.current_version)
public_url = lambda_.FunctionUrl(
    stack,
    "PublicUrl",
    function=alias,
    auth_type=lambda_.FunctionUrlAuthType.NONE,
    invoke_mode=lambda_.InvokeMode.RESPONSE_STREAM,
    cors=lambda_.FunctionUrlCorsOptions(
        allowed_origins=["https://example.com"],
        allowed_methods=[lambda_.HttpMethod.GET, lambda_.HttpMethod.POST],
        allowed_headers=["content-type"],
        exposed_headers=["x-id"],
        allow_credentials=True,
        max_age=cdk.Duration.hours(1),
    ),
)

image_fn = lambda_.DockerImageFunction(
    stack,
    "ImageFn",
    code=lambda_.DockerImageCode.from_image_asset(os.path.join(HERE, "image"), cmd=["app.handler"]),
    memory_size=1024,
    timeout=cdk.Duration.seconds(30),
    architecture=lambda_.Architecture.ARM_64,
)

cdk.CfnOutput(stack, "Url", value=url.url)
cdk.CfnOutput(stack, "PublicUrlOut", value=public_url.url)
cdk.CfnOutput(stack, "LayerArn", value=layer.layer_version_arn)
cdk.CfnOutput(stack, "ImageFnArn", value=image_fn.function_arn)
app.synth()
