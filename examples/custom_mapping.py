"""An ALB private integration with a free-form parameter mapping key: custom("myKey", "myValue")."""

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "CustomMapping")

vpc = ec2.Vpc(stack, "VPC")
lb = elbv2.ApplicationLoadBalancer(stack, "lb", vpc=vpc)
listener = lb.add_listener("listener", port=80)
listener.add_targets("target", port=80)

apigwv2.HttpApi(
    stack,
    "HttpProxyPrivateApi",
    default_integration=integrations.HttpAlbIntegration(
        "DefaultIntegration",
        listener,
        parameter_mapping=apigwv2.ParameterMapping().custom("myKey", "myValue"),
    ),
)

app.synth()
