"""Cross-stack references (exports/imports of Ref and GetAtt) plus an explicit stack dependency."""
import aws_cdk as cdk

app = cdk.App()

producer = cdk.Stack(app, "Producer")
queue = cdk.CfnResource(producer, "Queue", type="AWS::SQS::Queue")

consumer = cdk.Stack(app, "Consumer")
cdk.CfnResource(
    consumer,
    "Topic",
    type="AWS::SNS::Topic",
    properties={
        "DisplayName": cdk.Token.as_string(queue.get_att("Arn")),
        "TopicName": queue.ref,
        "Tags": [{"Key": "queue-arn", "Value": queue.get_att("Arn").to_string()}],
    },
)
cdk.CfnOutput(consumer, "QueueRef", value=queue.ref)

other = cdk.Stack(app, "Other")
cdk.CfnResource(other, "Bucket", type="AWS::S3::Bucket")
other.add_dependency(producer)

app.synth()
