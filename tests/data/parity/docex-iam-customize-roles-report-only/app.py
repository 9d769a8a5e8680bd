"""Role.customize_roles with prevent_synthesis=False: the roles are synthesized (without their default
policies) and the policy report is written; what uses a role reads an unnamed precreated role."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

app = App()
stack = Stack(app, "docex-iam-customize-roles-report-only")
iam.Role.customize_roles(stack, prevent_synthesis=False)
role = iam.Role(
    stack,
    "Worker",
    assumed_by=iam.ServicePrincipal("sns.amazonaws.com"),
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")],
)
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
handler = lambda_.Function(
    stack,
    "Handler",
    code=lambda_.InlineCode("foo"),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
)
queue = sqs.Queue(stack, "Queue")
queue.grant_send_messages(handler)
CfnOutput(stack, "WorkerArn", value=role.role_arn)
app.synth()
