import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_servicediscovery as servicediscovery

app = cdk.App()
stack = cdk.Stack(app, "servicediscovery-instances")

http_namespace = servicediscovery.HttpNamespace(stack, "HttpNamespace", name="instances-http")
http_service = http_namespace.create_service("HttpService", description="IP and non-IP instances")
http_service.register_ip_instance("IpInstance", ipv4="10.0.0.1", port=8080, custom_attributes={"zone": "a"})
http_service.register_ip_instance(
    "IpInstanceWithEverything",
    ipv4="10.0.0.9",
    ipv6="2001:db8::9",
    instance_id="given-instance-id",
    custom_attributes={"b": "2", "AWS_INSTANCE_PORT": "9090", "a": "1"},
)
http_service.register_non_ip_instance("NonIpInstance", custom_attributes={"arn": "arn:aws:s3:::bucket"})

vpc = ec2.Vpc.from_vpc_attributes(
    stack, "Vpc", vpc_id="vpc-0123456789abcdef0", availability_zones=["us-east-1a", "us-east-1b"]
)
private_namespace = servicediscovery.PrivateDnsNamespace(stack, "PrivateNamespace", name="instances.local", vpc=vpc)
dual_stack = private_namespace.create_service("DualStack", dns_record_type=servicediscovery.DnsRecordType.A_AAAA)
dual_stack.register_ip_instance("Dual", ipv4="10.0.0.2", ipv6="2001:db8::2")
srv = private_namespace.create_service("Srv", dns_record_type=servicediscovery.DnsRecordType.SRV)
srv.register_ip_instance("SrvInstance", ipv4="10.0.0.4", port=443)
cname = private_namespace.create_service("Cname", dns_record_type=servicediscovery.DnsRecordType.CNAME)
cname.register_cname_instance("CnameInstance", instance_cname="backend.example.com", custom_attributes={"k": "v"})
api_only = private_namespace.create_service("ApiOnly", discovery_type=servicediscovery.DiscoveryType.API)
api_only.register_non_ip_instance("ApiInstance", custom_attributes={"url": "https://example.com"})
api_only.register_ip_instance("ApiIpInstance", ipv4="10.0.0.5")

balanced = private_namespace.create_service("Balanced", load_balancer=True)
load_balancer = elbv2.ApplicationLoadBalancer.from_application_load_balancer_attributes(
    stack,
    "LoadBalancer",
    load_balancer_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/lb/0123456789abcdef",
    security_group_id="sg-0123456789abcdef0",
    load_balancer_dns_name="lb-123.us-east-1.elb.amazonaws.com",
)
balanced.register_load_balancer("Lb", load_balancer, {"team": "web"})
servicediscovery.AliasTargetInstance(
    stack, "Alias", service=balanced, dns_name="other-lb.us-east-1.elb.amazonaws.com", instance_id="alias-id"
)

public_namespace = servicediscovery.PublicDnsNamespace(stack, "PublicNamespace", name="instances.example.com")
public_service = public_namespace.create_service("Public", dns_record_type=servicediscovery.DnsRecordType.AAAA)
direct = servicediscovery.IpInstance(stack, "Direct", service=public_service, ipv6="2001:db8::7", port=8443)

imported = servicediscovery.Service.from_service_attributes(
    stack,
    "Imported",
    namespace=private_namespace,
    service_arn="arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef",
    service_id="srv-0123456789abcdef",
    service_name="imported",
    dns_record_type=servicediscovery.DnsRecordType.A,
    routing_policy=servicediscovery.RoutingPolicy.MULTIVALUE,
)
servicediscovery.IpInstance(stack, "IntoImported", service=imported, ipv4="10.0.0.6")

long_service = http_namespace.create_service("AServiceWhoseConstructIdentifierIsLongEnoughToTruncate")
long_service.register_non_ip_instance("AnInstanceWithALongIdentifierAsWell", custom_attributes={"a": "b"})

cdk.CfnOutput(stack, "DirectInstanceId", value=direct.instance_id)
cdk.CfnOutput(stack, "DirectService", value=direct.service.service_id)
cdk.CfnOutput(stack, "DirectPort", value=str(direct.port))
app.synth()
