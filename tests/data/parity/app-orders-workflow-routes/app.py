import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_events as events
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct

CODE = "def handler(event, context):\n    return event\n"

ROUTES = [
    ("POST", "/orders", "start"),
    ("DELETE", "/orders/{id}", "stop"),
]


class OrdersWorkflowStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        table = ddb.Table(
            self,
            "Orders",
            partition_key=ddb.Attribute(name="orderId", type=ddb.AttributeType.STRING),
            billing_mode=ddb.BillingMode.PAY_PER_REQUEST,
        )
        topic = sns.Topic(self, "OrderEvents")
        queue = sqs.Queue(self, "Fulfilment")
        bus = events.EventBus(self, "Bus")
        validate_fn = lambda_.Function(
            self, "Validate", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_inline(CODE)
        )
        charge_fn = lambda_.Function(
            self, "Charge", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_inline(CODE)
        )
        charge_alias = charge_fn.add_alias("live")

        validate = tasks.LambdaInvoke(
            self, "ValidateOrder", lambda_function=validate_fn, payload_response_only=True, result_path="$.validation"
        )
        validate.add_retry(errors=["Lambda.TooManyRequestsException"], max_attempts=3, backoff_rate=2, interval=cdk.Duration.seconds(2))
        load = tasks.DynamoGetItem(
            self,
            "LoadCustomer",
            table=table,
            key={"orderId": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.orderId"))},
            result_selector={"item.$": "$.Item"},
            result_path="$.customer",
        )
        charge = tasks.LambdaInvoke(
            self,
            "ChargeCard",
            lambda_function=charge_alias,
            integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
            payload=sfn.TaskInput.from_object({"token": sfn.JsonPath.task_token, "order.$": "$"}),
            heartbeat_timeout=sfn.Timeout.duration(cdk.Duration.minutes(5)),
            task_timeout=sfn.Timeout.duration(cdk.Duration.hours(1)),
        )
        notify = tasks.SnsPublish(
            self, "Notify", topic=topic, message=sfn.TaskInput.from_json_path_at("$.orderId"), subject="Order placed"
        )
        ship = tasks.SqsSendMessage(
            self, "Ship", queue=queue, message_body=sfn.TaskInput.from_object({"orderId.$": "$.orderId"}), delay=cdk.Duration.seconds(10)
        )
        emit = tasks.EventBridgePutEvents(
            self,
            "Emit",
            entries=[
                tasks.EventBridgePutEventsEntry(
                    detail=sfn.TaskInput.from_json_path_at("$"), detail_type="OrderPlaced", source="orders", event_bus=bus
                )
            ],
        )
        fanout = sfn.Parallel(self, "FanOut", result_path=sfn.JsonPath.DISCARD).branch(notify).branch(ship).branch(emit)
        items = sfn.Map(self, "PerItem", items_path="$.items", max_concurrency=5, result_path="$.items")
        items.item_processor(sfn.Pass(self, "Reserve", parameters={"sku.$": "$.sku", "reserved": True}))
        failed = sfn.Fail(self, "Rejected", error="OrderRejected", cause="validation failed")
        wait = sfn.Wait(self, "Cooloff", time=sfn.WaitTime.duration(cdk.Duration.seconds(30)))
        choice = (
            sfn.Choice(self, "Valid?")
            .when(sfn.Condition.boolean_equals("$.validation.ok", True), load.next(items).next(charge).next(fanout).next(sfn.Succeed(self, "Done")))
            .when(sfn.Condition.and_(sfn.Condition.is_present("$.retry"), sfn.Condition.number_less_than("$.retry", 3)), wait.next(validate))
            .otherwise(failed)
        )
        charge.add_catch(failed, errors=["States.Timeout"], result_path="$.error")
        log_group = logs.LogGroup(self, "MachineLogs", retention=logs.RetentionDays.ONE_MONTH)
        machine = sfn.StateMachine(
            self,
            "OrderMachine",
            definition_body=sfn.DefinitionBody.from_chainable(validate.next(choice)),
            timeout=cdk.Duration.hours(2),
            tracing_enabled=True,
            logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ERROR, include_execution_data=True),
            comment="order workflow",
        )
        auth = authorizers.HttpIamAuthorizer()
        api = apigwv2.HttpApi(self, "Api", default_authorizer=auth)
        subtypes = {
            "start": apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_START_EXECUTION,
            "sync": apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION,
            "stop": apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
        }
        for method, path, action in ROUTES:
            mapping = None
            if action == "stop":
                mapping = apigwv2.ParameterMapping().custom("ExecutionArn", "$request.path.id")
            api.add_routes(
                path=path,
                methods=[apigwv2.HttpMethod(method)],
                integration=integrations.HttpStepFunctionsIntegration(
                    f"{action.title()}Int", state_machine=machine, subtype=subtypes[action], parameter_mapping=mapping
                ),
            )
        alarm_topic = sns.Topic(self, "Oncall")
        failed_alarm = machine.metric_failed(period=cdk.Duration.minutes(1)).create_alarm(
            self, "FailedAlarm", threshold=1, evaluation_periods=1, alarm_description="orders failing"
        )
        failed_alarm.add_alarm_action(cw_actions.SnsAction(alarm_topic))
        throttled = machine.metric_throttled()
        latency = api.metric_latency(statistic=cw.Stats.percentile(90))
        cw.Dashboard(
            self,
            "Board",
            dashboard_name="orders",
            widgets=[[cw.GraphWidget(title="Latency", left=[latency], right=[throttled])], [cw.AlarmStatusWidget(alarms=[failed_alarm])]],
        )
        callback_fn = lambda_.Function(
            self, "Callback", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_inline(CODE),
            environment={"MACHINE": machine.state_machine_arn},
        )
        machine.grant_task_response(callback_fn)
        machine.grant_read(callback_fn)
        machine.grant_execution(callback_fn, "states:GetExecutionHistory")
        cdk.CfnOutput(self, "MachineArn", value=machine.state_machine_arn)


app = cdk.App()
OrdersWorkflowStack(app, "OrdersWorkflow", env=cdk.Environment(account="123456789012", region="us-east-2"))
app.synth()
