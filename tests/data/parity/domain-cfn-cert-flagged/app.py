"""A DomainName whose certificate and ownership-verification certificate are CfnCertificates, with mutual TLS from an imported bucket, mapped as an HttpApi's default domain."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "domain-cfn-cert")

certificate = acm.CfnCertificate(stack, "Cert", domain_name="mtls.example.com", validation_method="DNS")
ownership = acm.CfnCertificate(stack, "OwnershipCert", domain_name="mtls.example.com", validation_method="DNS")
truststore = s3.Bucket.from_bucket_name(stack, "Truststore", "example-truststore")

domain = apigwv2.DomainName(
    stack,
    "Domain",
    domain_name="mtls.example.com",
    certificate=certificate,
    ownership_certificate=ownership,
    mtls=apigwv2.MTLSConfig(bucket=truststore, key="truststore.pem", version="v1"),
    security_policy=apigwv2.SecurityPolicy.TLS_1_2,
)
apigwv2.HttpApi(
    stack,
    "Api",
    default_integration=integrations.HttpUrlIntegration("Backend", "https://backend.example.com"),
    default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain),
)

app.synth()
