"""Cloud Map services of several record kinds and a health check, next to step scaling of a custom resource."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_servicediscovery as servicediscovery

app = cdk.App()
stack = cdk.Stack(app, "integ-net-cloudmap-step-scaling")

public_zone = servicediscovery.PublicDnsNamespace(stack, "Zone", name="shop.example.com")
storefront = public_zone.create_service(
    "Storefront",
    name="www",
    dns_record_type=servicediscovery.DnsRecordType.A,
    dns_ttl=cdk.Duration.seconds(30),
    health_check=servicediscovery.HealthCheckConfig(
        type=servicediscovery.HealthCheckType.HTTPS, resource_path="/ping", failure_threshold=2
    ),
)
storefront.register_ip_instance("Primary", ipv4="198.51.100.7", port=443)
public_zone.create_service(
    "Dual",
    name="dual",
    dns_record_type=servicediscovery.DnsRecordType.A_AAAA,
    dns_ttl=cdk.Duration.seconds(30),
)

workers = appscaling.ScalableTarget(
    stack,
    "Workers",
    service_namespace=appscaling.ServiceNamespace.CUSTOM_RESOURCE,
    scalable_dimension="custom-resource:ResourceType:Property",
    resource_id="https://workers.example.com/scaling",
    min_capacity=1,
    max_capacity=10,
)
workers.scale_on_metric(
    "QueueDepth",
    metric=cloudwatch.Metric(namespace="Shop", metric_name="QueueDepth"),
    scaling_steps=[
        appscaling.ScalingInterval(upper=0, change=-1),
        appscaling.ScalingInterval(lower=100, change=+1),
        appscaling.ScalingInterval(lower=500, change=+5),
    ],
)
app.synth()
