"""Code.from_asset options: exclude patterns, a custom hash (with and without its type), the source hash
type, a source KMS key, readers of the asset bucket, deploy_time and a display name."""

import os

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_

CODE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "code")

app = cdk.App()
stack = cdk.Stack(app, "lambda-asset-options")


def function(name: str, code: lambda_.Code) -> lambda_.Function:
    return lambda_.Function(stack, name, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)


function("Plain", lambda_.Code.from_asset(CODE))
function("Excluded", lambda_.Code.from_asset(CODE, exclude=["*.txt", "sub"]))
function("Reincluded", lambda_.Code.from_asset(CODE, exclude=["*.txt", "sub", "!notes.txt"]))
function("Custom", lambda_.Code.from_asset(CODE, asset_hash="my-custom-hash"))
function("CustomType", lambda_.Code.from_asset(CODE, asset_hash="abc", asset_hash_type=cdk.AssetHashType.CUSTOM))
function("Source", lambda_.Code.from_asset(CODE, asset_hash_type=cdk.AssetHashType.SOURCE))
key = kms.Key(stack, "Key")
function("Kms", lambda_.Code.from_asset(CODE, source_kms_key=key))
reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
function("Readers", lambda_.Code.from_asset(CODE, readers=[reader], exclude=["notes.txt"]))
function(
    "DeployTime",
    lambda_.Code.from_asset(CODE, deploy_time=True, display_name="my code", follow_symlinks=cdk.SymlinkFollowMode.NEVER),
)
app.synth()
