import os
import aws_cdk as cdk
from aws_cdk import (aws_lambda as lambda_, aws_iam as iam, aws_logs as logs, aws_kms as kms,
                     aws_sqs as sqs)
from constructs import Construct

HERE = os.path.dirname(os.path.abspath(__file__))


class ServiceStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "EnvKey", alias="alias/orders-env", description="env encryption")
        logs_group = logs.LogGroup(self, "OrdersLogs", retention=logs.RetentionDays.TWO_WEEKS)
        orders = lambda_.Function(
            self, "OrdersFn",
            runtime=lambda_.Runtime.JAVA_21,
            handler="com.example.Handler::handleRequest",
            code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
            snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS,
            memory_size=2048,
            timeout=cdk.Duration.seconds(20),
            environment={"MODE": "prod"},
            environment_encryption=key,
            log_group=logs_group,
            logging_format=lambda_.LoggingFormat.JSON,
            application_log_level_v2=lambda_.ApplicationLogLevel.DEBUG,
            system_log_level_v2=lambda_.SystemLogLevel.INFO,
            recursive_loop=lambda_.RecursiveLoop.ALLOW,
            runtime_management_mode=lambda_.RuntimeManagementMode.manual(
                "arn:aws:lambda:us-east-1::runtime:0b2cc7c9b9b5d8a0a4b0c3d8e3c1a7b2a0e9c0f5e0c1d2e3f4a5b6c7d8e9f0a1"),
            description="Orders API",
            function_name="orders-api",
        )
        version = orders.current_version
        live = lambda_.Alias(self, "LiveAlias", alias_name="live", version=version)
        url = live.add_function_url(
            auth_type=lambda_.FunctionUrlAuthType.AWS_IAM,
            cors=lambda_.FunctionUrlCorsOptions(
                allowed_origins=["https://app.example.com"],
                allowed_methods=[lambda_.HttpMethod.GET, lambda_.HttpMethod.POST],
                allowed_headers=["content-type", "authorization"],
                exposed_headers=["x-request-id"],
                allow_credentials=True,
                max_age=cdk.Duration.minutes(10),
            ),
            invoke_mode=lambda_.InvokeMode.RESPONSE_STREAM,
        )
        caller = iam.Role(self, "CallerRole", assumed_by=iam.AccountRootPrincipal())
        url.grant_invoke_url(caller)
        orders.grant_invoke_url(iam.ServicePrincipal("events.amazonaws.com"))

        public = lambda_.Function(
            self, "PublicFn",
            runtime=lambda_.Runtime.PYTHON_3_13,
            handler="app.handler",
            code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
            architecture=lambda_.Architecture.ARM_64,
            ephemeral_storage_size=cdk.Size.gibibytes(2),
            runtime_management_mode=lambda_.RuntimeManagementMode.FUNCTION_UPDATE,
            recursive_loop=lambda_.RecursiveLoop.TERMINATE,
            logging_format=lambda_.LoggingFormat.TEXT,
            ipv6_allowed_for_dual_stack=False,
        )
        public_url = public.add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE,
                                             cors=lambda_.FunctionUrlCorsOptions(allowed_origins=["*"]))
        cdk.CfnOutput(self, "PublicUrl", value=public_url.url)
        cdk.CfnOutput(self, "LiveUrl", value=url.url)
        cdk.CfnOutput(self, "LiveUrlArn", value=url.function_arn)


app = cdk.App()
ServiceStack(app, "OrdersService", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
