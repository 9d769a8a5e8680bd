"""LambdaTarget (an ALB invokes a function) and the ALB targets of a Network Load Balancer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationLoadBalancer,
    ApplicationTargetGroup,
    NetworkLoadBalancer,
    NetworkTargetGroup,
    Protocol,
)
from apigwv2_integrations.aws_elasticloadbalancingv2_targets import (
    AlbArnTarget,
    AlbListenerTarget,
    AlbTarget,
    LambdaTarget,
)
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
PERMISSION = "FnInvoke2UTWxhlfyqbT5FTn5jvgbLgjFfJwzswGk55DU1HYE3499D64"


def _function(stack: Stack) -> Function:
    return Function(
        stack, "Fn", runtime=Runtime.PYTHON_3_12, handler="index.handler", code=Code.from_inline("x")
    )


def test_a_lambda_target_group_invokes_the_function_after_its_permission(
    stack: Stack, template: Render
) -> None:
    ApplicationTargetGroup(stack, "Group", targets=[LambdaTarget(_function(stack))])
    rendered = template(stack)
    (group,) = resources_of_type(rendered, "AWS::ElasticLoadBalancingV2::TargetGroup").values()
    assert group == {
        "Type": "AWS::ElasticLoadBalancingV2::TargetGroup",
        "Properties": {"TargetType": "lambda", "Targets": [{"Id": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}}]},
        "DependsOn": [PERMISSION],
    }
    assert rendered["Resources"][PERMISSION]["Properties"] == {
        "Action": "lambda:InvokeFunction",
        "FunctionName": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
        "Principal": "elasticloadbalancing.amazonaws.com",
    }
    assert_cfn_lint_clean(rendered)


def test_a_network_load_balancer_refuses_a_lambda_target(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    with pytest.raises(ValidationError) as error:
        NetworkTargetGroup(stack, "Group", vpc=vpc, port=80, targets=[LambdaTarget(_function(stack))])
    assert str(error.value) == (
        "Test/Group: targets has LambdaTarget(Test/Fn); a Network Load Balancer cannot invoke Lambda "
        "functions: put the function behind an Application Load Balancer"
    )


def test_alb_targets_register_the_load_balancer_on_a_port(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    alb = ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
    listener = alb.add_listener("Http", port=80, open=False)
    listener.add_targets("Fn", targets=[LambdaTarget(_function(stack))])
    nlb = NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    nlb.add_listener("ByListener", port=80).add_targets("Alb", port=80, targets=[AlbListenerTarget(listener)])
    nlb.add_listener("ByAlb", port=81).add_targets("Alb", port=80, targets=[AlbTarget(alb, 80)])
    nlb.add_listener("ByArn", port=82, protocol=Protocol.TCP).add_targets(
        "Alb",
        port=80,
        targets=[AlbArnTarget("arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/x/y", 8080)],
    )
    rendered = template(stack)
    groups = resources_of_type(rendered, "AWS::ElasticLoadBalancingV2::TargetGroup")
    targets = {
        key: (group["Properties"]["TargetType"], group["Properties"]["Targets"], group.get("DependsOn"))
        for key, group in groups.items()
        if group["Properties"]["TargetType"] == "alb"
    }
    alb_ref = {"Ref": "Alb16C2F182"}
    assert list(targets.values()) == [
        ("alb", [{"Id": alb_ref, "Port": 80}], ["AlbHttpFnGroup12D51683", "AlbHttp7966E42E"]),
        ("alb", [{"Id": alb_ref, "Port": 80}], None),
        (
            "alb",
            [{"Id": "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/x/y", "Port": 8080}],
            None,
        ),
    ]
    assert repr(AlbArnTarget("arn", 1)) == "AlbArnTarget('arn', 1)"


def test_a_function_with_an_invoke_permission_warns_when_it_gets_a_current_version(stack: Stack) -> None:
    from apigwv2_integrations.assertions import Annotations, Match

    fn = _function(stack)
    ApplicationTargetGroup(stack, "Group", targets=[LambdaTarget(fn)])
    fn.current_version  # noqa: B018 - reading it makes the version
    Annotations.from_stack(stack).has_warning(
        "/Test/Fn", Match.string_like_regexp("AWS Lambda has changed their authorization strategy")
    )


def test_no_warning_without_an_invoke_permission(stack: Stack) -> None:
    from apigwv2_integrations.assertions import Annotations, Match
    from apigwv2_integrations.aws_iam import ServicePrincipal

    fn = _function(stack)
    fn.add_permission("Get", principal=ServicePrincipal("s3.amazonaws.com"), action="lambda:GetFunction")
    fn.current_version  # noqa: B018 - reading it makes the version
    Annotations.from_stack(stack).has_no_warning("*", Match.any_value())
