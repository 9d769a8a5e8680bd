import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as r53t
from constructs import Construct

CODE = "def handler(event, context):\n    return {'statusCode': 200}\n"
ZONE_ID = "Z0123456789ABCDEFGHIJ"
ZONE = "example.org"
REGIONS = {"us-east-1": route53.Failover.PRIMARY, "us-west-2": route53.Failover.SECONDARY}


class RegionalApiStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, failover: route53.Failover, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        zone = route53.HostedZone.from_hosted_zone_attributes(self, "Zone", hosted_zone_id=ZONE_ID, zone_name=ZONE)
        table = ddb.Table.from_table_name(self, "Global", "global-sessions")
        fn = lambda_.Function(self, "Api", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_inline(CODE), environment={"REGION": self.region})
        table.grant_read_write_data(fn)
        cert = acm.Certificate(self, "Cert", domain_name=f"api.{ZONE}", subject_alternative_names=[f"{self.region}.api.{ZONE}"], validation=acm.CertificateValidation.from_dns(zone))
        dn = apigwv2.DomainName(self, "Domain", domain_name=f"api.{ZONE}", certificate=cert, endpoint_type=apigwv2.EndpointType.REGIONAL, ip_address_type=apigwv2.IpAddressType.DUAL_STACK)
        regional_dn = apigwv2.DomainName(self, "RegionalDomain", domain_name=f"{self.region}.api.{ZONE}", certificate=cert)
        api = apigwv2.HttpApi(self, "Http", default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=dn), ip_address_type=apigwv2.IpAddressType.DUAL_STACK)
        apigwv2.ApiMapping(self, "RegionalMapping", api=api, domain_name=regional_dn)
        api.add_routes(path="/health", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("Health", fn))
        api.add_routes(path="/{proxy+}", methods=[apigwv2.HttpMethod.ANY], integration=integrations.HttpLambdaIntegration("Proxy", fn))
        check = route53.HealthCheck(
            self, "Check", type=route53.HealthCheckType.HTTPS, fqdn=f"{self.region}.api.{ZONE}", resource_path="/health", port=443,
            request_interval=cdk.Duration.seconds(10), failure_threshold=2, measure_latency=True, regions=["us-east-1", "us-west-1", "eu-west-1"],
        )
        target = route53.RecordTarget.from_alias(r53t.ApiGatewayv2DomainProperties(dn.regional_domain_name, dn.regional_hosted_zone_id))
        route53.CnameRecord(self, "Failover", zone=zone, record_name="api", domain_name=dn.regional_domain_name, failover=failover, health_check=check, set_identifier=f"api-{self.region}", ttl=cdk.Duration.seconds(60))
        route53.AaaaRecord(self, "Direct6", zone=zone, record_name=f"v6.{self.region}", target=target)
        route53.ARecord(
            self, "Regional", zone=zone, record_name=f"{self.region}.api",
            target=route53.RecordTarget.from_alias(r53t.ApiGatewayv2DomainProperties(regional_dn.regional_domain_name, regional_dn.regional_hosted_zone_id)),
        )
        route53.CnameRecord(self, "Latency", zone=zone, record_name="lat", domain_name=f"{self.region}.api.{ZONE}", region=self.region, set_identifier=self.region)
        if self.region == "us-east-1":
            cw.Alarm(
                self, "HealthAlarm",
                metric=cw.Metric(namespace="AWS/Route53", metric_name="HealthCheckStatus", dimensions_map={"HealthCheckId": check.health_check_id}, region="us-east-1", statistic="Minimum", period=cdk.Duration.minutes(1)),
                threshold=1, comparison_operator=cw.ComparisonOperator.LESS_THAN_THRESHOLD, evaluation_periods=2,
            )
        cdk.CfnOutput(self, "HealthCheckId", value=check.health_check_id)


app = cdk.App()
for region, failover in REGIONS.items():
    RegionalApiStack(app, f"Api-{region}", failover=failover, env=cdk.Environment(account="123456789012", region=region))
app.synth()
