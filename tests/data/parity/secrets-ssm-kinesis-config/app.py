import json

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_ssm as ssm
from constructs import Construct


class ConfigStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "SecretsKey", enable_key_rotation=True)
        db = secretsmanager.Secret(
            self,
            "DbCredentials",
            secret_name="prod/orders/db",
            description="Orders database",
            encryption_key=key,
            generate_secret_string=secretsmanager.SecretStringGenerator(
                secret_string_template=json.dumps({"username": "orders"}),
                generate_string_key="password",
                exclude_characters="/@\" ",
                password_length=24,
                require_each_included_type=True,
            ),
            replica_regions=[secretsmanager.ReplicaRegion(region="eu-central-1")],
            removal_policy=cdk.RemovalPolicy.RETAIN,
        )
        rotator = lambda_.Function(
            self,
            "Rotator",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): pass"),
            timeout=cdk.Duration.minutes(1),
        )
        db.add_rotation_schedule(
            "Rotation",
            rotation_lambda=rotator,
            automatically_after=cdk.Duration.days(30),
            rotate_immediately_on_update=False,
        )
        api_token = secretsmanager.Secret(
            self,
            "ApiToken",
            secret_object_value={
                "token": cdk.SecretValue.unsafe_plain_text("initial"),
                "endpoint": cdk.SecretValue.unsafe_plain_text("https://api.example.com"),
            },
        )
        api_token.add_rotation_schedule(
            "HostedRotation",
            hosted_rotation=secretsmanager.HostedRotation.mysql_single_user(function_name="token-rotator"),
            automatically_after=cdk.Duration.hours(12),
        )
        consumer = iam.Role(self, "Consumer", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
        db.grant_read(consumer, version_stages=["AWSCURRENT"])
        api_token.grant_write(consumer)
        db.add_to_resource_policy(
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                actions=["secretsmanager:DeleteSecret"],
                principals=[iam.AnyPrincipal()],
                resources=["*"],
            )
        )
        legacy = secretsmanager.Secret.from_secret_name_v2(self, "Legacy", "legacy/api-key")
        legacy.grant_read(rotator)
        partial = secretsmanager.Secret.from_secret_attributes(
            self,
            "Partner",
            secret_partial_arn="arn:aws:secretsmanager:us-east-1:123456789012:secret:partner/key",
            encryption_key=kms.Key.from_key_arn(self, "PartnerKey", "arn:aws:kms:us-east-1:123456789012:key/partner"),
        )
        partial.grant_read(rotator)

        endpoint = ssm.StringParameter(
            self,
            "Endpoint",
            parameter_name="/orders/prod/endpoint",
            string_value="https://orders.example.com",
            description="Public endpoint",
            tier=ssm.ParameterTier.STANDARD,
            allowed_pattern="^https://.*$",
        )
        regions = ssm.StringListParameter(
            self, "Regions", parameter_name="/orders/prod/regions", string_list_value=["us-east-1", "eu-central-1"]
        )
        flags = ssm.StringParameter(self, "Flags", string_value=json.dumps({"beta": True}), tier=ssm.ParameterTier.ADVANCED)
        endpoint.grant_read(rotator)
        regions.grant_write(consumer)
        flags.grant_read(consumer)
        latest = ssm.StringParameter.value_for_string_parameter(self, "/shared/vpc/id")
        pinned = ssm.StringParameter.value_for_string_parameter(self, "/shared/ami", 3)
        typed = ssm.StringParameter.value_for_typed_string_parameter_v2(
            self, "/shared/ami/al2023", ssm.ParameterValueType.AWS_EC2_IMAGE_ID
        )
        lst = ssm.StringListParameter.value_for_typed_list_parameter(self, "/shared/subnets", ssm.ParameterValueType.AWS_EC2_SUBNET_ID)
        imported = ssm.StringParameter.from_string_parameter_attributes(self, "Imported", parameter_name="/other/thing", version=2)
        imported.grant_read(rotator)
        secure = ssm.StringParameter.from_secure_string_parameter_attributes(
            self, "Secure", parameter_name="/other/secret", version=4, encryption_key=key
        )
        secure.grant_read(rotator)

        stream = kinesis.Stream(
            self,
            "Audit",
            stream_name="orders-audit",
            shard_count=2,
            retention_period=cdk.Duration.days(3),
            encryption=kinesis.StreamEncryption.KMS,
            encryption_key=key,
        )
        stream.grant_write(rotator)
        stream.grant(consumer, "kinesis:DescribeStreamSummary")
        consumer_ = kinesis.StreamConsumer(self, "AuditConsumer", stream=stream, stream_consumer_name="auditor")
        consumer_.grant_read(consumer)
        stream.add_to_resource_policy(
            iam.PolicyStatement(actions=["kinesis:GetRecords"], principals=[iam.AccountPrincipal("999988887777")], resources=[stream.stream_arn])
        )

        cdk.CfnOutput(self, "Latest", value=latest)
        cdk.CfnOutput(self, "Pinned", value=pinned)
        cdk.CfnOutput(self, "Typed", value=typed)
        cdk.CfnOutput(self, "Subnets", value=cdk.Fn.join(",", lst))
        cdk.CfnOutput(self, "ImportedValue", value=imported.string_value)
        cdk.CfnOutput(self, "DbUser", value=db.secret_value_from_json("username").unsafe_unwrap())
        cdk.CfnOutput(self, "DbName", value=db.secret_name)
        cdk.CfnOutput(self, "LegacyArn", value=legacy.secret_arn)
        cdk.CfnOutput(self, "StreamName", value=stream.stream_name)


app = cdk.App()
ConfigStack(app, "ConfigStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
