"""Order workflow split across stacks: data stack with tables/topics/queues, workflow stack with an express
and a standard machine that use them, and an API-facing stack granting start execution."""
import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_events as events
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks


class DataStack(cdk.Stack):
    def __init__(self, scope, id, **kw):
        super().__init__(scope, id, **kw)
        self.orders = ddb.Table(
            self, "Orders",
            partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING),
            sort_key=ddb.Attribute(name="sk", type=ddb.AttributeType.STRING),
            billing_mode=ddb.BillingMode.PAY_PER_REQUEST,
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        self.topic = sns.Topic(self, "OrderEvents", display_name="Order events")
        self.dlq = sqs.Queue(self, "Dlq", retention_period=cdk.Duration.days(14))
        self.queue = sqs.Queue(
            self, "Fulfilment",
            visibility_timeout=cdk.Duration.minutes(5),
            dead_letter_queue=sqs.DeadLetterQueue(queue=self.dlq, max_receive_count=3),
        )
        self.bus = events.EventBus(self, "Bus", event_bus_name="orders-bus")


def fn(scope, name, code):
    return lambda_.Function(
        scope, name,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline(code),
        timeout=cdk.Duration.seconds(30),
        memory_size=256,
    )


class WorkflowStack(cdk.Stack):
    def __init__(self, scope, id, data: DataStack, **kw):
        super().__init__(scope, id, **kw)
        validate = fn(self, "Validate", "def handler(e, c):\n    return e")
        charge = fn(self, "Charge", "def handler(e, c):\n    return {'ok': True}")
        ship = fn(self, "Ship", "def handler(e, c):\n    return {}")

        validate_task = tasks.LambdaInvoke(
            self, "ValidateOrder",
            lambda_function=validate,
            payload_response_only=True,
            result_path="$.validation",
            retry_on_service_exceptions=False,
        )
        validate_task.add_retry(
            errors=["States.Timeout", "Lambda.TooManyRequestsException"],
            interval=cdk.Duration.seconds(2), max_attempts=4, backoff_rate=1.5,
        )
        save = tasks.DynamoPutItem(
            self, "SaveOrder",
            table=data.orders,
            item={
                "pk": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.orderId")),
                "sk": tasks.DynamoAttributeValue.from_string("ORDER"),
                "total": tasks.DynamoAttributeValue.number_from_string(sfn.JsonPath.string_at("$.total")),
                "items": tasks.DynamoAttributeValue.from_list([tasks.DynamoAttributeValue.from_string("x")]),
                "paid": tasks.DynamoAttributeValue.boolean_from_json_path("$.paid"),
            },
            condition_expression="attribute_not_exists(pk)",
            return_values=tasks.DynamoReturnValues.NONE,
            result_path=sfn.JsonPath.DISCARD,
        )
        charge_task = tasks.LambdaInvoke(
            self, "ChargeCard",
            lambda_function=charge,
            payload=sfn.TaskInput.from_object({
                "orderId": sfn.JsonPath.string_at("$.orderId"),
                "amount": sfn.JsonPath.number_at("$.total"),
                "token": sfn.JsonPath.task_token,
            }),
            integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
            heartbeat_timeout=sfn.Timeout.duration(cdk.Duration.minutes(5)),
            task_timeout=sfn.Timeout.duration(cdk.Duration.hours(1)),
            result_path="$.charge",
        )
        failed = sfn.Fail(self, "PaymentFailed", error="PaymentError", cause="Card declined")
        charge_task.add_catch(failed, errors=["States.ALL"], result_path="$.error")

        notify = tasks.SnsPublish(
            self, "Notify",
            topic=data.topic,
            message=sfn.TaskInput.from_json_path_at("$.orderId"),
            subject="Order placed",
            message_attributes={
                "kind": tasks.MessageAttribute(value="order"),
                "total": tasks.MessageAttribute(value=sfn.JsonPath.string_at("$.total"), data_type=tasks.MessageAttributeDataType.NUMBER),
            },
            result_path=sfn.JsonPath.DISCARD,
        )
        enqueue = tasks.SqsSendMessage(
            self, "Enqueue",
            queue=data.queue,
            message_body=sfn.TaskInput.from_object({"orderId": sfn.JsonPath.string_at("$.orderId")}),
            delay=cdk.Duration.seconds(10),
            result_path=sfn.JsonPath.DISCARD,
        )
        emit = tasks.EventBridgePutEvents(
            self, "Emit",
            entries=[tasks.EventBridgePutEventsEntry(
                detail=sfn.TaskInput.from_object({"orderId": sfn.JsonPath.string_at("$.orderId")}),
                detail_type="OrderPlaced",
                source="shop.orders",
                event_bus=data.bus,
            )],
            result_path=sfn.JsonPath.DISCARD,
        )
        fanout = sfn.Parallel(self, "FanOut", result_path=sfn.JsonPath.DISCARD)
        fanout.branch(notify)
        fanout.branch(enqueue)
        fanout.branch(emit)

        ship_task = tasks.LambdaInvoke(self, "ShipOrder", lambda_function=ship, output_path="$.Payload")
        big = sfn.Choice(self, "BigOrder?")
        big.when(sfn.Condition.number_greater_than("$.total", 1000), sfn.Wait(self, "ManualReview", time=sfn.WaitTime.duration(cdk.Duration.hours(1))).next(ship_task))
        big.otherwise(ship_task)

        definition = (
            sfn.Chain.start(validate_task)
            .next(save)
            .next(charge_task)
            .next(fanout)
            .next(big)
        )
        log_group = logs.LogGroup(self, "MachineLogs", retention=logs.RetentionDays.ONE_MONTH, removal_policy=cdk.RemovalPolicy.DESTROY)
        self.machine = sfn.StateMachine(
            self, "OrderMachine",
            definition_body=sfn.DefinitionBody.from_chainable(definition),
            timeout=cdk.Duration.hours(2),
            tracing_enabled=True,
            logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ERROR, include_execution_data=False),
            comment="Processes orders",
        )
        express_def = sfn.Pass(self, "Normalize", parameters={"id.$": "$.id", "at.$": "$$.Execution.StartTime"}).next(
            tasks.DynamoGetItem(
                self, "Lookup",
                table=data.orders,
                key={"pk": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.id")),
                     "sk": tasks.DynamoAttributeValue.from_string("ORDER")},
                consistent_read=True,
                projection_expression=[tasks.DynamoProjectionExpression().with_attribute("total")],
                result_selector={"total.$": "$.Item.total.N"},
            )
        )
        self.lookup = sfn.StateMachine(
            self, "LookupMachine",
            state_machine_type=sfn.StateMachineType.EXPRESS,
            definition_body=sfn.DefinitionBody.from_chainable(express_def),
            logs=sfn.LogOptions(destination=logs.LogGroup(self, "ExpressLogs"), level=sfn.LogLevel.ALL, include_execution_data=True),
        )
        cdk.CfnOutput(self, "OrderMachineArn", value=self.machine.state_machine_arn)
        cdk.CfnOutput(self, "LookupName", value=self.lookup.state_machine_name)


class ApiStack(cdk.Stack):
    def __init__(self, scope, id, wf: WorkflowStack, **kw):
        super().__init__(scope, id, **kw)
        role = iam.Role(self, "ApiRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
        wf.machine.grant_start_execution(role)
        wf.lookup.grant_start_sync_execution(role)
        wf.machine.grant_read(role)
        wf.machine.grant_task_response(role)
        wf.machine.grant_execution(role, "states:StopExecution")
        cdk.CfnOutput(self, "RoleArn", value=role.role_arn)


app = cdk.App()
env = cdk.Environment(account="123456789012", region="eu-west-1")
data = DataStack(app, "OrderData", env=env)
wf = WorkflowStack(app, "OrderWorkflow", data=data, env=env)
ApiStack(app, "OrderApi", wf=wf, env=env)
app.synth()
