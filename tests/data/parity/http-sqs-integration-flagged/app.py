"""HttpSqsIntegration: the default subtype, each SQS subtype, a custom parameter mapping on a FIFO queue shared by two routes, and an imported queue."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_apigatewayv2_integrations import HttpSqsIntegration

app = cdk.App()
stack = cdk.Stack(app, "http-sqs-integration")

queue = sqs.Queue(stack, "Queue")
fifo = sqs.Queue(
    stack,
    "Fifo",
    queue_name="orders.fifo",
    fifo=True,
    content_based_deduplication=True,
    visibility_timeout=cdk.Duration.seconds(45),
)
tuned = sqs.Queue(
    stack,
    "Tuned",
    delivery_delay=cdk.Duration.seconds(5),
    max_message_size_bytes=2048,
    receive_message_wait_time=cdk.Duration.seconds(20),
    retention_period=cdk.Duration.days(4),
    removal_policy=cdk.RemovalPolicy.RETAIN,
)
imported = sqs.Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:imported-queue")

api = apigwv2.HttpApi(stack, "HttpApi")
post = [apigwv2.HttpMethod.POST]
api.add_routes(path="/default", methods=post, integration=HttpSqsIntegration("defaultIntegration", queue=queue))
for path, name, subtype in [
    ("/send", "sendIntegration", apigwv2.HttpIntegrationSubtype.SQS_SEND_MESSAGE),
    ("/receive", "receiveIntegration", apigwv2.HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE),
    ("/delete", "deleteIntegration", apigwv2.HttpIntegrationSubtype.SQS_DELETE_MESSAGE),
    ("/purge", "purgeIntegration", apigwv2.HttpIntegrationSubtype.SQS_PURGE_QUEUE),
]:
    api.add_routes(path=path, methods=post, integration=HttpSqsIntegration(name, queue=queue, subtype=subtype))

api.add_routes(
    path="/orders",
    methods=[apigwv2.HttpMethod.POST, apigwv2.HttpMethod.PUT],
    integration=HttpSqsIntegration(
        "ordersIntegration",
        queue=fifo,
        parameter_mapping=apigwv2.ParameterMapping()
        .custom("QueueUrl", fifo.queue_url)
        .custom("MessageBody", "$request.body")
        .custom("MessageGroupId", "$request.header.group"),
    ),
)
api.add_routes(
    path="/tuned",
    methods=[apigwv2.HttpMethod.GET],
    integration=HttpSqsIntegration(
        "tunedIntegration",
        queue=tuned,
        subtype=apigwv2.HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE,
        parameter_mapping=apigwv2.ParameterMapping()
        .custom("QueueUrl", tuned.queue_url)
        .custom("MaxNumberOfMessages", "$request.querystring.max"),
    ),
)
api.add_routes(path="/imported", methods=post, integration=HttpSqsIntegration("importedIntegration", queue=imported))

cdk.CfnOutput(stack, "QueueName", value=queue.queue_name)
cdk.CfnOutput(stack, "FifoArn", value=fifo.queue_arn)
cdk.CfnOutput(stack, "ImportedName", value=imported.queue_name)
cdk.CfnOutput(stack, "ImportedUrl", value=imported.queue_url)

app.synth()
