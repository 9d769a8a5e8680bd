"""Assets whose exclude patterns are read as .gitignore lines (IgnoreMode.GIT) next to the same patterns as
globs: folder-only patterns, anchored patterns, patterns matching at any depth and a re-included file."""

import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3_assets as s3_assets

SITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
PATTERNS = ["vendor/", "*.bak", "!keep.bak", "/out", "docs/*.md"]

app = cdk.App()
stack = cdk.Stack(app, "s3-asset-git-ignore-mode")
git = s3_assets.Asset(stack, "GitSite", path=SITE, ignore_mode=cdk.IgnoreMode.GIT, exclude=PATTERNS)
glob = s3_assets.Asset(stack, "GlobSite", path=SITE, exclude=PATTERNS)
lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_asset(SITE, ignore_mode=cdk.IgnoreMode.GIT, exclude=["*", "!index.py"]),
)
for name, asset in (("Git", git), ("Glob", glob)):
    cdk.CfnOutput(stack, f"{name}Hash", value=asset.asset_hash)
    cdk.CfnOutput(stack, f"{name}Url", value=asset.s3_object_url)
app.synth()
