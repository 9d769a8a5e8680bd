"""NLB with a TCP listener and instance-id targets behind an HttpNlbIntegration with parameter mapping."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "nlb-options")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)

nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
listener = nlb.add_listener("Listener", port=80, protocol=elbv2.Protocol.TCP)
listener.add_targets(
    "Instances",
    port=8080,
    targets=[targets.InstanceIdTarget("i-0123456789abcdef0"), targets.InstanceIdTarget("i-0fedcba9876543210", 9090)],
)

api = apigwv2.HttpApi(
    stack,
    "HttpApi",
    default_integration=integrations.HttpNlbIntegration(
        "NlbIntegration",
        listener,
        parameter_mapping=apigwv2.ParameterMapping()
        .append_header("x-source", apigwv2.MappingValue.custom("apigw"))
        .remove_header("x-internal"),
        method=apigwv2.HttpMethod.GET,
    ),
)

app.synth()
