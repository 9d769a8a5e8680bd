"""A site's deploy role that may invalidate the distribution, an imported distribution granted the same,
and alarms on the distribution's metrics."""
import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cf, aws_cloudfront_origins as origins, aws_iam as iam, aws_cloudwatch as cw
app = cdk.App()
st = cdk.Stack(app, "GrantStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
d = cf.Distribution(st, "D", default_behavior=cf.BehaviorOptions(origin=origins.HttpOrigin("api.example.com")))
role = iam.Role(st, "Deployer", assumed_by=iam.AccountRootPrincipal())
d.grant_create_invalidation(role)
d.grant(role, "cloudfront:GetDistribution", "cloudfront:ListInvalidations")
imp = cf.Distribution.from_distribution_attributes(st, "Imp", distribution_id="E123EXAMPLE", domain_name="d111.cloudfront.net")
imp.grant_create_invalidation(role)
for name, metric in [("Errors4xx", d.metric4xx_error_rate()), ("Errors5xx", d.metric5xx_error_rate()), ("Requests", d.metric_requests(period=cdk.Duration.minutes(5))),
                     ("Total", d.metric_total_error_rate()), ("Bytes", d.metric_bytes_downloaded(statistic="Sum"))]:
    cw.Alarm(st, f"{name}Alarm", metric=metric, threshold=5, evaluation_periods=3)
cdk.CfnOutput(st, "ImpDomain", value=imp.distribution_domain_name)
cdk.CfnOutput(st, "ImpArn", value=imp.distribution_arn)
app.synth()
