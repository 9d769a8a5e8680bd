import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "integ-fn-policy-list-tokens")
cdk.CfnMapping(stack, "Models", mapping={"eu": {"arns": "arn:aws:bedrock:eu-west-1::foundation-model/m1"}})
models = cdk.Fn.split(",", cdk.Fn.find_in_map("Models", "eu", "arns"))
zones = cdk.Fn.get_azs()


def worker(name: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        name,
        runtime=lambda_.Runtime.PYTHON_3_13,
        handler="index.main",
        code=lambda_.Code.from_inline("def main(event, context):\n    return event\n"),
    )


# Literal resources first: the list-token statement gets a policy of its own.
literal_first = worker("LiteralFirst")
literal_first.add_to_role_policy(iam.PolicyStatement(actions=["bedrock:InvokeModel"], resources=["*"]))
literal_first.add_to_role_policy(iam.PolicyStatement(actions=["bedrock:InvokeModel*"], resources=models))
literal_first.add_to_role_policy(
    iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::docs/*"])
)

# A list token first: the literal statements that follow get policies of their own.
token_first = worker("TokenFirst")
token_first.add_to_role_policy(iam.PolicyStatement(actions=["bedrock:InvokeModel*"], resources=models))
token_first.add_to_role_policy(iam.PolicyStatement(actions=["ec2:DescribeSubnets"], resources=zones))
token_first.add_to_role_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
token_first.add_to_role_policy(iam.PolicyStatement(actions=["sns:Publish"], resources=["*"]))

# Grants go through the role directly and are not split.
table_arn = cdk.Fn.import_value("TableArn")
token_first.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
iam.Grant.add_to_principal(grantee=token_first, actions=["dynamodb:GetItem"], resource_arns=[table_arn])

app.synth()
