import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()


def instrumented(scope, id, layer, wrapper, runtime=lambda_.Runtime.NODEJS_22_X, **options):
    code = lambda_.Code.from_inline("exports.handler = async () => {};")
    if runtime.family == lambda_.RuntimeFamily.JAVA:
        bucket = s3.Bucket.from_bucket_name(scope, id + "Bucket", "code-bucket")
        code = lambda_.Code.from_bucket(bucket, "app.jar")
    return lambda_.Function(
        scope,
        id,
        runtime=runtime,
        handler="index.handler",
        code=code,
        adot_instrumentation=lambda_.AdotInstrumentationConfig(layer_version=layer, exec_wrapper=wrapper),
        **options,
    )


agnostic = cdk.Stack(app, "AdotAgnostic")
# Same ARN in every region but the region: one Fn::Join.
instrumented(
    agnostic,
    "PythonLatest",
    lambda_.AdotLayerVersion.from_python_sdk_layer_version(lambda_.AdotLambdaLayerPythonSdkVersion.LATEST),
    lambda_.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
    runtime=lambda_.Runtime.PYTHON_3_12,
)
# Published in China too (another partition): a mapping row per region.
instrumented(
    agnostic,
    "PythonArm",
    lambda_.AdotLayerVersion.from_python_sdk_layer_version(lambda_.AdotLambdaLayerPythonSdkVersion.V1_19_0_1),
    lambda_.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
    runtime=lambda_.Runtime.PYTHON_3_12,
    architecture=lambda_.Architecture.ARM_64,
)
instrumented(
    agnostic,
    "Generic",
    lambda_.AdotLayerVersion.from_generic_layer_version(lambda_.AdotLambdaLayerGenericVersion.V0_82_0),
    lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER,
)
# Layer version numbers that differ between regions.
instrumented(
    agnostic,
    "NodeArm",
    lambda_.AdotLayerVersion.from_java_script_sdk_layer_version(lambda_.AdotLambdaLayerJavaScriptSdkVersion.V1_7_0),
    lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER,
    architecture=lambda_.Architecture.ARM_64,
)
instrumented(
    agnostic,
    "JavaArm",
    lambda_.AdotLayerVersion.from_java_sdk_layer_version(lambda_.AdotLambdaLayerJavaSdkVersion.V1_19_0),
    lambda_.AdotLambdaExecWrapper.STREAM_HANDLER,
    runtime=lambda_.Runtime.JAVA_21,
    architecture=lambda_.Architecture.ARM_64,
)
# Own layers, environment and tracing come first and stay.
own_layer = lambda_.LayerVersion.from_layer_version_arn(
    agnostic, "OwnLayer", "arn:aws:lambda:us-east-1:123456789012:layer:own:1"
)
instrumented(
    agnostic,
    "PassThrough",
    lambda_.AdotLayerVersion.from_generic_layer_version(lambda_.AdotLambdaLayerGenericVersion.LATEST),
    lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER,
    layers=[own_layer],
    environment={"ZED": "1", "ALPHA": "2"},
    tracing=lambda_.Tracing.PASS_THROUGH,
)
instrumented(
    agnostic,
    "Untraced",
    lambda_.AdotLayerVersion.from_generic_layer_version(lambda_.AdotLambdaLayerGenericVersion.V0_115_0),
    lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER,
    tracing=lambda_.Tracing.DISABLED,
)
lambda_.SingletonFunction(
    agnostic,
    "Singleton",
    uuid="6a5b1f2e-0c3d-4e8f-9a7b-1c2d3e4f5a6b",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => {};"),
    adot_instrumentation={
        "layer_version": lambda_.AdotLayerVersion.from_generic_layer_version(
            lambda_.AdotLambdaLayerGenericVersion.V0_98_0
        ),
        "exec_wrapper": lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER,
    },
)
cdk.CfnOutput(
    agnostic,
    "AgentArn",
    value=lambda_.AdotLambdaLayerJavaAutoInstrumentationVersion.V1_30_0.layer_arn(
        agnostic, lambda_.Architecture.X86_64
    ),
)
cdk.CfnOutput(
    agnostic,
    "CollectorArn",
    value=lambda_.AdotLambdaLayerGenericVersion.V0_90_1.layer_arn(agnostic, lambda_.Architecture.ARM_64),
)

regional = cdk.Stack(app, "AdotRegional", env=cdk.Environment(region="eu-west-1"))
instrumented(
    regional,
    "Agent",
    lambda_.AdotLayerVersion.from_java_auto_instrumentation_layer_version(
        lambda_.AdotLambdaLayerJavaAutoInstrumentationVersion.LATEST
    ),
    lambda_.AdotLambdaExecWrapper.PROXY_HANDLER,
    runtime=lambda_.Runtime.JAVA_21,
)
instrumented(
    regional,
    "Sqs",
    lambda_.AdotLayerVersion.from_java_sdk_layer_version(lambda_.AdotLambdaLayerJavaSdkVersion.V1_32_0),
    lambda_.AdotLambdaExecWrapper.SQS_HANDLER,
    runtime=lambda_.Runtime.JAVA_21,
    architecture=lambda_.Architecture.ARM_64,
)
# With the other layers a function can run with: insights, then ADOT, then parameters and secrets.
instrumented(
    regional,
    "AllLayers",
    lambda_.AdotLayerVersion.from_java_script_sdk_layer_version(lambda_.AdotLambdaLayerJavaScriptSdkVersion.LATEST),
    lambda_.AdotLambdaExecWrapper.REGULAR_HANDLER,
    insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_498_0,
    params_and_secrets=lambda_.ParamsAndSecretsLayerVersion.from_version(lambda_.ParamsAndSecretsVersions.V1_0_103),
    environment={"KEY": "value"},
)
cdk.CfnOutput(
    regional,
    "PythonArn",
    value=lambda_.AdotLambdaLayerPythonSdkVersion.V1_17_0.layer_arn(regional, lambda_.Architecture.ARM_64),
)

app.synth()
