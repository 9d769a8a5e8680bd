"""Private integrations (ALB, NLB, Cloud Map): HTTP_PROXY over a VPC link, and how the link is chosen.

The listener and service here are stand-ins with the attributes the integrations read (`listener_arn`,
`load_balancer.vpc`, `service_arn`), which is all an imported listener or service offers.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpMethod, VpcLink
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    HttpAlbIntegration,
    HttpAlbIntegrationProps,
    HttpNlbIntegration,
    HttpNlbIntegrationProps,
    HttpServiceDiscoveryIntegration,
    HttpServiceDiscoveryIntegrationProps,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of
from tests.conftest import resources_of_type

LISTENER_ARN = "arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/lb/1/2"
SERVICE_ARN = "arn:aws:servicediscovery:us-east-1:111111111111:service/srv-1"


@attrs.frozen
class LoadBalancer:
    vpc: Any


@attrs.frozen
class Listener:
    listener_arn: str = LISTENER_ARN
    load_balancer: Any = None


@attrs.frozen
class Service:
    service_arn: str = SERVICE_ARN


@pytest.mark.parametrize(
    ("integration", "props"),
    [
        (HttpAlbIntegration, HttpAlbIntegrationProps),
        (HttpNlbIntegration, HttpNlbIntegrationProps),
        (HttpServiceDiscoveryIntegration, HttpServiceDiscoveryIntegrationProps),
    ],
)
def test_private_integration_keywords_match_props_fields(integration: type, props: type) -> None:
    assert keyword_names(integration.__init__) == {f.name for f in attrs.fields(props)}


@pytest.mark.parametrize("integration_class", [HttpAlbIntegration, HttpNlbIntegration])
def test_load_balancer_integration_uses_vpc_link_of_the_load_balancer_vpc(
    stack: Stack, integration_class: type
) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    api = HttpApi(stack, "Api")
    listener = Listener(load_balancer=LoadBalancer(vpc))
    (route,) = api.add_routes(path="/books", integration=integration_class("Books", listener))
    assert properties_of(route.node.find_child("Books")) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "ConnectionId": stack.resolve(api.add_vpc_link(vpc=vpc).vpc_link_id),
        "ConnectionType": "VPC_LINK",
        "IntegrationMethod": "ANY",
        "IntegrationType": "HTTP_PROXY",
        "IntegrationUri": LISTENER_ARN,
        "PayloadFormatVersion": "1.0",
    }


def test_load_balancer_integrations_share_the_api_vpc_link(stack: Stack, template: Any) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    api = HttpApi(stack, "Api")
    listener = Listener(load_balancer=LoadBalancer(vpc))
    api.add_routes(path="/alb", integration=HttpAlbIntegration("Alb", listener))
    api.add_routes(path="/nlb", integration=HttpNlbIntegration("Nlb", listener))
    assert list(resources_of_type(template(stack), "AWS::ApiGatewayV2::VpcLink")) == [
        logical_id_of(api.node.find_child("VpcLink-1"))
    ]


def test_load_balancer_integration_uses_the_given_vpc_link(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    link = VpcLink(stack, "Link", vpc=vpc)
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(
        path="/books", integration=HttpAlbIntegration("Books", Listener(), vpc_link=link)
    )
    assert properties_of(route.node.find_child("Books"))["ConnectionId"] == stack.resolve(link.vpc_link_id)
    assert api.node.try_find_child("VpcLink-1") is None


def test_imported_listener_with_vpc_creates_the_api_vpc_link(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/books", integration=HttpNlbIntegration("Books", Listener(), vpc=vpc))
    link = api.node.find_child("VpcLink-1")
    assert isinstance(link, VpcLink)
    assert properties_of(route.node.find_child("Books"))["ConnectionId"] == stack.resolve(link.vpc_link_id)


def test_imported_listener_without_vpc_or_vpc_link_is_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_routes(
            path="/books", methods=[HttpMethod.GET], integration=HttpAlbIntegration("Books", Listener())
        )
    assert str(caught.value) == (
        "Test/Api/GET--books: integration 'Books': the listener is imported, so its VPC is unknown; "
        "pass vpc_link=... (an existing VPC link) or vpc=... (the listener's VPC, to create one)"
    )


def test_private_integration_renders_method_server_name_timeout(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    api = HttpApi(stack, "Api")
    integration = HttpAlbIntegration(
        "Books",
        Listener(),
        vpc=vpc,
        method=HttpMethod.GET,
        secure_server_name="books.internal",
        timeout=Duration.seconds(10),
    )
    (route,) = api.add_routes(path="/books", integration=integration)
    properties = properties_of(route.node.find_child("Books"))
    assert (properties["IntegrationMethod"], properties["TlsConfig"], properties["TimeoutInMillis"]) == (
        "GET",
        {"ServerNameToVerify": "books.internal"},
        10000,
    )


def test_service_discovery_integration_targets_the_service(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    link = VpcLink(stack, "Link", vpc=vpc)
    api = HttpApi(stack, "Api")
    integration = HttpServiceDiscoveryIntegration(
        "Books", Service(), vpc_link=link, timeout=Duration.seconds(5)
    )
    (route,) = api.add_routes(path="/books", integration=integration)
    assert properties_of(route.node.find_child("Books")) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "ConnectionId": stack.resolve(link.vpc_link_id),
        "ConnectionType": "VPC_LINK",
        "IntegrationMethod": "ANY",
        "IntegrationType": "HTTP_PROXY",
        "IntegrationUri": SERVICE_ARN,
        "PayloadFormatVersion": "1.0",
        # Differs from aws-cdk-lib, which drops the timeout of Cloud Map integrations.
        "TimeoutInMillis": 5000,
    }


def test_service_discovery_integration_needs_a_vpc_link(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_routes(
            path="/books",
            methods=[HttpMethod.GET],
            integration=HttpServiceDiscoveryIntegration("Books", Service()),
        )
    assert str(caught.value) == (
        "Test/Api/GET--books: integration 'Books': vpc_link=None; Cloud Map integrations need an explicit "
        "VPC link: pass vpc_link=..."
    )
