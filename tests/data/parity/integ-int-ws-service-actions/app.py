"""A WebSocket API that writes to DynamoDB and SQS through AWS integrations, with a mock default route."""

import json

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "integ-int-ws-service-actions")

visits = dynamodb.Table(
    stack,
    "Visits",
    table_name="Visits",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
orders = sqs.Queue(stack, "Orders", fifo=True, queue_name="Orders.fifo")

writer = iam.Role(
    stack,
    "GatewayWriter",
    assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"),
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AmazonDynamoDBFullAccess")],
)
writer.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[orders.queue_arn]))

api = apigwv2.WebSocketApi(
    stack,
    "Shop",
    description="Visits and orders",
    route_selection_expression="$request.body.action",
    default_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketMockIntegration("Echo")
    ),
)
apigwv2.WebSocketStage(stack, "Live", web_socket_api=api, stage_name="live", auto_deploy=True)

form_header = {"integration.request.header.Content-Type": "'application/x-www-form-urlencoded'"}
api.add_route(
    "$connect",
    integration=integrations.WebSocketAwsIntegration(
        "RecordVisit",
        integration_uri=f"arn:aws:apigateway:{stack.region}:dynamodb:action/PutItem",
        integration_method="POST",
        credentials_role=writer,
        request_parameters=form_header,
        request_templates={
            "application/json": json.dumps(
                {"TableName": visits.table_name, "Item": {"pk": {"S": "$context.connectionId"}}}
            )
        },
        template_selection_expression="\\$default",
        passthrough_behavior=apigwv2.PassthroughBehavior.WHEN_NO_TEMPLATES,
        content_handling=apigwv2.ContentHandling.CONVERT_TO_BINARY,
        timeout=cdk.Duration.seconds(12),
    ),
)
api.add_route(
    "order",
    integration=integrations.WebSocketAwsIntegration(
        "EnqueueOrder",
        integration_uri=f"arn:aws:apigateway:{cdk.Aws.REGION}:sqs:path/{cdk.Aws.ACCOUNT_ID}/{orders.queue_name}",
        integration_method="POST",
        credentials_role=writer,
        passthrough_behavior=apigwv2.PassthroughBehavior.NEVER,
        template_selection_expression="\\$default",
        request_templates={
            "$default": "Action=SendMessage&MessageGroupId=$context.connectionId"
            "&MessageDeduplicationId=$context.requestId&MessageBody=$input.json('$')"
        },
        request_parameters=form_header,
    ),
)
api.add_route(
    "ping",
    integration=integrations.WebSocketMockIntegration(
        "Pong",
        request_templates={"$default": '{"statusCode": 200}'},
        template_selection_expression="\\$default",
    ),
    return_response=True,
)

app.synth()
