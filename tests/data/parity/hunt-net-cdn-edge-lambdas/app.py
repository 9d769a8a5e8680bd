"""Lambda@Edge on a distribution: viewer-request and origin-response functions (a version, with body),
given on the default behavior and on an added behavior."""
import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cf, aws_cloudfront_origins as origins, aws_lambda as lambda_
app = cdk.App()
st = cdk.Stack(app, "EdgeStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
fn = lambda_.Function(st, "Auth", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler", code=lambda_.Code.from_inline("exports.handler=async(e)=>e.Records[0].cf.request"))
fn2 = lambda_.Function(st, "Headers", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler", code=lambda_.Code.from_inline("exports.handler=async(e)=>e.Records[0].cf.response"))
d = cf.Distribution(st, "D", default_behavior=cf.BehaviorOptions(origin=origins.HttpOrigin("api.example.com"),
    edge_lambdas=[cf.EdgeLambda(function_version=fn.current_version, event_type=cf.LambdaEdgeEventType.VIEWER_REQUEST, include_body=True),
                  cf.EdgeLambda(function_version=fn2.current_version, event_type=cf.LambdaEdgeEventType.ORIGIN_RESPONSE)]))
d.add_behavior("/static/*", origins.HttpOrigin("static.example.com"), edge_lambdas=[cf.EdgeLambda(function_version=fn2.current_version, event_type=cf.LambdaEdgeEventType.VIEWER_RESPONSE)])
app.synth()
