"""Cloud Map namespaces (private DNS, HTTP, public DNS) and services with options, behind HttpServiceDiscoveryIntegrations."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_servicediscovery as servicediscovery

app = cdk.App()
stack = cdk.Stack(app, "servicediscovery-options")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)

private_ns = servicediscovery.PrivateDnsNamespace(
    stack, "PrivateNs", vpc=vpc, name="internal.example", description="private namespace"
)
private_service = private_ns.create_service(
    "Api",
    name="api",
    dns_record_type=servicediscovery.DnsRecordType.A_AAAA,
    dns_ttl=cdk.Duration.minutes(1),
    custom_health_check=servicediscovery.HealthCheckCustomConfig(failure_threshold=2),
    routing_policy=servicediscovery.RoutingPolicy.MULTIVALUE,
    description="api service",
)
srv_service = private_ns.create_service(
    "Srv",
    dns_record_type=servicediscovery.DnsRecordType.SRV,
    routing_policy=servicediscovery.RoutingPolicy.MULTIVALUE,
)

http_ns = servicediscovery.HttpNamespace(stack, "HttpNs", name="http.example", description="http namespace")
http_service = http_ns.create_service(
    "Backend",
    name="backend",
    description="http service",
    custom_health_check=servicediscovery.HealthCheckCustomConfig(failure_threshold=1),
)

public_ns = servicediscovery.PublicDnsNamespace(stack, "PublicNs", name="public.example")
public_ns.create_service(
    "Web",
    name="web",
    dns_record_type=servicediscovery.DnsRecordType.CNAME,
    dns_ttl=cdk.Duration.seconds(30),
    health_check=servicediscovery.HealthCheckConfig(
        type=servicediscovery.HealthCheckType.HTTPS, resource_path="/health", failure_threshold=3
    ),
)

link = apigwv2.VpcLink(stack, "Link", vpc=vpc, vpc_link_name="sd-link")

api = apigwv2.HttpApi(stack, "HttpApi")
api.add_routes(
    path="/api/{proxy+}",
    integration=integrations.HttpServiceDiscoveryIntegration(
        "ApiIntegration",
        private_service,
        vpc_link=link,
        method=apigwv2.HttpMethod.GET,
        secure_server_name="api.internal.example",
        parameter_mapping=apigwv2.ParameterMapping().overwrite_path(apigwv2.MappingValue.request_path_param("proxy")),
    ),
)
api.add_routes(
    path="/srv",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpServiceDiscoveryIntegration("SrvIntegration", srv_service, vpc_link=link),
)
api.add_routes(
    path="/backend",
    methods=[apigwv2.HttpMethod.POST],
    integration=integrations.HttpServiceDiscoveryIntegration("BackendIntegration", http_service, vpc_link=link),
)

app.synth()
