import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_secretsmanager as sm
from constructs import Construct


class RotationStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1)
        db_sg = ec2.SecurityGroup(self, "DbSg", vpc=vpc)
        target = ec2.Connections(security_groups=[db_sg], default_port=ec2.Port.tcp(5432))
        secret = sm.Secret(
            self,
            "DbSecret",
            generate_secret_string=sm.SecretStringGenerator(
                secret_string_template='{"username":"admin"}', generate_string_key="password"
            ),
        )
        master = sm.Secret(self, "Master")
        sm.SecretRotation(
            self,
            "SingleUser",
            application=sm.SecretRotationApplication.POSTGRES_ROTATION_SINGLE_USER,
            secret=secret,
            target=target,
            vpc=vpc,
            automatically_after=cdk.Duration.days(15),
            exclude_characters="/@\"'",
            rotate_immediately_on_update=False,
        )
        sm.SecretRotation(
            self,
            "MultiUser",
            application=sm.SecretRotationApplication.MYSQL_ROTATION_MULTI_USER,
            secret=sm.Secret(self, "AppUser"),
            master_secret=master,
            target=target,
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        )
        other = sm.Secret(self, "Other")
        other.add_rotation_schedule(
            "Hosted",
            hosted_rotation=sm.HostedRotation.postgre_sql_single_user(
                vpc=vpc, security_groups=[db_sg], function_name="pg-rotator", exclude_characters="@"
            ),
            automatically_after=cdk.Duration.days(7),
        )
        cdk.CfnOutput(self, "SgCount", value=str(len(db_sg.connections.security_groups)))


app = cdk.App()
RotationStack(app, "RotationStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
