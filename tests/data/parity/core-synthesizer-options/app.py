"""Synthesizer options: DefaultStackSynthesizer with external IDs and additional options for every role (session tags raise the required bootstrap version to 22), use_lookup_role_for_stack_operations on and off, lookup options reaching the missing context of an environment stack, and BootstraplessSynthesizer with and without a qualifier."""
import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

HERE = os.path.dirname(os.path.abspath(__file__))

app = cdk.App()
full = cdk.Stack(
    app,
    "Full",
    synthesizer=cdk.DefaultStackSynthesizer(
        deploy_role_external_id="deploy-ext",
        file_asset_publishing_external_id="file-ext",
        image_asset_publishing_external_id="image-ext",
        lookup_role_external_id="lookup-ext",
        use_lookup_role_for_stack_operations=False,
        deploy_role_additional_options={"RoleSessionName": "deployer", "Tags": [{"Key": "team", "Value": "api"}]},
        lookup_role_additional_options={"RoleSessionName": "looker"},
        file_asset_publishing_role_additional_options={"RoleSessionName": "files"},
        image_asset_publishing_role_additional_options={"RoleSessionName": "images"},
    ),
)
lambda_.Function(
    full,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
)
lambda_.DockerImageFunction(full, "Image", code=lambda_.DockerImageCode.from_image_asset(os.path.join(HERE, "image")))
lookup = cdk.Stack(app, "Lookup", synthesizer=cdk.DefaultStackSynthesizer(use_lookup_role_for_stack_operations=True))
sqs.Queue(lookup, "Q")
lookups = cdk.Stack(
    app,
    "Lookups",
    env=cdk.Environment(account="123456789012", region="eu-west-1"),
    synthesizer=cdk.DefaultStackSynthesizer(
        lookup_role_external_id="lookup-ext",
        lookup_role_additional_options={"RoleSessionName": "looker", "Tags": [{"Key": "team", "Value": "api"}]},
        file_asset_publishing_role_additional_options={"Tags": [{"Key": "team", "Value": "api"}]},
    ),
)
sqs.Queue(lookups, "Q")
cdk.CfnOutput(lookups, "Zones", value=cdk.Fn.join(",", lookups.availability_zones))
plain = cdk.Stack(app, "PlainBootstrapless", synthesizer=cdk.BootstraplessSynthesizer())
sqs.Queue(plain, "Q")
bare = cdk.Stack(app, "Bare", synthesizer=cdk.BootstraplessSynthesizer(qualifier="custom1", deploy_role_arn="arn:aws:iam::123456789012:role/deploy"))
sqs.Queue(bare, "Q")
app.synth()
