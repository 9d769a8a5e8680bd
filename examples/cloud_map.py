"""An HTTP API in front of a Cloud Map service in a private DNS namespace, through an explicit VPC link."""

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_servicediscovery as servicediscovery

app = cdk.App()
stack = cdk.Stack(app, "CloudMap")

vpc = ec2.Vpc(stack, "VPC")
vpc_link = apigwv2.VpcLink(stack, "VpcLink", vpc=vpc)
namespace = servicediscovery.PrivateDnsNamespace(stack, "Namespace", name="boobar.com", vpc=vpc)
service = namespace.create_service("Service")

apigwv2.HttpApi(
    stack,
    "HttpProxyPrivateApi",
    default_integration=integrations.HttpServiceDiscoveryIntegration(
        "DefaultIntegration", service, vpc_link=vpc_link
    ),
)

app.synth()
