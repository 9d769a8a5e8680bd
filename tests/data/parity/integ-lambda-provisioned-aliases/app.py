import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_lambda as lambda_

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "integ-lambda-provisioned-aliases")
code = ('exports.handler =  async function(event, context) { '
        'console.log("warm #type# Provisioned Concurrent Exec!");}')
fn = lambda_.Function(stack, "WarmByAlias", code=lambda_.InlineCode(code.replace("#type#", "Live")),
    handler="index.handler", runtime=lambda_.Runtime.NODEJS_22_X)
fn.add_to_role_policy(iam.PolicyStatement(resources=["*"], actions=["*"]))
alias = lambda_.Alias(stack, "Live", alias_name="prod", version=fn.current_version, provisioned_concurrent_executions=5)
alias.add_permission("CfnInvoke", principal=iam.ServicePrincipal("cloudformation.amazonaws.com"))
fn2 = lambda_.Function(stack, "WarmByVersion", code=lambda_.InlineCode(code.replace("#type#", "Version")),
    handler="index.handler", runtime=lambda_.Runtime.NODEJS_22_X,
    current_version_options=lambda_.VersionOptions(provisioned_concurrent_executions=5))
fn2.add_to_role_policy(iam.PolicyStatement(resources=["*"], actions=["*"]))
alias2 = lambda_.Alias(stack, "Live2", alias_name="prod", version=fn2.current_version)
alias2.add_permission("CfnInvoke2", principal=iam.ServicePrincipal("cloudformation.amazonaws.com"))
cdk.Aspects.of(stack).add(lambda_.FunctionVersionUpgrade("@aws-cdk/aws-lambda:recognizeLayerVersion"))
app.synth()
