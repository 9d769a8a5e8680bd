"""Origins in front of APIs: an ALB (default and custom protocol, timeouts and headers), a Lambda function
URL (plain, and with a path and timeouts), and an HTTP API endpoint."""
import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cf, aws_cloudfront_origins as origins, aws_ec2 as ec2, aws_elasticloadbalancingv2 as elbv2, aws_lambda as lambda_
app = cdk.App()
st = cdk.Stack(app, "OriginsStack")
vpc = ec2.Vpc(st, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
alb = elbv2.ApplicationLoadBalancer(st, "Alb", vpc=vpc, internet_facing=True)
alb.add_listener("L", port=80, default_action=elbv2.ListenerAction.fixed_response(200))
fn = lambda_.Function(st, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler", code=lambda_.Code.from_inline("exports.handler=async()=>({})"))
url = fn.add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)
d = cf.Distribution(st, "D", default_behavior=cf.BehaviorOptions(origin=origins.LoadBalancerV2Origin(alb)),
    additional_behaviors={
        "/alb2/*": cf.BehaviorOptions(origin=origins.LoadBalancerV2Origin(alb, protocol_policy=cf.OriginProtocolPolicy.HTTP_ONLY, http_port=8080,
                                      read_timeout=cdk.Duration.seconds(60), custom_headers={"X-From": "cf"}, origin_path="/base", keepalive_timeout=cdk.Duration.seconds(20))),
        "/fn/*": cf.BehaviorOptions(origin=origins.FunctionUrlOrigin(url)),
        "/fn2/*": cf.BehaviorOptions(origin=origins.FunctionUrlOrigin(url, origin_path="/v2", read_timeout=cdk.Duration.seconds(20), keepalive_timeout=cdk.Duration.seconds(10), origin_id="fn-origin")),
    })
app.synth()
