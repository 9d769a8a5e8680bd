"""Private integrations (ALB, NLB, Cloud Map): HTTP_PROXY over a VPC link, and how the link is chosen."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2
from apigwv2_integrations import aws_servicediscovery as servicediscovery
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


def defined_listener(stack: Stack, integration_class: type, vpc: ec2.IVpc) -> Any:
    """A listener of a load balancer this app defines, of the kind `integration_class` takes."""
    if integration_class is HttpAlbIntegration:
        alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
        return alb.add_listener("Listener", port=80, default_action=elbv2.ListenerAction.fixed_response(200))
    nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    listener = nlb.add_listener("Listener", port=80)
    listener.add_targets("Fleet", port=80, targets=[])
    return listener


def imported_listener(stack: Stack) -> elbv2.INetworkListener:
    """A listener this app imports: its load balancer, and so its VPC, is unknown."""
    return elbv2.NetworkListener.from_network_listener_arn(stack, "Listener", LISTENER_ARN)


def imported_service(stack: Stack) -> servicediscovery.IService:
    namespace = servicediscovery.HttpNamespace.from_http_namespace_attributes(
        stack, "Namespace", namespace_arn="arn:ns", namespace_id="ns-1", namespace_name="books"
    )
    return servicediscovery.Service.from_service_attributes(
        stack,
        "Service",
        dns_record_type=servicediscovery.DnsRecordType.A,
        namespace=namespace,
        routing_policy=servicediscovery.RoutingPolicy.MULTIVALUE,
        service_arn=SERVICE_ARN,
        service_id="srv-1",
        service_name="books",
    )


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
    listener = defined_listener(stack, integration_class, vpc)
    (route,) = api.add_routes(path="/books", integration=integration_class("Books", listener))
    assert properties_of(route.node.find_child("Books")) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "ConnectionId": stack.resolve(api.add_vpc_link(vpc=vpc).vpc_link_id),
        "ConnectionType": "VPC_LINK",
        "IntegrationMethod": "ANY",
        "IntegrationType": "HTTP_PROXY",
        "IntegrationUri": stack.resolve(listener.listener_arn),
        "PayloadFormatVersion": "1.0",
    }


def test_load_balancer_integrations_share_the_api_vpc_link(stack: Stack, template: Any) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    api = HttpApi(stack, "Api")
    alb_listener = defined_listener(stack, HttpAlbIntegration, vpc)
    nlb_listener = defined_listener(stack, HttpNlbIntegration, vpc)
    api.add_routes(path="/alb", integration=HttpAlbIntegration("Alb", alb_listener))
    api.add_routes(path="/nlb", integration=HttpNlbIntegration("Nlb", nlb_listener))
    assert list(resources_of_type(template(stack), "AWS::ApiGatewayV2::VpcLink")) == [
        logical_id_of(api.node.find_child("VpcLink-1"))
    ]


def test_load_balancer_integration_uses_the_given_vpc_link(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    link = VpcLink(stack, "Link", vpc=vpc)
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(
        path="/books", integration=HttpNlbIntegration("Books", imported_listener(stack), vpc_link=link)
    )
    assert properties_of(route.node.find_child("Books"))["ConnectionId"] == stack.resolve(link.vpc_link_id)
    assert api.node.try_find_child("VpcLink-1") is None


def test_imported_listener_with_vpc_creates_the_api_vpc_link(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(
        path="/books", integration=HttpNlbIntegration("Books", imported_listener(stack), vpc=vpc)
    )
    link = api.node.find_child("VpcLink-1")
    assert isinstance(link, VpcLink)
    assert properties_of(route.node.find_child("Books"))["ConnectionId"] == stack.resolve(link.vpc_link_id)


def test_imported_listener_without_vpc_or_vpc_link_is_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_routes(
            path="/books",
            methods=[HttpMethod.GET],
            integration=HttpNlbIntegration("Books", imported_listener(stack)),
        )
    assert str(caught.value) == (
        "Test/Api/GET--books: integration 'Books': the listener is imported, so its VPC is unknown; "
        "pass vpc_link=... (an existing VPC link) or vpc=... (the listener's VPC, to create one)"
    )


def test_private_integration_renders_method_server_name_timeout(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    api = HttpApi(stack, "Api")
    integration = HttpNlbIntegration(
        "Books",
        imported_listener(stack),
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
        "Books", imported_service(stack), vpc_link=link, timeout=Duration.seconds(5)
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


def test_service_discovery_integration_targets_an_l1_service(stack: Stack) -> None:
    link = VpcLink(stack, "Link", vpc=ec2.Vpc(stack, "Vpc", max_azs=1))
    service = servicediscovery.CfnService(stack, "Service", name="books")
    (route,) = HttpApi(stack, "Api").add_routes(
        path="/books", integration=HttpServiceDiscoveryIntegration("Books", service, vpc_link=link)
    )
    assert properties_of(route.node.find_child("Books"))["IntegrationUri"] == {
        "Fn::GetAtt": [logical_id_of(service), "Arn"]
    }


def test_service_discovery_integration_needs_a_vpc_link(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_routes(
            path="/books",
            methods=[HttpMethod.GET],
            integration=HttpServiceDiscoveryIntegration("Books", imported_service(stack)),
        )
    assert str(caught.value) == (
        "Test/Api/GET--books: integration 'Books': vpc_link=None; Cloud Map integrations need an explicit "
        "VPC link: pass vpc_link=..."
    )


def test_load_balancer_integration_rejects_a_listener_arn() -> None:
    with pytest.raises(TypeError) as caught:
        HttpAlbIntegration("Books", LISTENER_ARN)  # type: ignore[arg-type]
    assert str(caught.value) == (
        f"HttpAlbIntegration('Books'): listener={LISTENER_ARN!r} is a str; use an IApplicationListener (an ALB "
        "listener, defined here or imported), such as ApplicationListener or "
        "ApplicationListener.from_application_listener_attributes(...) or an INetworkListener (an NLB "
        "listener, defined here or imported), such as NetworkListener or "
        "NetworkListener.from_lookup(...)"
    )
