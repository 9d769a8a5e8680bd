"""Interface VPC endpoints: AWS and custom services on a Vpc, a standalone endpoint, an imported one, endpoint
policies, and service names in a region whose names differ (cn-north-1) with an AZ lookup."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "InterfaceEndpoints")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
sqs = vpc.add_interface_endpoint("Sqs", service=ec2.InterfaceVpcEndpointAwsService.SQS)
sqs.add_to_policy(
    iam.PolicyStatement(
        principals=[iam.AnyPrincipal()],
        actions=["sqs:SendMessage"],
        resources=["*"],
    )
)
vpc.add_interface_endpoint(
    "Ecr",
    service=ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER,
    private_dns_enabled=False,
    subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
)
app_sg = ec2.SecurityGroup(stack, "AppSg", vpc=vpc, description="app")
closed = vpc.add_interface_endpoint(
    "Lambda",
    service=ec2.InterfaceVpcEndpointAwsService.LAMBDA_,
    open=False,
    security_groups=[app_sg],
)
closed.connections.allow_default_port_from(ec2.Peer.ipv4("10.1.0.0/16"))
vpc.add_interface_endpoint(
    "Keyspaces",
    service=ec2.InterfaceVpcEndpointAwsService.KEYSPACES,
    subnets={"subnet_type": ec2.SubnetType.PRIVATE_WITH_EGRESS, "availability_zones": [vpc.availability_zones[0]]},
)
s3 = vpc.add_gateway_endpoint("S3", service=ec2.GatewayVpcEndpointAwsService.S3)
s3.add_to_policy(
    iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket/*"])
)
custom = vpc.add_interface_endpoint(
    "Custom",
    service=ec2.InterfaceVpcEndpointService("com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", 8443),
    subnets=ec2.SubnetSelection(one_per_az=True),
)
standalone = ec2.InterfaceVpcEndpoint(
    stack,
    "Secrets",
    vpc=vpc,
    service=ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
    dns_record_ip_type=ec2.VpcEndpointDnsRecordIpType.IPV4,
    ip_address_type=ec2.VpcEndpointIpAddressType.IPV4,
    private_dns_only_for_inbound_resolver_endpoint=ec2.VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint.ALL_RESOLVERS,
)
standalone.add_to_policy(
    iam.PolicyStatement(
        principals=[iam.AccountRootPrincipal()],
        actions=["secretsmanager:GetSecretValue"],
        resources=["*"],
    )
)
imported = ec2.InterfaceVpcEndpoint.from_interface_vpc_endpoint_attributes(
    stack,
    "Imported",
    vpc_endpoint_id="vpce-0123456789abcdef0",
    port=443,
    security_groups=[ec2.SecurityGroup.from_security_group_id(stack, "ImportedSg", "sg-0123456789abcdef0")],
)
imported.connections.allow_default_port_from(app_sg)
custom.connections.allow_from(app_sg, ec2.Port.tcp(8443))
cdk.CfnOutput(stack, "SqsId", value=sqs.vpc_endpoint_id)
cdk.CfnOutput(stack, "SqsDns", value=cdk.Fn.select(0, sqs.vpc_endpoint_dns_entries))
cdk.CfnOutput(stack, "SqsCreated", value=sqs.vpc_endpoint_creation_timestamp)
cdk.CfnOutput(stack, "SqsEnis", value=cdk.Fn.join(",", sqs.vpc_endpoint_network_interface_ids))
cdk.CfnOutput(stack, "ImportedId", value=imported.vpc_endpoint_id)

regional = cdk.Stack(app, "InterfaceEndpointsRegional", env=cdk.Environment(account="123456789012", region="cn-north-1"))
rvpc = ec2.Vpc(regional, "Vpc", max_azs=2, nat_gateways=0)
rvpc.add_interface_endpoint("Sqs", service=ec2.InterfaceVpcEndpointAwsService.SQS)
rvpc.add_interface_endpoint("Transcribe", service=ec2.InterfaceVpcEndpointAwsService.TRANSCRIBE)
rvpc.add_interface_endpoint("Global", service=ec2.InterfaceVpcEndpointAwsService("sqs", global_=True))
rvpc.add_interface_endpoint(
    "Lookup", service=ec2.InterfaceVpcEndpointAwsService.SNS, lookup_supported_azs=True, service_region="cn-north-1"
)
app.synth()
