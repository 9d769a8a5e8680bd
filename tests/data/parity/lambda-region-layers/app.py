import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
agnostic = cdk.Stack(app, "RegionLayersAgnostic")
regional = cdk.Stack(app, "RegionLayersRegional", env=cdk.Environment(region="eu-west-1"))


def function(stack: cdk.Stack, name: str, **props: object) -> lambda_.Function:
    return lambda_.Function(
        stack,
        name,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
        **props,
    )


for stack in (agnostic, regional):
    shared = lambda_.LayerVersion.from_layer_version_arn(
        stack, "Shared", "arn:aws:lambda:eu-west-1:123456789012:layer:shared:4"
    )
    function(
        stack,
        "Insights",
        layers=[shared],
        insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_498_0,
        params_and_secrets=lambda_.ParamsAndSecretsLayerVersion.from_version(
            lambda_.ParamsAndSecretsVersions.V1_0_103
        ),
    )
    function(
        stack,
        "InsightsArm",
        architecture=lambda_.Architecture.ARM_64,
        insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_404_0,
        environment={"STAGE": "prod", "SSM_PARAMETER_STORE_TTL": "10"},
        params_and_secrets=lambda_.ParamsAndSecretsLayerVersion.from_version(
            lambda_.ParamsAndSecretsVersions.V1_0_103,
            cache_enabled=False,
            cache_size=20,
            http_port=8080,
            log_level=lambda_.ParamsAndSecretsLogLevel.DEBUG,
            max_connections=5,
            parameter_store_timeout=cdk.Duration.seconds(2),
            parameter_store_ttl=cdk.Duration.minutes(1),
            secrets_manager_timeout=cdk.Duration.millis(1500),
            secrets_manager_ttl=cdk.Duration.seconds(0),
        ),
    )
    function(stack, "InsightsOld", insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_54_0)
    function(
        stack,
        "OwnLayers",
        role=iam.Role.from_role_arn(stack, "Existing", "arn:aws:iam::123456789012:role/existing"),
        insights_version=lambda_.LambdaInsightsVersion.from_insight_version_arn(
            "arn:aws:lambda:eu-west-1:123456789012:layer:insights:7"
        ),
        params_and_secrets=lambda_.ParamsAndSecretsLayerVersion.from_version_arn(
            "arn:aws:lambda:eu-west-1:123456789012:layer:params:2", cache_size=100
        ),
    ).current_version
    cdk.CfnOutput(
        stack, "InsightsArn", value=lambda_.LambdaInsightsVersion.VERSION_1_0_498_0.layer_version_arn
    )

app.synth()
