import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
us = cdk.Environment(account="123456789012", region="us-east-1")
eu = cdk.Environment(account="123456789012", region="eu-west-1")

# An HTTP API in us-east-1 read from eu-west-1 without cross_region_references on either stack.
producer = cdk.Stack(app, "ApiStack", env=us)
api = apigwv2.HttpApi(producer, "Api")
api.add_routes(path="/ping", integration=integrations.HttpUrlIntegration("Ping", "https://example.com"))

strong = cdk.Stack(app, "StrongReader", env=eu)
cdk.CfnOutput(strong, "Endpoint", value=api.api_endpoint)
apigwv2.HttpStage(strong, "Stage", http_api=api, stage_name="strong")

both = cdk.Stack(app, "BothReader", env=eu)
cdk.CrossStackReferences.of(both).consume(cdk.ReferenceStrength.BOTH)
apigwv2.HttpStage(both, "Stage", http_api=api, stage_name="eu", auto_deploy=True)

weak = cdk.Stack(app, "WeakReader", env=eu)
cdk.CrossStackReferences.of(weak).consume(cdk.ReferenceStrength.WEAK)
apigwv2.HttpStage(weak, "Stage", http_api=api, stage_name="weak")

app.synth()
