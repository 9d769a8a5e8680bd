"""Role.customize_roles with precreated role names: a role with a managed policy, a statement and a queue
grant, and a Lambda function's service role granted sends; neither is synthesized, what uses them reads
the precreated roles, and the policy report lists what each would have had."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

app = App()
stack = Stack(app, "docex-iam-customize-roles-precreated")
iam.Role.customize_roles(
    stack,
    use_precreated_roles={
        "docex-iam-customize-roles-precreated/Worker": "worker-role",
        "docex-iam-customize-roles-precreated/Handler/ServiceRole": "handler-role",
    },
)
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
queue.grant_consume_messages(role)
CfnOutput(stack, "WorkerArn", value=role.role_arn)
CfnOutput(stack, "WorkerName", value=role.role_name)
app.synth()
