"""Lambda code from CloudFormation parameters: `Code.from_cfn_parameters()` creating its parameters (shared by two functions), given parameters, and `bucket_name_param` / `object_key_param` / `assign`."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "LambdaCfnParametersCode")

code = lambda_.Code.from_cfn_parameters()
lambda_.Function(stack, "First", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
lambda_.Function(stack, "Second", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)

bucket = cdk.CfnParameter(stack, "CodeBucket", type="String")
key = cdk.CfnParameter(stack, "CodeKey", type="String")
given = lambda_.CfnParametersCode(bucket_name_param=bucket, object_key_param=key)
lambda_.Function(stack, "Given", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler", code=given)

cdk.CfnOutput(stack, "BucketParam", value=code.bucket_name_param)
cdk.CfnOutput(stack, "KeyParam", value=code.object_key_param)
assigned = given.assign(bucket_name="my-bucket", object_key="code.zip")
cdk.CfnOutput(stack, "Assigned", value=",".join(f"{k}={v}" for k, v in sorted(assigned.items())))
cdk.CfnOutput(stack, "IsInline", value=str(code.is_inline))

app.synth()
