"""Parent state machines that start child executions and publish events, and an alarm that calls functions."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as actions
from aws_cdk import aws_events as events
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "integ-misc-child-executions")

packing = sfn.StateMachine(
    stack, "Packing", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Pack"))
)
orders_bus = events.EventBus(stack, "OrdersBus", event_bus_name="orders")
start_packing = tasks.StepFunctionsStartExecution(
    stack,
    "StartPacking",
    state_machine=packing,
    input=sfn.TaskInput.from_object({"order": sfn.JsonPath.string_at("$.orderId")}),
    integration_pattern=sfn.IntegrationPattern.RUN_JOB,
)
announce = tasks.EventBridgePutEvents(
    stack,
    "Announce",
    entries=[
        tasks.EventBridgePutEventsEntry(
            detail=sfn.TaskInput.from_object({"status": "packed"}),
            detail_type="OrderPacked",
            source="shop.orders",
        ),
        tasks.EventBridgePutEventsEntry(
            detail=sfn.TaskInput.from_json_path_at("$.Output"),
            event_bus=orders_bus,
            detail_type="OrderPacked",
            source="shop.orders",
        ),
    ],
)
fulfilment = sfn.StateMachine(
    stack,
    "Fulfilment",
    definition_body=sfn.DefinitionBody.from_chainable(start_packing.next(announce)),
    timeout=cdk.Duration.minutes(10),
)
sfn.StateMachine(
    stack,
    "Shipping",
    definition_body=sfn.DefinitionBody.from_chainable(
        tasks.StepFunctionsStartExecution.jsonata(
            stack,
            "StartFulfilment",
            state_machine=fulfilment,
            input=sfn.TaskInput.from_object({"orderId": "{% $states.input.orderId %}"}),
            associate_with_parent=True,
        )
    ),
)

pager = lambda_.Function(
    stack,
    "Pager",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    print(event)"),
)
failures = cloudwatch.Alarm(
    stack,
    "FulfilmentFailures",
    metric=fulfilment.metric_failed(period=cdk.Duration.minutes(1)),
    threshold=1,
    evaluation_periods=1,
    treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
)
failures.add_alarm_action(actions.LambdaAction(pager.current_version))
failures.add_alarm_action(actions.LambdaAction(pager.add_alias("live")))
failures.add_ok_action(actions.LambdaAction(pager))
cdk.CfnOutput(stack, "FulfilmentArn", value=fulfilment.state_machine_arn)
app.synth()
