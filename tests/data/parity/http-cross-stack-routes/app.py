import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

CODE = "def handler(event, context):\n    return {'statusCode': 200}\n"
HOME = cdk.Environment(account="111111111111", region="eu-west-1")
PARTNER = cdk.Environment(account="333333333333", region="eu-west-1")


def make_fn(scope: Construct, id: str) -> lambda_.Function:
    return lambda_.Function(
        scope,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline(CODE),
    )


class GatewayStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.users = cognito.UserPool(self, "Users", removal_policy=cdk.RemovalPolicy.DESTROY)
        self.web_client = self.users.add_client("Web")
        self.http_api = apigwv2.HttpApi(self, "Gateway")
        self.user_authorizer = authorizers.HttpUserPoolAuthorizer(
            "UserAuth", self.users, user_pool_clients=[self.web_client]
        )
        self.ping_routes = self.http_api.add_routes(
            path="/ping",
            methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpLambdaIntegration("Ping", make_fn(self, "PingFn")),
            authorizer=self.user_authorizer,
        )
        self.report_routes = self.http_api.add_routes(
            path="/reports",
            methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
            integration=integrations.HttpLambdaIntegration("Reports", make_fn(self, "ReportsFn")),
            authorizer=authorizers.HttpIamAuthorizer(),
        )
        self.events_api = apigwv2.WebSocketApi(
            self,
            "Events",
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("Connect", make_fn(self, "ConnectFn"))
            ),
        )
        self.domain = apigwv2.DomainName(
            self,
            "Domain",
            domain_name="api.example.com",
            certificate=acm.Certificate.from_certificate_arn(
                self, "Cert", "arn:aws:acm:eu-west-1:111111111111:certificate/abcd-1234"
            ),
        )


class FeatureStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, gateway: GatewayStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = apigwv2.HttpApi.from_http_api_attributes(
            self, "Api", http_api_id=gateway.http_api.api_id, api_endpoint=gateway.http_api.api_endpoint
        )
        shared_auth = apigwv2.HttpAuthorizer.from_http_authorizer_attributes(
            self, "SharedAuth", authorizer_id=gateway.user_authorizer.authorizer_id, authorizer_type="JWT"
        )
        notes_fn = make_fn(self, "NotesFn")
        apigwv2.HttpRoute(
            self,
            "ListNotes",
            http_api=api,
            authorizer=shared_auth,
            authorization_scopes=["notes/read"],
            route_key=apigwv2.HttpRouteKey.with_("/notes/{owner}", apigwv2.HttpMethod.GET),
            integration=integrations.HttpLambdaIntegration("Notes", notes_fn),
        )
        key_auth = authorizers.HttpLambdaAuthorizer(
            "KeyAuth", make_fn(self, "KeyAuthFn"), response_types=[authorizers.HttpLambdaResponseType.SIMPLE]
        )
        apigwv2.HttpRoute(
            self,
            "AddNote",
            http_api=api,
            authorizer=key_auth,
            route_key=apigwv2.HttpRouteKey.with_("/notes/{owner}", apigwv2.HttpMethod.POST),
            integration=integrations.HttpLambdaIntegration("AddNoteInt", notes_fn),
        )
        preview = apigwv2.HttpStage(self, "Preview", http_api=api, stage_name="preview", auto_deploy=True)
        apigwv2.ApiMapping(
            self,
            "PreviewMapping",
            api=api,
            domain_name=gateway.domain,
            stage=preview,
            api_mapping_key="preview",
        )
        pusher = make_fn(self, "Pusher")
        gateway.events_api.grant_manage_connections(pusher)
        live = apigwv2.WebSocketStage(
            self, "Live", web_socket_api=gateway.events_api, stage_name="live", auto_deploy=True
        )
        live.grant_management_api_access(make_fn(self, "Notifier"))
        cdk.CfnOutput(self, "NotesUrl", value=api.api_endpoint + "/notes")
        cdk.CfnOutput(self, "CallbackUrl", value=live.callback_url)


class PartnerStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, gateway: GatewayStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        caller = iam.Role(self, "Caller", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        gateway.report_routes[0].grant_invoke(caller, http_methods=[apigwv2.HttpMethod.GET])
        gateway.report_routes[1].grant_invoke(caller)
        caller.add_to_policy(
            iam.PolicyStatement(
                actions=["execute-api:Invoke"],
                resources=[gateway.http_api.arn_for_execute_api("GET", "/notes/*", "$default")],
            )
        )


app = cdk.App()
gateway = GatewayStack(app, "NotesGateway", env=HOME)
FeatureStack(app, "NotesFeatures", gateway=gateway, env=HOME)
PartnerStack(app, "NotesPartner", gateway=gateway, env=PARTNER)
app.synth()
