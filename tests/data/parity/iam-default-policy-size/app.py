"""A role's default policy and aws-cdk-lib's size pass at synth: statements equal but for the order of their actions or resources collapse (and a repeated action), two grants on one KMS key (a bucket's and a queue's) share the key statement, 120 statements on a function's role overflow into managed policies the function waits for, and statements an aspect adds before the pass (priority 100) collapse while those added after it (priority 1000) stay."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "iam-default-policy-size")

role = iam.Role(stack, "Equal", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(actions=["kms:Encrypt", "kms:Decrypt"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["kms:Decrypt", "kms:Encrypt"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::b/*", "arn:aws:s3:::a/*"]))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"]))
role.add_to_policy(iam.PolicyStatement(actions=["s3:PutObject", "s3:PutObject"], resources=["*"]))

key = kms.Key(stack, "Key")
bucket = s3.Bucket(stack, "Bucket", encryption=s3.BucketEncryption.KMS, encryption_key=key)
queue = sqs.Queue(stack, "Queue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
writer = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
bucket.grant_put(writer)
queue.grant_send_messages(writer)

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 1"),
)
for i in range(120):
    fn.add_to_role_policy(
        iam.PolicyStatement(
            actions=["s3:GetObject", "s3:PutObject"],
            resources=[f"arn:aws:s3:::bucket-number-{i}-with-a-fairly-long-name/*"],
        )
    )


@jsii.implements(cdk.IAspect)
class AddsEqualStatements:
    def __init__(self, target: iam.Role) -> None:
        self.target = target

    def visit(self, node) -> None:
        if node is self.target:
            for actions in (["s3:GetObject", "s3:PutObject"], ["s3:PutObject", "s3:GetObject"]):
                self.target.add_to_policy(iam.PolicyStatement(actions=actions, resources=["*"]))


early = iam.Role(stack, "Early", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
late = iam.Role(stack, "Late", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
cdk.Aspects.of(early).add(AddsEqualStatements(early), priority=100)
cdk.Aspects.of(late).add(AddsEqualStatements(late), priority=1000)

app.synth()
