import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "elbv2-target-group-metrics")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
group = elbv2.ApplicationTargetGroup(stack, "Group", vpc=vpc, port=80)
alb.add_listener("Listener", port=80, default_target_groups=[group])
nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
network_group = elbv2.NetworkTargetGroup(stack, "NetworkGroup", vpc=vpc, port=80)
nlb.add_listener("Listener", port=80, default_target_groups=[network_group])

metrics = group.metrics
application_metrics = [
    metrics.target_connection_error_count(),
    metrics.target_response_time(period=cdk.Duration.minutes(1)),
    metrics.target_tls_negotiation_error_count(),
    metrics.healthy_host_count(),
    metrics.unhealthy_host_count(statistic="Maximum"),
    metrics.ipv6_request_count(),
    metrics.request_count(),
    metrics.request_count_per_target(),
    metrics.http_code_target(elbv2.HttpCodeTarget.TARGET_5XX_COUNT),
    metrics.custom("CustomMetric", label="custom"),
    group.metric_request_count(period=cdk.Duration.minutes(1)),
    group.metric("AnotherMetric", statistic="p99"),
    group.metric_http_code_target(elbv2.HttpCodeTarget.TARGET_2XX_COUNT),
]
network_metrics = [
    network_group.metrics.healthy_host_count(),
    network_group.metrics.un_healthy_host_count(),
    network_group.metrics.custom("NetworkCustom"),
    network_group.metric_un_healthy_host_count(),
]
for index, metric in enumerate(application_metrics + network_metrics):
    metric.create_alarm(stack, f"Alarm{index}", threshold=1, evaluation_periods=1)

dashboard = cloudwatch.Dashboard(stack, "Dashboard")
dashboard.add_widgets(
    cloudwatch.GraphWidget(left=application_metrics[:4], right=network_metrics[:2]),
    cloudwatch.SingleValueWidget(metrics=[metrics.request_count()]),
)
cdk.CfnOutput(stack, "FirstLoadBalancer", value=group.first_load_balancer_full_name)
app.synth()
