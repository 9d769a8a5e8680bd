import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
env = cdk.Environment(account="123456789012", region="us-east-1")

# Answered from context (cdk.json): asymmetric subnet groups, a VPN gateway.
found = cdk.Stack(app, "ec2-vpc-lookup-found", env=env)
vpc = ec2.Vpc.from_lookup(found, "Vpc", vpc_id="vpc-0abc1234def567890", return_vpn_gateways=True)
apigwv2.VpcLink(found, "Link", vpc=vpc)
apigwv2.VpcLink(found, "DatabaseLink", vpc=vpc, subnets=ec2.SubnetSelection(subnet_group_name="Database"))
lambda_.Function(
    found,
    "Fn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, one_per_az=True),
)
cdk.CfnOutput(found, "VpcId", value=vpc.vpc_id)
cdk.CfnOutput(found, "Cidr", value=vpc.vpc_cidr_block)
cdk.CfnOutput(found, "Zones", value=",".join(vpc.availability_zones))
cdk.CfnOutput(found, "Vpn", value=str(vpc.vpn_gateway_id))
cdk.CfnOutput(found, "Public", value=",".join(s.subnet_id for s in vpc.public_subnets))

# Not in context yet: aws-cdk-lib's dummy VPC, and the lookups listed as missing.
pending = cdk.Stack(app, "ec2-vpc-lookup-pending", env=env)
default_vpc = ec2.Vpc.from_lookup(pending, "Default", is_default=True)
tagged = ec2.Vpc.from_lookup(
    pending,
    "Tagged",
    vpc_name="main",
    tags={"team": "web"},
    owner_account_id="210987654321",
    region="eu-west-1",
    subnet_group_name_tag="Tier",
)
apigwv2.VpcLink(pending, "Link", vpc=default_vpc)
apigwv2.VpcLink(pending, "PublicLink", vpc=tagged, subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
cdk.CfnOutput(pending, "DefaultId", value=default_vpc.vpc_id)
cdk.CfnOutput(pending, "Isolated", value=",".join(s.subnet_id for s in default_vpc.isolated_subnets))
app.synth()
