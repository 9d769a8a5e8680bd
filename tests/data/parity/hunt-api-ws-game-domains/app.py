import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_apigatewayv2_authorizers as authorizers,
    aws_lambda as lambda_,
    aws_logs as logs,
    aws_iam as iam,
    aws_route53 as route53,
    aws_route53_targets as targets,
    aws_certificatemanager as acm,
)
from aws_cdk import aws_apigateway as apigw
from constructs import Construct
import jsii


@jsii.implements(apigwv2.IAccessLogSettings)
class AccessLogs:
    def __init__(self, group, fmt=None):
        self._group = group
        self._fmt = fmt

    @property
    def destination(self):
        return apigwv2.LogGroupLogDestination(self._group)

    @property
    def format(self):
        return self._fmt


class GameServerStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        zone = route53.HostedZone.from_hosted_zone_attributes(self, "Zone", hosted_zone_id="Z0123", zone_name="games.example.com")
        cert = acm.Certificate(
            self, "Cert", domain_name="ws.games.example.com", subject_alternative_names=["ws-beta.games.example.com"],
            validation=acm.CertificateValidation.from_dns(zone),
        )
        domains = {}
        for label in ("ws", "ws-beta"):
            domains[label] = apigwv2.DomainName(self, f"{label}Domain", domain_name=f"{label}.games.example.com", certificate=cert)
            route53.ARecord(
                self, f"{label}Record", zone=zone, record_name=label,
                target=route53.RecordTarget.from_alias(
                    targets.ApiGatewayv2DomainProperties(
                        domains[label].regional_domain_name, domains[label].regional_hosted_zone_id
                    )
                ),
            )

        def game_fn(name):
            return lambda_.Function(
                self, name, runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
                log_group=logs.LogGroup(self, f"{name}Logs", retention=logs.RetentionDays.ONE_WEEK),
            )

        authorizer = authorizers.WebSocketLambdaAuthorizer(
            "Authorizer", game_fn("AuthorizerFn"), authorizer_name="game-auth"
        )
        api = apigwv2.WebSocketApi(
            self, "GameApi", api_name="game", disable_schema_validation=True,
            ip_address_type=apigwv2.IpAddressType.IPV4,
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("Connect", game_fn("ConnectFn")),
                authorizer=authorizer,
            ),
        )
        move_fn = game_fn("MoveFn")
        for action in ("move", "attack", "chat"):
            apigwv2.WebSocketRoute(
                self,
                f"{action}Route",
                web_socket_api=api,
                route_key=action,
                integration=integrations.WebSocketLambdaIntegration(f"{action}Int", move_fn),
                api_key_required=action != "chat",
            )
        group = logs.LogGroup(self, "Access", retention=logs.RetentionDays.TWO_WEEKS)
        prod = apigwv2.WebSocketStage(
            self, "Prod", web_socket_api=api, stage_name="prod", auto_deploy=True,
            domain_mapping=apigwv2.DomainMappingOptions(domain_name=domains["ws"]),
            access_log_settings=AccessLogs(group),
        )
        beta = apigwv2.WebSocketStage(
            self, "Beta", web_socket_api=api, stage_name="beta", auto_deploy=True,
            domain_mapping=apigwv2.DomainMappingOptions(domain_name=domains["ws-beta"], mapping_key="game"),
            access_log_settings=AccessLogs(
                group,
                apigw.AccessLogFormat.custom("$context.requestId $context.connectionId"),
            ),
        )
        beta.add_stage_variable("mode", "beta")
        prod.grant_management_api_access(move_fn)
        imported_stage = apigwv2.WebSocketStage.from_web_socket_stage_attributes(self, "OldStage", api=api, stage_name="v0")
        role = iam.Role(self, "Ops", assumed_by=iam.AccountRootPrincipal())
        role.add_to_policy(iam.PolicyStatement(actions=["execute-api:ManageConnections"], resources=[api.arn_for_execute_api_v2("*", imported_stage.stage_name)]))
        api.grant_manage_connections(role)
        role.add_to_policy(iam.PolicyStatement(
            actions=["execute-api:Invoke"],
            resources=[api.arn_for_execute_api_v2("move", "prod"), api.arn_for_execute_api("$connect")],
        ))

        cdk.CfnOutput(self, "ProdUrl", value=prod.url)
        cdk.CfnOutput(self, "ProdCallback", value=prod.callback_url)
        cdk.CfnOutput(self, "BetaUrl", value=beta.url)
        cdk.CfnOutput(self, "ApiName", value=api.web_socket_api_name or "")


app = cdk.App()
GameServerStack(app, "GameServer", env=cdk.Environment(account="123456789012", region="us-east-2"))
app.synth()
