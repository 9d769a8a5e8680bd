"""An HTTP API in front of an ALB listener defined elsewhere: the VPC link comes from the listener's VPC."""

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "ImportedListener")

vpc = ec2.Vpc.from_vpc_attributes(
    stack,
    "Vpc",
    vpc_id="vpc-0123456789abcdef0",
    availability_zones=["us-east-1a", "us-east-1b"],
    private_subnet_ids=["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"],
)
listener = elbv2.ApplicationListener.from_application_listener_attributes(
    stack,
    "Listener",
    listener_arn=(
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/shared-alb/0123456789abcdef/0123456789abcdef"
    ),
    security_group=ec2.SecurityGroup.from_security_group_id(stack, "ListenerSg", "sg-0123456789abcdef0"),
)

http_api = apigwv2.HttpApi(stack, "HttpApi")
http_api.add_routes(
    path="/orders/{proxy+}",
    integration=integrations.HttpAlbIntegration("OrdersIntegration", listener, vpc=vpc),
)

app.synth()
