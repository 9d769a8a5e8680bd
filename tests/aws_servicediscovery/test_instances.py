"""Instances of a service: IP, CNAME, non-IP and alias targets, their attributes, ids and rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, CfnOutput, Stack, Token, ValidationError
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import ApplicationLoadBalancer
from apigwv2_integrations.aws_servicediscovery import (
    AliasTargetInstance,
    CnameInstance,
    DiscoveryType,
    DnsRecordType,
    HttpNamespace,
    IInstance,
    IpInstance,
    NonIpInstance,
    PrivateDnsNamespace,
    RoutingPolicy,
    Service,
)

Render = Callable[[Stack], dict[str, Any]]


def _instances(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        key: resource["Properties"]
        for key, resource in template["Resources"].items()
        if resource["Type"] == "AWS::ServiceDiscovery::Instance"
    }


def _private_namespace(stack: Stack) -> PrivateDnsNamespace:
    vpc = Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-1", availability_zones=["us-east-1a"])
    return PrivateDnsNamespace(stack, "Ns", name="app.local", vpc=vpc)


def test_ip_instance_has_address_port_and_custom_attributes_which_win(stack: Stack, template: Render) -> None:
    service = HttpNamespace(stack, "Http", name="h").create_service("Svc")
    instance = service.register_ip_instance(
        "Ip", ipv4="10.0.0.1", ipv6="::1", custom_attributes={"AWS_INSTANCE_PORT": "81", "zone": "a"}
    )
    assert isinstance(instance, IpInstance) and isinstance(instance, IInstance)
    assert (instance.ipv4, instance.ipv6, instance.port) == ("10.0.0.1", "::1", 80)
    assert instance.service is service
    assert _instances(template(stack))["HttpSvcIpF165DCBC"] == {
        # A custom attribute replaces the kind's own in place; new ones follow.
        "InstanceAttributes": {
            "AWS_INSTANCE_IPV4": "10.0.0.1",
            "AWS_INSTANCE_IPV6": "::1",
            "AWS_INSTANCE_PORT": "81",
            "zone": "a",
        },
        "InstanceId": "TestHttpSvcIp11B6C421",
        "ServiceId": {"Fn::GetAtt": ["HttpSvc4844B1EF", "Id"]},
    }


def test_ip_instance_port_defaults_to_80_and_a_port_token_is_written_as_text(
    stack: Stack, template: Render
) -> None:
    service = HttpNamespace(stack, "Http", name="h").create_service("Svc")
    port = Token.as_number({"Ref": "Port"})
    service.register_ip_instance("Tok", ipv4="10.0.0.1", port=port)
    service.register_ip_instance("Zero", ipv4="10.0.0.2", port=0)  # aws_cdk takes 0 for "not given"
    ports = [
        props["InstanceAttributes"]["AWS_INSTANCE_PORT"] for props in _instances(template(stack)).values()
    ]
    assert ports == [{"Ref": "Port"}, "80"]


@pytest.mark.parametrize(
    ("record_type", "kwargs", "problem"),
    [
        (
            DnsRecordType.A,
            {"ipv6": "::1"},
            "ipv4=None: the service has A records; pass ipv4=<an IPv4 address>",
        ),
        (DnsRecordType.AAAA, {"ipv4": "1.1.1.1"}, "ipv6=None: the service has AAAA records; pass ipv6="),
        (DnsRecordType.A_AAAA, {"ipv6": "::1"}, "ipv4=None: the service has A_AAAA records"),
        (DnsRecordType.A_AAAA, {"ipv4": "1.1.1.1"}, "ipv6=None: the service has A_AAAA records"),
        (DnsRecordType.SRV, {"ipv4": "1.1.1.1"}, "port=None: the service has SRV records; pass port="),
        (
            DnsRecordType.CNAME,
            {"ipv4": "1.1.1.1"},
            "the service has CNAME records, which an IP instance cannot",
        ),
    ],
)
def test_ip_instance_needs_what_the_services_records_need(
    stack: Stack, record_type: DnsRecordType, kwargs: dict[str, Any], problem: str
) -> None:
    service = _private_namespace(stack).create_service("Svc", dns_record_type=record_type)
    with pytest.raises(ValidationError) as raised:
        service.register_ip_instance("Ip", **kwargs)
    assert str(raised.value).startswith(f"Test/Ns/Svc/Ip: {problem}")


def test_ip_instance_in_srv_service_with_port_and_aaaa_service_with_ipv6(
    stack: Stack, template: Render
) -> None:
    namespace = _private_namespace(stack)
    namespace.create_service("Srv", dns_record_type=DnsRecordType.SRV).register_ip_instance("I", port=443)
    namespace.create_service("Six", dns_record_type=DnsRecordType.AAAA).register_ip_instance("I", ipv6="::1")
    attributes = [props["InstanceAttributes"] for props in _instances(template(stack)).values()]
    assert attributes == [
        {"AWS_INSTANCE_PORT": "443"},
        {"AWS_INSTANCE_IPV6": "::1", "AWS_INSTANCE_PORT": "80"},
    ]


def test_cname_instance_needs_a_dns_namespace_and_cname_records(stack: Stack, template: Render) -> None:
    http_service = HttpNamespace(stack, "Http", name="h").create_service("Svc")
    with pytest.raises(ValidationError, match=r"^Test/Http/Svc/C: the service is in an HTTP namespace"):
        http_service.register_cname_instance("C", instance_cname="x.example.com")
    namespace = _private_namespace(stack)
    a_service = namespace.create_service("A")
    with pytest.raises(
        ValidationError, match=r"the service has A records; a CnameInstance needs a service with"
    ):
        a_service.register_cname_instance("C", instance_cname="x.example.com")
    cname_service = namespace.create_service("Cname", dns_record_type=DnsRecordType.CNAME)
    instance = cname_service.register_cname_instance("C", instance_cname="x.example.com", instance_id="given")
    assert isinstance(instance, CnameInstance) and instance.cname == "x.example.com"
    assert list(_instances(template(stack)).values()) == [
        {
            "InstanceAttributes": {"AWS_INSTANCE_CNAME": "x.example.com"},
            "InstanceId": "given",
            "ServiceId": {"Fn::GetAtt": ["NsCnameA8860050", "Id"]},
        }
    ]


def test_non_ip_instance_needs_api_discovery_and_custom_attributes(stack: Stack, template: Render) -> None:
    namespace = _private_namespace(stack)
    with pytest.raises(
        ValidationError, match=r"^Test/Ns/Dns/N: the service is discovered by DNS; a NonIpInstance"
    ):
        namespace.create_service("Dns").register_non_ip_instance("N", custom_attributes={"a": "b"})
    api_service = namespace.create_service("Api", discovery_type=DiscoveryType.API)
    for empty in (None, {}):
        with pytest.raises(
            ValidationError, match=r"custom_attributes=(None|\{\}): a NonIpInstance is described"
        ):
            api_service.register_non_ip_instance(f"N{len(str(empty))}", custom_attributes=empty)
    api_service.register_non_ip_instance("Ok", custom_attributes={"arn": "arn:aws:s3:::b"})
    assert [props["InstanceAttributes"] for props in _instances(template(stack)).values()] == [
        {"arn": "arn:aws:s3:::b"}
    ]


def test_alias_target_needs_dns_a_or_aaaa_records_and_weighted_routing(stack: Stack) -> None:
    http_service = HttpNamespace(stack, "Http", name="h").create_service("Svc")
    with pytest.raises(ValidationError, match=r"the service is in an HTTP namespace"):
        AliasTargetInstance(stack, "A1", service=http_service, dns_name="lb")
    namespace = _private_namespace(stack)
    srv = namespace.create_service("Srv", dns_record_type=DnsRecordType.SRV)
    with pytest.raises(ValidationError, match=r"the service has SRV records; an alias target needs"):
        AliasTargetInstance(stack, "A2", service=srv, dns_name="lb")
    multivalue = namespace.create_service("Multi")
    assert multivalue.routing_policy == RoutingPolicy.MULTIVALUE
    with pytest.raises(
        ValidationError, match=r"routing_policy=RoutingPolicy.MULTIVALUE; an alias target needs"
    ):
        AliasTargetInstance(stack, "A3", service=multivalue, dns_name="lb")


def test_register_load_balancer_points_the_alias_at_its_dns_name(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Net", max_azs=2, nat_gateways=0)
    namespace = PrivateDnsNamespace(stack, "Ns", name="app.local", vpc=vpc)
    service = namespace.create_service("Lb", load_balancer=True)
    load_balancer = ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
    instance = service.register_load_balancer("Reg", load_balancer, {"team": "web"})
    assert isinstance(instance, AliasTargetInstance)
    assert instance.dns_name == load_balancer.load_balancer_dns_name
    (props,) = _instances(template(stack)).values()
    assert props["InstanceAttributes"] == {
        "AWS_ALIAS_DNS_NAME": {"Fn::GetAtt": ["Alb16C2F182", "DNSName"]},
        "team": "web",
    }


def test_instance_id_is_the_unique_id_cut_to_its_last_64_characters(template: Render) -> None:
    # aws_cdk cuts the id of every kind but AliasTargetInstance, whose long ids CloudFormation rejects.
    stack = Stack(App(), "AStackWithALongNameSoThatIdsGrowPastTheLimit")
    namespace = _private_namespace(stack)
    service = namespace.create_service("AServiceWithALongIdentifier", load_balancer=True)
    service.register_ip_instance("IpInstanceWithALongIdentifierToo", ipv4="10.0.0.1")
    AliasTargetInstance(service, "AliasInstanceWithALongIdentifierToo", service=service, dns_name="lb")
    ids = [props["InstanceId"] for props in _instances(template(stack)).values()]
    assert [len(instance_id) for instance_id in ids] == [64, 64]
    assert all(instance_id.endswith("IdentifierToo" + instance_id[-8:]) for instance_id in ids)


def test_instance_id_attribute_is_the_resource_ref_and_imported_services_take_instances(
    stack: Stack, template: Render
) -> None:
    namespace = _private_namespace(stack)
    imported = Service.from_service_attributes(
        stack,
        "Imported",
        namespace=namespace,
        service_arn="arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1",
        service_id="srv-1",
        service_name="imported",
        dns_record_type=DnsRecordType.A,
        routing_policy=RoutingPolicy.MULTIVALUE,
    )
    assert imported.discovery_type == DiscoveryType.DNS_AND_API
    instance = IpInstance(stack, "Into", service=imported, ipv4="10.0.0.6")
    CfnOutput(stack, "Id", value=instance.instance_id)
    rendered = template(stack)
    assert rendered["Outputs"]["Id"] == {"Value": {"Ref": "IntoEFC909DE"}}
    assert rendered["Resources"]["IntoEFC909DE"]["Properties"]["ServiceId"] == "srv-1"


def test_non_ip_instance_direct_construction(stack: Stack) -> None:
    service = HttpNamespace(stack, "Http", name="h").create_service("Svc")
    instance = NonIpInstance(stack, "Direct", service=service, custom_attributes={"a": "b"})
    assert instance.service is service
    assert Token.is_unresolved(instance.instance_id)


def test_instance_ref_names_the_instance_and_its_service(stack: Stack) -> None:
    service = HttpNamespace(stack, "Http", name="h").create_service("Svc")
    instance = service.register_ip_instance("Ip", ipv4="10.0.0.1")
    assert instance.instance_ref.instance_id == instance.instance_id
    assert instance.instance_ref.service_id == service.service_id
