"""Warnings aws-cdk-lib gives on load balancer listeners and imported target groups, with its ids and
texts (checked against aws-cdk-lib 2.275.0's metadata for the same app)."""

from __future__ import annotations

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_ec2 import SecurityGroup, Subnet, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationLoadBalancer,
    ApplicationTargetGroup,
    ListenerAction,
)


def _stack() -> tuple[App, Stack]:
    app = App()
    return app, Stack(app, "S", env=Environment(account="111111111111", region="us-east-1"))


def test_an_imported_target_group_warns_that_it_cannot_open_security_groups() -> None:
    app, stack = _stack()
    vpc = Vpc.from_vpc_attributes(
        stack,
        "V",
        vpc_id="vpc-0123456789abcdef0",
        availability_zones=["us-east-1a"],
        public_subnet_ids=["subnet-0123456789abcdef0"],
        public_subnet_route_table_ids=["rtb-0123456789abcdef0"],
    )
    listener = ApplicationLoadBalancer(stack, "Alb", vpc=vpc).add_listener("L", port=80)
    group = ApplicationTargetGroup.from_target_group_attributes(
        stack, "Tg", target_group_arn="arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/t/0123"
    )
    listener.add_target_groups("Tgs", target_groups=[group])
    group.register_connectable(SecurityGroup(stack, "Sg", vpc=vpc))
    assert app.synth().warnings == [
        (
            "S/Tg",
            "Cannot register listener on imported target group -- security groups might need to be updated "
            "manually [ack: @aws-cdk/aws-elbv2:albTargetGroupCannotRegisterListener]",
        ),
        (
            "S/Tg",
            "Cannot register connectable on imported target group -- security groups might need to be "
            "updated manually [ack: @aws-cdk/aws-elbv2:albTargetGroupCannotRegisterConnectable]",
        ),
    ]


def test_a_second_default_action_replaces_the_first_with_a_warning() -> None:
    app, stack = _stack()
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
    listener = ApplicationLoadBalancer(stack, "Alb", vpc=vpc).add_listener(
        "L", port=80, default_action=ListenerAction.fixed_response(200)
    )
    listener.add_action("Other", action=ListenerAction.fixed_response(404))
    assert app.synth().warnings == [
        (
            "S/Alb/L",
            "A default Action already existed on this Listener and was replaced. Configure exactly one "
            "default Action. [ack: @aws-cdk/aws-elbv2:listenerExistingDefaultActionReplaced]",
        )
    ]


def test_an_imported_subnet_without_route_table_warns() -> None:
    app, stack = _stack()
    Subnet.from_subnet_id(stack, "ById", "subnet-0aaa")
    Subnet.from_subnet_attributes(stack, "WithRouteTable", subnet_id="subnet-0bbb", route_table_id="rtb-1")
    assert app.synth().warnings == [
        (
            "S/ById",
            "No routeTableId was provided to the subnet 'subnet-0aaa'. Attempting to read its "
            ".routeTable.routeTableId will return null/undefined. (More info: "
            "https://github.com/aws/aws-cdk/pull/3171) [ack: @aws-cdk/aws-ec2:noSubnetRouteTableId]",
        )
    ]
