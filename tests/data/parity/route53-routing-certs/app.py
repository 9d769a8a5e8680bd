import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_certificatemanager as acm,
    aws_cloudwatch as cw,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
    aws_kms as kms,
    aws_lambda as lambda_,
    aws_route53 as route53,
    aws_route53_targets as targets,
    aws_s3 as s3,
)
from constructs import Construct


class DnsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        zone = route53.PublicHostedZone(self, "Zone", zone_name="travel.example.com", comment="public zone",
                                        caa_amazon=True, add_trailing_dot=False)
        legacy_zone = route53.PublicHostedZone(self, "LegacyZone", zone_name="travel-legacy.example.net")
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=0,
                      subnet_configuration=[ec2.SubnetConfiguration(name="pub", subnet_type=ec2.SubnetType.PUBLIC),
                                            ec2.SubnetConfiguration(name="iso", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
        private = route53.PrivateHostedZone(self, "Internal", zone_name="internal.travel", vpc=vpc)
        cert = acm.Certificate(self, "ApiCert", domain_name="api.travel.example.com",
                               subject_alternative_names=["api.travel-legacy.example.net", "*.travel.example.com"],
                               validation=acm.CertificateValidation.from_dns_multi_zone({
                                   "api.travel.example.com": zone, "*.travel.example.com": zone,
                                   "api.travel-legacy.example.net": legacy_zone}),
                               key_algorithm=acm.KeyAlgorithm.EC_PRIME256_V1,
                               transparency_logging_enabled=False)
        email_cert = acm.Certificate(self, "MailCert", domain_name="mail.travel.example.com",
                                     validation=acm.CertificateValidation.from_email({"mail.travel.example.com": "travel.example.com"}))
        imported_cert = acm.Certificate.from_certificate_arn(
            self, "Imported", "arn:aws:acm:eu-central-1:123456789012:certificate/abcd-1234")
        days_alarm = cw.Alarm(self, "CertExpiry", metric=cert.metric_days_to_expiry(), threshold=30,
                              evaluation_periods=1, comparison_operator=cw.ComparisonOperator.LESS_THAN_THRESHOLD)
        domain = apigwv2.DomainName(self, "ApiDomain", domain_name="api.travel.example.com", certificate=cert)
        handler = lambda_.Function(self, "Trips", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                   code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
        api = apigwv2.HttpApi(self, "TripsApi", default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain, mapping_key="v1"))
        api.add_routes(path="/trips", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("T", handler))
        check = route53.HealthCheck(self, "ApiHealth", type=route53.HealthCheckType.HTTPS, fqdn="api.travel.example.com",
                                    resource_path="/v1/trips", request_interval=cdk.Duration.seconds(10), failure_threshold=2,
                                    measure_latency=True, regions=["us-east-1", "eu-west-1", "ap-southeast-1"])
        alarm_check = route53.HealthCheck(self, "AlarmHealth", type=route53.HealthCheckType.CLOUDWATCH_METRIC,
                                          alarm_identifier=route53.AlarmIdentifier(name=days_alarm.alarm_name, region="eu-central-1"),
                                          insufficient_data_health_status=route53.InsufficientDataHealthStatusEnum.LAST_KNOWN_STATUS)
        route53.HealthCheck(self, "Calc", type=route53.HealthCheckType.CALCULATED, child_health_checks=[check, alarm_check],
                            health_threshold=1, inverted=False)
        alias = route53.RecordTarget.from_alias(targets.ApiGatewayv2DomainProperties(
            domain.regional_domain_name, domain.regional_hosted_zone_id))
        route53.ARecord(self, "ApiPrimary", zone=zone, record_name="status", target=route53.RecordTarget.from_ip_addresses("203.0.113.9"), failover=route53.Failover.PRIMARY,
                        health_check=check, set_identifier="primary")
        route53.ARecord(self, "ApiSecondary", zone=zone, record_name="status", failover=route53.Failover.SECONDARY,
                        target=route53.RecordTarget.from_ip_addresses("203.0.113.10"), ttl=cdk.Duration.seconds(60))
        route53.ARecord(self, "ApiV4", zone=zone, record_name="api", target=alias)
        route53.AaaaRecord(self, "ApiV6", zone=zone, record_name="api", target=alias)
        route53.ARecord(self, "WeightedBlue", zone=zone, record_name="www", weight=80,
                        target=route53.RecordTarget.from_ip_addresses("198.51.100.1", "198.51.100.2"))
        route53.ARecord(self, "WeightedGreen", zone=zone, record_name="www", weight=20, set_identifier="green",
                        target=route53.RecordTarget.from_ip_addresses("198.51.100.3"))
        route53.ARecord(self, "Eu", zone=zone, record_name="geo", geo_location=route53.GeoLocation.continent(route53.Continent.EUROPE),
                        target=route53.RecordTarget.from_ip_addresses("192.0.2.1"))
        route53.ARecord(self, "Ca", zone=zone, record_name="geo", geo_location=route53.GeoLocation.subdivision("WA"),
                        target=route53.RecordTarget.from_ip_addresses("192.0.2.2"))
        route53.ARecord(self, "Default", zone=zone, record_name="geo", geo_location=route53.GeoLocation.default(),
                        target=route53.RecordTarget.from_ip_addresses("192.0.2.3"))
        route53.ARecord(self, "Latency", zone=zone, record_name="fast", region="eu-central-1",
                        target=route53.RecordTarget.from_ip_addresses("192.0.2.4"))
        route53.ARecord(self, "Mv1", zone=zone, record_name="mv", multi_value_answer=True,
                        target=route53.RecordTarget.from_ip_addresses("192.0.2.5"))
        route53.ARecord(self, "Cidr", zone=zone, record_name="cidr",
                        cidr_routing_config=route53.CidrRoutingConfig.create(collection_id="a" * 8 + "-1234-1234-1234-" + "b" * 12, location_name="office"),
                        target=route53.RecordTarget.from_ip_addresses("192.0.2.6"))
        route53.CnameRecord(self, "Docs", zone=zone, record_name="docs", domain_name="docs.vendor.example.org",
                            ttl=cdk.Duration.hours(1), comment="docs portal")
        route53.TxtRecord(self, "Spf", zone=zone, values=["v=spf1 include:amazonses.com ~all", "google-site-verification=" + "x" * 300])
        route53.MxRecord(self, "Mx", zone=zone, values=[route53.MxRecordValue(host_name="mx1.mail.example.org", priority=10),
                                                      route53.MxRecordValue(host_name="mx2.mail.example.org", priority=20)])
        route53.SrvRecord(self, "Sip", zone=zone, record_name="_sip._tcp", values=[route53.SrvRecordValue(
            host_name="sip.travel.example.com", port=5060, priority=1, weight=10)])
        route53.CaaRecord(self, "Caa", zone=zone, record_name="secure", values=[
            route53.CaaRecordValue(flag=0, tag=route53.CaaTag.ISSUE, value="letsencrypt.org"),
            route53.CaaRecordValue(flag=128, tag=route53.CaaTag.IODEF, value="mailto:security@travel.example.com")])
        route53.DsRecord(self, "Ds", zone=zone, record_name="sub", values=["12345 13 2 ABCDEF"], ttl=cdk.Duration.minutes(5))
        route53.NsRecord(self, "Delegation", zone=zone, record_name="partners", values=["ns-1.awsdns-01.org.", "ns-2.awsdns-02.com."])
        route53.HttpsRecord(self, "Https", zone=zone, record_name="web", values=[
            route53.HttpsRecordValue.service(priority=1, target_name=".", alpn=[route53.Alpn.H3, route53.Alpn.H2], port=443,
                                             ipv4hint=["192.0.2.8"], no_default_alpn=False),
            route53.HttpsRecordValue.alias("web.cdn.example.org")])
        route53.SvcbRecord(self, "Svcb", zone=zone, record_name="_dns", values=[
            route53.SvcbRecordValue.service(priority=1, target_name="dns.example.org", alpn=[route53.Alpn.of("dot")], port=853)])
        route53.ZoneDelegationRecord(self, "LegacyDelegation", zone=zone, record_name="legacy",
                                     name_servers=legacy_zone.hosted_zone_name_servers, ttl=cdk.Duration.days(2))
        route53.RecordSet(self, "Raw", zone=private, record_type=route53.RecordType.A, record_name="db",
                          target=route53.RecordTarget.from_values("10.0.1.10"))
        route53.ARecord(self, "AliasToRecord", zone=zone, record_name="trips",
                        target=route53.RecordTarget.from_alias(targets.Route53RecordTarget(
                            route53.ARecord.from_a_record_attributes(self, "WwwAttrs", zone=zone, target_dns="www.travel.example.com"))))
        bucket = s3.Bucket(self, "Site", bucket_name="static.travel.example.com", website_index_document="index.html",
                           public_read_access=False)
        route53.ARecord(self, "Static", zone=zone, record_name="static",
                        target=route53.RecordTarget.from_alias(targets.BucketWebsiteTarget(bucket)))
        endpoint = vpc.add_interface_endpoint("ExecApi", service=ec2.InterfaceVpcEndpointAwsService.APIGATEWAY,
                                              private_dns_enabled=False,
                                              subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))
        route53.ARecord(self, "PrivateApi", zone=private, record_name="api",
                        target=route53.RecordTarget.from_alias(targets.InterfaceVpcEndpointTarget(endpoint)))
        ksk_key = kms.Key(self, "KskKey", key_spec=kms.KeySpec.ECC_NIST_P256, key_usage=kms.KeyUsage.SIGN_VERIFY)
        legacy_zone.enable_dnssec(kms_key=ksk_key, key_signing_key_name="legacyksk")
        cdk.CfnOutput(self, "NameServers", value=cdk.Fn.join(",", zone.hosted_zone_name_servers))
        cdk.CfnOutput(self, "ImportedCertRegion", value=imported_cert.certificate_arn)
        cdk.CfnOutput(self, "MailCertArn", value=email_cert.certificate_arn)


app = cdk.App()
DnsStack(app, "TravelDns", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
