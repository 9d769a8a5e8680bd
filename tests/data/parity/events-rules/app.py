"""EventBridge rules with Lambda and Step Functions targets: patterns (merged with add_event_pattern), rate/cron/expression schedules, a custom bus and an imported bus by name, target inputs (text, object with event fields, event path), retry settings, grant_put_events_to, and an imported rule."""
import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "events-rules")

handler = lambda_.Function(
    stack, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
machine = sfn.StateMachine(
    stack, "Flow", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Start").next(sfn.Succeed(stack, "Done")))
)
bus = events.EventBus(stack, "Orders", event_bus_name="orders")

on_order = events.Rule(
    stack,
    "OnOrder",
    event_bus=bus,
    description="new orders",
    event_pattern=events.EventPattern(source=["shop.orders"], detail_type=["OrderPlaced"], detail={"total": [{"numeric": [">", 100]}]}),
)
on_order.add_event_pattern(source=["shop.returns"], detail_type=["OrderPlaced"], account=["123456789012"])
on_order.add_target(targets.LambdaFunction(handler, retry_attempts=2, max_event_age=cdk.Duration.hours(2)))
on_order.add_target(
    targets.LambdaFunction(
        handler,
        event=events.RuleTargetInput.from_object(
            {"orderId": events.EventField.from_path("$.detail.id"), "source": events.EventField.source, "fixed": "yes", "region": cdk.Aws.REGION}
        ),
    )
)
on_order.add_target(targets.SfnStateMachine(machine, input=events.RuleTargetInput.from_event_path("$.detail")))

nightly = events.Rule(
    stack,
    "Nightly",
    schedule=events.Schedule.cron(minute="0", hour="3"),
    targets=[
        targets.LambdaFunction(handler, event=events.RuleTargetInput.from_text("nightly run")),
        targets.SfnStateMachine(machine, retry_attempts=0),
    ],
    rule_name="nightly-run",
)
events.Rule(stack, "Every5", schedule=events.Schedule.rate(cdk.Duration.minutes(5)), targets=[targets.LambdaFunction(handler)], enabled=False)
events.Rule(stack, "EveryDay", schedule=events.Schedule.rate(cdk.Duration.hours(24)), targets=[targets.LambdaFunction(handler, event=events.RuleTargetInput.from_text(f"time is {events.EventField.time}"))])
events.Rule(stack, "Literal", schedule=events.Schedule.expression("rate(1 hour)"), targets=[targets.LambdaFunction(handler)])

default_bus = events.EventBus.from_event_bus_name(stack, "DefaultBus", "default")
events.Rule(stack, "OnEc2", event_bus=default_bus, event_pattern=events.EventPattern(source=["aws.ec2"]), targets=[targets.SfnStateMachine(machine)])

publisher = iam.Role(stack, "Publisher", assumed_by=iam.AccountRootPrincipal())
bus.grant_put_events_to(publisher)
default_bus.grant_put_events_to(publisher)
imported = events.Rule.from_event_rule_arn(stack, "ImportedRule", "arn:aws:events:us-east-1:123456789012:rule/existing")

cdk.CfnOutput(stack, "RuleArn", value=on_order.rule_arn)
cdk.CfnOutput(stack, "RuleName", value=nightly.rule_name)
cdk.CfnOutput(stack, "ImportedName", value=imported.rule_name)
app.synth()
