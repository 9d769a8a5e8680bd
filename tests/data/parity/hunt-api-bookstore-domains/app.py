import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_apigatewayv2_authorizers as authorizers,
    aws_lambda as lambda_,
    aws_logs as logs,
    aws_certificatemanager as acm,
    aws_route53 as route53,
    aws_cloudwatch as cloudwatch,
    aws_route53_targets as targets,
)
from aws_cdk import aws_apigateway as apigw
from constructs import Construct
import jsii


@jsii.implements(apigwv2.IAccessLogSettings)
class LogSettings:
    def __init__(self, destination, log_format=None):
        self._destination = destination
        self._format = log_format

    @property
    def destination(self):
        return self._destination

    @property
    def format(self):
        return self._format


RESOURCES = {
    "books": ["GET", "POST"],
    "authors": ["GET", "POST", "DELETE"],
    "reviews": ["GET"],
}


class BookstoreApiStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, domain: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        zone = route53.HostedZone(self, "Zone", zone_name=domain)
        cert = acm.Certificate(
            self,
            "ApiCert",
            domain_name=f"api.{domain}",
            validation=acm.CertificateValidation.from_dns(zone),
        )
        domain_name = apigwv2.DomainName(
            self, "ApiDomain", domain_name=f"api.{domain}", certificate=cert
        )

        issuer = f"https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc"
        jwt = authorizers.HttpJwtAuthorizer(
            "JwtAuth",
            issuer,
            jwt_audience=["client-1", "client-2"],
            identity_source=["$request.header.Authorization"],
        )

        api = apigwv2.HttpApi(
            self,
            "BookstoreApi",
            api_name="bookstore",
            default_authorizer=jwt,
            default_authorization_scopes=["books/read"],
            default_domain_mapping=apigwv2.DomainMappingOptions(
                domain_name=domain_name, mapping_key="v1"
            ),
            cors_preflight=apigwv2.CorsPreflightOptions(
                allow_headers=["Authorization", "Content-Type"],
                allow_methods=[apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.POST, apigwv2.CorsHttpMethod.DELETE, apigwv2.CorsHttpMethod.OPTIONS],
                allow_origins=["*"],
                max_age=cdk.Duration.hours(1),
            ),
        )

        for resource, methods in RESOURCES.items():
            fn = lambda_.Function(
                self,
                f"{resource.capitalize()}Handler",
                runtime=lambda_.Runtime.PYTHON_3_12,
                handler="index.handler",
                code=lambda_.Code.from_inline("def handler(e, c):\n    return {'statusCode': 200}"),
                environment={"RESOURCE": resource},
                timeout=cdk.Duration.seconds(10),
            )
            integration = integrations.HttpLambdaIntegration(
                f"{resource}-integration",
                fn,
                payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0 if resource == "reviews" else None,
                parameter_mapping=apigwv2.ParameterMapping()
                .append_header("x-resource", apigwv2.MappingValue.custom(resource))
                .overwrite_path(apigwv2.MappingValue.request_path()),
            )
            for method in methods:
                api.add_routes(
                    path=f"/{resource}",
                    methods=[apigwv2.HttpMethod[method]],
                    integration=integration,
                    authorization_scopes=[f"{resource}/write"] if method != "GET" else None,
                )
                api.add_routes(
                    path=f"/{resource}/{{id}}",
                    methods=[apigwv2.HttpMethod[method]],
                    integration=integration,
                )

        health = lambda_.Function(
            self,
            "Health",
            runtime=lambda_.Runtime.NODEJS_20_X,
            handler="index.handler",
            code=lambda_.Code.from_inline("exports.handler = async () => ({statusCode: 200})"),
        )
        api.add_routes(
            path="/health",
            methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpLambdaIntegration("HealthIntegration", health),
            authorizer=apigwv2.HttpNoneAuthorizer(),
        )

        log_group = logs.LogGroup(self, "AccessLogs", retention=logs.RetentionDays.ONE_MONTH)
        prod = api.add_stage(
            "ProdStage",
            stage_name="prod",
            auto_deploy=True,
            throttle=apigwv2.ThrottleSettings(rate_limit=100, burst_limit=200),
            access_log_settings=LogSettings(
                apigwv2.LogGroupLogDestination(log_group),
                apigw.AccessLogFormat.json_with_standard_fields(
                    caller=False, http_method=True, ip=True, protocol=True,
                    request_time=True, resource_path=True, response_length=True,
                    status=True, user=False,
                ),
            ),
            domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain_name, mapping_key="prod"),
        )

        cloudwatch.Alarm(
            self,
            "ServerErrors",
            metric=api.metric_server_error(period=cdk.Duration.minutes(1)),
            threshold=5,
            evaluation_periods=3,
        )
        cloudwatch.Alarm(
            self,
            "ProdLatency",
            metric=prod.metric_latency(statistic="p99"),
            threshold=1000,
            evaluation_periods=2,
            comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        )
        route53.ARecord(
            self,
            "ApiAlias",
            zone=zone,
            record_name="api",
            target=route53.RecordTarget.from_alias(
                targets.ApiGatewayv2DomainProperties(
                    domain_name.regional_domain_name, domain_name.regional_hosted_zone_id
                )
            ),
        )

        cdk.CfnOutput(self, "ApiUrl", value=api.url)
        cdk.CfnOutput(self, "ProdUrl", value=prod.url)
        cdk.CfnOutput(self, "CustomDomain", value=domain_name.name)


app = cdk.App()
BookstoreApiStack(app, "BookstoreApi", domain="example.com", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
