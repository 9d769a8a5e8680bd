"""Custom domains end to end: an HTTP API on api.example.com and a WebSocket API on ws.example.com, each with a DNS-validated certificate, a DomainName, an API mapping and an alias record in a new public hosted zone."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "CustomDomains")

zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")

# HTTP API on api.example.com: the certificate is validated through records in the zone.
api_certificate = acm.Certificate(
    stack,
    "ApiCertificate",
    domain_name="api.example.com",
    validation=acm.CertificateValidation.from_dns(zone),
)
api_domain = apigwv2.DomainName(
    stack, "ApiDomain", domain_name="api.example.com", certificate=api_certificate
)
http_api = apigwv2.HttpApi(
    stack,
    "HttpApi",
    default_integration=integrations.HttpUrlIntegration("Backend", "https://backend.example.com"),
)
apigwv2.ApiMapping(stack, "ApiMapping", api=http_api, domain_name=api_domain)
route53.ARecord(
    stack,
    "ApiAlias",
    zone=zone,
    record_name="api",
    target=route53.RecordTarget.from_alias(
        targets.ApiGatewayv2DomainProperties(
            api_domain.regional_domain_name, api_domain.regional_hosted_zone_id
        )
    ),
)

# WebSocket API on ws.example.com, mapped from its stage.
ws_certificate = acm.Certificate(
    stack, "WsCertificate", domain_name="ws.example.com", validation=acm.CertificateValidation.from_dns(zone)
)
ws_domain = apigwv2.DomainName(stack, "WsDomain", domain_name="ws.example.com", certificate=ws_certificate)
ws_api = apigwv2.WebSocketApi(stack, "WebSocketApi")
ws_api.add_route("$default", integration=integrations.WebSocketMockIntegration("Echo"))
apigwv2.WebSocketStage(
    stack,
    "Production",
    web_socket_api=ws_api,
    stage_name="production",
    auto_deploy=True,
    domain_mapping=apigwv2.DomainMappingOptions(domain_name=ws_domain),
)
route53.ARecord(
    stack,
    "WsAlias",
    zone=zone,
    record_name="ws",
    target=route53.RecordTarget.from_alias(
        targets.ApiGatewayv2DomainProperties(
            ws_domain.regional_domain_name, ws_domain.regional_hosted_zone_id
        )
    ),
)

cdk.CfnOutput(stack, "ApiUrl", value=f"https://{api_domain.name}")
cdk.CfnOutput(stack, "WebSocketUrl", value=f"wss://{ws_domain.name}")
cdk.CfnOutput(stack, "NameServers", value=cdk.Fn.join(",", zone.hosted_zone_name_servers))

app.synth()
