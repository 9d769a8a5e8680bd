import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_lambda_destinations as destinations, aws_s3 as s3, aws_sns as sns, aws_sqs as sqs

CODE = """exports.handler = async (event) => {
  if (event.status === 'OK') return 'success';
  throw new Error('failure');
};"""

class OutcomeStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        topic = sns.Topic(self, "Topic")
        self.queue = sqs.Queue(self, "Queue")
        rt = lambda_.Runtime.NODEJS_22_X
        self.fn = lambda_.Function(self, "ToTopicAndQueue", runtime=rt, handler="index.handler", code=lambda_.Code.from_inline(CODE),
            on_failure=destinations.SnsDestination(topic), on_success=destinations.SqsDestination(self.queue),
            max_event_age=cdk.Duration.hours(3), retry_attempts=1)
        on_success = lambda_.Function(self, "Receiver", runtime=rt, handler="index.handler",
            code=lambda_.Code.from_inline("exports.handler = async (event) => { console.log(event); };"))
        lambda_.Function(self, "ToBus", runtime=rt, handler="index.handler", code=lambda_.Code.from_inline(CODE),
            on_failure=destinations.EventBridgeDestination(), on_success=destinations.LambdaDestination(on_success))
        ok_bucket = s3.Bucket(self, "OnSuccessBucket")
        failed_bucket = s3.Bucket(self, "OnFailureBucket")
        lambda_.Function(self, "ToBuckets", runtime=rt, handler="index.handler", code=lambda_.Code.from_inline(CODE),
            on_failure=destinations.S3Destination(failed_bucket), on_success=destinations.S3Destination(ok_bucket),
            max_event_age=cdk.Duration.hours(4), retry_attempts=2)
        version = lambda_.Version(self, "PinnedVersion", lambda_=self.fn)
        lambda_.Alias(self, "Pinned", alias_name="Pinned", version=version,
            on_success=destinations.SqsDestination(self.queue), on_failure=destinations.SnsDestination(topic),
            max_event_age=cdk.Duration.hours(2), retry_attempts=0)

app = cdk.App()
OutcomeStack(app, "integ-lambda-async-destinations")
app.synth()
