import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as sm

app = cdk.App()
stack = cdk.Stack(app, "secretsmanager-secret")

generated = sm.Secret(
    stack,
    "Generated",
    secret_name="db-credentials",
    description="Database credentials",
    generate_secret_string=sm.SecretStringGenerator(
        secret_string_template='{"username":"admin"}',
        generate_string_key="password",
        exclude_punctuation=True,
        password_length=24,
    ),
)
plain = sm.Secret(stack, "Plain")
key = kms.Key(stack, "Key")
valued = sm.Secret(
    stack,
    "Valued",
    secret_string_value=cdk.SecretValue.unsafe_plain_text("hello"),
    encryption_key=key,
    removal_policy=cdk.RemovalPolicy.RETAIN,
    replica_regions=[
        sm.ReplicaRegion(region="eu-west-1"),
        sm.ReplicaRegion(region="eu-central-1", encryption_key=key),
    ],
)
fn = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    environment={
        "PASSWORD": generated.secret_value_from_json("password").unsafe_unwrap(),
        "PLAIN": plain.secret_value.unsafe_unwrap(),
    },
)
generated.grant_read(fn)
valued.grant_read(fn)
writer = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
valued.grant_write(writer)
by_name = sm.Secret.from_secret_name_v2(stack, "ByName", "shared/api-key")
by_name.grant_read(fn)
complete = sm.Secret.from_secret_complete_arn(
    stack, "Complete", "arn:aws:secretsmanager:us-east-1:123456789012:secret:complete-AbCdEf"
)
complete.grant_read(fn)
partial = sm.Secret.from_secret_partial_arn(
    stack, "Partial", "arn:aws:secretsmanager:us-east-1:123456789012:secret:partial"
)
partial.grant_read(fn)
attrs = sm.Secret.from_secret_attributes(
    stack,
    "Attrs",
    secret_complete_arn="arn:aws:secretsmanager:us-east-1:123456789012:secret:attrs-AbCdEf",
    encryption_key=key,
)
attrs.grant_read(fn)
cdk.CfnOutput(stack, "GeneratedArn", value=generated.secret_arn)
cdk.CfnOutput(stack, "GeneratedName", value=generated.secret_name)
cdk.CfnOutput(stack, "ByNameArn", value=by_name.secret_arn)
cdk.CfnOutput(stack, "ByNameName", value=by_name.secret_name)
cdk.CfnOutput(stack, "PartialName", value=partial.secret_name)
cdk.CfnOutput(stack, "CompleteName", value=complete.secret_name)
cdk.CfnOutput(stack, "FullArn", value=str(complete.secret_full_arn))
cdk.CfnOutput(stack, "StageValue", value=plain.secret_value_from_json("k").unsafe_unwrap())
app.synth()
