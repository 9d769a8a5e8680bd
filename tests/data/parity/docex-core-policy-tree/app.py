import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "docex-core-policy-tree")

# An inline policy attached to nothing is left out of the template, but tree.json still shows what it
# would render.
document = iam.PolicyDocument.from_json(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "List", "Effect": "Allow", "Action": ["s3:ListAllMyBuckets"], "Resource": ["*"]}
        ],
    }
)
iam.Policy(stack, "Unattached", document=document)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
iam.Policy(stack, "Attached", document=document, roles=[role])
sns.Topic(stack, "Topic")

app.synth()
