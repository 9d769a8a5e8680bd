"""Imported ALB/NLB listeners behind HttpAlbIntegration (imported VpcLink) and HttpNlbIntegration (explicit VpcLink)."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "imported-listener")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)

alb_listener = elbv2.ApplicationListener.from_application_listener_attributes(
    stack,
    "AlbListener",
    listener_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2",
    security_group=ec2.SecurityGroup.from_security_group_id(stack, "AlbSg", "sg-0123456789abcdef0"),
    default_port=80,
)
imported_link = apigwv2.VpcLink.from_vpc_link_attributes(stack, "ImportedLink", vpc=vpc, vpc_link_id="abc123")

nlb_listener = elbv2.NetworkListener.from_network_listener_arn(
    stack,
    "NlbListener",
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/my-nlb/50dc6c495c0c9188/f2f7dc8efc522ab2",
)
link = apigwv2.VpcLink(stack, "Link", vpc=vpc)

api = apigwv2.HttpApi(stack, "HttpApi")
api.add_routes(
    path="/alb",
    integration=integrations.HttpAlbIntegration("AlbIntegration", alb_listener, vpc_link=imported_link),
)
api.add_routes(
    path="/nlb",
    integration=integrations.HttpNlbIntegration("NlbIntegration", nlb_listener, vpc_link=link),
)

app.synth()
