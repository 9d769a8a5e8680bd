"""ApplicationListener: protocol and port defaults, ingress rules, targets, rules, validation and imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import CfnParameter, Stack
from apigwv2_integrations.aws_ec2 import SecurityGroup, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationListener,
    ApplicationLoadBalancer,
    ApplicationProtocol,
    ApplicationTargetGroup,
    ListenerAction,
    ListenerCertificate,
    ListenerCondition,
)
from apigwv2_integrations.aws_elasticloadbalancingv2_targets import IpTarget
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _lb(stack: Stack) -> ApplicationLoadBalancer:
    return ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1))


def test_open_listener_allows_anyone_on_its_port(stack: Stack, template: Render) -> None:
    _lb(stack).add_listener("L", port=8080, default_action=ListenerAction.fixed_response(200))
    assert template(stack)["Resources"]["LbSecurityGroup89A8258D"]["Properties"]["SecurityGroupIngress"] == [
        {
            "CidrIp": "0.0.0.0/0",
            "Description": "Allow from anyone on port 8080",
            "FromPort": 8080,
            "IpProtocol": "tcp",
            "ToPort": 8080,
        }
    ]


def test_closed_listener_adds_no_ingress_rule(stack: Stack, template: Render) -> None:
    _lb(stack).add_listener("L", port=80, open=False, default_action=ListenerAction.fixed_response(200))
    group = template(stack)["Resources"]["LbSecurityGroup89A8258D"]["Properties"]
    assert "SecurityGroupIngress" not in group


def test_add_targets_creates_a_group_and_forwards_to_it(stack: Stack, template: Render) -> None:
    listener = _lb(stack).add_listener("L", port=80)
    listener.add_targets("Ips", port=80, targets=[IpTarget("10.0.0.1", 8080, "us-east-1a")])
    resources = template(stack)["Resources"]
    assert resources["LbL59639F87"]["Properties"] == {
        "DefaultActions": [{"TargetGroupArn": {"Ref": "LbLIpsGroupE5F351C8"}, "Type": "forward"}],
        "LoadBalancerArn": {"Ref": "Lb1928D9D6"},
        "Port": 80,
        "Protocol": "HTTP",
    }
    assert resources["LbLIpsGroupE5F351C8"]["Properties"]["Targets"] == [
        {"AvailabilityZone": "us-east-1a", "Id": "10.0.0.1", "Port": 8080}
    ]


def test_add_action_with_priority_creates_a_rule(stack: Stack, template: Render) -> None:
    listener = _lb(stack).add_listener("L", port=80, default_action=ListenerAction.fixed_response(200))
    listener.add_action(
        "Fixed",
        priority=10,
        conditions=[
            ListenerCondition.path_patterns(["/static/*"]),
            ListenerCondition.host_headers(["a.com"]),
        ],
        action=ListenerAction.fixed_response(404, content_type="text/plain", message_body="nope"),
    )
    rules = resources_of_type(template(stack), "AWS::ElasticLoadBalancingV2::ListenerRule")
    assert rules["LbLFixedRule0A8E4277"]["Properties"] == {
        "Actions": [
            {
                "FixedResponseConfig": {
                    "ContentType": "text/plain",
                    "MessageBody": "nope",
                    "StatusCode": "404",
                },
                "Type": "fixed-response",
            }
        ],
        "Conditions": [
            {"Field": "path-pattern", "PathPatternConfig": {"Values": ["/static/*"]}},
            {"Field": "host-header", "HostHeaderConfig": {"Values": ["a.com"]}},
        ],
        "ListenerArn": {"Ref": "LbL59639F87"},
        "Priority": 10,
    }


def test_extra_certificates_become_listener_certificates(stack: Stack, template: Render) -> None:
    _lb(stack).add_listener(
        "L",
        port=443,
        certificates=[ListenerCertificate.from_arn("arn:c1"), ListenerCertificate.from_arn("arn:c2")],
        default_action=ListenerAction.fixed_response(200),
    )
    resources = template(stack)["Resources"]
    assert resources["LbL59639F87"]["Properties"]["Certificates"] == [{"CertificateArn": "arn:c1"}]
    assert resources["LbLDefaultCertificates1F9A070B6"]["Properties"] == {
        "Certificates": [{"CertificateArn": "arn:c2"}],
        "ListenerArn": {"Ref": "LbL59639F87"},
    }


def test_listener_without_port_or_protocol_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _lb(stack).add_listener("L")
    assert str(error.value) == "Test/Lb: port=None and protocol=None; pass at least one of them"


def test_unknown_port_needs_a_protocol(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _lb(stack).add_listener("L", port=1234)
    assert str(error.value) == (
        "Test/Lb: port=1234 has no default protocol; pass protocol=ApplicationProtocol.HTTP or HTTPS"
    )


def test_port_out_of_range_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _lb(stack).add_listener("L", port=70000, protocol=ApplicationProtocol.HTTP)
    assert str(error.value) == "Test/Lb: port=70000 is out of range; use 1 to 65535"


def test_token_port_opens_an_indirect_port(stack: Stack, template: Render) -> None:
    port = CfnParameter(stack, "Port", type="Number").value_as_number
    lb = _lb(stack)
    lb.add_listener(
        "L", port=port, protocol=ApplicationProtocol.HTTP, default_action=ListenerAction.fixed_response(200)
    )
    resources = template(stack)["Resources"]
    assert resources["LbSecurityGroupfrom00000IndirectPort2382590E"]["Properties"] == {
        "CidrIp": "0.0.0.0/0",
        "Description": {"Fn::Join": ["", ["Allow from anyone on port ", {"Ref": "Port"}]]},
        "FromPort": {"Ref": "Port"},
        "GroupId": {"Fn::GetAtt": ["LbSecurityGroup89A8258D", "GroupId"]},
        "IpProtocol": "tcp",
        "ToPort": {"Ref": "Port"},
    }


def test_https_listener_needs_a_certificate(stack: Stack, template: Render) -> None:
    _lb(stack).add_listener("L", port=443, default_action=ListenerAction.fixed_response(200))
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert error.value.problems == [
        (
            "Test/Lb/L",
            "protocol=ApplicationProtocol.HTTPS and the listener has no certificate; "
            "pass certificates=... or call add_certificates()",
        )
    ]


def test_listener_needs_a_default_action(stack: Stack, template: Render) -> None:
    _lb(stack).add_listener("L", port=80)
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert error.value.problems == [
        (
            "Test/Lb/L",
            "the listener has no default action; call add_targets(), add_target_groups() or "
            "add_action() without priority, or pass default_action=...",
        )
    ]


def test_default_action_and_default_target_groups_exclude_each_other(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    lb = ApplicationLoadBalancer(stack, "Lb", vpc=vpc)
    group = ApplicationTargetGroup(stack, "Group", vpc=vpc, port=80)
    with pytest.raises(ValidationError) as error:
        lb.add_listener(
            "L", port=80, default_action=ListenerAction.fixed_response(200), default_target_groups=[group]
        )
    assert str(error.value) == (
        "Test/Lb/L: default_action and default_target_groups are both set; pass only one of them"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"priority": 1},
            "Test/Lb/L: priority is set but conditions=None; pass both to add a rule, "
            "or neither for the default action",
        ),
        (
            {"conditions": [ListenerCondition.path_patterns(["/"])]},
            "Test/Lb/L: conditions is set but priority=None; pass both to add a rule, "
            "or neither for the default action",
        ),
    ],
)
def test_priority_and_conditions_go_together(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    listener = _lb(stack).add_listener("L", port=80)
    with pytest.raises(ValidationError) as error:
        listener.add_action("A", action=ListenerAction.fixed_response(200), **kwargs)
    assert str(error.value) == message


def test_rule_priority_below_one_is_rejected(stack: Stack) -> None:
    listener = _lb(stack).add_listener("L", port=80)
    with pytest.raises(ValidationError) as error:
        listener.add_action(
            "A",
            priority=0,
            conditions=[ListenerCondition.path_patterns(["/"])],
            action=ListenerAction.fixed_response(200),
        )
    assert str(error.value) == "Test/Lb/L/ARule: priority=0 is below 1; use 1 to 50000"


def _imported(stack: Stack) -> Any:
    return ApplicationListener.from_application_listener_attributes(
        stack,
        "Imported",
        listener_arn="arn:listener",
        security_group=SecurityGroup.from_security_group_id(stack, "Sg", "sg-1"),
        default_port=80,
    )


def test_imported_listener_takes_rules_with_priority(stack: Stack, template: Render) -> None:
    _imported(stack).add_action(
        "A",
        priority=3,
        conditions=[ListenerCondition.path_patterns(["/a"])],
        action=ListenerAction.fixed_response(200),
    )
    rules = resources_of_type(template(stack), "AWS::ElasticLoadBalancingV2::ListenerRule")
    assert [rule["Properties"]["ListenerArn"] for rule in rules.values()] == ["arn:listener"]


def test_imported_listener_rejects_a_default_action(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _imported(stack).add_action("A", action=ListenerAction.fixed_response(200))
    assert str(error.value) == (
        "Test/Imported: priority=None on an imported listener, whose default action cannot change; "
        "pass priority=..."
    )


def test_imported_listener_rejects_add_targets(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _imported(stack).add_targets("T", port=80)
    assert str(error.value) == (
        "Test/Imported: add_targets() needs a listener defined in this app; create an ApplicationTargetGroup "
        "and call add_target_groups() with priority and conditions"
    )


def test_listener_exposes_its_load_balancer_and_vpc(stack: Stack) -> None:
    lb = _lb(stack)
    listener = lb.add_listener("L", port=80)
    assert listener.load_balancer is lb
    assert listener.load_balancer.vpc is lb.vpc


def test_imported_load_balancer_without_vpc_cannot_add_targets(stack: Stack) -> None:
    lb = ApplicationLoadBalancer.from_application_load_balancer_attributes(
        stack,
        "Imported",
        load_balancer_arn="arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/x/1",
        security_group_id="sg-1",
    )
    listener = lb.add_listener("L", port=80)
    with pytest.raises(ValidationError) as error:
        listener.add_targets("T", port=80)
    assert str(error.value) == (
        "Test/Imported/L: the load balancer is imported without vpc, so add_targets() cannot create a target "
        "group; create an ApplicationTargetGroup and call add_target_groups()"
    )


def test_imported_listener_takes_certificates_in_one_resource(stack: Stack, template: Render) -> None:
    _imported(stack).add_certificates(
        "Extra", [ListenerCertificate.from_arn("arn:cert:a"), ListenerCertificate.from_arn("arn:cert:b")]
    )
    assert resources_of_type(template(stack), "AWS::ElasticLoadBalancingV2::ListenerCertificate") == {
        "ImportedExtraC01B5238": {
            "Type": "AWS::ElasticLoadBalancingV2::ListenerCertificate",
            "Properties": {
                "Certificates": [{"CertificateArn": "arn:cert:a"}, {"CertificateArn": "arn:cert:b"}],
                "ListenerArn": "arn:listener",
            },
        }
    }
