"""`LegacyStackSynthesizer`: a Lambda function from a local folder (its asset as three template parameters
and an `aws:cdk:asset` entry in the stack's metadata, no asset manifest, no bootstrap parameter or rule)
and the same folder given twice (one asset); a stack without assets. The unreferenced `ArtifactHash`
parameter is the validator's W2001 warning."""

import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

HANDLER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handler")

app = cdk.App()
functions = cdk.Stack(app, "Legacy", synthesizer=cdk.LegacyStackSynthesizer())
for name in ("Fn", "Twin"):
    lambda_.Function(
        functions,
        name,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_asset(HANDLER),
    )
queues = cdk.Stack(app, "Plain", synthesizer=cdk.LegacyStackSynthesizer())
sqs.Queue(queues, "Q")
app.synth()
