import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs, aws_ssm as ssm

app = cdk.App()
us = cdk.Environment(account="123456789012", region="us-east-1")
eu = cdk.Environment(account="123456789012", region="eu-west-1")
producer = cdk.Stack(app, "Producer", env=us, cross_region_references=True)
inner = cdk.NestedStack(producer, "Inner")
queue = sqs.Queue(inner, "Q")
top_queue = sqs.Queue(producer, "Top")
consumer = cdk.Stack(app, "Consumer", env=eu, cross_region_references=True)

child = cdk.NestedStack(consumer, "Child")
ssm.StringParameter(child, "InChild", string_value=top_queue.queue_url)
ssm.StringParameter(child, "FromNested", string_value=queue.queue_arn)
app.synth()
