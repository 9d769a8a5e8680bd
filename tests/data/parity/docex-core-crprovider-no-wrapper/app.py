"""CustomResourceProvider with use_cfn_response_wrapper=False (the code's own index.handler, the code
folder's own hash, so the asset manifest matches aws-cdk-lib's): one provider per runtime of
CustomResourceProviderRuntime (the retired ones acknowledged), and a provider made from inside a nested
stack, which lives in the nested stack."""

import os

import aws_cdk as cdk

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = os.path.join(HERE, "handler")

app = cdk.App()
stack = cdk.Stack(app, "docex-core-crprovider-no-wrapper")
for runtime in cdk.CustomResourceProviderRuntime:
    kind = "Custom::" + runtime.name.replace("_", "")
    token = cdk.CustomResourceProvider.get_or_create(
        stack, kind, code_directory=CODE, runtime=runtime, use_cfn_response_wrapper=False
    )
    cdk.CustomResource(stack, runtime.name, service_token=token, resource_type=kind)
cdk.Validations.of(stack).acknowledge(
    cdk.Acknowledgment(id="CloudFormation-Validate::E2531", reason="retired runtimes on purpose"),
    cdk.Acknowledgment(id="CloudFormation-Validate::E2533", reason="retired runtimes on purpose"),
)

inner = cdk.NestedStack(stack, "Inner")
provider = cdk.CustomResourceProvider.get_or_create_provider(
    inner,
    "Custom::Echo",
    code_directory=CODE,
    runtime=cdk.CustomResourceProviderRuntime.NODEJS_22_X,
    use_cfn_response_wrapper=False,
    environment={"MODE": "echo"},
)
echo = cdk.CustomResource(inner, "Echo", service_token=provider.service_token, resource_type="Custom::Echo")
cdk.CfnOutput(stack, "EchoRef", value=echo.ref)
cdk.CfnOutput(stack, "EchoCodeHash", value=provider.code_hash)
app.synth()
