"""A Lambda function URL API behind CloudFront with origin access control: the IAM-auth URL, the made and a
given origin access control, and the permissions that let only this distribution invoke it."""
import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cf, aws_cloudfront_origins as origins, aws_lambda as lambda_
app = cdk.App()
st = cdk.Stack(app, "FnUrlApi", env=cdk.Environment(account="123456789012", region="us-east-1"))
api = lambda_.Function(st, "Api", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                       code=lambda_.Code.from_inline("exports.handler=async()=>({statusCode:200,body:'ok'})"))
url = api.add_function_url(auth_type=lambda_.FunctionUrlAuthType.AWS_IAM)
admin = lambda_.Function(st, "Admin", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                         code=lambda_.Code.from_inline("exports.handler=async()=>({statusCode:200})"))
admin_url = admin.add_function_url(auth_type=lambda_.FunctionUrlAuthType.AWS_IAM)
oac = cf.FunctionUrlOriginAccessControl(st, "AdminOac", origin_access_control_name="admin-oac", signing=cf.Signing.SIGV4_ALWAYS)
dist = cf.Distribution(st, "Cdn",
    default_behavior=cf.BehaviorOptions(origin=origins.FunctionUrlOrigin.with_origin_access_control(url, read_timeout=cdk.Duration.seconds(30)),
                                        allowed_methods=cf.AllowedMethods.ALLOW_ALL, cache_policy=cf.CachePolicy.CACHING_DISABLED,
                                        origin_request_policy=cf.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER),
    additional_behaviors={"/admin/*": cf.BehaviorOptions(origin=origins.FunctionUrlOrigin.with_origin_access_control(admin_url, origin_access_control=oac),
                                                         cache_policy=cf.CachePolicy.CACHING_DISABLED)})
cdk.CfnOutput(st, "CdnDomain", value=dist.distribution_domain_name)
app.synth()
