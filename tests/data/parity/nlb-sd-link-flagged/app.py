"""One HttpApi with an NLB integration and a Cloud Map integration sharing a VpcLink from add_vpc_link, with secure_server_name and parameter mappings."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_servicediscovery as servicediscovery

app = cdk.App()
stack = cdk.Stack(app, "nlb-sd-link")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)

nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
tcp = nlb.add_listener("Tcp", port=8443)
tcp.add_targets("Fleet", port=8443, targets=[])

namespace = servicediscovery.PrivateDnsNamespace(stack, "Namespace", name="svc.internal", vpc=vpc)
inventory = namespace.create_service(
    "Inventory",
    name="inventory",
    dns_record_type=servicediscovery.DnsRecordType.SRV,
    dns_ttl=cdk.Duration.seconds(30),
)

api = apigwv2.HttpApi(stack, "GatewayApi", api_name="gateway")
vpc_link = api.add_vpc_link(vpc=vpc, vpc_link_name="gateway-link")

api.add_routes(
    path="/payments/{proxy+}",
    methods=[apigwv2.HttpMethod.POST, apigwv2.HttpMethod.GET],
    integration=integrations.HttpNlbIntegration(
        "Payments",
        tcp,
        vpc_link=vpc_link,
        secure_server_name="payments.internal.example.com",
        parameter_mapping=apigwv2.ParameterMapping()
        .overwrite_path(apigwv2.MappingValue.request_path_param("proxy"))
        .append_query_string("caller", apigwv2.MappingValue.context_variable("identity.sourceIp")),
    ),
)
api.add_routes(
    path="/inventory/{sku}",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpServiceDiscoveryIntegration(
        "Inventory",
        inventory,
        vpc_link=vpc_link,
        method=apigwv2.HttpMethod.GET,
        parameter_mapping=apigwv2.ParameterMapping().overwrite_path(
            apigwv2.MappingValue.custom("/items/${request.path.sku}")
        ),
    ),
)

app.synth()
