"""An HttpApi whose default domain mapping uses a DomainName with an imported ACM certificate, plus the domain's outputs."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm

app = cdk.App()
stack = cdk.Stack(app, "domain-cert-imported")

certificate = acm.Certificate.from_certificate_arn(
    stack, "Certificate", "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
)
domain = apigwv2.DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)
api = apigwv2.HttpApi(
    stack,
    "BooksApi",
    default_integration=integrations.HttpUrlIntegration("Books", "https://books.example.com"),
    default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain, mapping_key="books"),
)

cdk.CfnOutput(stack, "CertificateArn", value=certificate.certificate_arn)
cdk.CfnOutput(stack, "DomainNameOut", value=domain.name)
cdk.CfnOutput(stack, "RegionalDomainName", value=domain.regional_domain_name)
cdk.CfnOutput(stack, "RegionalHostedZoneId", value=domain.regional_hosted_zone_id)
cdk.CfnOutput(stack, "DomainUrl", value=api.default_stage.domain_url)

app.synth()
