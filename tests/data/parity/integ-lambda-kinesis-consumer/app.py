import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis, aws_lambda as lambda_
from aws_cdk.aws_lambda_event_sources import KinesisConsumerEventSource

class EchoFunction(lambda_.Function):
    def __init__(self, scope, id):
        super().__init__(scope, id, handler="index.handler", runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline("exports.handler = async (event) => { console.log(JSON.stringify(event)); return { event }; }"))

app = cdk.App()
stack = cdk.Stack(app, "integ-lambda-kinesis-consumer")
fn = EchoFunction(stack, "Reader")
stream = kinesis.Stream(stack, "Clicks")
consumer = kinesis.StreamConsumer(stack, "FanOut", stream=stream, stream_consumer_name="fan-out")
source = KinesisConsumerEventSource(consumer, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
    tumbling_window=cdk.Duration.seconds(60))
fn.add_event_source(source)
cdk.CfnOutput(stack, "MappingArn", value=source.event_source_mapping_arn)
app.synth()
