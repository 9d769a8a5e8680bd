"""Construct ids that look like array indexes ("0", "2", "10") and ids that do not ("01", "b"): aws-cdk-lib
keeps children in a JavaScript object, which lists the index-like ids first, in number order."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class Group(Construct):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        for child_id in ["z", "1", "x", "0"]:
            sqs.Queue(self, child_id)


app = cdk.App()
stack = cdk.Stack(app, "NumericIds")
for topic_id in ["b", "10", "2", "a", "01", "0"]:
    sns.Topic(stack, topic_id)
Group(stack, "7")
Group(stack, "Group")
cdk.CfnOutput(stack, "3", value="three")
cdk.CfnOutput(stack, "Out", value="out")
app.synth()
