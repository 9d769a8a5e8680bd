"""EventBridge rules with SQS targets next to Lambda and Step Functions ones: a queue target with an object message of event fields, a FIFO queue with a message group id, text messages, dead-letter queues on Lambda, SQS and Step Functions targets (their queue policies), and retry settings."""
import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "events-sqs-targets")

handler = lambda_.Function(
    stack, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
queue = sqs.Queue(stack, "Jobs")
fifo = sqs.Queue(stack, "Ordered", fifo=True)
dlq = sqs.Queue(stack, "DeadLetters")
machine = sfn.StateMachine(
    stack, "Flow", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Start"))
)

rule = events.Rule(stack, "OnOrder", event_pattern=events.EventPattern(source=["shop.orders"]))
rule.add_target(targets.LambdaFunction(handler, dead_letter_queue=dlq, retry_attempts=3))
rule.add_target(
    targets.SqsQueue(
        queue,
        message=events.RuleTargetInput.from_object(
            {"orderId": events.EventField.from_path("$.detail.id"), "source": events.EventField.source}
        ),
        dead_letter_queue=dlq,
        max_event_age=cdk.Duration.minutes(30),
    )
)
rule.add_target(targets.SqsQueue(fifo, message_group_id="orders"))
rule.add_target(targets.SfnStateMachine(machine, dead_letter_queue=dlq))
events.Rule(
    stack,
    "Hourly",
    schedule=events.Schedule.rate(cdk.Duration.hours(1)),
    targets=[targets.SqsQueue(queue, message=events.RuleTargetInput.from_text(f"tick at {events.EventField.time}"))],
)
app.synth()
