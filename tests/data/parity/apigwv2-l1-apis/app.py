import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_iam as iam,
    aws_lambda as lambda_,
)
from constructs import Construct


class HandWrittenApiStack(cdk.Stack):
    """L2 integrations and authorizers on APIs declared as L1 CfnApi resources."""

    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        http = apigwv2.CfnApi(self, "Http", name="hand-written", protocol_type="HTTP")
        ws = apigwv2.CfnApi(self, "Ws", name="hand-written-ws", protocol_type="WEBSOCKET",
                            route_selection_expression="$request.body.action")
        fn = lambda_.Function(self, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                              code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
        role = iam.Role(self, "ApiRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
        fn.grant_invoke(role)
        integration = apigwv2.HttpIntegration(self, "Proxy", http_api=http,
                                              integration_type=apigwv2.HttpIntegrationType.AWS_PROXY,
                                              integration_uri=fn.function_arn,
                                              credentials=apigwv2.IntegrationCredentials.from_role(role),
                                              payload_format_version=apigwv2.PayloadFormatVersion.VERSION_2_0)
        jwt = apigwv2.HttpAuthorizer(self, "Jwt", http_api=http, type=apigwv2.HttpAuthorizerType.JWT,
                                     identity_source=["$request.header.Authorization"], jwt_audience=["hand"],
                                     jwt_issuer="https://issuer.example.com")
        apigwv2.CfnRoute(self, "ProxyRoute", api_id=http.ref, route_key="ANY /{proxy+}",
                         authorization_type="JWT", authorizer_id=jwt.authorizer_id,
                         target=f"integrations/{integration.integration_id}")
        apigwv2.CfnStage(self, "HttpStage", api_id=http.ref, stage_name="$default", auto_deploy=True)
        apigwv2.HttpStage(self, "Beta", http_api=http, stage_name="beta", auto_deploy=True,
                          throttle=apigwv2.ThrottleSettings(rate_limit=20, burst_limit=40),
                          stage_variables={"backend": "beta"})
        mock = apigwv2.WebSocketIntegration(self, "Echo", web_socket_api=ws,
                                            integration_type=apigwv2.WebSocketIntegrationType.MOCK,
                                            integration_uri="",
                                            request_templates={"application/json": '{"statusCode": 200}'},
                                            template_selection_expression="\\$default")
        apigwv2.CfnRoute(self, "EchoRoute", api_id=ws.ref, route_key="echo",
                         target="integrations/" + mock.integration_id)
        apigwv2.WebSocketAuthorizer(self, "WsIam", web_socket_api=apigwv2.WebSocketApi(self, "Other"),
                                    type=apigwv2.WebSocketAuthorizerType.IAM, identity_source=[])
        cdk.CfnOutput(self, "IntegrationId", value=integration.integration_ref.integration_id)
        cdk.CfnOutput(self, "EchoId", value=mock.integration_id)


app = cdk.App()
HandWrittenApiStack(app, "HandWritten")
app.synth()
