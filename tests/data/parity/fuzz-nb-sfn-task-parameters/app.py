import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_sns as sns
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "fuzz-nb-sfn-task-parameters")

connection = events.Connection(
    stack,
    "Connection",
    authorization=events.Authorization.api_key("x-api-key", cdk.SecretValue.unsafe_plain_text("k")),
)
topic = sns.Topic(stack, "Topic", fifo=True, content_based_deduplication=True)

# Under a JSONata state machine: an HttpInvoke that inherits JSONata, and one that sets it itself.
inherited = tasks.HttpInvoke(
    stack,
    "Inherited",
    connection=connection,
    api_root="https://api.example.com",
    api_endpoint=sfn.TaskInput.from_text("orders"),
    method=sfn.TaskInput.from_text("GET"),
)
own = tasks.HttpInvoke.jsonata(
    stack,
    "Own",
    connection=connection,
    api_root="https://api.example.com",
    api_endpoint=sfn.TaskInput.from_text("items"),
    method=sfn.TaskInput.from_text("POST"),
)
# Every optional parameter of SnsPublish, whose order shows in the definition text.
publish = tasks.SnsPublish(
    stack,
    "Publish",
    topic=topic,
    message=sfn.TaskInput.from_object({"default": "x"}),
    message_attributes={"k": tasks.MessageAttribute(value="v")},
    message_per_subscription_type=True,
    message_group_id="g",
    message_deduplication_id="d",
    subject="s",
)
publish_grouped = tasks.SnsPublish(
    stack,
    "PublishGrouped",
    topic=topic,
    message=sfn.TaskInput.from_text("m"),
    message_attributes={
        "n": tasks.MessageAttribute(value=5, data_type=tasks.MessageAttributeDataType.NUMBER)
    },
    message_group_id="g",
)
sfn.StateMachine(
    stack,
    "Machine",
    definition_body=sfn.DefinitionBody.from_chainable(
        inherited.next(own).next(publish).next(publish_grouped)
    ),
    query_language=sfn.QueryLanguage.JSONATA,
)

app.synth()
