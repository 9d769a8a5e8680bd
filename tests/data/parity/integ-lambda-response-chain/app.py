import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_lambda_destinations as destinations

CODE = """exports.handler = async (event) => {
  if (event.status === 'error') throw new Error('UnknownError');
  return event;
};"""

class RelayStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        props = dict(runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler", code=lambda_.Code.from_inline(CODE))
        first = lambda_.Function(self, "Intake", **props)
        second = lambda_.Function(self, "Enrich", **props)
        third = lambda_.Function(self, "Store", **props)
        error = lambda_.Function(self, "Triage", **props)
        first.configure_async_invoke(on_success=destinations.LambdaDestination(second, response_only=True),
            on_failure=destinations.LambdaDestination(error, response_only=True), retry_attempts=0)
        second.configure_async_invoke(on_success=destinations.LambdaDestination(third, response_only=True))
        cdk.CfnOutput(self, "FirstFunctionName", value=first.function_name)
        cdk.CfnOutput(self, "ThirdFunctionName", value=third.function_name)
        cdk.CfnOutput(self, "ErrorFunctionName", value=error.function_name)

app = cdk.App()
RelayStack(app, "integ-lambda-response-chain")
app.synth()
