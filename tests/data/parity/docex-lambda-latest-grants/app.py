import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "docex-lambda-latest-grants")


def function(id: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({});"),
    )


caller = iam.Role(stack, "Caller", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
# Version grants build the function's $LATEST version node (shown in tree.json) before the grant.
latest = function("Latest")
latest.grant_invoke_latest_version(caller)
versioned = function("Versioned")
versioned.grant_invoke_version(caller, versioned.current_version)
# A plain grant does not.
function("Plain").grant_invoke(caller)

app.synth()
