"""Route 53 health checks of every kind (HTTP, HTTPS, TCP, calculated, CloudWatch alarm, recovery control) on weighted A record pairs, and weighted CNAME record sets with set identifiers."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "integ-edge-health-weighted")
zone = route53.HostedZone(stack, "Zone", zone_name="shop.test")


def weighted_pair(name, check, record_name=None):
    route53.ARecord(
        stack,
        f"{name}Primary",
        zone=zone,
        record_name=record_name,
        health_check=check,
        weight=100,
        target=route53.RecordTarget.from_values("10.0.0.1"),
    )
    route53.ARecord(
        stack,
        f"{name}Standby",
        zone=zone,
        record_name=record_name,
        weight=0,
        target=route53.RecordTarget.from_values("10.0.0.2"),
    )


web = route53.HealthCheck(
    stack, "WebCheck", type=route53.HealthCheckType.HTTP, fqdn="web.shop.test", resource_path="/ping"
)
weighted_pair("Web", web)
secure = route53.HealthCheck(
    stack,
    "SecureCheck",
    type=route53.HealthCheckType.HTTPS,
    fqdn="tls.shop.test",
    resource_path="/ping",
    port=443,
)
weighted_pair("Secure", secure, "_tls")
socket = route53.HealthCheck(
    stack, "SocketCheck", type=route53.HealthCheckType.TCP, fqdn="tcp.shop.test", port=443
)
weighted_pair("Socket", socket, "_tcp")
both = route53.HealthCheck(
    stack,
    "BothCheck",
    type=route53.HealthCheckType.CALCULATED,
    health_threshold=2,
    child_health_checks=[web, secure],
)
weighted_pair("Both", both, "_both")

worker = lambda_.Function(
    stack,
    "Worker",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 'ok'\n"),
)
errors = cloudwatch.Alarm(
    stack,
    "WorkerErrors",
    metric=worker.metric_errors(period=cdk.Duration.minutes(1)),
    threshold=5,
    evaluation_periods=10,
)
alarmed = route53.HealthCheck(
    stack,
    "AlarmCheck",
    type=route53.HealthCheckType.CLOUDWATCH_METRIC,
    alarm_identifier=route53.AlarmIdentifier(region=stack.region, name=errors.alarm_name),
)
weighted_pair("Alarm", alarmed, "_alarm")

cluster = cdk.CfnResource(
    stack, "Cluster", type="AWS::Route53RecoveryControl::Cluster", properties={"Name": "shop"}
)
switch = cdk.CfnResource(
    stack,
    "Switch",
    type="AWS::Route53RecoveryControl::RoutingControl",
    properties={"Name": "shop-switch", "ClusterArn": cluster.get_att("ClusterArn")},
)
controlled = route53.HealthCheck(
    stack,
    "SwitchCheck",
    type=route53.HealthCheckType.RECOVERY_CONTROL,
    routing_control=switch.get_att("RoutingControlArn").to_string(),
)
weighted_pair("Switch", controlled, "_switch")

for index, (host, weight) in enumerate([("blue", 80), ("green", 20)]):
    route53.RecordSet(
        stack,
        f"Canary{index}",
        zone=zone,
        record_name="app",
        record_type=route53.RecordType.CNAME,
        target=route53.RecordTarget.from_values(f"{host}.shop.test"),
        weight=weight,
        ttl=cdk.Duration.seconds(10),
        set_identifier=host,
    )
app.synth()
