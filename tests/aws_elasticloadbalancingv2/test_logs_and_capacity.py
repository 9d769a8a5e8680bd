"""Load balancer logs to S3, reserved capacity, target group health thresholds and multi-value headers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack, ValidationError
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationLoadBalancer,
    ApplicationTargetGroup,
    NetworkLoadBalancer,
    NetworkTargetGroup,
    TargetGroupHealth,
    TargetType,
)
from apigwv2_integrations.aws_s3 import Bucket, BucketEncryption

Render = Callable[[Stack], dict[str, Any]]


def _stack(region: str | None = "us-east-1") -> Stack:
    env = Environment(account="123456789012", region=region) if region else None
    return Stack(App(), "Logs", env=env)


def _of_type(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {key: r for key, r in template["Resources"].items() if r["Type"] == kind}


def test_access_logs_set_attributes_grant_the_regions_elb_account_and_wait_for_the_policy(
    template: Render,
) -> None:
    stack = _stack()
    bucket = Bucket(stack, "Logs")
    alb = ApplicationLoadBalancer(stack, "Alb", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0))
    alb.log_access_logs(bucket, "alb")
    rendered = template(stack)
    (load_balancer,) = _of_type(rendered, "AWS::ElasticLoadBalancingV2::LoadBalancer").values()
    attributes = {a["Key"]: a["Value"] for a in load_balancer["Properties"]["LoadBalancerAttributes"]}
    assert attributes["access_logs.s3.enabled"] == "true"
    assert attributes["access_logs.s3.prefix"] == "alb"
    (policy_key, policy), *_ = _of_type(rendered, "AWS::S3::BucketPolicy").items()
    assert load_balancer["DependsOn"] == [policy_key]
    statements = policy["Properties"]["PolicyDocument"]["Statement"]
    assert [s["Principal"] for s in statements] == [
        {"AWS": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::127311923021:root"]]}},
        {"Service": "delivery.logs.amazonaws.com"},
        {"Service": "delivery.logs.amazonaws.com"},
    ]
    assert statements[0]["Resource"]["Fn::Join"][1][1] == "/alb/AWSLogs/123456789012/*"


def test_regions_without_an_elb_account_grant_the_log_delivery_service(template: Render) -> None:
    stack = _stack("ap-southeast-4")
    alb = ApplicationLoadBalancer(stack, "Alb", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0))
    alb.log_connection_logs(Bucket(stack, "Logs"))
    (policy,) = _of_type(template(stack), "AWS::S3::BucketPolicy").values()
    first = policy["Properties"]["PolicyDocument"]["Statement"][0]
    assert first["Principal"] == {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"}


def test_logs_need_a_concrete_region_and_an_alb_refuses_a_kms_bucket() -> None:
    stack = _stack(None)
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    with pytest.raises(ValidationError, match=r"^Logs/Alb: access logs need a stack with a concrete region"):
        ApplicationLoadBalancer(stack, "Alb", vpc=vpc).log_access_logs(Bucket(stack, "Logs"))
    regional = _stack()
    vpc = Vpc(regional, "Vpc", max_azs=2, nat_gateways=0)
    encrypted = Bucket(regional, "Kms", encryption=BucketEncryption.KMS)
    with pytest.raises(ValidationError, match=r"the log bucket is encrypted with a KMS key"):
        ApplicationLoadBalancer(regional, "Alb", vpc=vpc).log_connection_logs(encrypted)
    # A Network Load Balancer writes to it.
    NetworkLoadBalancer(regional, "Nlb", vpc=vpc).log_access_logs(encrypted)


def test_minimum_capacity_is_checked_per_kind_and_rendered(template: Render) -> None:
    stack = _stack()
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    ApplicationLoadBalancer(stack, "Alb", vpc=vpc, minimum_capacity_unit=150)
    NetworkLoadBalancer(stack, "Nlb", vpc=vpc, minimum_capacity_unit=5500)
    capacities = [
        r["Properties"]["MinimumLoadBalancerCapacity"]
        for r in _of_type(template(stack), "AWS::ElasticLoadBalancingV2::LoadBalancer").values()
    ]
    assert capacities == [{"CapacityUnits": 150}, {"CapacityUnits": 5500}]
    with pytest.raises(ValidationError, match=r"minimum_capacity_unit=99 is out of range; an Application"):
        ApplicationLoadBalancer(stack, "Low", vpc=vpc, minimum_capacity_unit=99)
    with pytest.raises(
        ValidationError, match=r"minimum_capacity_unit=5000 is 2500 per availability zone of the VPC \(2\)"
    ):
        NetworkLoadBalancer(stack, "Small", vpc=vpc, minimum_capacity_unit=5000)


def test_target_group_health_thresholds_render_off_for_zero_and_are_checked(template: Render) -> None:
    stack = _stack()
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    NetworkTargetGroup(
        stack,
        "Tg",
        vpc=vpc,
        port=80,
        target_group_health=TargetGroupHealth(
            dns_minimum_healthy_target_count=0,
            dns_minimum_healthy_target_percentage=70,
            routing_minimum_healthy_target_count=2,
            routing_minimum_healthy_target_percentage=0,
        ),
    )
    (group,) = _of_type(template(stack), "AWS::ElasticLoadBalancingV2::TargetGroup").values()
    assert group["Properties"]["TargetGroupAttributes"] == [
        {"Key": "target_group_health.dns_failover.minimum_healthy_targets.count", "Value": "off"},
        {"Key": "target_group_health.dns_failover.minimum_healthy_targets.percentage", "Value": "70"},
        {"Key": "target_group_health.unhealthy_state_routing.minimum_healthy_targets.count", "Value": "2"},
        {
            "Key": "target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage",
            "Value": "off",
        },
    ]
    with pytest.raises(
        ValidationError,
        match=r"target_group_health.routing_minimum_healthy_target_count=0 is out of range; "
        r"use a whole number of at least 1$",
    ):
        ApplicationTargetGroup(
            stack, "Zero", vpc=vpc, port=80, target_group_health={"routing_minimum_healthy_target_count": 0}
        )
    with pytest.raises(
        ValidationError, match=r"percentage=101 is out of range; use a whole number from 1 to 100"
    ):
        ApplicationTargetGroup(
            stack,
            "Over",
            vpc=vpc,
            port=80,
            target_group_health={"dns_minimum_healthy_target_percentage": 101},
        )


def test_multi_value_headers_need_lambda_targets(template: Render) -> None:
    stack = _stack()
    ApplicationTargetGroup(stack, "Lambda", target_type=TargetType.LAMBDA, multi_value_headers_enabled=True)
    ApplicationTargetGroup(stack, "Off", target_type=TargetType.LAMBDA, multi_value_headers_enabled=False)
    groups = list(_of_type(template(stack), "AWS::ElasticLoadBalancingV2::TargetGroup").values())
    assert groups[0]["Properties"]["TargetGroupAttributes"] == [
        {"Key": "lambda.multi_value_headers.enabled", "Value": "true"}
    ]
    assert "TargetGroupAttributes" not in groups[1]["Properties"]
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    with pytest.raises(ValidationError, match=r"multi_value_headers_enabled=True needs Lambda targets"):
        ApplicationTargetGroup(stack, "Ip", vpc=vpc, port=80, multi_value_headers_enabled=True)


def test_a_minimum_capacity_of_zero_reserves_nothing(template: Render) -> None:
    stack = _stack()
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    ApplicationLoadBalancer(stack, "Alb", vpc=vpc, minimum_capacity_unit=0)
    NetworkLoadBalancer(stack, "Nlb", vpc=vpc, minimum_capacity_unit=0)
    # As aws-cdk-lib: the property is left out.
    assert [
        "MinimumLoadBalancerCapacity" in r["Properties"]
        for r in _of_type(template(stack), "AWS::ElasticLoadBalancingV2::LoadBalancer").values()
    ] == [False, False]
