"""Environment-specific stack: concrete account/region, AZs, ARNs, termination protection, stack tags and stack name."""
import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(
    app,
    "core-env",
    env=cdk.Environment(account="123456789012", region="eu-west-1"),
    termination_protection=True,
    tags={"team": "x"},
    stack_name="custom-name",
)

azs = stack.availability_zones
cdk.CfnResource(
    stack,
    "Topic",
    type="AWS::SNS::Topic",
    properties={
        "Region": stack.region,
        "Account": stack.account,
        "Partition": stack.partition,
        "UrlSuffix": stack.url_suffix,
        "StackName": stack.stack_name,
        "Az1": azs[0],
        "Az2": azs[1],
        "AllAzs": azs,
        "Arn": stack.format_arn(service="sqs", resource="queue"),
        "ArnSlash": stack.format_arn(
            service="lambda", resource="function", resource_name="fn", arn_format=cdk.ArnFormat.SLASH_RESOURCE_NAME
        ),
        "ArnNoRegion": stack.format_arn(service="iam", region="", resource="role", resource_name="r"),
        "PseudoRegion": cdk.Aws.REGION,
        "Mixed": f"{stack.region}/{cdk.Aws.REGION}",
    },
)
cdk.CfnOutput(stack, "Region", value=stack.region)

app.synth()
