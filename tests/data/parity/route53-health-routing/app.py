"""Health checks of every kind with their defaults, failover (PRIMARY and SECONDARY with health checks), an alias to another record, CIDR routing, accelerated recovery and zone grants."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "route53-health-routing")

zone = route53.PublicHostedZone(
    stack, "Zone", zone_name="example.com", accelerated_recovery_enabled=True
)
http = route53.HealthCheck(
    stack, "Http", type=route53.HealthCheckType.HTTP, fqdn="www.example.com"
)
https = route53.HealthCheck(
    stack,
    "Https",
    type=route53.HealthCheckType.HTTPS_STR_MATCH,
    fqdn="api.example.com",
    resource_path="/health",
    search_string="ok",
    failure_threshold=2,
    request_interval=cdk.Duration.seconds(10),
    regions=["us-east-1", "eu-west-1", "ap-southeast-1"],
    measure_latency=True,
    inverted=False,
)
tcp = route53.HealthCheck(
    stack, "Tcp", type=route53.HealthCheckType.TCP, ip_address="192.0.2.1", port=22
)
alarm = route53.HealthCheck(
    stack,
    "Alarm",
    type=route53.HealthCheckType.CLOUDWATCH_METRIC,
    alarm_identifier=route53.AlarmIdentifier(name="api-errors", region="us-east-1"),
)
route53.HealthCheck(
    stack,
    "Calculated",
    type=route53.HealthCheckType.CALCULATED,
    child_health_checks=[http, https, tcp],
)
route53.HealthCheck(
    stack,
    "Recovery",
    type=route53.HealthCheckType.RECOVERY_CONTROL,
    routing_control="arn:aws:route53-recovery-control::123456789012:controlpanel/abc/routingcontrol/def",
)
imported = route53.HealthCheck.from_health_check_id(
    stack, "Imported", "abcdef01-2345-6789-abcd-ef0123456789"
)

primary = route53.ARecord(
    stack,
    "Primary",
    zone=zone,
    record_name="app",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.10"),
    failover=route53.Failover.PRIMARY,
    health_check=http,
)
backup = route53.ARecord(
    stack,
    "Backup",
    zone=zone,
    record_name="backup",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.20"),
)
route53.ARecord(
    stack,
    "Secondary",
    zone=zone,
    record_name="app",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.11"),
    failover=route53.Failover.SECONDARY,
    health_check=imported,
)
route53.ARecord(
    stack,
    "Www",
    zone=zone,
    record_name="www",
    target=route53.RecordTarget.from_alias(targets.Route53RecordTarget(backup)),
)
route53.ARecord(
    stack,
    "Office",
    zone=zone,
    record_name="office",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.30"),
    cidr_routing_config=route53.CidrRoutingConfig.create(
        collection_id="12345678-1234-1234-1234-123456789012", location_name="office"
    ),
    set_identifier="office",
)
route53.ARecord(
    stack,
    "Rest",
    zone=zone,
    record_name="office",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.31"),
    cidr_routing_config=route53.CidrRoutingConfig.with_default_location_name(
        "12345678-1234-1234-1234-123456789012"
    ),
    set_identifier="rest",
)
route53.ARecord(
    stack,
    "Watched",
    zone=zone,
    record_name="watched",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.40"),
    health_check=alarm,
)

role = iam.Role(stack, "Delegator", assumed_by=iam.AccountRootPrincipal())
route53.HostedZoneGrants.from_hosted_zone(zone).delegation(
    role, delegated_zone_names=["dev.example.com"]
)
zone.grants.delegation(role)

cdk.CfnOutput(stack, "HealthCheckId", value=http.health_check_id)
cdk.CfnOutput(stack, "PrimaryName", value=primary.domain_name)

app.synth()
