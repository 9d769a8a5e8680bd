import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs, aws_sns as sns
app = cdk.App()
a = cdk.Stack(app, "Producer", env=cdk.Environment(account="123456789012", region="us-east-1"), cross_region_references=True)
q = sqs.Queue(a, "Q")
b = cdk.Stack(app, "Consumer", env=cdk.Environment(account="123456789012", region="eu-west-1"), cross_region_references=True)
sns.Topic(b, "T", display_name=q.queue_arn)
app.synth()
