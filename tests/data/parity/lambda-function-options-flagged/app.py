"""Lambda Function options, permissions, versions/aliases and IAM roles, policies, principals and statements."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "lambda-function-options")

role = iam.Role(
    stack,
    "FnRole",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    description="explicit role",
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")],
)
role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
role.add_to_policy(
    iam.PolicyStatement(
        sid="ReadObjects",
        effect=iam.Effect.ALLOW,
        actions=["s3:GetObject", "s3:ListBucket"],
        resources=["arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*"],
        conditions={"StringEquals": {"aws:PrincipalTag/team": "x"}, "Bool": {"aws:SecureTransport": "true"}},
    )
)
role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AWSXRayDaemonWriteAccess"))

iam.Policy(
    stack,
    "ExtraPolicy",
    roles=[role],
    statements=[
        iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:DeleteObject"], not_resources=["arn:aws:s3:::keep/*"]),
    ],
)

bucket = s3.Bucket.from_bucket_name(stack, "CodeBucket", "my-code-bucket")

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_bucket(bucket, "code/fn.zip", "v1"),
    role=role,
    environment={"B_VAR": "2", "A_VAR": "1"},
    timeout=cdk.Duration.seconds(30),
    memory_size=512,
    description="options function",
    function_name="options-fn",
    architecture=lambda_.Architecture.ARM_64,
    reserved_concurrent_executions=5,
    tracing=lambda_.Tracing.ACTIVE,
)
fn.add_environment("C_VAR", "3")
fn.add_permission(
    "S3Invoke",
    principal=iam.ServicePrincipal("s3.amazonaws.com"),
    source_account="123456789012",
    source_arn="arn:aws:s3:::bucket",
)
fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
fn.grant_invoke(iam.ArnPrincipal("arn:aws:iam::111111111111:role/caller"))
fn.grant_invoke(iam.AccountRootPrincipal())

node_fn = lambda_.Function(
    stack,
    "NodeFn",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => 'ok';"),
)

imported = lambda_.Function.from_function_arn(
    stack,
    "Imported",
    stack.format_arn(
        service="lambda", resource="function", resource_name="imported-fn", arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME
    ),
)
imported.grant_invoke(node_fn)

caller_role = iam.Role(stack, "CallerRole", assumed_by=iam.AnyPrincipal())
fn.grant_invoke(caller_role)

version = lambda_.Version(stack, "Version1", lambda_=fn, description="v1")
alias = lambda_.Alias(stack, "LiveAlias", alias_name="live", version=version, description="live alias")
alias.grant_invoke(iam.ServicePrincipal("apigateway.amazonaws.com"))

cdk.CfnOutput(stack, "FnArn", value=fn.function_arn)
cdk.CfnOutput(stack, "AliasArn", value=alias.function_arn)

app.synth()
