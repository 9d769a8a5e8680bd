"""A state machine written with chainable states (Pass, Choice with Conditions, Wait, Parallel with retry and catch, Map, Succeed, Fail) behind HttpStepFunctionsIntegration; logs, tracing, timeout and comment; grants to a role; an EXPRESS machine from_chainable with its own names."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_apigatewayv2_integrations import HttpStepFunctionsIntegration

app = cdk.App()
stack = cdk.Stack(app, "stepfunctions-states")

validate = sfn.Pass(
    stack,
    "Validate",
    comment="normalize the order",
    parameters={"orderId": sfn.JsonPath.string_at("$.id"), "items": sfn.JsonPath.list_at("$.items"), "source": "api"},
    result_path="$.order",
)
is_priority = sfn.Choice(stack, "IsPriority", comment="route by priority")
wait_a_bit = sfn.Wait(stack, "WaitABit", time=sfn.WaitTime.duration(cdk.Duration.seconds(30)))
wait_until = sfn.Wait(stack, "WaitUntil", time=sfn.WaitTime.timestamp_path("$.deliverAt"))
rejected = sfn.Fail(stack, "Rejected", error="OrderRejected", cause="The order was rejected")
done = sfn.Succeed(stack, "Done", comment="all good")

fan_out = sfn.Parallel(stack, "FanOut", result_path="$.results", result_selector={"first": sfn.JsonPath.string_at("$[0]")})
fan_out.branch(sfn.Pass(stack, "Reserve", result=sfn.Result.from_object({"reserved": True})))
fan_out.branch(
    sfn.Pass(stack, "Charge", result=sfn.Result.from_string("charged"), result_path="$.charge").next(
        sfn.Wait(stack, "Settle", time=sfn.WaitTime.duration(cdk.Duration.minutes(1)))
    )
)
fan_out.add_retry(errors=["States.Timeout"], interval=cdk.Duration.seconds(2), max_attempts=4, backoff_rate=1.5)
fan_out.add_retry(max_attempts=1)
handle_error = sfn.Pass(stack, "HandleError", result_path="$.error")
fan_out.add_catch(handle_error, errors=[sfn.Errors.ALL], result_path="$.error")
handle_error.next(rejected)

each_item = sfn.Map(
    stack,
    "EachItem",
    items_path="$.items",
    max_concurrency=5,
    item_selector={"item": sfn.JsonPath.string_at("$$.Map.Item.Value"), "index": sfn.JsonPath.number_at("$$.Map.Item.Index")},
    result_path="$.mapped",
)
each_item.item_processor(sfn.Pass(stack, "Ship", state_name="Ship item").next(sfn.Succeed(stack, "Shipped")))

definition = (
    validate.next(
        is_priority.when(sfn.Condition.boolean_equals("$.priority", True), fan_out)
        .when(
            sfn.Condition.and_(
                sfn.Condition.is_present("$.deliverAt"), sfn.Condition.not_(sfn.Condition.string_equals("$.mode", "now"))
            ),
            wait_until,
            comment="scheduled",
        )
        .when(sfn.Condition.number_greater_than("$.total", 1000), rejected)
        .otherwise(wait_a_bit)
        .afterwards()
    )
    .next(each_item)
    .next(done)
)

log_group = logs.LogGroup(stack, "MachineLogs")
machine = sfn.StateMachine(
    stack,
    "OrderFlow",
    definition_body=sfn.DefinitionBody.from_chainable(definition),
    timeout=cdk.Duration.minutes(5),
    comment="order processing",
    tracing_enabled=True,
    logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ALL, include_execution_data=True),
)

express = sfn.StateMachine(
    stack,
    "Quick",
    definition_body=sfn.DefinitionBody.from_chainable(
        sfn.Pass(stack, "Echo", parameters={"now": sfn.JsonPath.string_at("$$.Execution.StartTime"), "region": cdk.Aws.REGION}).next(
            sfn.Succeed(stack, "Ok")
        )
    ),
    state_machine_type=sfn.StateMachineType.EXPRESS,
)

operator = iam.Role(stack, "Operator", assumed_by=iam.AccountRootPrincipal())
machine.grant_start_execution(operator)
machine.grant_read(operator)
machine.grant_task_response(operator)
machine.grant_execution(operator, "states:StopExecution")
machine.grant(operator, "states:DescribeStateMachine")
express.grant_start_sync_execution(operator)

api = apigwv2.HttpApi(stack, "OrdersApi")
api.add_routes(
    path="/orders",
    methods=[apigwv2.HttpMethod.POST],
    integration=HttpStepFunctionsIntegration("StartOrder", state_machine=machine),
)
api.add_routes(
    path="/quick",
    methods=[apigwv2.HttpMethod.POST],
    integration=HttpStepFunctionsIntegration(
        "QuickSync", state_machine=express, subtype=apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION
    ),
)
cdk.CfnOutput(stack, "MachineArn", value=machine.state_machine_arn)

app.synth()
