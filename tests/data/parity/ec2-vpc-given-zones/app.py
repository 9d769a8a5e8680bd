"""A VPC given its availability zones in a stack with an environment (the stack's zones are looked up and
checked), with a flow log to an auto-deleted bucket (written after the bucket's cleanup resource) and one
to CloudWatch Logs."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(
    app,
    "ec2-vpc-given-zones",
    env=cdk.Environment(account="123456789012", region="eu-west-1"),
)

vpc = ec2.Vpc(
    stack,
    "Vpc",
    ip_addresses=ec2.IpAddresses.cidr("10.8.0.0/18"),
    availability_zones=["eu-west-1a", "eu-west-1c"],
    nat_gateways=1,
    restrict_default_security_group=False,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="pub", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=28),
        ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=21),
        ec2.SubnetConfiguration(name="spare", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24, reserved=True),
        ec2.SubnetConfiguration(name="data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
    ],
)
logs_bucket = s3.Bucket(stack, "FlowLogs", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
vpc.add_flow_log(
    "ToBucket",
    destination=ec2.FlowLogDestination.to_s3(logs_bucket, "vpc/"),
    traffic_type=ec2.FlowLogTrafficType.REJECT,
)
vpc.add_flow_log("ToLogs")
cdk.CfnOutput(stack, "DataSubnets", value=cdk.Fn.join(",", vpc.select_subnets(subnet_group_name="data").subnet_ids))

app.synth()
