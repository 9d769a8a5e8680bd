"""Service: DNS config defaults, health checks, API-only services, validation and imports."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_servicediscovery import (
    DiscoveryType,
    DnsRecordType,
    HealthCheckConfig,
    HealthCheckCustomConfig,
    HealthCheckType,
    HttpNamespace,
    PrivateDnsNamespace,
    PublicDnsNamespace,
    RoutingPolicy,
    Service,
    ServiceProps,
)
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]


def _private(stack: Stack) -> PrivateDnsNamespace:
    return PrivateDnsNamespace(stack, "Ns", name="x.local", vpc=Vpc(stack, "Vpc", max_azs=1))


def test_keywords_match_props_fields() -> None:
    keywords = list(inspect.signature(Service.__init__).parameters)[3:]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(ServiceProps))


def test_default_service_has_one_a_record_and_multivalue_routing(stack: Stack, template: Render) -> None:
    _private(stack).create_service("Svc")
    assert template(stack)["Resources"]["NsSvcFBBB2FA7"]["Properties"] == {
        "DnsConfig": {
            "DnsRecords": [{"TTL": 60, "Type": "A"}],
            "NamespaceId": {"Fn::GetAtt": ["Ns33A06F6E", "Id"]},
            "RoutingPolicy": "MULTIVALUE",
        },
        "NamespaceId": {"Fn::GetAtt": ["Ns33A06F6E", "Id"]},
    }


def test_a_aaaa_renders_two_records(stack: Stack, template: Render) -> None:
    _private(stack).create_service("Svc", dns_record_type=DnsRecordType.A_AAAA, dns_ttl=Duration.seconds(5))
    records = template(stack)["Resources"]["NsSvcFBBB2FA7"]["Properties"]["DnsConfig"]["DnsRecords"]
    assert records == [{"TTL": 5, "Type": "A"}, {"TTL": 5, "Type": "AAAA"}]


def test_cname_and_load_balancer_default_to_weighted(stack: Stack, template: Render) -> None:
    namespace = _private(stack)
    namespace.create_service("Cname", dns_record_type=DnsRecordType.CNAME)
    lb_service = namespace.create_service("Lb", load_balancer=True)
    assert lb_service.routing_policy == RoutingPolicy.WEIGHTED
    resources = template(stack)["Resources"]
    policies = [
        r["Properties"]["DnsConfig"]["RoutingPolicy"]
        for k, r in resources.items()
        if k.startswith("Ns") and r["Type"] == "AWS::ServiceDiscovery::Service"
    ]
    assert policies == ["WEIGHTED", "WEIGHTED"]


def test_public_health_check_gets_defaults(stack: Stack, template: Render) -> None:
    namespace = PublicDnsNamespace(stack, "Ns", name="x.com")
    namespace.create_service("Http", health_check=HealthCheckConfig())
    namespace.create_service("Tcp", health_check=HealthCheckConfig(type=HealthCheckType.TCP))
    checks = [
        r["Properties"]["HealthCheckConfig"]
        for r in template(stack)["Resources"].values()
        if r["Type"] == "AWS::ServiceDiscovery::Service"
    ]
    assert checks == [
        {"FailureThreshold": 1, "ResourcePath": "/", "Type": "HTTP"},
        {"FailureThreshold": 1, "Type": "TCP"},
    ]


def test_http_namespace_service_has_no_dns_config(stack: Stack, template: Render) -> None:
    namespace = HttpNamespace(stack, "Ns", name="h")
    service = namespace.create_service(
        "Svc", custom_health_check=HealthCheckCustomConfig(failure_threshold=1)
    )
    assert service.discovery_type == DiscoveryType.API
    assert template(stack)["Resources"]["NsSvcFBBB2FA7"]["Properties"] == {
        "HealthCheckCustomConfig": {"FailureThreshold": 1},
        "NamespaceId": {"Fn::GetAtt": ["Ns33A06F6E", "Id"]},
    }


def test_explicit_api_discovery_renders_type_http(stack: Stack, template: Render) -> None:
    _private(stack).create_service("Svc", discovery_type=DiscoveryType.API)
    properties = template(stack)["Resources"]["NsSvcFBBB2FA7"]["Properties"]
    assert properties == {"NamespaceId": {"Fn::GetAtt": ["Ns33A06F6E", "Id"]}, "Type": "HTTP"}


def test_service_attributes_are_tokens_of_the_resource(stack: Stack) -> None:
    service = _private(stack).create_service("Svc")
    assert stack.resolve(service.service_name) == {"Fn::GetAtt": ["NsSvcFBBB2FA7", "Name"]}
    assert stack.resolve(service.service_arn) == {"Fn::GetAtt": ["NsSvcFBBB2FA7", "Arn"]}


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda s: Service(
                s, "Svc", namespace=HttpNamespace(s, "Ns", name="h"), discovery_type=DiscoveryType.DNS_AND_API
            ),
            "Test/Svc: discovery_type=DiscoveryType.DNS_AND_API in an HTTP namespace, which has no DNS; "
            "use DiscoveryType.API",
        ),
        (
            lambda s: Service(
                s, "Svc", namespace=HttpNamespace(s, "Ns", name="h"), dns_record_type=DnsRecordType.A
            ),
            "Test/Svc: routing_policy or dns_record_type is set for a service discovered by API only; "
            "drop them, or use DiscoveryType.DNS_AND_API in a DNS namespace",
        ),
        (
            lambda s: _private(s).create_service(
                "Svc", dns_record_type=DnsRecordType.CNAME, routing_policy=RoutingPolicy.MULTIVALUE
            ),
            "Test/Ns/Svc: dns_record_type=DnsRecordType.CNAME with routing_policy=RoutingPolicy.MULTIVALUE; "
            "CNAME records need RoutingPolicy.WEIGHTED",
        ),
        (
            lambda s: _private(s).create_service(
                "Svc", load_balancer=True, routing_policy=RoutingPolicy.MULTIVALUE
            ),
            "Test/Ns/Svc: load_balancer=True with routing_policy=RoutingPolicy.MULTIVALUE; "
            "load balancers need RoutingPolicy.WEIGHTED",
        ),
        (
            lambda s: PublicDnsNamespace(s, "Ns", name="x.com").create_service(
                "Svc", health_check=HealthCheckConfig(), custom_health_check=HealthCheckCustomConfig()
            ),
            "Test/Ns/Svc: health_check and custom_health_check are both set; pass only one of them",
        ),
        (
            lambda s: _private(s).create_service("Svc", health_check=HealthCheckConfig()),
            "Test/Ns/Svc: health_check is set in a private DNS namespace, where Route 53 cannot check "
            "instances; use custom_health_check",
        ),
        (
            lambda s: PublicDnsNamespace(s, "Ns", name="x.com").create_service(
                "Svc", health_check=HealthCheckConfig(type=HealthCheckType.TCP, resource_path="/x")
            ),
            "Test/Ns/Svc: health_check.resource_path='/x' with a TCP health check; TCP checks have no path, "
            "so drop it",
        ),
        (
            lambda s: _private(s).create_service(
                "Svc", load_balancer=True, dns_record_type=DnsRecordType.SRV
            ),
            "Test/Ns/Svc: dns_record_type=DnsRecordType.SRV with load_balancer=True; load balancers "
            "need A or AAAA records",
        ),
    ],
)
def test_invalid_services_are_rejected(stack: Stack, make: Callable[[Stack], Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        make(stack)
    assert str(error.value) == message


def test_imported_service_defaults_to_dns_and_api(stack: Stack) -> None:
    namespace = PrivateDnsNamespace.from_private_dns_namespace_attributes(
        stack, "Ns", namespace_arn="arn:ns", namespace_id="ns-1", namespace_name="imp.local"
    )
    service = Service.from_service_attributes(
        stack,
        "Svc",
        namespace=namespace,
        service_arn="arn:svc",
        service_id="srv-1",
        service_name="svc",
        dns_record_type=DnsRecordType.A,
        routing_policy=RoutingPolicy.MULTIVALUE,
    )
    assert service.service_arn == "arn:svc"
    assert service.discovery_type == DiscoveryType.DNS_AND_API
