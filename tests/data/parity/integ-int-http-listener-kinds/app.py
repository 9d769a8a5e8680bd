"""ALB and NLB listeners and a Cloud Map service in one VPC behind one HTTP API: the load balancer
integrations share the VPC link the API creates, the Cloud Map one uses a link of its own."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_servicediscovery as servicediscovery

app = cdk.App()
stack = cdk.Stack(app, "integ-int-http-listener-kinds")

network = ec2.Vpc(stack, "Network", restrict_default_security_group=False)

web = elbv2.ApplicationLoadBalancer(stack, "Web", vpc=network)
web_listener = web.add_listener("Http", port=80)
web_listener.add_targets("Pool", port=80)
web_listener.add_action("Fallback", action=elbv2.ListenerAction.fixed_response(200))

tcp = elbv2.NetworkLoadBalancer(stack, "Tcp", vpc=network)
tcp_listener = tcp.add_listener("Plain", port=80)
tcp_listener.add_targets("Pool", port=80)

registry = servicediscovery.PrivateDnsNamespace(stack, "Registry", name="shelf.internal", vpc=network)
catalog = registry.create_service("Catalog")
registry_link = apigwv2.VpcLink(stack, "RegistryLink", vpc=network)

api = apigwv2.HttpApi(
    stack, "Gateway", default_integration=integrations.HttpAlbIntegration("WebIntegration", web_listener)
)
api.add_routes(
    path="/tcp",
    integration=integrations.HttpNlbIntegration(
        "TcpIntegration", tcp_listener, timeout=cdk.Duration.seconds(20)
    ),
)
api.add_routes(
    path="/catalog",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpServiceDiscoveryIntegration(
        "CatalogIntegration", catalog, vpc_link=registry_link
    ),
)
cdk.CfnOutput(stack, "Endpoint", value=api.url)

app.synth()
