import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "integ-lambda-recursive-loop")
lambda_.Function(stack, "Stopper", runtime=lambda_.Runtime.PYTHON_3_9,
    handler="index.handler", code=lambda_.InlineCode("foo"), recursive_loop=lambda_.RecursiveLoop.TERMINATE)
lambda_.Function(stack, "Looper", runtime=lambda_.Runtime.PYTHON_3_9,
    handler="index.handler", code=lambda_.InlineCode("foo"), recursive_loop=lambda_.RecursiveLoop.ALLOW)
lambda_.Function(stack, "Plain", runtime=lambda_.Runtime.PYTHON_3_9,
    handler="index.handler", code=lambda_.InlineCode("foo"))
app.synth()
