import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as elb_targets
from aws_cdk import aws_lambda as lambda_

app = cdk.App(
    context={
        "@aws-cdk/aws-elasticloadbalancingV2:albDualstackWithoutPublicIpv4SecurityGroupRulesDefault": True,
        "@aws-cdk/aws-elasticloadbalancingv2:networkLoadBalancerWithSecurityGroupByDefault": True,
        "@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy": True,
    }
)
stack = cdk.Stack(app, "fuzz-flags2-lb-listeners")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cert = acm.Certificate.from_certificate_arn(stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/abc")
handler = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
)

# A dual-stack ALB without public IPv4: the open listeners' ingress rules follow the flag.
alb = elbv2.ApplicationLoadBalancer(
    stack, "Alb", vpc=vpc, internet_facing=True, ip_address_type=elbv2.IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4
)
http = alb.add_listener("Http", port=80)
http.add_targets("LambdaTargets", targets=[elb_targets.LambdaTarget(handler)])
ip_group = elbv2.ApplicationTargetGroup(
    stack,
    "IpGroup",
    vpc=vpc,
    port=8080,
    protocol=elbv2.ApplicationProtocol.HTTP,
    target_type=elbv2.TargetType.IP,
    targets=[elb_targets.IpTarget("10.0.1.10")],
)
http.add_action(
    "Fixed",
    priority=10,
    conditions=[elbv2.ListenerCondition.path_patterns(["/fixed"])],
    action=elbv2.ListenerAction.fixed_response(200, content_type="text/plain", message_body="ok"),
)
http.add_target_groups(
    "Ip", priority=20, conditions=[elbv2.ListenerCondition.path_patterns(["/ip"])], target_groups=[ip_group]
)
# HTTPS and TLS listeners take the post-quantum security policy under the flag.
https = alb.add_listener("Https", port=443, certificates=[cert])
https.add_action("Default", action=elbv2.ListenerAction.forward([ip_group]))

# An NLB given no security group gets one under the flag.
nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
tcp = nlb.add_listener("Tcp", port=443, protocol=elbv2.Protocol.TCP)
tcp.add_targets("IpTargets", port=443, targets=[elb_targets.IpTarget("10.0.1.11", 443)])
tls = nlb.add_listener("Tls", port=8443, certificates=[elbv2.ListenerCertificate.from_arn(cert.certificate_arn)])
tls.add_targets("TlsTargets", port=443, targets=[elb_targets.IpTarget("10.0.1.12", 443)])

# Private integrations of an HTTP API through a VPC link reach both.
api = apigwv2.HttpApi(stack, "Api")
api.add_routes(path="/alb", integration=integrations.HttpAlbIntegration("AlbIntegration", http))
link = apigwv2.VpcLink(stack, "Link", vpc=vpc)
api.add_routes(path="/nlb", integration=integrations.HttpNlbIntegration("NlbIntegration", tcp, vpc_link=link))

app.synth()
