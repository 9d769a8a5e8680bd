"""`@aws-cdk/core:includePrefixInUniqueNameGeneration` on: stack names of stacks below a construct in a nested Stage, and a file asset two stages deep."""
import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from constructs import Construct

HERE = os.path.dirname(os.path.abspath(__file__))

app = cdk.App(context={"@aws-cdk/core:includePrefixInUniqueNameGeneration": True})
region = cdk.Stage(app, "Region", env=cdk.Environment(account="666666666666", region="sa-east-1"))
cell = cdk.Stage(region, "Cell1")
group = Construct(cell, "Services")
orders = cdk.Stack(group, "Orders")
sqs.Queue(orders, "Queue")
cdk.CfnOutput(orders, "Name", value=orders.stack_name)
workers = cdk.Stack(cell, "Workers")
lambda_.Function(
    workers,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
)
app.synth()
