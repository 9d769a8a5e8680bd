"""AWS service (SQS) integrations: an HttpIntegration L2 with subtype and role credentials wired by CfnRoute, and a custom HttpRouteIntegration subclass."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "http-integration-direct")

api = apigwv2.HttpApi(stack, "HttpApi")

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))

sqs_integration = apigwv2.HttpIntegration(
    stack,
    "SqsInt",
    http_api=api,
    integration_type=apigwv2.HttpIntegrationType.AWS_PROXY,
    integration_subtype=apigwv2.HttpIntegrationSubtype.SQS_SEND_MESSAGE,
    credentials=apigwv2.IntegrationCredentials.from_role(role),
    parameter_mapping=apigwv2.ParameterMapping()
    .custom("QueueUrl", "$request.header.queueUrl")
    .custom("MessageBody", "$request.body.message"),
)

apigwv2.CfnRoute(
    stack,
    "SendRoute",
    api_id=api.api_id,
    route_key="POST /send",
    target=f"integrations/{sqs_integration.integration_id}",
)


class SqsReceiveIntegration(apigwv2.HttpRouteIntegration):
    def __init__(self, id, integration_role):
        super().__init__(id)
        self._role = integration_role

    def bind(self, *, route, scope):
        return apigwv2.HttpRouteIntegrationConfig(
            type=apigwv2.HttpIntegrationType.AWS_PROXY,
            subtype=apigwv2.HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE,
            payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0,
            credentials=apigwv2.IntegrationCredentials.from_role(self._role),
            parameter_mapping=apigwv2.ParameterMapping().custom("QueueUrl", "$request.header.queueUrl"),
        )


apigwv2.HttpRoute(
    stack,
    "ReceiveRoute",
    http_api=api,
    route_key=apigwv2.HttpRouteKey.with_("/receive", apigwv2.HttpMethod.GET),
    integration=SqsReceiveIntegration("ReceiveIntegration", role),
)

caller = apigwv2.HttpIntegration(
    stack,
    "CallerInt",
    http_api=api,
    integration_type=apigwv2.HttpIntegrationType.AWS_PROXY,
    integration_subtype=apigwv2.HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS,
    credentials=apigwv2.IntegrationCredentials.use_caller_identity(),
    parameter_mapping=apigwv2.ParameterMapping().custom("Detail", "$request.body"),
)

app.synth()
