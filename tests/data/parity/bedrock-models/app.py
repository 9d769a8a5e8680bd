import aws_cdk as cdk
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()


def model_stack(stack_id: str, env: cdk.Environment | None = None) -> cdk.Stack:
    stack = cdk.Stack(app, stack_id, env=env)
    handler = lambda_.Function(
        stack,
        "Ask",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
    )
    nova = bedrock.FoundationModel.from_foundation_model_id(
        stack, "M", bedrock.FoundationModelIdentifier.AMAZON_NOVA_PRO_V1_0
    )
    # A model this version has no constant for, built from its model id.
    custom = bedrock.FoundationModel.from_foundation_model_id(
        stack, "Custom", bedrock.FoundationModelIdentifier("example.new-model-v1:0")
    )
    provisioned = bedrock.ProvisionedModel.from_provisioned_model_arn(
        stack, "Provisioned", "arn:aws:bedrock:us-east-2:123456789012:provisioned-model/abc-123"
    )
    handler.add_to_role_policy(
        iam.PolicyStatement(
            actions=["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
            resources=[nova.model_arn, custom.model_arn],
        )
    )
    handler.add_to_role_policy(iam.PolicyStatement(actions=["bedrock:InvokeModel"], resources=[provisioned.model_arn]))
    handler.add_environment("MODEL_ID", nova.model_id)
    cdk.CfnOutput(stack, "NovaArn", value=nova.model_arn)
    cdk.CfnOutput(stack, "CustomArn", value=custom.model_arn)
    cdk.CfnOutput(stack, "CustomId", value=custom.model_id)
    cdk.CfnOutput(stack, "ProvisionedArn", value=provisioned.model_arn)
    cdk.CfnOutput(stack, "TitanId", value=bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1.model_id)
    return stack


model_stack("BedrockAgnostic")
model_stack("BedrockRegional", cdk.Environment(account="123456789012", region="eu-central-1"))
model_stack("BedrockGov", cdk.Environment(region="us-gov-west-1"))
app.synth()
