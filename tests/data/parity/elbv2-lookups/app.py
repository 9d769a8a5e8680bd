import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
env = cdk.Environment(account="123456789012", region="us-east-1")
stack = cdk.Stack(app, "elbv2-lookups", env=env)

# An existing ALB listener behind an HTTP API, through a VPC link in the looked-up VPC (from context).
listener = elbv2.ApplicationListener.from_lookup(
    stack,
    "Listener",
    load_balancer_tags={"app": "orders"},
    listener_protocol=elbv2.ApplicationProtocol.HTTPS,
    listener_port=443,
)
vpc = ec2.Vpc.from_lookup(stack, "Vpc", vpc_id="vpc-0abc1234def567890")
link = apigwv2.VpcLink(stack, "Link", vpc=vpc)
api = apigwv2.HttpApi(stack, "Api")
api.add_routes(
    path="/orders",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpAlbIntegration("Orders", listener, vpc_link=link),
)
listener.add_action(
    "Maintenance",
    priority=5,
    conditions=[elbv2.ListenerCondition.path_patterns(["/maintenance"])],
    action=elbv2.ListenerAction.fixed_response(503, message_body="down for maintenance"),
)
listener.connections.allow_default_port_from(ec2.Peer.ipv4("10.0.0.0/16"), "From the VPC")

# Load balancers and a network listener not in context yet: aws-cdk-lib's dummies.
alb = elbv2.ApplicationLoadBalancer.from_lookup(
    stack, "Alb", load_balancer_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef"
)
nlb = elbv2.NetworkLoadBalancer.from_lookup(stack, "Nlb", load_balancer_tags={"app": "tcp", "env": "prod"})
network_listener = elbv2.NetworkListener.from_lookup(
    stack, "NetworkListener", load_balancer_tags={"app": "tcp"}, listener_port=80, listener_protocol=elbv2.Protocol.TCP
)
alb.connections.allow_from_any_ipv4(ec2.Port.tcp(8080), "Alternate port")
cdk.CfnOutput(stack, "AlbDns", value=alb.load_balancer_dns_name)
cdk.CfnOutput(stack, "AlbZone", value=alb.load_balancer_canonical_hosted_zone_id)
cdk.CfnOutput(stack, "NlbArn", value=nlb.load_balancer_arn)
cdk.CfnOutput(stack, "NetworkListenerArn", value=network_listener.listener_arn)
cdk.CfnOutput(stack, "ListenerArn", value=listener.listener_arn)
app.synth()
