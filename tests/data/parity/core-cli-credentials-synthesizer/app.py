import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

CODE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "code")

app = cdk.App()
s1 = cdk.Stack(app, "CliDefault", synthesizer=cdk.CliCredentialsStackSynthesizer())
lambda_.Function(
    s1, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_asset(CODE)
)
s2 = cdk.Stack(
    app,
    "CliCustom",
    synthesizer=cdk.CliCredentialsStackSynthesizer(
        qualifier="abc123",
        bucket_prefix="pre/",
        file_assets_bucket_name="my-bucket-${AWS::Region}",
        image_assets_repository_name="my-repo",
        docker_tag_prefix="t-",
    ),
)
lambda_.Function(
    s2, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_asset(CODE)
)
sqs.Queue(cdk.Stack(app, "NoAssets", synthesizer=cdk.CliCredentialsStackSynthesizer()), "Q")
app.synth()
