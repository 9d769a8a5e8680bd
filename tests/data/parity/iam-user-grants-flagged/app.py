"""IAM users and groups: a User granted invoke on an IAM-authorized HttpRoute and on a Function, with groups, managed policies, a permissions boundary, added statements and imported users and groups."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "iam-user-grants")

handler = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
)
api = apigwv2.HttpApi(stack, "Api", default_authorizer=authorizers.HttpIamAuthorizer())
routes = api.add_routes(
    path="/reports",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
    integration=integrations.HttpLambdaIntegration("Reports", handler),
)

developers = iam.Group(
    stack,
    "Developers",
    group_name="developers",
    path="/teams/",
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")],
)
developers.add_to_policy(iam.PolicyStatement(actions=["logs:GetLogEvents"], resources=["*"]))
auditors = iam.Group(stack, "Auditors")

analyst = iam.User(
    stack,
    "Analyst",
    user_name="analyst",
    path="/people/",
    groups=[developers],
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AmazonS3ReadOnlyAccess")],
    permissions_boundary=iam.ManagedPolicy.from_aws_managed_policy_name("PowerUserAccess"),
)
analyst.add_to_group(auditors)
analyst.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonSQSReadOnlyAccess"))
analyst.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
routes[0].grant_invoke(analyst)
handler.grant_invoke(analyst)

service_user = iam.User(stack, "ServiceUser")
auditors.add_user(service_user)
routes[1].grant_invoke(service_user)

existing = iam.User.from_user_name(stack, "Existing", "existing-user")
handler.grant_invoke(existing)
by_arn = iam.User.from_user_arn(stack, "ByArn", "arn:aws:iam::123456789012:user/ops/carol")
by_arn.add_to_principal_policy(iam.PolicyStatement(actions=["s3:ListAllMyBuckets"], resources=["*"]))
ops = iam.Group.from_group_name(stack, "Ops", "ops")
ops.add_to_principal_policy(iam.PolicyStatement(actions=["ec2:Describe*"], resources=["*"]))
existing.add_to_group(ops)
imported_arn = iam.User.from_user_arn(stack, "FromImport", cdk.Fn.import_value("UserArn"))

cdk.CfnOutput(stack, "AnalystName", value=analyst.user_name)
cdk.CfnOutput(stack, "AnalystArn", value=analyst.user_arn)
cdk.CfnOutput(stack, "DevelopersName", value=developers.group_name)
cdk.CfnOutput(stack, "DevelopersArn", value=developers.group_arn)
cdk.CfnOutput(stack, "ExistingArn", value=existing.user_arn)
cdk.CfnOutput(stack, "ByArnName", value=by_arn.user_name)
cdk.CfnOutput(stack, "OpsArn", value=ops.group_arn)
cdk.CfnOutput(stack, "FromImportName", value=imported_arn.user_name)

app.synth()
