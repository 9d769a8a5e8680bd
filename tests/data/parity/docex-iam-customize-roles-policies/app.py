"""Role.customize_roles with policies: inline policies of the role, a Policy attached to it, customer
managed policies (attached through `roles` and with `add_managed_policy`, neither synthesized and both
known by their ids) and imported ones; the report lists ARNs, managed statements and identity statements
with references and pseudo parameters made readable."""

from aws_cdk import App, Aws, CfnOutput, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs

app = App()
stack = Stack(app, "docex-iam-customize-roles-policies")
iam.Role.customize_roles(
    stack, use_precreated_roles={"docex-iam-customize-roles-policies/Worker": "worker-role"}
)
queue = sqs.Queue(stack, "Queue")
role = iam.Role(
    stack,
    "Worker",
    assumed_by=iam.CompositePrincipal(
        iam.ServicePrincipal("sns.amazonaws.com"), iam.AccountPrincipal("123456789012")
    ),
    inline_policies={
        "Inline": iam.PolicyDocument(
            statements=[iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.queue_arn])]
        )
    },
)
attached = iam.ManagedPolicy(
    stack,
    "Attached",
    statements=[
        iam.PolicyStatement(
            actions=["s3:ListBucket"], resources=[f"arn:{Aws.PARTITION}:s3:::{queue.queue_name}-bucket"]
        )
    ],
    roles=[role],
)
added = iam.ManagedPolicy(
    stack,
    "Added",
    managed_policy_name="added-policy",
    statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])],
)
role.add_managed_policy(added)
attached.add_statements(iam.PolicyStatement(actions=["s3:PutObject"], resources=["*"]))
policy = iam.Policy(
    stack, "Extra", statements=[iam.PolicyStatement(actions=["sqs:PurgeQueue"], resources=[queue.queue_arn])]
)
policy.attach_to_role(role)
role.add_managed_policy(
    iam.ManagedPolicy.from_managed_policy_arn(stack, "Imported", f"arn:aws:iam::{Aws.ACCOUNT_ID}:policy/Foo")
)
role.add_to_principal_policy(
    iam.PolicyStatement(
        actions=["sqs:GetQueueUrl"], resources=[f"arn:{Aws.PARTITION}:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:x"]
    )
)
CfnOutput(stack, "AddedArn", value=added.managed_policy_arn)
CfnOutput(stack, "AddedName", value=added.managed_policy_name)
app.synth()
