"""ALB and NLB integrations given a listener of the other kind of load balancer."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpMethod, VpcLink
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpAlbIntegration, HttpNlbIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of
from tests.aws_apigatewayv2_integrations.http.test_private_integration import defined_listener


def test_alb_integration_names_the_nlb_integration_for_a_network_listener(stack: Stack) -> None:
    nlb_listener = defined_listener(stack, HttpNlbIntegration, ec2.Vpc(stack, "Vpc", max_azs=1))
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_routes(
            path="/books", methods=[HttpMethod.GET], integration=HttpAlbIntegration("Books", nlb_listener)
        )
    assert str(caught.value) == (
        "Test/Api/GET--books: integration 'Books': listener=<NetworkListener Test/Nlb/Listener> is not "
        "a listener HttpAlbIntegration takes; use HttpNlbIntegration for it"
    )


def test_nlb_integration_names_the_alb_integration_for_an_application_listener(stack: Stack) -> None:
    alb_listener = defined_listener(stack, HttpAlbIntegration, ec2.Vpc(stack, "Vpc", max_azs=1))
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_routes(path="/books", integration=HttpNlbIntegration("Books", alb_listener))
    assert str(caught.value) == (
        "Test/Api/ANY--books: integration 'Books': listener=<ApplicationListener Test/Alb/Listener> is not "
        "a listener HttpNlbIntegration takes; use HttpAlbIntegration for it"
    )


def test_listener_of_the_other_kind_is_kept_with_an_explicit_vpc_link(stack: Stack) -> None:
    # As aws-cdk-lib: with a VPC link the integration only needs the listener's ARN.
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    nlb_listener = defined_listener(stack, HttpNlbIntegration, vpc)
    link = VpcLink(stack, "Link", vpc=vpc)
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(
        path="/books", integration=HttpAlbIntegration("Books", nlb_listener, vpc_link=link)
    )
    properties = properties_of(route.node.find_child("Books"))
    assert properties["IntegrationUri"] == stack.resolve(nlb_listener.listener_arn)
    assert properties["ConnectionId"] == stack.resolve(link.vpc_link_id)
