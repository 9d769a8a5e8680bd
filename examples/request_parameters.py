"""An ALB private integration that appends `header2` from `header1` and removes `header1`."""

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "RequestParameters")

vpc = ec2.Vpc(stack, "VPC")
lb = elbv2.ApplicationLoadBalancer(stack, "lb", vpc=vpc)
listener = lb.add_listener("listener", port=80)
listener.add_targets("target", port=80)

mapping = (
    apigwv2.ParameterMapping()
    .append_header("header2", apigwv2.MappingValue.request_header("header1"))
    .remove_header("header1")
)

apigwv2.HttpApi(
    stack,
    "HttpProxyPrivateApi",
    default_integration=integrations.HttpAlbIntegration(
        "DefaultIntegration", listener, parameter_mapping=mapping
    ),
)

app.synth()
