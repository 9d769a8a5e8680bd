import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class PresenceStack(cdk.Stack):
    """A WebSocket API with no Lambda: presence in DynamoDB, messages to SQS."""

    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        table = dynamodb.TableV2(
            self, "Presence",
            partition_key=dynamodb.Attribute(name="connectionId", type=dynamodb.AttributeType.STRING),
            time_to_live_attribute="ttl",
        )
        dlq = sqs.Queue(self, "MessagesDlq", retention_period=cdk.Duration.days(14))
        queue = sqs.Queue(
            self, "Messages", encryption=sqs.QueueEncryption.SQS_MANAGED,
            dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=5),
        )
        role = iam.Role(self, "GatewayRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
        table.grant(role, "dynamodb:PutItem", "dynamodb:DeleteItem")
        queue.grant_send_messages(role)

        ddb_uri = f"arn:{self.partition}:apigateway:{self.region}:dynamodb:action"
        api = apigwv2.WebSocketApi(
            self, "PresenceApi",
            route_selection_expression="$request.body.type",
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketAwsIntegration(
                    "Join", integration_uri=f"{ddb_uri}/PutItem", integration_method="POST",
                    credentials_role=role,
                    request_templates={"$default": cdk.Fn.sub(
                        '{"TableName":"${T}","Item":{"connectionId":{"S":"$context.connectionId"},'
                        '"user":{"S":"$input.params(\'user\')"}}}', {"T": table.table_name})},
                    template_selection_expression="\\$default",
                ),
            ),
            disconnect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketAwsIntegration(
                    "Leave", integration_uri=f"{ddb_uri}/DeleteItem", integration_method="POST",
                    credentials_role=role,
                    request_templates={"$default": '{"TableName":"' + table.table_name + '","Key":{"connectionId":{"S":"$context.connectionId"}}}'},
                    template_selection_expression="\\$default",
                    passthrough_behavior=apigwv2.PassthroughBehavior.NEVER,
                ),
            ),
        )
        api.add_route(
            "message",
            integration=integrations.WebSocketAwsIntegration(
                "Publish",
                integration_uri=f"arn:aws:apigateway:{self.region}:sqs:path/{self.account}/{queue.queue_name}",
                integration_method="POST",
                credentials_role=role,
                request_parameters={
                    "integration.request.header.Content-Type": "'application/x-www-form-urlencoded'",
                    "integration.request.querystring.MessageGroup": "route.request.body.room",
                },
                request_templates={"$default": "Action=SendMessage&MessageBody=$util.urlEncode($input.json('$'))&MessageAttribute.1.Name=connectionId&MessageAttribute.1.Value.StringValue=$context.connectionId&MessageAttribute.1.Value.DataType=String"},
                template_selection_expression="\\$default",
                timeout=cdk.Duration.millis(8000),
            ),
            return_response=True,
        )
        api.add_route("$default", integration=integrations.WebSocketMockIntegration(
            "Unknown", request_templates={"$default": '{"statusCode": 400}'}, template_selection_expression="\\$default",
        ), return_response=True)

        zone = route53.HostedZone.from_hosted_zone_attributes(self, "Zone", hosted_zone_id="Z123456ABCDEFG", zone_name="example.org")
        cert = acm.Certificate(self, "Cert", domain_name="presence.example.org", validation=acm.CertificateValidation.from_dns(zone))
        domain = apigwv2.DomainName(self, "Domain", domain_name="presence.example.org", certificate=cert)
        apigwv2.WebSocketStage(
            self, "Live", web_socket_api=api, stage_name="live", auto_deploy=True,
            domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain),
            throttle=apigwv2.ThrottleSettings(rate_limit=250.5, burst_limit=100),
        )
        route53.ARecord(self, "Alias", zone=zone, record_name="presence",
                        target=route53.RecordTarget.from_alias(targets.ApiGatewayv2DomainProperties(domain.regional_domain_name, domain.regional_hosted_zone_id)))
        cdk.CfnOutput(self, "Url", value=f"wss://{domain.name}")


app = cdk.App()
PresenceStack(app, "Presence", env=cdk.Environment(account="210987654321", region="ap-southeast-2"))
app.synth()
