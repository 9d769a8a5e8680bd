"""Alarms on load balancer metrics: ALB 5xx (load balancer and targets), response time and LCUs; NLB resets and flows; and a dashboard of them."""
import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "alb-nlb-alarms")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc, internet_facing=True)
nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)

alb.metric_http_code_elb(elbv2.HttpCodeElb.ELB_5XX_COUNT, period=cdk.Duration.minutes(1)).create_alarm(
    stack, "Elb5xx", threshold=5, evaluation_periods=3, treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING
)
alb.metric_http_code_target(elbv2.HttpCodeTarget.TARGET_5XX_COUNT).create_alarm(stack, "Target5xx", threshold=10, evaluation_periods=1)
alb.metric_target_response_time(statistic=cloudwatch.Stats.p(95)).create_alarm(stack, "Slow", threshold=1, evaluation_periods=5)
nlb.metric_tcp_target_reset_count().create_alarm(stack, "Resets", threshold=100, evaluation_periods=2)

dashboard = cloudwatch.Dashboard(stack, "Dashboard", dashboard_name="load-balancers")
dashboard.add_widgets(
    cloudwatch.GraphWidget(
        title="ALB",
        left=[alb.metric_request_count(), alb.metric_http_code_elb(elbv2.HttpCodeElb.ELB_4XX_COUNT)],
        right=[alb.metric_consumed_lc_us(), alb.metrics.active_connection_count()],
    ),
    cloudwatch.GraphWidget(title="NLB", left=[nlb.metric_active_flow_count(), nlb.metric_new_flow_count(), nlb.metric("PeakPacketsPerSecond")]),
)

app.synth()
