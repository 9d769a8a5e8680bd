"""New ACM certificates (DNS validation with SANs; default email validation with options) on two DomainNames mapped to an HttpApi's default stage and to an added stage."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm

app = cdk.App()
stack = cdk.Stack(app, "domain-cert-new")

api_certificate = acm.Certificate(
    stack,
    "ApiCertificate",
    domain_name="api.example.com",
    subject_alternative_names=["www.api.example.com", "*.api.example.com"],
    validation=acm.CertificateValidation.from_dns(),
)
admin_certificate = acm.Certificate(
    stack,
    "AdminCertificate",
    domain_name="admin.example.co.uk",
    subject_alternative_names=["ops.example.org"],
    certificate_name="admin-certificate",
    key_algorithm=acm.KeyAlgorithm.EC_PRIME256_V1,
    transparency_logging_enabled=False,
    validation=acm.CertificateValidation.from_email(
        {"admin.example.co.uk": "example.co.uk", "ops.example.org": "example.org"}
    ),
)
plain_certificate = acm.Certificate(stack, "PlainCertificate", domain_name="status.example.com")

api_domain = apigwv2.DomainName(
    stack,
    "ApiDomain",
    domain_name="api.example.com",
    certificate=api_certificate,
    endpoint_type=apigwv2.EndpointType.REGIONAL,
    security_policy=apigwv2.SecurityPolicy.TLS_1_2,
)
admin_domain = apigwv2.DomainName(
    stack, "AdminDomain", domain_name="admin.example.co.uk", certificate=admin_certificate
)

api = apigwv2.HttpApi(
    stack,
    "Api",
    default_integration=integrations.HttpUrlIntegration("Backend", "https://backend.example.com"),
    default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=api_domain),
)
api.add_stage(
    "Admin",
    stage_name="admin",
    auto_deploy=True,
    domain_mapping=apigwv2.DomainMappingOptions(domain_name=admin_domain, mapping_key="v1"),
)

cdk.CfnOutput(stack, "ApiCertificateArn", value=api_certificate.certificate_arn)
cdk.CfnOutput(stack, "PlainCertificateArn", value=plain_certificate.certificate_arn)

app.synth()
