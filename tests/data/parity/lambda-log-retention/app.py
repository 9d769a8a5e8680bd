import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "LambdaLogRetention")
code = lambda_.Code.from_inline("def handler(event, context):\n    return event\n")


def function(name: str, **props: object) -> lambda_.Function:
    return lambda_.Function(
        stack, name, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code, **props
    )


# The first retention creates the stack's handler; the role of a later one is not used.
week = function("Week", log_retention=logs.RetentionDays.ONE_WEEK)
forever = function(
    "Forever",
    log_retention=logs.RetentionDays.INFINITE,
    log_retention_retry_options=lambda_.LogRetentionRetryOptions(max_retries=5),
)
role = iam.Role(stack, "RetentionRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
function("Month", log_retention=logs.RetentionDays.ONE_MONTH, log_retention_role=role)

# A function whose log group is read without a retention (under the flags, a LogGroup instead).
plain = function("Plain")

logs.LogRetention(
    stack,
    "Custom",
    log_group_name="/custom/group",
    retention=logs.RetentionDays.ONE_YEAR,
    log_group_region="eu-west-1",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    log_retention_retry_options=logs.LogRetentionRetryOptions(max_retries=2),
)
other = logs.LogRetention(stack, "Other", log_group_name="/other", retention=logs.RetentionDays.TWO_WEEKS)

cdk.CfnOutput(stack, "WeekLogGroupArn", value=week.log_group.log_group_arn)
cdk.CfnOutput(stack, "WeekLogGroupName", value=week.log_group.log_group_name)
cdk.CfnOutput(stack, "ForeverLogGroupName", value=forever.log_group.log_group_name)
cdk.CfnOutput(stack, "PlainLogGroupName", value=plain.log_group.log_group_name)
cdk.CfnOutput(stack, "OtherArn", value=other.log_group_arn)

app.synth()
