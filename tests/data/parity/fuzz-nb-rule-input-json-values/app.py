import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "fuzz-nb-rule-input-json-values")

queue = sqs.Queue(stack, "Queue")
rule = events.Rule(stack, "Nightly", schedule=events.Schedule.rate(cdk.Duration.hours(1)))

# from_object takes any JSON value: a list with an event field, a list without one, a nested object.
rule.add_target(
    targets.SqsQueue(
        queue,
        message=events.RuleTargetInput.from_object([1, "x", events.EventField.from_path("$.detail.list")]),
    )
)
rule.add_target(targets.SqsQueue(queue, message=events.RuleTargetInput.from_object(["a", 2, True])))
rule.add_target(
    targets.SqsQueue(
        queue,
        message=events.RuleTargetInput.from_object(
            {"items": [events.EventField.account, {"when": events.EventField.time}], "n": 1}
        ),
    )
)

app.synth()
