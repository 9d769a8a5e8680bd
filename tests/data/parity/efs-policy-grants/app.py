import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_efs as efs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "EfsPolicyGrants")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
policy = iam.PolicyDocument(
    statements=[
        iam.PolicyStatement(
            effect=iam.Effect.DENY,
            actions=["*"],
            principals=[iam.AnyPrincipal()],
            conditions={"Bool": {"aws:SecureTransport": "false"}},
        )
    ]
)
fs = efs.FileSystem(
    stack,
    "Shared",
    vpc=vpc,
    file_system_name="shared-data",
    file_system_policy=policy,
    lifecycle_policy=efs.LifecyclePolicy.AFTER_14_DAYS,
    out_of_infrequent_access_policy=efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
    transition_to_archive_policy=efs.LifecyclePolicy.AFTER_90_DAYS,
    throughput_mode=efs.ThroughputMode.PROVISIONED,
    provisioned_throughput_per_second=cdk.Size.mebibytes(16),
    enable_automatic_backups=True,
    replication_overwrite_protection=efs.ReplicationOverwriteProtection.DISABLED,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
)
fs.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["elasticfilesystem:ClientMount"],
        principals=[iam.AccountRootPrincipal()],
        conditions={"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}},
    )
)
reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
writer = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
admin = iam.Role(stack, "Admin", assumed_by=iam.AccountRootPrincipal())
fs.grant_read(reader)
fs.grant_read_write(writer)
fs.grant_root_access(admin)
fs.grant(admin, "elasticfilesystem:DescribeMountTargets", "elasticfilesystem:Backup")
fs.connections.allow_default_port_from(ec2.Peer.ipv4(vpc.vpc_cidr_block))

imported_ap = efs.AccessPoint.from_access_point_attributes(
    stack, "ImportedAp", access_point_id="fsap-0123456789abcdef0", file_system=fs
)
fn = lambda_.Function(
    stack,
    "Reports",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
    vpc=vpc,
    filesystem=lambda_.FileSystem.from_efs_access_point(imported_ap, "/mnt/reports"),
)
by_id = efs.AccessPoint.from_access_point_id(stack, "ById", "fsap-0fedcba9876543210")
other = efs.FileSystem.from_file_system_attributes(
    stack,
    "Other",
    file_system_id="fs-0123456789abcdef0",
    security_group=ec2.SecurityGroup.from_security_group_id(stack, "OtherSg", "sg-0123456789abcdef0"),
)
other.grant_read(reader)
other.connections.allow_default_port_from(fn)
cdk.CfnOutput(stack, "ApArn", value=by_id.access_point_arn)
cdk.CfnOutput(stack, "OtherArn", value=other.file_system_arn)
cdk.CfnOutput(stack, "Arn", value=fs.file_system_arn)
app.synth()
