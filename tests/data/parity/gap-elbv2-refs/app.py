import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "Elbv2Gaps")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)

alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc, internet_facing=True)
# ApplicationLoadBalancerRedirectConfig: a redirect listener on other ports.
alb.add_redirect(source_port=8080, target_port=8443, open=False)
listener = alb.add_listener("Http", port=80, default_action=elbv2.ListenerAction.fixed_response(404))
web = elbv2.ApplicationTargetGroup(
    stack, "Web", vpc=vpc, port=80, targets=[targets.InstanceIdTarget("i-0123456789abcdef0", 8080)]
)
# BaseApplicationListenerRuleProps: the props of a rule but for its listener.
elbv2.ApplicationListenerRule(
    stack,
    "Rule",
    listener=listener,
    priority=10,
    conditions=[elbv2.ListenerCondition.path_patterns(["/web/*"])],
    target_groups=[web],
)
# TargetGroupAttributes: target groups imported by ARN.
imported_alb_group = elbv2.ApplicationTargetGroup.from_target_group_attributes(
    stack,
    "ImportedWeb",
    target_group_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
)
listener.add_target_groups(
    "Imported",
    priority=20,
    conditions=[elbv2.ListenerCondition.path_patterns(["/old/*"])],
    target_groups=[imported_alb_group],
)

nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
tcp = elbv2.NetworkTargetGroup(
    stack, "Tcp", vpc=vpc, port=443, targets=[targets.InstanceIdTarget("i-0123456789abcdef0")]
)
imported_nlb_group = elbv2.NetworkTargetGroup.from_target_group_attributes(
    stack,
    "ImportedTcp",
    target_group_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tcp/0123456789abcdef",
    load_balancer_arns="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/0123456789abcdef",
)
# AddNetworkActionProps and NetworkForwardOptions.
nlb.add_listener("Tls", port=443).add_action(
    "Forward",
    action=elbv2.NetworkListenerAction.forward([tcp], stickiness_duration=cdk.Duration.minutes(5)),
)
nlb.add_listener("Weighted", port=8443).add_action(
    "Weighted",
    action=elbv2.NetworkListenerAction.weighted_forward(
        [
            elbv2.NetworkWeightedTargetGroup(target_group=tcp, weight=3),
            elbv2.NetworkWeightedTargetGroup(target_group=imported_nlb_group, weight=1),
        ],
        stickiness_duration=cdk.Duration.hours(1),
    ),
)
# Two groups, evenly: aws-cdk-lib writes no Weight for an NLB.
nlb.add_listener("Even", port=9443).add_action(
    "Even", action=elbv2.NetworkListenerAction.forward([tcp, imported_nlb_group])
)
cdk.CfnOutput(stack, "ImportedTcpArn", value=imported_nlb_group.target_group_arn)

app.synth()
