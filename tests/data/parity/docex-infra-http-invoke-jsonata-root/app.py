import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "docex-infra-http-invoke-jsonata-root")

connection = events.Connection(
    stack,
    "Connection",
    authorization=events.Authorization.api_key("x-api-key", cdk.SecretValue.unsafe_plain_text("key")),
)

# A root picked at run time by a JSONata expression: the role may call any endpoint.
by_host = tasks.HttpInvoke.jsonata(
    stack,
    "By Host",
    connection=connection,
    api_root="{% 'https://' & $states.input.hostname %}",
    api_endpoint=sfn.TaskInput.from_text("{% 'issues/' & $states.input.id %}"),
    method=sfn.TaskInput.from_text("GET"),
)
# A JSONata expression inside a literal root stays a prefix, as does a fixed root.
by_subdomain = tasks.HttpInvoke.jsonata(
    stack,
    "By Subdomain",
    connection=connection,
    api_root="https://{% $states.input.tenant %}.example.com",
    api_endpoint=sfn.TaskInput.from_text("status"),
    method=sfn.TaskInput.from_text("GET"),
)
fixed = tasks.HttpInvoke(
    stack,
    "Fixed",
    connection=connection,
    api_root="https://api.example.com",
    api_endpoint=sfn.TaskInput.from_json_path_at("$.path"),
    method=sfn.TaskInput.from_text("POST"),
)

sfn.StateMachine(
    stack,
    "Machine",
    definition_body=sfn.DefinitionBody.from_chainable(by_host.next(by_subdomain).next(fixed)),
)

app.synth()
