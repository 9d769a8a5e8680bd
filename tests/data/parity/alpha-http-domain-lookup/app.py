"""A custom domain in one stack (certificate validated in a looked-up zone, alias record) mapped as the
default domain of an HTTP API in another, with an extra stage and a permission whose source is the API id."""

import aws_cdk as cdk
import aws_cdk.aws_apigatewayv2_alpha as apigwv2
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets
from aws_cdk.aws_apigatewayv2_integrations_alpha import HttpLambdaIntegration

ENV = cdk.Environment(account="123456789012", region="eu-west-1")


class Domains(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id, env=ENV)
        zone = route53.HostedZone.from_lookup(self, "Zone", domain_name="example.org")
        certificate = acm.Certificate(
            self, "Cert", domain_name="api.example.org", validation=acm.CertificateValidation.from_dns(zone)
        )
        self.domain = apigwv2.DomainName(
            self, "Domain", domain_name="api.example.org", certificate=certificate
        )
        route53.ARecord(
            self,
            "Alias",
            record_name="api.example.org",
            zone=zone,
            target=route53.RecordTarget.from_alias(
                targets.ApiGatewayv2DomainProperties(
                    self.domain.regional_domain_name, self.domain.regional_hosted_zone_id
                )
            ),
        )


class Members(cdk.Stack):
    def __init__(self, scope, id, domain):
        super().__init__(scope, id, env=ENV)
        api = apigwv2.HttpApi(
            self,
            "Api",
            default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain),
            create_default_stage=True,
        )
        api.add_stage("Preview", auto_deploy=True, stage_name="preview")
        members = lambda_.Function(
            self,
            "Members",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return {}\n"),
            memory_size=512,
            timeout=cdk.Duration.minutes(1),
        )
        members.add_permission(
            "InvokeFromApi",
            principal=iam.ServicePrincipal("apigateway.amazonaws.com"),
            action="lambda:InvokeFunction",
            source_arn=api.http_api_id,
        )
        api.add_routes(
            path="/v1/members",
            methods=[apigwv2.HttpMethod.GET],
            integration=HttpLambdaIntegration("List", members),
        )


app = cdk.App()
domains = Domains(app, "alpha-http-domain-lookup-domains")
Members(app, "alpha-http-domain-lookup", domains.domain)
app.synth()
