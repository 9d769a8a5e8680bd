"""The shared base of imported load balancers, listeners and target groups, seen through ALB and NLB."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.aws_ec2 import SecurityGroup, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationListener,
    ApplicationLoadBalancer,
    ApplicationTargetGroup,
    ListenerCertificate,
    NetworkListener,
    NetworkLoadBalancer,
    NetworkTargetGroup,
)
from apigwv2_integrations.core.errors import ValidationError

ALB_ARN = "arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/x/1"
NLB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:210987654321:loadbalancer/net/y/2"
TARGET_GROUP_ARN = "arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/tg/3"


def test_imported_network_load_balancer_keeps_its_attributes_and_environment(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    lb = NetworkLoadBalancer.from_network_load_balancer_attributes(
        stack,
        "Imported",
        load_balancer_arn=NLB_ARN,
        load_balancer_dns_name="y.elb.amazonaws.com",
        load_balancer_canonical_hosted_zone_id="Z2",
        vpc=vpc,
    )
    assert (lb.load_balancer_arn, lb.load_balancer_dns_name, lb.load_balancer_canonical_hosted_zone_id) == (
        NLB_ARN,
        "y.elb.amazonaws.com",
        "Z2",
    )
    assert lb.vpc is vpc
    assert (lb.env.account, lb.env.region) == ("210987654321", "eu-west-1")


def test_imported_network_load_balancer_without_dns_name_names_its_factory(stack: Stack) -> None:
    lb = NetworkLoadBalancer.from_network_load_balancer_attributes(
        stack, "Imported", load_balancer_arn=NLB_ARN
    )
    with pytest.raises(ValidationError) as error:
        _ = lb.load_balancer_dns_name
    assert str(error.value) == (
        "Test/Imported: load_balancer_dns_name=None in the imported load balancer's attributes; "
        "pass it to from_network_load_balancer_attributes()"
    )


def test_imported_application_load_balancer_without_hosted_zone_names_its_factory(stack: Stack) -> None:
    lb = ApplicationLoadBalancer.from_application_load_balancer_attributes(
        stack, "Imported", load_balancer_arn=ALB_ARN, security_group_id="sg-1"
    )
    with pytest.raises(ValidationError) as error:
        _ = lb.load_balancer_canonical_hosted_zone_id
    assert str(error.value) == (
        "Test/Imported: load_balancer_canonical_hosted_zone_id=None in the imported load balancer's "
        "attributes; pass it to from_application_load_balancer_attributes()"
    )


def test_imported_listeners_keep_their_arn(stack: Stack) -> None:
    network = NetworkListener.from_network_listener_arn(stack, "Network", "arn:network-listener")
    application = ApplicationListener.from_application_listener_attributes(
        stack,
        "Application",
        listener_arn="arn:application-listener",
        security_group=SecurityGroup.from_security_group_id(stack, "Group", "sg-1"),
    )
    assert (network.listener_arn, application.listener_arn) == (
        "arn:network-listener",
        "arn:application-listener",
    )


@pytest.mark.parametrize("target_group_class", [ApplicationTargetGroup, NetworkTargetGroup])
def test_imported_target_group_without_load_balancer_arns_says_so(
    stack: Stack, target_group_class: type[ApplicationTargetGroup] | type[NetworkTargetGroup]
) -> None:
    group = target_group_class.from_target_group_attributes(
        stack, "Imported", target_group_arn=TARGET_GROUP_ARN
    )
    assert group.target_group_arn == TARGET_GROUP_ARN
    with pytest.raises(ValidationError) as error:
        _ = group.load_balancer_arns
    assert str(error.value) == (
        "Test/Imported: load_balancer_arns=None in the imported group's attributes; "
        "pass load_balancer_arns=..."
    )


def test_listener_certificate_from_certificate_manager_takes_the_certificate_arn(stack: Stack) -> None:
    certificate = Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:us-west-2:123456789012:certificate/c"
    )
    assert ListenerCertificate.from_certificate_manager(certificate).certificate_arn == (
        "arn:aws:acm:us-west-2:123456789012:certificate/c"
    )
