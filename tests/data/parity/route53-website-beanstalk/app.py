"""Alias records to S3 website endpoints (BucketWebsiteTarget) and Elastic Beanstalk environments (ElasticBeanstalkEnvironmentEndpointTarget) in region stacks."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets
from aws_cdk import aws_s3 as s3


@jsii.implements(targets.IAliasRecordTargetProps)
class EvaluateHealth:
    @property
    def evaluate_target_health(self):
        return True

    @property
    def hosted_zone_id(self):
        return None


app = cdk.App()
stack = cdk.Stack(app, "route53-website-beanstalk", env=cdk.Environment(region="eu-west-2"))
zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")

bucket = s3.Bucket(stack, "Site", bucket_name="www.example.com")
route53.ARecord(
    stack,
    "Website",
    zone=zone,
    record_name="www",
    target=route53.RecordTarget.from_alias(targets.BucketWebsiteTarget(bucket)),
)
imported = s3.Bucket.from_bucket_name(stack, "Apex", "example.com")
route53.ARecord(
    stack,
    "ApexWebsite",
    zone=zone,
    target=route53.RecordTarget.from_alias(targets.BucketWebsiteTarget(imported, EvaluateHealth())),
)

route53.ARecord(
    stack,
    "Beanstalk",
    zone=zone,
    record_name="app",
    target=route53.RecordTarget.from_alias(
        targets.ElasticBeanstalkEnvironmentEndpointTarget("my-env.us-west-2.elasticbeanstalk.com")
    ),
)
route53.AaaaRecord(
    stack,
    "BeanstalkV6",
    zone=zone,
    record_name="app",
    target=route53.RecordTarget.from_alias(
        targets.ElasticBeanstalkEnvironmentEndpointTarget(
            "my-env.abc123xyz.eu-west-1.elasticbeanstalk.com", EvaluateHealth()
        )
    ),
)
endpoint = cdk.CfnParameter(stack, "EnvironmentEndpoint", type="String").value_as_string
route53.ARecord(
    stack,
    "BeanstalkFromParameter",
    zone=zone,
    record_name="param",
    target=route53.RecordTarget.from_alias(targets.ElasticBeanstalkEnvironmentEndpointTarget(endpoint)),
)

west = cdk.Stack(app, "route53-website-us-west-1", env=cdk.Environment(account="123456789012", region="us-west-1"))
west_zone = route53.HostedZone.from_hosted_zone_attributes(
    west, "Zone", hosted_zone_id="Z0123456789ABCDEFGHIJ", zone_name="example.org"
)
route53.ARecord(
    west,
    "Website",
    zone=west_zone,
    record_name="static",
    target=route53.RecordTarget.from_alias(targets.BucketWebsiteTarget(s3.Bucket(west, "Bucket"))),
)

app.synth()
