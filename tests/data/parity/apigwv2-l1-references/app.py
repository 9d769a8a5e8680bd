import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_certificatemanager as acm,
    aws_iam as iam,
    aws_ec2 as ec2,
    aws_lambda as lambda_,
)
from constructs import Construct


class LegacyGatewayStack(cdk.Stack):
    """Mixes hand-written L1 resources with the L2 constructs that accept their references."""

    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        legacy_api = apigwv2.HttpApi(self, "LegacyApi", api_name="legacy", create_default_stage=False)
        legacy_ws = apigwv2.WebSocketApi(self, "LegacyWs", api_name="legacy-ws")
        cfn_cert = acm.CfnCertificate(self, "CfnCert", domain_name="legacy.example.com", validation_method="DNS")
        domain = apigwv2.DomainName(self, "LegacyDomain", domain_name="legacy.example.com", certificate=cfn_cert)
        cfn_domain = apigwv2.CfnDomainName(self, "RawDomain", domain_name="raw.example.com",
                                           domain_name_configurations=[apigwv2.CfnDomainName.DomainNameConfigurationProperty(
                                               certificate_arn="arn:aws:acm:us-east-1:123456789012:certificate/raw",
                                               endpoint_type="REGIONAL")])
        role = iam.CfnRole(self, "InvokeRole", assume_role_policy_document={
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "apigateway.amazonaws.com"},
                           "Action": "sts:AssumeRole"}]})

        fn = lambda_.Function(self, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                              code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
        integration = apigwv2.HttpIntegration(self, "LegacyIntegration", http_api=legacy_api,
                                              integration_type=apigwv2.HttpIntegrationType.AWS_PROXY,
                                              integration_uri=fn.function_arn,
                                              credentials=apigwv2.IntegrationCredentials.from_role(role),
                                              payload_format_version=apigwv2.PayloadFormatVersion.VERSION_2_0)
        apigwv2.HttpAuthorizer(self, "LegacyJwt", http_api=legacy_api, type=apigwv2.HttpAuthorizerType.JWT,
                               identity_source=["$request.header.Authorization"], jwt_audience=["legacy"],
                               jwt_issuer="https://issuer.example.com")
        apigwv2.WebSocketIntegration(self, "LegacyWsIntegration", web_socket_api=legacy_ws,
                                     integration_type=apigwv2.WebSocketIntegrationType.MOCK,
                                     integration_uri="")
        stage = apigwv2.CfnStage(self, "LegacyStage", api_id=legacy_api.api_id, stage_name="live", auto_deploy=True)
        apigwv2.CfnRoute(self, "LegacyRoute", api_id=legacy_api.api_id, route_key="ANY /{proxy+}",
                         target=f"integrations/{integration.integration_id}")

        modern = apigwv2.HttpApi(self, "ModernApi")
        apigwv2.ApiMapping(self, "ModernOnRaw", api=modern, domain_name=cfn_domain, api_mapping_key="modern")
        modern.add_stage("Blue", stage_name="blue",
                         domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain, mapping_key="blue"))

        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
        cfn_sg = ec2.CfnSecurityGroup(self, "LinkSg", group_description="vpc link", vpc_id=vpc.vpc_id)
        apigwv2.VpcLink(self, "Link", vpc=vpc, security_groups=[cfn_sg],
                        subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))
        cdk.CfnOutput(self, "LegacyStageName", value=stage.ref)


app = cdk.App()
LegacyGatewayStack(app, "LegacyGateway", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
