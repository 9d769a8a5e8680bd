import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
env = cdk.Environment(account="123456789012", region="eu-west-2")
stack = cdk.Stack(app, "elbv2-imported-metrics", env=env)
vpc = ec2.Vpc.from_vpc_attributes(
    stack,
    "Vpc",
    vpc_id="vpc-0123456789abcdef0",
    availability_zones=["eu-west-2a", "eu-west-2b"],
    private_subnet_ids=["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"],
)

# Rules that differ only in their description: the first one added wins, inline or not.
group = ec2.SecurityGroup(stack, "Group", vpc=vpc)
group.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "first")
group.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "second")
group.connections.allow_from_any_ipv4(ec2.Port.tcp(443), "third")
group.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(80))
group.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(80), "with a description")
group.add_ingress_rule(ec2.Peer.ipv6("::/0"), ec2.Port.tcp(8443), "same")
group.add_ingress_rule(ec2.Peer.ipv6("::/0"), ec2.Port.tcp(8443), "same")
other = ec2.SecurityGroup(stack, "Other", vpc=vpc, allow_all_outbound=False)
group.add_ingress_rule(other, ec2.Port.tcp(22), "a")
group.add_ingress_rule(other, ec2.Port.tcp(22), "b")
other.add_egress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(5432), "e1")
other.add_egress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(5432), "e2")
other.add_egress_rule(ec2.Peer.prefix_list("pl-12345678"), ec2.Port.tcp(443))
other.add_egress_rule(ec2.Peer.prefix_list("pl-12345678"), ec2.Port.tcp(443), "later")
separate = ec2.SecurityGroup(
    stack, "Separate", vpc=vpc, disable_inline_rules=True, allow_all_outbound=False
)
separate.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "first")
separate.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "second")
separate.add_egress_rule(ec2.Peer.ipv4("10.1.0.0/16"), ec2.Port.udp(53), "dns")
separate.add_egress_rule(ec2.Peer.ipv4("10.1.0.0/16"), ec2.Port.udp(53), "dns again")

# Imported load balancers and target groups have metrics too.
alb = elbv2.ApplicationLoadBalancer.from_application_load_balancer_attributes(
    stack,
    "Alb",
    load_balancer_arn="arn:aws:elasticloadbalancing:eu-west-2:123456789012:loadbalancer/app/my-alb/1234567890abcdef",
    security_group_id="sg-0123456789abcdef0",
)
nlb = elbv2.NetworkLoadBalancer.from_network_load_balancer_attributes(
    stack,
    "Nlb",
    load_balancer_arn="arn:aws:elasticloadbalancing:eu-west-2:123456789012:loadbalancer/net/my-nlb/1234567890abcdef",
    vpc=vpc,
)
token_alb = elbv2.ApplicationLoadBalancer.from_application_load_balancer_attributes(
    stack,
    "TokenAlb",
    load_balancer_arn=cdk.Fn.import_value("SharedAlbArn"),
    security_group_id="sg-0fedcba9876543210",
)
looked_up_alb = elbv2.ApplicationLoadBalancer.from_lookup(
    stack, "LookedUpAlb", load_balancer_tags={"app": "shop"}
)
looked_up_nlb = elbv2.NetworkLoadBalancer.from_lookup(
    stack,
    "LookedUpNlb",
    load_balancer_arn="arn:aws:elasticloadbalancing:eu-west-2:123456789012:loadbalancer/net/other/fedcba0987654321",
)
target_group = elbv2.ApplicationTargetGroup.from_target_group_attributes(
    stack,
    "TargetGroup",
    target_group_arn="arn:aws:elasticloadbalancing:eu-west-2:123456789012:targetgroup/my-tg/1234567890abcdef",
    load_balancer_arns=alb.load_balancer_arn,
)
network_target_group = elbv2.NetworkTargetGroup.from_target_group_attributes(
    stack,
    "NetworkTargetGroup",
    target_group_arn="arn:aws:elasticloadbalancing:eu-west-2:123456789012:targetgroup/my-ntg/1234567890abcdef",
    load_balancer_arns=nlb.load_balancer_arn,
)
token_target_group = elbv2.ApplicationTargetGroup.from_target_group_attributes(
    stack,
    "TokenTargetGroup",
    target_group_arn=cdk.Fn.import_value("SharedTargetGroupArn"),
    load_balancer_arns=token_alb.load_balancer_arn,
)
metrics = [
    alb.metrics.request_count(),
    alb.metrics.http_code_elb(elbv2.HttpCodeElb.ELB_5XX_COUNT, period=cdk.Duration.minutes(1)),
    alb.metrics.target_response_time(statistic="p99"),
    alb.metrics.custom("AlbCustom"),
    nlb.metrics.new_flow_count(),
    nlb.metrics.processed_bytes(),
    nlb.metrics.custom("NlbCustom", statistic="Maximum"),
    token_alb.metrics.active_connection_count(),
    looked_up_alb.metrics.consumed_lc_us(),
    looked_up_nlb.metrics.tcp_client_reset_count(),
    target_group.metrics.healthy_host_count(),
    target_group.metrics.request_count_per_target(),
    target_group.metrics.custom("TargetGroupCustom"),
    network_target_group.metrics.un_healthy_host_count(),
    token_target_group.metrics.unhealthy_host_count(),
]
for index, metric in enumerate(metrics):
    metric.create_alarm(stack, f"Alarm{index}", threshold=1, evaluation_periods=1)

# A health check configured with keywords, on an application and a network target group.
application_group = elbv2.ApplicationTargetGroup(
    stack, "ApplicationGroup", vpc=vpc, port=443, target_type=elbv2.TargetType.IP
)
application_group.configure_health_check(
    path="/health",
    protocol=elbv2.Protocol.HTTPS,
    interval=cdk.Duration.minutes(1),
    timeout=cdk.Duration.seconds(20),
    healthy_http_codes="200-399",
    unhealthy_threshold_count=10,
)
network_group = elbv2.NetworkTargetGroup(
    stack, "NetworkGroup", vpc=vpc, port=80, target_type=elbv2.TargetType.IP
)
network_group.configure_health_check(
    enabled=True, protocol=elbv2.Protocol.TCP, port="8080", healthy_threshold_count=3
)

# Metrics attached to their load balancer's stack carry its region and account into a dashboard elsewhere.
dashboards = cdk.Stack(
    app, "elbv2-imported-metrics-dashboards", env=cdk.Environment(account="123456789012", region="us-east-1")
)
dashboard = cloudwatch.Dashboard(dashboards, "Dashboard")
dashboard.add_widgets(
    cloudwatch.GraphWidget(
        left=[alb.metrics.request_count(), alb.metrics.custom("AlbCustom")],
        right=[nlb.metrics.new_flow_count(), nlb.metrics.custom("NlbCustom")],
    ),
    cloudwatch.SingleValueWidget(metrics=[target_group.metrics.request_count()]),
)
app.synth()
