"""Two ALB integrations in one VPC share the API's single VPC link."""

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "SharedVpcLink")

vpc = ec2.Vpc(stack, "VPC")
orders_lb = elbv2.ApplicationLoadBalancer(stack, "OrdersLb", vpc=vpc)
orders_listener = orders_lb.add_listener("Listener", port=80)
orders_listener.add_targets("Targets", port=80)
users_lb = elbv2.ApplicationLoadBalancer(stack, "UsersLb", vpc=vpc)
users_listener = users_lb.add_listener("Listener", port=80)
users_listener.add_targets("Targets", port=80)

http_api = apigwv2.HttpApi(stack, "HttpApi")
http_api.add_routes(
    path="/orders", integration=integrations.HttpAlbIntegration("OrdersIntegration", orders_listener)
)
http_api.add_routes(
    path="/users", integration=integrations.HttpAlbIntegration("UsersIntegration", users_listener)
)

app.synth()
