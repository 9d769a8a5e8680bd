"""BucketWebsiteTarget and ElasticBeanstalkEnvironmentEndpointTarget: their alias targets and errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack, ValidationError
from apigwv2_integrations.aws_route53 import ARecord, HostedZone, RecordTarget
from apigwv2_integrations.aws_route53_targets import (
    BucketWebsiteTarget,
    ElasticBeanstalkEnvironmentEndpointTarget,
)
from apigwv2_integrations.aws_s3 import Bucket
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _Props:
    def __init__(self, hosted_zone_id: str | None = None, evaluate_target_health: bool | None = None) -> None:
        self.hosted_zone_id = hosted_zone_id
        self.evaluate_target_health = evaluate_target_health


def _zone(stack: Stack) -> Any:
    return HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1", zone_name="example.com")


def _alias_of(template: dict[str, Any]) -> Any:
    (record,) = resources_of_type(template, "AWS::Route53::RecordSet").values()
    return record["Properties"]["AliasTarget"]


def _regional_stack(app: App, region: str) -> Stack:
    return Stack(app, "Regional", env=Environment(region=region))


def test_bucket_website_alias_uses_the_website_endpoint_of_the_buckets_region(
    app: App, template: Render
) -> None:
    stack = _regional_stack(app, "ap-southeast-2")
    target = BucketWebsiteTarget(Bucket(stack, "Site"), _Props(evaluate_target_health=True))
    ARecord(stack, "Alias", zone=_zone(stack), target=RecordTarget.from_alias(target))
    assert _alias_of(template(stack)) == {
        "DNSName": "s3-website-ap-southeast-2.amazonaws.com",
        "EvaluateTargetHealth": True,
        "HostedZoneId": "Z1WCIGYICN2BYD",
    }


def test_bucket_website_target_rejects_a_stack_without_region(stack: Stack) -> None:
    target = BucketWebsiteTarget(Bucket.from_bucket_name(stack, "Site", "www.example.com"))
    with pytest.raises(ValidationError) as raised:
        ARecord(stack, "Alias", zone=_zone(stack), target=RecordTarget.from_alias(target))
    assert str(raised.value) == (
        "Test/Alias: BucketWebsiteTarget needs the region of the bucket's stack, which is not set; "
        "give the stack an env with a region, e.g. Environment(region='us-east-1')"
    )


def test_bucket_website_target_rejects_a_region_without_website_endpoint(app: App) -> None:
    stack = _regional_stack(app, "mx-central-1")
    target = BucketWebsiteTarget(Bucket(stack, "Site"))
    with pytest.raises(ValidationError) as raised:
        ARecord(stack, "Alias", zone=_zone(stack), target=RecordTarget.from_alias(target))
    assert str(raised.value) == (
        "Regional/Alias: BucketWebsiteTarget: region='mx-central-1' has no S3 website endpoint; "
        "put the bucket in a stack of a region that has one"
    )


def test_beanstalk_alias_reads_the_region_from_the_endpoint(stack: Stack, template: Render) -> None:
    target = ElasticBeanstalkEnvironmentEndpointTarget("my-env.eu-central-1.elasticbeanstalk.com")
    ARecord(stack, "Alias", zone=_zone(stack), target=RecordTarget.from_alias(target))
    assert _alias_of(template(stack)) == {
        "DNSName": "my-env.eu-central-1.elasticbeanstalk.com",
        "HostedZoneId": "Z1FRNW7UH4DEZJ",
    }


def test_beanstalk_alias_uses_a_given_hosted_zone(stack: Stack, template: Render) -> None:
    target = ElasticBeanstalkEnvironmentEndpointTarget("env.example.net", _Props(hosted_zone_id="ZGIVEN"))
    ARecord(stack, "Alias", zone=_zone(stack), target=RecordTarget.from_alias(target))
    assert _alias_of(template(stack)) == {"DNSName": "env.example.net", "HostedZoneId": "ZGIVEN"}


def test_beanstalk_target_rejects_an_endpoint_of_an_unknown_region(stack: Stack) -> None:
    target = ElasticBeanstalkEnvironmentEndpointTarget("my-env.xx-nowhere-1.elasticbeanstalk.com")
    with pytest.raises(ValidationError) as raised:
        ARecord(stack, "Alias", zone=_zone(stack), target=RecordTarget.from_alias(target))
    assert str(raised.value) == (
        "Test/Alias: environment_endpoint='my-env.xx-nowhere-1.elasticbeanstalk.com' is in region "
        "'xx-nowhere-1', which has no known Elastic Beanstalk hosted zone; use an endpoint that names its "
        "region, such as 'my-env.us-east-1.elasticbeanstalk.com', or pass props with hosted_zone_id"
    )


def test_beanstalk_target_rejects_a_token_endpoint_in_a_stack_without_region(stack: Stack) -> None:
    endpoint = Bucket(stack, "Bucket").bucket_name
    target = ElasticBeanstalkEnvironmentEndpointTarget(endpoint)
    with pytest.raises(ValidationError) as raised:
        ARecord(stack, "Alias", zone=_zone(stack), target=RecordTarget.from_alias(target))
    assert str(raised.value) == (
        f"Test/Alias: environment_endpoint={endpoint!r} is in an unknown region, which has no known "
        "Elastic Beanstalk hosted zone; use an endpoint that names its region, such as "
        "'my-env.us-east-1.elasticbeanstalk.com', or pass props with hosted_zone_id"
    )
