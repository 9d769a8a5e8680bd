"""The shared base of imported load balancers, listeners and target groups, seen through ALB and NLB."""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, Environment, Fn, Stack
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.aws_ec2 import SecurityGroup, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationListener,
    ApplicationLoadBalancer,
    ApplicationTargetGroup,
    HttpCodeElb,
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
def test_imported_target_group_without_load_balancer_arns_gives_no_value(
    stack: Stack, target_group_class: type[ApplicationTargetGroup] | type[NetworkTargetGroup]
) -> None:
    # As in aws-cdk-lib: AWS::NoValue, which leaves out a property it is given to.
    group = target_group_class.from_target_group_attributes(
        stack, "Imported", target_group_arn=TARGET_GROUP_ARN
    )
    assert group.target_group_arn == TARGET_GROUP_ARN
    assert stack.resolve(group.load_balancer_arns) == {"Ref": "AWS::NoValue"}


def test_listener_certificate_from_certificate_manager_takes_the_certificate_arn(stack: Stack) -> None:
    certificate = Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:us-west-2:123456789012:certificate/c"
    )
    assert ListenerCertificate.from_certificate_manager(certificate).certificate_arn == (
        "arn:aws:acm:us-west-2:123456789012:certificate/c"
    )


def _split_full_name(arn: object) -> dict[str, object]:
    """aws-cdk-lib's deploy-time full name of a load balancer whose ARN is a token."""
    parts = {"Fn::Split": ["/", arn]}
    return {
        "Fn::Join": [
            "",
            [
                {"Fn::Select": [1, parts]},
                "/",
                {"Fn::Select": [2, parts]},
                "/",
                {"Fn::Select": [3, parts]},
            ],
        ]
    }


def _stack_in_an_environment() -> Stack:
    return Stack(App(), "Test", env=Environment(account="123456789012", region="eu-west-2"))


def test_imported_application_load_balancer_has_metrics_named_by_its_arn() -> None:
    stack = _stack_in_an_environment()
    lb = ApplicationLoadBalancer.from_application_load_balancer_attributes(
        stack, "Imported", load_balancer_arn=ALB_ARN, security_group_id="sg-1"
    )
    metric = lb.metrics.http_code_elb(HttpCodeElb.ELB_5XX_COUNT)
    assert (metric.namespace, metric.metric_name, metric.statistic) == (
        "AWS/ApplicationELB",
        "HTTPCode_ELB_5XX_Count",
        "Sum",
    )
    assert metric.dimensions == {"LoadBalancer": "app/x/1"}
    # Only the canned metrics are attached to the load balancer's stack, as in aws-cdk-lib.
    assert lb.metrics.request_count().region == "eu-west-2"
    assert lb.metrics.custom("Custom").region is None


def test_imported_network_load_balancer_has_metrics_named_by_its_arn() -> None:
    stack = _stack_in_an_environment()
    lb = NetworkLoadBalancer.from_network_load_balancer_attributes(
        stack, "Imported", load_balancer_arn=NLB_ARN
    )
    metric = lb.metrics.new_flow_count()
    assert (metric.namespace, metric.metric_name, metric.statistic) == (
        "AWS/NetworkELB",
        "NewFlowCount",
        "Sum",
    )
    assert metric.dimensions == {"LoadBalancer": "net/y/2"}
    # Unlike an ALB's, an NLB's custom metrics are attached to the load balancer's stack too.
    custom = lb.metrics.custom("Custom")
    assert (custom.region, custom.account) == ("eu-west-2", "123456789012")


def test_imported_load_balancer_with_a_token_arn_splits_it_at_deploy_time(stack: Stack) -> None:
    arn = Fn.import_value("AlbArn")
    lb = ApplicationLoadBalancer.from_application_load_balancer_attributes(
        stack, "Imported", load_balancer_arn=arn, security_group_id="sg-1"
    )
    assert stack.resolve(lb.metrics.request_count().dimensions) == {
        "LoadBalancer": _split_full_name({"Fn::ImportValue": "AlbArn"})
    }


def test_imported_load_balancer_with_an_arn_without_a_name_is_rejected(stack: Stack) -> None:
    arn = "arn:aws:elasticloadbalancing:eu-west-1:210987654321:loadbalancer"
    with pytest.raises(ValidationError) as error:
        NetworkLoadBalancer.from_network_load_balancer_attributes(stack, "Imported", load_balancer_arn=arn)
    assert str(error.value) == (
        f"Test/Imported: load_balancer_arn={arn!r} is not the ARN of a load balancer; "
        "expected 'arn:...:loadbalancer/<app|net>/<name>/<id>'"
    )


def test_looked_up_load_balancers_have_metrics() -> None:
    stack = _stack_in_an_environment()
    alb = ApplicationLoadBalancer.from_lookup(stack, "Alb", load_balancer_tags={"app": "web"})
    nlb = NetworkLoadBalancer.from_lookup(stack, "Nlb", load_balancer_tags={"app": "web"})
    # Until the CLI has looked them up, aws-cdk-lib's dummy ARNs name them.
    assert alb.metrics.request_count().dimensions == {
        "LoadBalancer": "application/my-load-balancer/50dc6c495c0c9188"
    }
    assert nlb.metrics.active_flow_count().dimensions == {
        "LoadBalancer": "network/my-load-balancer/50dc6c495c0c9188"
    }


def test_imported_application_target_group_with_load_balancer_arns_has_metrics(stack: Stack) -> None:
    group = ApplicationTargetGroup.from_target_group_attributes(
        stack, "Imported", target_group_arn=TARGET_GROUP_ARN, load_balancer_arns=ALB_ARN
    )
    metric = group.metrics.healthy_host_count()
    assert (metric.namespace, metric.metric_name, metric.statistic) == (
        "AWS/ApplicationELB",
        "HealthyHostCount",
        "Average",
    )
    assert metric.dimensions == {"LoadBalancer": "app/x/1", "TargetGroup": "targetgroup/tg/3"}


def test_imported_network_target_group_with_token_arns_splits_them_at_deploy_time(stack: Stack) -> None:
    group = NetworkTargetGroup.from_target_group_attributes(
        stack,
        "Imported",
        target_group_arn=Fn.import_value("GroupArn"),
        load_balancer_arns=Fn.import_value("NlbArn"),
    )
    metric = group.metrics.un_healthy_host_count()
    assert (metric.namespace, metric.metric_name) == ("AWS/NetworkELB", "UnHealthyHostCount")
    assert stack.resolve(metric.dimensions) == {
        "LoadBalancer": _split_full_name({"Fn::ImportValue": "NlbArn"}),
        "TargetGroup": {"Fn::Select": [5, {"Fn::Split": [":", {"Fn::ImportValue": "GroupArn"}]}]},
    }


@pytest.mark.parametrize(
    ("target_group_class", "kind"),
    [(ApplicationTargetGroup, "Application"), (NetworkTargetGroup, "Network")],
)
def test_imported_target_group_without_load_balancer_arns_has_no_metrics(
    stack: Stack, target_group_class: type[ApplicationTargetGroup] | type[NetworkTargetGroup], kind: str
) -> None:
    group = target_group_class.from_target_group_attributes(
        stack, "Imported", target_group_arn=TARGET_GROUP_ARN
    )
    with pytest.raises(ValidationError) as error:
        _ = group.metrics
    assert str(error.value) == (
        "Test/Imported: load_balancer_arns=None, so the imported group's metrics lack their LoadBalancer "
        f"dimension; pass load_balancer_arns=... to {kind}TargetGroup.from_target_group_attributes()"
    )
