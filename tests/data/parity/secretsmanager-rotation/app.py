import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as sm

app = cdk.App()
stack = cdk.Stack(app, "secretsmanager-rotation")

rotator = lambda_.Function(
    stack,
    "Rotator",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
)
plain = sm.Secret(stack, "Plain")
plain.add_rotation_schedule("Rotation", rotation_lambda=rotator)
key = kms.Key(stack, "Key")
encrypted = sm.Secret(stack, "Encrypted", encryption_key=key)
sm.RotationSchedule(
    stack,
    "EncryptedRotation",
    secret=encrypted,
    rotation_lambda=rotator,
    automatically_after=cdk.Duration.hours(6),
    rotate_immediately_on_update=False,
)
by_name = sm.Secret.from_secret_name_v2(stack, "ByName", "shared/api-key")
by_name.add_rotation_schedule("Rotation", rotation_lambda=rotator, automatically_after=cdk.Duration.days(7))
complete = sm.Secret.from_secret_complete_arn(
    stack, "Complete", "arn:aws:secretsmanager:us-east-1:123456789012:secret:complete-AbCdEf"
)
complete.add_rotation_schedule(
    "Rotation", rotation_lambda=rotator, automatically_after=cdk.Duration.minutes(241)
)

single = sm.Secret(stack, "Single")
single.add_rotation_schedule("Rotation", hosted_rotation=sm.HostedRotation.mysql_single_user())
master = sm.Secret(stack, "Master", encryption_key=key)
multi = sm.Secret(stack, "Multi", encryption_key=key)
multi.add_rotation_schedule(
    "Rotation",
    hosted_rotation=sm.HostedRotation.postgre_sql_multi_user(
        master_secret=master, exclude_characters="!", function_name="pg-rotator"
    ),
    automatically_after=cdk.Duration.days(0),
    rotate_immediately_on_update=True,
)

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
in_vpc = sm.Secret(stack, "InVpc")
mongo = sm.HostedRotation.mongo_db_single_user(vpc=vpc)
in_vpc.add_rotation_schedule("Rotation", hosted_rotation=mongo, automatically_after=cdk.Duration.days(1))
database = ec2.SecurityGroup(stack, "Database", vpc=vpc)
database.connections.allow_from(mongo, ec2.Port.tcp(27017))
group_a = ec2.SecurityGroup(stack, "RotationA", vpc=vpc)
group_b = ec2.SecurityGroup(stack, "RotationB", vpc=vpc)
with_groups = sm.Secret(stack, "WithGroups")
sql_server = sm.HostedRotation.sql_server_multi_user(
    master_secret=master,
    vpc=vpc,
    security_groups=[group_a, group_b],
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
)
with_groups.add_rotation_schedule(
    "Rotation", hosted_rotation=sql_server, automatically_after=cdk.Duration.hours(48)
)
sql_server.connections.allow_to(database, ec2.Port.tcp(1433))


@jsii.implements(ec2.IConnectable)
class Database:
    def __init__(self, connections):
        self._connections = connections

    @property
    def connections(self):
        return self._connections


mysql = Database(ec2.Connections(security_groups=[database], default_port=ec2.Port.tcp(3306)))
endpoint = vpc.add_interface_endpoint("SecretsManager", service=ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER)
from_application = sm.Secret(stack, "FromApplication", encryption_key=key)
sm.SecretRotation(
    stack,
    "ApplicationRotation",
    application=sm.SecretRotationApplication.MYSQL_ROTATION_SINGLE_USER,
    secret=from_application,
    target=mysql,
    vpc=vpc,
    endpoint=endpoint,
)
from_application_multi = sm.Secret(stack, "FromApplicationMulti")
sm.SecretRotation(
    stack,
    "ApplicationMultiRotation",
    application=sm.SecretRotationApplication(
        "SecretsManagerRDSPostgreSQLRotationMultiUser",
        "1.1.671",
        additional_semantic_versions={"aws-cn": "1.1.440", "aws-us-gov": "1.1.383"},
        is_multi_user=True,
    ),
    secret=from_application_multi,
    master_secret=master,
    target=mysql,
    vpc=vpc,
    automatically_after=cdk.Duration.days(10),
    exclude_characters="ab",
    rotate_immediately_on_update=False,
    security_group=group_a,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
)
app.synth()
