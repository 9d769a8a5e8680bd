"""HTTP API with a custom HttpRouteIntegration subclass that binds to an SQS queue."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class SqsSendIntegration(apigwv2.HttpRouteIntegration):
    def __init__(self, id: str, *, queue: sqs.IQueue, role_name: str | None = None) -> None:
        super().__init__(id)
        self.queue = queue
        self.role_name = role_name

    def bind(self, *, route: apigwv2.IHttpRoute, scope: Construct) -> apigwv2.HttpRouteIntegrationConfig:
        role = iam.Role(
            scope,
            "SqsRole",
            assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"),
            role_name=self.role_name,
        )
        self.queue.grant_send_messages(role)
        return apigwv2.HttpRouteIntegrationConfig(
            type=apigwv2.HttpIntegrationType.AWS_PROXY,
            subtype=apigwv2.HttpIntegrationSubtype.SQS_SEND_MESSAGE,
            credentials=apigwv2.IntegrationCredentials.from_role(role),
            payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0,
            parameter_mapping=apigwv2.ParameterMapping()
            .custom("QueueUrl", self.queue.queue_url)
            .custom("MessageBody", "$request.body"),
        )


class MockHealthIntegration(apigwv2.HttpRouteIntegration):
    def bind(self, *, route, scope):
        return apigwv2.HttpRouteIntegrationConfig(
            type=apigwv2.HttpIntegrationType.HTTP_PROXY,
            uri="https://status.example.com/health",
            method=apigwv2.HttpMethod.GET,
            payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0,
            timeout=cdk.Duration.seconds(5),
        )


class IngestStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        queue = sqs.Queue(self, "Events", visibility_timeout=cdk.Duration.seconds(60))
        api = apigwv2.HttpApi(self, "Ingest")
        api.add_routes(
            path="/events",
            methods=[apigwv2.HttpMethod.POST],
            integration=SqsSendIntegration("SendEvent", queue=queue),
        )
        api.add_routes(
            path="/health", methods=[apigwv2.HttpMethod.GET], integration=MockHealthIntegration("Health")
        )


app = cdk.App()
IngestStack(app, "CustomIntegration")
app.synth()
