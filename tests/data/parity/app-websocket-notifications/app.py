import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_logs as logs
from constructs import Construct

CODE = "def handler(event, context):\n    return {'statusCode': 200}\n"


def fn(scope, id, **kw):
    return lambda_.Function(
        scope,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline(CODE),
        **kw,
    )


class NotificationsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        connections = ddb.Table(
            self,
            "Connections",
            partition_key=ddb.Attribute(name="connectionId", type=ddb.AttributeType.STRING),
            billing_mode=ddb.BillingMode.PAY_PER_REQUEST,
            stream=ddb.StreamViewType.KEYS_ONLY,
        )
        connections.add_global_secondary_index(
            index_name="byUser", partition_key=ddb.Attribute(name="userId", type=ddb.AttributeType.STRING)
        )
        auth_fn = fn(self, "AuthFn")
        connect = fn(self, "ConnectFn", environment={"TABLE": connections.table_name})
        disconnect = fn(self, "DisconnectFn", environment={"TABLE": connections.table_name})
        default = fn(self, "DefaultFn")
        connections.grant_write_data(connect)
        connections.grant_write_data(disconnect)

        authorizer = authorizers.WebSocketLambdaAuthorizer(
            "TokenAuth", auth_fn, identity_source=["route.request.querystring.token"]
        )
        ws = apigwv2.WebSocketApi(
            self,
            "Notifications",
            api_name="notifications",
            route_selection_expression="$request.body.action",
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("Connect", connect), authorizer=authorizer
            ),
            disconnect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("Disconnect", disconnect)
            ),
            default_route_options=apigwv2.WebSocketRouteOptions(
                integration=integrations.WebSocketLambdaIntegration("DefaultInt", default), return_response=True
            ),
        )
        ws.add_route(
            "ping",
            integration=integrations.WebSocketMockIntegration("Ping"),
            return_response=True,
        )
        logs.LogGroup(self, "WsAccess", retention=logs.RetentionDays.ONE_MONTH)
        stage = apigwv2.WebSocketStage(
            self,
            "Live",
            web_socket_api=ws,
            stage_name="live",
            auto_deploy=True,
            throttle=apigwv2.ThrottleSettings(rate_limit=50, burst_limit=100),
        )

        # fan-in: EventBridge rule and SQS queue feed the pusher
        pusher = fn(
            self,
            "PusherFn",
            environment={"TABLE": connections.table_name, "CALLBACK_URL": stage.callback_url},
            timeout=cdk.Duration.seconds(30),
        )
        connections.grant_read_data(pusher)
        stage.grant_management_api_access(pusher)
        ws.grant_manage_connections(default)

        dlq = sqs.Queue(self, "PushDlq", encryption=sqs.QueueEncryption.KMS_MANAGED)
        inbox = sqs.Queue(
            self,
            "PushInbox",
            visibility_timeout=cdk.Duration.seconds(180),
            dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=3),
        )
        pusher.add_event_source(
            sources.SqsEventSource(inbox, batch_size=10, max_batching_window=cdk.Duration.seconds(5), report_batch_item_failures=True)
        )
        bus = events.EventBus(self, "AppBus", event_bus_name="app-events")
        bus.archive("Archive", event_pattern=events.EventPattern(source=["app.orders"]), retention=cdk.Duration.days(7))
        events.Rule(
            self,
            "OrderShipped",
            event_bus=bus,
            event_pattern=events.EventPattern(
                source=["app.orders"], detail_type=["OrderShipped"], detail={"priority": ["high"]}
            ),
            targets=[
                targets.LambdaFunction(pusher, retry_attempts=2, max_event_age=cdk.Duration.hours(1), dead_letter_queue=dlq),
                targets.SqsQueue(inbox, message=events.RuleTargetInput.from_event_path("$.detail")),
            ],
        )
        events.Rule(
            self,
            "Heartbeat",
            schedule=events.Schedule.rate(cdk.Duration.minutes(5)),
            targets=[targets.SqsQueue(inbox, message=events.RuleTargetInput.from_object({"type": "heartbeat", "at": events.EventField.time}))],
        )
        alerts = sns.Topic(self, "Alerts", display_name="Alerts")
        alerts.add_subscription(subs.SqsSubscription(inbox, raw_message_delivery=True))
        alerts.add_subscription(
            subs.LambdaSubscription(
                pusher,
                filter_policy={"severity": sns.SubscriptionFilter.string_filter(allowlist=["critical"])},
            )
        )
        connections.grant_stream_read(pusher)
        cdk.CfnOutput(self, "WsUrl", value=stage.url)
        cdk.CfnOutput(self, "CallbackUrl", value=stage.callback_url)


app = cdk.App()
NotificationsStack(app, "Notifications", env=cdk.Environment(account="123456789012", region="us-west-2"))
app.synth()
