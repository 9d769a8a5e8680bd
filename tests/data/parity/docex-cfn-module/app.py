import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "docex-cfn-module")

# A wait condition that the instance bootstrap signals through the handle's presigned URL.
handle = cdk.CfnWaitConditionHandle(stack, "BootHandle")
wait = cdk.CfnWaitCondition(stack, "BootWait", handle=handle.ref, timeout="600", count=2)

# A child template deployed as its own stack, with parameters and tags.
child = cdk.CfnStack(
    stack,
    "Network",
    template_url="https://s3.amazonaws.com/templates-bucket/network.yaml",
    parameters={"CidrBlock": "10.0.0.0/16", "Environment": "prod"},
    tags=[cdk.CfnTag(key="team", value="platform")],
    timeout_in_minutes=30,
)
cdk.Tags.of(stack).add("app", "shop")

macro = cdk.CfnMacro(
    stack,
    "Upper",
    name="Upper",
    function_name="arn:aws:lambda:us-east-1:123456789012:function:upper",
    description="Upper-cases strings",
)

custom = cdk.CfnCustomResource(
    stack,
    "Seed",
    service_token="arn:aws:lambda:us-east-1:123456789012:function:seed",
)
custom.add_dependency(child)

cdk.CfnOutput(stack, "WaitId", value=wait.ref)
cdk.CfnOutput(stack, "ChildId", value=child.ref)
cdk.CfnOutput(stack, "VpcId", value=child.get_att("Outputs.VpcId").to_string())
cdk.CfnOutput(stack, "MacroName", value=macro.ref)

app.synth()
