"""Policies attached to a role, user and group and again to each imported by its ARN: attached once."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "integ-iam-policy-attach-by-arn")

reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
operator = iam.User(stack, "Operator")
admins = iam.Group(stack, "Admins")

shared = iam.ManagedPolicy(stack, "Shared", statements=[iam.PolicyStatement(actions=["s3:ListBucket"], resources=["*"])])
inline = iam.Policy(stack, "Inline", statements=[iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"])])
for policy in (shared, inline):
    policy.attach_to_role(reader)
    policy.attach_to_role(iam.Role.from_role_arn(stack, f"{policy.node.id}ReaderAgain", reader.role_arn))
    policy.attach_to_user(operator)
    policy.attach_to_user(iam.User.from_user_arn(stack, f"{policy.node.id}OperatorAgain", operator.user_arn))
    policy.attach_to_group(admins)
    policy.attach_to_group(iam.Group.from_group_arn(stack, f"{policy.node.id}AdminsAgain", admins.group_arn))

app.synth()
