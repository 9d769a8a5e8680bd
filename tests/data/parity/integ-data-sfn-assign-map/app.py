"""Pass states that assign variables in JSONata and JSONPath, a Map whose concurrency comes from a path,
an SQS send to a KMS-encrypted queue, and a string definition with a timeout."""

import json

from aws_cdk import App, CfnOutput, Duration, Stack
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = App()
stack = Stack(app, "integ-data-sfn-assign-map")

seed = sfn.Pass.jsonata(stack, "Seed", assign={"total": "{% $states.input.start * 2 %}"})
bump = sfn.Pass.json_path(
    stack, "Bump", assign={"total": sfn.JsonPath.math_add(sfn.JsonPath.number_at("$total"), 3)}
)
report = sfn.Pass.jsonata(stack, "Report", outputs={"total": "{% $total %}"})
sfn.StateMachine(
    stack, "Counter", definition_body=sfn.DefinitionBody.from_chainable(seed.next(bump).next(report))
)

fan = sfn.Map(
    stack,
    "Fan",
    max_concurrency_path=sfn.JsonPath.string_at("$.width"),
    items_path=sfn.JsonPath.string_at("$.items"),
)
fan.item_processor(sfn.Pass(stack, "Echo"))
outbox = sqs.Queue(stack, "Outbox", encryption=sqs.QueueEncryption.KMS)
notify = tasks.SqsSendMessage(
    stack, "Notify", queue=outbox, message_body=sfn.TaskInput.from_json_path_at("$.summary")
)
fanner = sfn.StateMachine(
    stack,
    "Fanner",
    definition_body=sfn.DefinitionBody.from_chainable(sfn.Chain.start(fan).next(notify)),
    timeout=Duration.minutes(2),
)

waiter = sfn.StateMachine(
    stack,
    "Waiter",
    definition_body=sfn.DefinitionBody.from_string(
        json.dumps({"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 2, "End": True}}})
    ),
    timeout=Duration.seconds(45),
)

CfnOutput(stack, "FannerArn", value=fanner.state_machine_arn)
CfnOutput(stack, "WaiterArn", value=waiter.state_machine_arn)
app.synth()
