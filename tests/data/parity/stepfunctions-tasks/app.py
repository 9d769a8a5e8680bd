"""Step Functions task states: LambdaInvoke (default retry, payloads, payload_response_only, a version and an alias, a callback with the task token, credentials, timeouts and heartbeats, retry and catch), CallAwsService (IAM prefixes of sfn and cloudwatchlogs, iam_action, additional statements), SnsPublish (message attributes of every data type, a FIFO topic), SqsSendMessage to a KMS-encrypted queue, the four DynamoDB item tasks with every attribute value kind, EventBridgePutEvents to a custom and the default bus, StepFunctionsStartExecution (RUN_JOB with associate_with_parent, request-response), StepFunctionsInvokeActivity, HttpInvoke through an EventBridge connection (URL-encoded body), and CallApiGatewayHttpApiEndpoint on an HTTP API whose route starts the machine through HttpStepFunctionsIntegration; tasks inside a Parallel branch and a Map item processor; a JSONata machine (the `jsonata` factories, Arguments and Output) in a stack with an environment; task metrics on an alarm and in outputs."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from aws_cdk.aws_apigatewayv2_integrations import HttpStepFunctionsIntegration

app = cdk.App()
stack = cdk.Stack(app, "stepfunctions-tasks")

fn = lambda_.Function(
    stack,
    "Worker",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
live = lambda_.Alias(stack, "Live", alias_name="live", version=fn.current_version)
other_fn = lambda_.Function.from_function_arn(stack, "OtherFn", "arn:aws:lambda:us-east-1:123456789012:function:other")
task_role = iam.Role(stack, "TaskRole", assumed_by=iam.AccountRootPrincipal())
key = kms.Key(stack, "Key")
topic = sns.Topic(stack, "Topic")
fifo_topic = sns.Topic(stack, "FifoTopic", fifo=True, topic_name="orders.fifo")
queue = sqs.Queue(stack, "Queue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
bus = events.EventBus(stack, "Bus")
activity = sfn.Activity(stack, "Approval")
child = sfn.StateMachine(
    stack, "Child", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "ChildPass"))
)
api = apigwv2.HttpApi(stack, "HttpApi")

validate = tasks.LambdaInvoke(
    stack,
    "Validate",
    lambda_function=fn,
    payload=sfn.TaskInput.from_object({"order": sfn.JsonPath.string_at("$.order"), "source": "api"}),
    result_selector={"valid": sfn.JsonPath.string_at("$.Payload.valid")},
    result_path="$.validation",
    comment="validate the order",
    task_timeout=sfn.Timeout.duration(cdk.Duration.seconds(30)),
    heartbeat_timeout=sfn.Timeout.at("$.heartbeat"),
)
failed = sfn.Fail(stack, "Failed", error="OrderFailed")
validate.add_retry(errors=["Custom.Error"], interval=cdk.Duration.seconds(3), max_attempts=2, jitter_strategy=sfn.JitterType.FULL)
validate.add_catch(failed, errors=[sfn.Errors.ALL], result_path="$.error")
price = tasks.LambdaInvoke(
    stack,
    "Price",
    lambda_function=live,
    payload_response_only=True,
    payload=sfn.TaskInput.from_json_path_at("$.order"),
    retry_on_service_exceptions=False,
    result_path="$.price",
)
approve = tasks.LambdaInvoke(
    stack,
    "WaitForApproval",
    lambda_function=fn,
    integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    payload=sfn.TaskInput.from_object({"token": sfn.JsonPath.task_token, "order": sfn.JsonPath.entire_payload}),
    invocation_type=tasks.LambdaInvocationType.EVENT,
    credentials=sfn.Credentials(role=sfn.TaskRole.from_role(task_role)),
    timeout=cdk.Duration.minutes(5),
    heartbeat=cdk.Duration.seconds(60),
    assign={"approved": sfn.JsonPath.string_at("$.approved")},
    result_path=sfn.JsonPath.DISCARD,
)
list_buckets = tasks.CallAwsService(
    stack,
    "ListBuckets",
    service="s3",
    action="listBuckets",
    iam_resources=["*"],
    result_selector={"count": sfn.JsonPath.array_length(sfn.JsonPath.list_at("$.Buckets"))},
    result_path="$.buckets",
)
describe = tasks.CallAwsService(
    stack,
    "DescribeExecution",
    service="sfn",
    action="describeExecution",
    parameters={"ExecutionArn": sfn.JsonPath.execution_id},
    iam_resources=["*"],
    result_path="$.self",
    credentials=sfn.Credentials(role=sfn.TaskRole.from_role_arn_json_path("$.roleArn")),
)
log_groups = tasks.CallAwsService(
    stack,
    "DescribeLogGroups",
    service="cloudwatchlogs",
    action="describeLogGroups",
    iam_resources=[stack.format_arn(service="logs", resource="log-group", resource_name="*", arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME)],
    iam_action="logs:DescribeLogGroups",
    additional_iam_statements=[iam.PolicyStatement(actions=["logs:ListTagsForResource"], resources=["*"])],
    result_path=sfn.JsonPath.DISCARD,
)
notify = tasks.SnsPublish(
    stack,
    "Notify",
    topic=topic,
    message=sfn.TaskInput.from_json_path_at("$.order"),
    subject="Order",
    message_attributes={
        "kind": tasks.MessageAttribute(value="order"),
        "total": tasks.MessageAttribute(value=12.5),
        "express": tasks.MessageAttribute(value=True),
        "tags": tasks.MessageAttribute(value=["a", "b", 3]),
        "region": tasks.MessageAttribute(value=sfn.JsonPath.string_at("$.region"), data_type=tasks.MessageAttributeDataType.STRING),
        "count": tasks.MessageAttribute(value=sfn.JsonPath.string_at("$.count"), data_type=tasks.MessageAttributeDataType.NUMBER),
        "blob": tasks.MessageAttribute(value="aGVsbG8=", data_type=tasks.MessageAttributeDataType.BINARY),
    },
    result_path=sfn.JsonPath.DISCARD,
)
notify_fifo = tasks.SnsPublish(
    stack,
    "NotifyFifo",
    topic=fifo_topic,
    message=sfn.TaskInput.from_object({"default": "order", "sqs": sfn.JsonPath.string_at("$.order.id")}),
    message_per_subscription_type=True,
    message_group_id="orders",
    message_deduplication_id=sfn.JsonPath.string_at("$.order.id"),
    result_path=sfn.JsonPath.DISCARD,
)
enqueue = tasks.SqsSendMessage(
    stack,
    "Enqueue",
    queue=queue,
    message_body=sfn.TaskInput.from_object({"id": sfn.JsonPath.string_at("$.order.id"), "at": sfn.JsonPath.state_entered_time}),
    delay=cdk.Duration.seconds(10),
    result_path=sfn.JsonPath.DISCARD,
)
put_item = tasks.DynamoPutItem(
    stack,
    "PutItem",
    table=table,
    item={
        "pk": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.order.id")),
        "total": tasks.DynamoAttributeValue.from_number(12.5),
        "count": tasks.DynamoAttributeValue.number_from_string(sfn.JsonPath.string_at("$.count")),
        "tags": tasks.DynamoAttributeValue.from_string_set(["a", "b"]),
        "sizes": tasks.DynamoAttributeValue.from_number_set([1, 2.5]),
        "codes": tasks.DynamoAttributeValue.number_set_from_strings(["7", "8"]),
        "blob": tasks.DynamoAttributeValue.from_binary("aGVsbG8="),
        "blobs": tasks.DynamoAttributeValue.from_binary_set(["aGVsbG8="]),
        "meta": tasks.DynamoAttributeValue.from_map({"by": tasks.DynamoAttributeValue.from_string("api")}),
        "lines": tasks.DynamoAttributeValue.from_list([tasks.DynamoAttributeValue.from_number(1), tasks.DynamoAttributeValue.from_boolean(True)]),
        "nothing": tasks.DynamoAttributeValue.from_null(True),
        "express": tasks.DynamoAttributeValue.boolean_from_json_path(sfn.JsonPath.string_at("$.express")),
        "items": tasks.DynamoAttributeValue.list_from_json_path(sfn.JsonPath.string_at("$.items")),
        "extra": tasks.DynamoAttributeValue.map_from_json_path(sfn.JsonPath.string_at("$.extra")),
        "weight": tasks.DynamoAttributeValue.from_number(sfn.JsonPath.number_at("$.weight")),
    },
    condition_expression="attribute_not_exists(pk)",
    return_values=tasks.DynamoReturnValues.ALL_OLD,
    return_consumed_capacity=tasks.DynamoConsumedCapacity.TOTAL,
    return_item_collection_metrics=tasks.DynamoItemCollectionMetrics.SIZE,
    result_path=sfn.JsonPath.DISCARD,
)
get_item = tasks.DynamoGetItem(
    stack,
    "GetItem",
    table=table,
    key={"pk": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.order.id"))},
    consistent_read=True,
    projection_expression=[
        tasks.DynamoProjectionExpression().with_attribute("lines").at_index(0),
        tasks.DynamoProjectionExpression().with_attribute("meta").with_attribute("by"),
    ],
    expression_attribute_names={"#t": "total"},
    result_path="$.item",
)
update_item = tasks.DynamoUpdateItem(
    stack,
    "UpdateItem",
    table=table,
    key={"pk": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.order.id"))},
    update_expression="SET #s = :s",
    expression_attribute_names={"#s": "status"},
    expression_attribute_values={":s": tasks.DynamoAttributeValue.from_string("done")},
    return_values=tasks.DynamoReturnValues.UPDATED_NEW,
    result_path=sfn.JsonPath.DISCARD,
)
delete_item = tasks.DynamoDeleteItem(
    stack,
    "DeleteItem",
    table=table,
    key={"pk": tasks.DynamoAttributeValue.from_string("stale")},
    result_path=sfn.JsonPath.DISCARD,
)
put_events = tasks.EventBridgePutEvents(
    stack,
    "PutEvents",
    entries=[
        tasks.EventBridgePutEventsEntry(
            detail=sfn.TaskInput.from_object({"id": sfn.JsonPath.string_at("$.order.id")}),
            detail_type="OrderPlaced",
            source="com.example.orders",
            event_bus=bus,
        ),
        tasks.EventBridgePutEventsEntry(detail=sfn.TaskInput.from_json_path_at("$.order"), detail_type="OrderCopy", source="com.example.orders"),
    ],
    result_path=sfn.JsonPath.DISCARD,
)
run_child = tasks.StepFunctionsStartExecution(
    stack,
    "RunChild",
    state_machine=child,
    integration_pattern=sfn.IntegrationPattern.RUN_JOB,
    input=sfn.TaskInput.from_object({"id": sfn.JsonPath.string_at("$.order.id")}),
    associate_with_parent=True,
    name=sfn.JsonPath.string_at("$.order.id"),
    result_path="$.child",
)
start_child = tasks.StepFunctionsStartExecution(stack, "StartChild", state_machine=child, result_path=sfn.JsonPath.DISCARD)
ask = tasks.StepFunctionsInvokeActivity(
    stack,
    "Ask",
    activity=activity,
    parameters={"id": sfn.JsonPath.string_at("$.order.id")},
    heartbeat_timeout=sfn.Timeout.duration(cdk.Duration.minutes(1)),
    result_path="$.answer",
)
call_api = tasks.CallApiGatewayHttpApiEndpoint(
    stack,
    "CallApi",
    api_id=api.api_id,
    api_stack=stack,
    method=tasks.HttpMethod.POST,
    api_path="/orders",
    auth_type=tasks.AuthType.IAM_ROLE,
    headers=sfn.TaskInput.from_object({"Content-Type": ["application/json"]}),
    query_parameters=sfn.TaskInput.from_object({"source": ["sfn"]}),
    request_body=sfn.TaskInput.from_json_path_at("$.order"),
    result_selector={"status": sfn.JsonPath.string_at("$.StatusCode")},
    result_path="$.api",
)
ping_api = tasks.CallApiGatewayHttpApiEndpoint(
    stack, "PingApi", api_id=api.api_id, api_stack=stack, method=tasks.HttpMethod.GET, result_path=sfn.JsonPath.DISCARD
)
connection = events.Connection(
    stack, "Partner", authorization=events.Authorization.api_key("x-api-key", cdk.SecretValue.unsafe_plain_text("not-a-secret"))
)
call_partner = tasks.HttpInvoke(
    stack,
    "CallPartner",
    connection=connection,
    api_root="https://partner.example.com",
    api_endpoint=sfn.TaskInput.from_json_path_at("$.partnerPath"),
    method=sfn.TaskInput.from_text("POST"),
    headers=sfn.TaskInput.from_object({"X-Source": "orders"}),
    body=sfn.TaskInput.from_object({"id": sfn.JsonPath.string_at("$.order.id"), "lines": [1, 2]}),
    query_string_parameters=sfn.TaskInput.from_object({"dryRun": "false"}),
    url_encoding_format=tasks.URLEncodingFormat.BRACKETS,
    result_path=sfn.JsonPath.DISCARD,
)

fan_out = sfn.Parallel(stack, "FanOut", result_path=sfn.JsonPath.DISCARD)
fan_out.branch(notify.next(notify_fifo))
fan_out.branch(tasks.LambdaInvoke(stack, "Audit", lambda_function=other_fn, result_path=sfn.JsonPath.DISCARD))
each_line = sfn.Map(stack, "EachLine", items_path="$.lines", result_path=sfn.JsonPath.DISCARD)
each_line.item_processor(
    tasks.SqsSendMessage(stack, "EnqueueLine", queue=queue, message_body=sfn.TaskInput.from_json_path_at("$"))
)

definition = (
    sfn.Chain.start(validate)
    .next(price)
    .next(approve)
    .next(list_buckets)
    .next(describe)
    .next(log_groups)
    .next(fan_out)
    .next(enqueue)
    .next(each_line)
    .next(put_item)
    .next(get_item)
    .next(update_item)
    .next(delete_item)
    .next(put_events)
    .next(run_child)
    .next(start_child)
    .next(ask)
    .next(call_api)
    .next(ping_api)
    .next(call_partner)
)
machine = sfn.StateMachine(
    stack, "OrderFlow", definition_body=sfn.DefinitionBody.from_chainable(definition), timeout=cdk.Duration.hours(1)
)
api.add_routes(
    path="/start",
    methods=[apigwv2.HttpMethod.POST],
    integration=HttpStepFunctionsIntegration("StartOrderFlow", state_machine=machine),
)
api.add_routes(path="/orders", methods=[apigwv2.HttpMethod.POST], integration=HttpStepFunctionsIntegration("StartChild", state_machine=child))

cloudwatch.Alarm(stack, "ValidateFailures", metric=validate.metric_failed(), threshold=1, evaluation_periods=1)
cloudwatch.Alarm(
    stack,
    "AskSlow",
    metric=ask.metric_run_time(period=cdk.Duration.minutes(1), statistic="p90"),
    threshold=60,
    evaluation_periods=3,
)
cdk.CfnOutput(stack, "PriceScheduled", value=price.metric_scheduled().metric_name)
cdk.CfnOutput(stack, "CustomTaskMetric", value=list_buckets.metric("Throttled").metric_name)
cdk.CfnOutput(stack, "MachineArn", value=machine.state_machine_arn)

# A JSONata machine in a stack with an environment: partition literals under the flags.
env_stack = cdk.Stack(app, "stepfunctions-tasks-jsonata", env=cdk.Environment(account="123456789012", region="eu-west-1"))
env_fn = lambda_.Function(
    env_stack,
    "Fn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async (e) => e;"),
)
env_table = dynamodb.Table(env_stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
env_queue = sqs.Queue(env_stack, "Queue")
env_topic = sns.Topic(env_stack, "Topic")
env_child = sfn.StateMachine(
    env_stack, "Child", definition_body=sfn.DefinitionBody.from_chainable(sfn.Succeed(env_stack, "Done"))
)
handler = sfn.Pass(env_stack, "HandleError")
invoke = tasks.LambdaInvoke.jsonata(
    env_stack,
    "Invoke",
    lambda_function=env_fn,
    payload=sfn.TaskInput.from_object({"id": "{% $states.input.id %}"}),
    outputs={"result": "{% $states.result.Payload %}"},
    assign={"id": "{% $states.input.id %}"},
    task_timeout=sfn.Timeout.jsonata("{% $states.input.timeout %}"),
)
invoke.add_catch(handler, errors=["States.TaskFailed"], outputs={"error": "{% $states.errorOutput %}"}, assign={"failed": True})
read = tasks.DynamoGetItem.jsonata(
    env_stack,
    "Read",
    table=env_table,
    key={"pk": tasks.DynamoAttributeValue.from_string("{% $id %}")},
    outputs="{% $states.result.Item %}",
)
write = tasks.DynamoPutItem.jsonata(
    env_stack,
    "Write",
    table=env_table,
    item={
        "pk": tasks.DynamoAttributeValue.from_string("{% $id %}"),
        "ok": tasks.DynamoAttributeValue.boolean_from_jsonata("{% $states.input.ok %}"),
        "lines": tasks.DynamoAttributeValue.list_from_jsonata("{% $states.input.lines %}"),
        "meta": tasks.DynamoAttributeValue.map_from_jsonata("{% $states.input.meta %}"),
    },
)
send = tasks.SqsSendMessage.jsonata(
    env_stack,
    "Send",
    queue=env_queue,
    message_body=sfn.TaskInput.from_object({"id": "{% $id %}", "token": "{% $states.context.Task.Token %}"}),
    integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    heartbeat_timeout=sfn.Timeout.jsonata("{% 60 %}"),
)
publish = tasks.SnsPublish.jsonata(
    env_stack,
    "Publish",
    topic=env_topic,
    message=sfn.TaskInput.from_text("{% 'order ' & $id %}"),
    message_attributes={"id": tasks.MessageAttribute(value="{% $id %}"), "n": tasks.MessageAttribute(value=1)},
)
sdk_call = tasks.CallAwsService.jsonata(
    env_stack,
    "ListTables",
    service="dynamodb",
    action="listTables",
    iam_resources=["*"],
    parameters={"Limit": 10},
)
emit = tasks.EventBridgePutEvents.jsonata(
    env_stack,
    "Emit",
    entries=[tasks.EventBridgePutEventsEntry(detail=sfn.TaskInput.from_object({"id": "{% $id %}"}), detail_type="Done", source="com.example.jsonata")],
)
start = tasks.StepFunctionsStartExecution.jsonata(
    env_stack,
    "Start",
    state_machine=env_child,
    integration_pattern=sfn.IntegrationPattern.RUN_JOB,
    associate_with_parent=True,
    name="{% $id %}",
)
plain = tasks.LambdaInvoke(env_stack, "Plain", lambda_function=env_fn, payload_response_only=True)
env_connection = events.Connection(
    env_stack, "Partner", authorization=events.Authorization.api_key("Authorization", cdk.SecretValue.unsafe_plain_text("not-a-secret"))
)
http = tasks.HttpInvoke.jsonata(
    env_stack,
    "Http",
    connection=env_connection,
    api_root="https://partner.example.com",
    api_endpoint=sfn.TaskInput.from_text("{% 'orders/' & $id %}"),
    method=sfn.TaskInput.from_text("GET"),
    url_encoding_format=tasks.URLEncodingFormat.DEFAULT,
)
jsonata_flow = sfn.StateMachine(
    env_stack,
    "JsonataFlow",
    query_language=sfn.QueryLanguage.JSONATA,
    definition_body=sfn.DefinitionBody.from_chainable(
        sfn.Chain.start(invoke).next(read).next(write).next(send).next(publish).next(sdk_call).next(emit).next(start).next(plain).next(http)
    ),
)
cdk.CfnOutput(env_stack, "InvokeFailed", value=invoke.metric_failed().metric_name)

app.synth()
