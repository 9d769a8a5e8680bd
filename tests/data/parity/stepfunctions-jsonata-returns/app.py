import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct


class ReturnsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        table = ddb.TableV2(
            self,
            "Returns",
            partition_key=ddb.Attribute(name="returnId", type=ddb.AttributeType.STRING),
            dynamo_stream=ddb.StreamViewType.NEW_IMAGE,
        )
        queue = sqs.Queue(self, "Refunds")
        topic = sns.Topic(self, "Notices")
        bus = events.EventBus(self, "ReturnsBus", event_bus_name="returns")
        checker = lambda_.Function(
            self,
            "Checker",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): return {'ok': True}"),
        )

        record = tasks.DynamoUpdateItem.jsonata(
            self,
            "Record",
            table=table,
            key={"returnId": tasks.DynamoAttributeValue.from_string("{% $states.input.id %}")},
            update_expression="SET #s = :s",
            expression_attribute_names={"#s": "status"},
            expression_attribute_values={":s": tasks.DynamoAttributeValue.from_string("RECEIVED")},
            return_values=tasks.DynamoReturnValues.UPDATED_NEW,
            outputs="{% $states.result.Attributes %}",
        )
        check = tasks.LambdaInvoke.jsonata(
            self,
            "Check",
            lambda_function=checker,
            payload=sfn.TaskInput.from_object({"id": "{% $states.input.id %}"}),
            assign={"checked": "{% $states.result.Payload.ok %}"},
        )
        check.add_retry(errors=["Lambda.TooManyRequestsException"], interval=cdk.Duration.seconds(2), max_attempts=4, backoff_rate=1.5)
        refund = tasks.SqsSendMessage.jsonata(
            self,
            "Refund",
            queue=queue,
            message_body=sfn.TaskInput.from_object({"id": "{% $states.input.id %}", "amount": "{% $states.input.amount %}"}),
            delay=cdk.Duration.seconds(10),
        )
        notify = tasks.SnsPublish.jsonata(
            self,
            "Notify",
            topic=topic,
            message=sfn.TaskInput.from_text("{% 'Return ' & $states.input.id & ' refunded' %}"),
            subject="Return refunded",
            message_attributes={
                "kind": tasks.MessageAttribute(value="refund"),
                "tries": tasks.MessageAttribute(value=3, data_type=tasks.MessageAttributeDataType.NUMBER),
            },
        )
        publish = tasks.EventBridgePutEvents.jsonata(
            self,
            "Publish",
            entries=[
                tasks.EventBridgePutEventsEntry(
                    detail=sfn.TaskInput.from_object({"id": "{% $states.input.id %}"}),
                    detail_type="ReturnProcessed",
                    source="com.example.returns",
                    event_bus=bus,
                )
            ],
        )
        fanout = sfn.Parallel.jsonata(self, "Fanout")
        fanout.branch(notify)
        fanout.branch(publish)
        fanout.add_catch(sfn.Fail.jsonata(self, "FanoutFailed", error="FanoutError", cause="{% $states.errorOutput.Cause %}"))
        reject = sfn.Pass.jsonata(self, "Reject", outputs={"rejected": True})
        decide = (
            sfn.Choice.jsonata(self, "Valid?")
            .when(sfn.Condition.jsonata("{% $checked = true %}"), refund.next(fanout))
            .otherwise(reject)
        )
        items = sfn.Map.jsonata(
            self,
            "EachLine",
            items=sfn.ProvideItems.jsonata("{% $states.input.lines %}"),
            max_concurrency=5,
            item_selector={"line": "{% $states.context.Map.Item.Value %}", "orderId": "{% $states.input.id %}"},
        )
        items.item_processor(sfn.Pass.jsonata(self, "Tally", outputs="{% $states.input.line %}"))
        wait = sfn.Wait.jsonata(self, "Cooldown", time=sfn.WaitTime.duration(cdk.Duration.seconds(30)))
        definition = record.next(items).next(wait).next(check).next(decide)

        log_group = logs.LogGroup(self, "FlowLogs", retention=logs.RetentionDays.ONE_MONTH)
        machine = sfn.StateMachine(
            self,
            "ReturnsFlow",
            definition_body=sfn.DefinitionBody.from_chainable(definition),
            query_language=sfn.QueryLanguage.JSONATA,
            state_machine_type=sfn.StateMachineType.EXPRESS,
            timeout=cdk.Duration.minutes(5),
            tracing_enabled=True,
            comment="Processes returns",
            logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ERROR, include_execution_data=False),
        )
        operator = iam.Role(self, "Operator", assumed_by=iam.AccountRootPrincipal())
        machine.grant_start_sync_execution(operator)
        machine.grant_read(operator)
        machine.grant_execution(operator, "states:StopExecution")
        machine.grant_task_response(operator)

        events.Rule(
            self,
            "OnReturn",
            event_bus=bus,
            event_pattern=events.EventPattern(detail_type=["ReturnCreated"], source=["com.example.shop"]),
            targets=[
                targets.SfnStateMachine(
                    machine,
                    input=events.RuleTargetInput.from_object(
                        {"id": events.EventField.from_path("$.detail.id"), "lines": events.EventField.from_path("$.detail.lines")}
                    ),
                    retry_attempts=2,
                    dead_letter_queue=queue,
                )
            ],
        )
        nightly = events.Rule(self, "Nightly", schedule=events.Schedule.cron(minute="0", hour="3"))
        nightly.add_target(targets.SfnStateMachine(machine, role=iam.Role(self, "SchedulerRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))))
        cdk.CfnOutput(self, "FlowArn", value=machine.state_machine_arn)
        cdk.CfnOutput(self, "FlowName", value=machine.state_machine_name)


app = cdk.App()
ReturnsStack(app, "ReturnsStack")
app.synth()
