"""Service: the routing policy given is written; without one, the record type and load_balancer decide."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_servicediscovery import (
    DnsRecordType,
    PublicDnsNamespace,
    RoutingPolicy,
    Service,
)
from tests.conftest import resources_of_type


@pytest.mark.parametrize(
    ("record_type", "load_balancer", "expected"),
    [
        (DnsRecordType.A, None, RoutingPolicy.MULTIVALUE),
        (DnsRecordType.SRV, None, RoutingPolicy.MULTIVALUE),
        (DnsRecordType.A_AAAA, True, RoutingPolicy.WEIGHTED),
        (DnsRecordType.CNAME, None, RoutingPolicy.WEIGHTED),
    ],
)
def test_without_a_routing_policy_the_record_type_and_load_balancer_decide(
    stack: Stack,
    template: Callable[[Stack], dict[str, Any]],
    record_type: DnsRecordType,
    load_balancer: bool | None,
    expected: RoutingPolicy,
) -> None:
    namespace = PublicDnsNamespace(stack, "Ns", name="example.com")
    service = Service(
        stack, "Svc", namespace=namespace, dns_record_type=record_type, load_balancer=load_balancer
    )

    (resource,) = resources_of_type(template(stack), "AWS::ServiceDiscovery::Service").values()
    assert resource["Properties"]["DnsConfig"]["RoutingPolicy"] == expected.value
    assert service.routing_policy == expected


def test_the_routing_policy_given_is_written(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    # aws-cdk-lib writes MULTIVALUE here whatever is given (aws/aws-cdk#31719); the README lists the difference.
    namespace = PublicDnsNamespace(stack, "Ns", name="example.com")
    service = Service(
        stack,
        "Svc",
        namespace=namespace,
        dns_record_type=DnsRecordType.A,
        routing_policy=RoutingPolicy.WEIGHTED,
    )

    (resource,) = resources_of_type(template(stack), "AWS::ServiceDiscovery::Service").values()
    assert resource["Properties"]["DnsConfig"]["RoutingPolicy"] == "WEIGHTED"
    assert service.routing_policy == RoutingPolicy.WEIGHTED
