import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

CODE = 'def handler(event, context):\n  return "success"'

class UrlModesStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        def fn(name):
            return lambda_.Function(self, name, code=lambda_.InlineCode(CODE), handler="index.handler",
                runtime=lambda_.Runtime.PYTHON_3_10)
        cdk.CfnOutput(self, "IamUrl", value=fn("IamUrlFn").add_function_url().url)
        cdk.CfnOutput(self, "OpenUrl",
            value=fn("OpenUrlFn").add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE).url)
        cors_url = fn("CorsUrlFn").add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE,
            cors=lambda_.FunctionUrlCorsOptions(allowed_origins=["https://example.com"]))
        cdk.CfnOutput(self, "CorsUrl", value=cors_url.url)
        stream_url = fn("StreamUrlFn").add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE,
            invoke_mode=lambda_.InvokeMode.RESPONSE_STREAM)
        cdk.CfnOutput(self, "StreamUrl", value=stream_url.url)

app = cdk.App()
UrlModesStack(app, "integ-lambda-url-modes")
app.synth()
