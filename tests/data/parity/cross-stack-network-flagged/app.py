"""A Vpc and security group in a network stack; an internal ALB, an explicit VpcLink and an HttpApi with an HttpAlbIntegration in a service stack; a third stack with a stage of that API."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()

network = cdk.Stack(app, "Network")
vpc = ec2.Vpc(network, "SharedVpc", max_azs=2, nat_gateways=1)
link_sg = ec2.SecurityGroup(network, "LinkSg", vpc=vpc, description="VPC link")

service = cdk.Stack(app, "Service")
alb = elbv2.ApplicationLoadBalancer(service, "Alb", vpc=vpc)
listener = alb.add_listener("Http", port=80, open=False)
listener.add_action("Default", action=elbv2.ListenerAction.fixed_response(200))
listener.connections.allow_default_port_from(link_sg)

vpc_link = apigwv2.VpcLink(service, "Link", vpc=vpc, security_groups=[link_sg])
api = apigwv2.HttpApi(
    service,
    "ServiceApi",
    create_default_stage=False,
    default_integration=integrations.HttpAlbIntegration("Alb", listener, vpc_link=vpc_link),
)

stages = cdk.Stack(app, "Stages")
apigwv2.HttpStage(
    stages,
    "Beta",
    http_api=api,
    stage_name="beta",
    auto_deploy=True,
    throttle=apigwv2.ThrottleSettings(rate_limit=25),
)
cdk.CfnOutput(stages, "ApiEndpoint", value=api.api_endpoint)

app.synth()
