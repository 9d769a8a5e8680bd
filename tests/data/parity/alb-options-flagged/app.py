"""Two ALBs in one Vpc behind HttpAlbIntegrations (shared automatic VPC link, plus an explicit one), with targets, health checks, fixed-response actions and integration options."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "alb-options")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)

public_lb = elbv2.ApplicationLoadBalancer(stack, "PublicLb", vpc=vpc, internet_facing=True)
listener = public_lb.add_listener("Listener", port=8080, protocol=elbv2.ApplicationProtocol.HTTP)
listener.add_targets(
    "Ips",
    port=80,
    targets=[targets.IpTarget("10.0.1.1", 80), targets.IpTarget("10.0.1.2")],
    health_check=elbv2.HealthCheck(path="/health", interval=cdk.Duration.seconds(30)),
)
listener.add_action(
    "Fixed",
    priority=10,
    conditions=[
        elbv2.ListenerCondition.path_patterns(["/static/*"]),
        elbv2.ListenerCondition.http_header("x-env", ["test"]),
    ],
    action=elbv2.ListenerAction.fixed_response(404, content_type="text/plain", message_body="nope"),
)

internal_lb = elbv2.ApplicationLoadBalancer(stack, "InternalLb", vpc=vpc)
internal_listener = internal_lb.add_listener("Listener", port=80, open=False)
internal_listener.add_action("Default", action=elbv2.ListenerAction.fixed_response(200))

api = apigwv2.HttpApi(stack, "HttpApi")
api.add_routes(
    path="/public",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpAlbIntegration("PublicIntegration", listener),
)
api.add_routes(
    path="/internal",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpAlbIntegration(
        "InternalIntegration",
        internal_listener,
        method=apigwv2.HttpMethod.PATCH,
        secure_server_name="internal.example.com",
        timeout=cdk.Duration.seconds(15),
    ),
)

explicit_link = apigwv2.VpcLink(stack, "ExplicitLink", vpc=vpc)
api.add_routes(
    path="/explicit",
    methods=[apigwv2.HttpMethod.POST],
    integration=integrations.HttpAlbIntegration("ExplicitIntegration", internal_listener, vpc_link=explicit_link),
)

app.synth()
