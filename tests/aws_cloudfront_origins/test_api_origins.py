"""LoadBalancerV2Origin and FunctionUrlOrigin: HTTP origins reached by a load balancer's DNS name and by the
domain of a function URL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_cloudfront import BehaviorOptions, Distribution, OriginProtocolPolicy
from apigwv2_integrations.aws_cloudfront_origins import FunctionUrlOrigin, LoadBalancerV2Origin
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import ApplicationLoadBalancer
from apigwv2_integrations.aws_lambda import Code, Function, FunctionUrlAuthType, Runtime
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _origins(template: dict[str, Any]) -> list[dict[str, Any]]:
    (resource,) = resources_of_type(template, "AWS::CloudFront::Distribution").values()
    origins: list[dict[str, Any]] = resource["Properties"]["DistributionConfig"]["Origins"]
    return origins


def test_a_load_balancer_origin_is_reached_by_its_dns_name(stack: Stack, template: Render) -> None:
    alb = ApplicationLoadBalancer(stack, "Alb", vpc=Vpc(stack, "Vpc"), internet_facing=True)
    origin = LoadBalancerV2Origin(
        alb, protocol_policy=OriginProtocolPolicy.HTTP_ONLY, http_port=8080, read_timeout=Duration.seconds(60)
    )
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=origin))
    assert _origins(template(stack)) == [
        {
            "CustomOriginConfig": {
                "HTTPPort": 8080,
                "OriginProtocolPolicy": "http-only",
                "OriginReadTimeout": 60,
                "OriginSSLProtocols": ["TLSv1.2"],
            },
            "DomainName": {"Fn::GetAtt": ["Alb16C2F182", "DNSName"]},
            "Id": "TestDistOrigin17BC8FF2A",
        }
    ]


def test_a_function_url_origin_is_reached_by_the_domain_of_the_url(stack: Stack, template: Render) -> None:
    handler = Function(
        stack, "Fn", runtime=Runtime.NODEJS_22_X, handler="index.handler", code=Code.from_inline("x")
    )
    origin = FunctionUrlOrigin(handler.add_function_url(), origin_path="/v2", origin_id="fn-origin")
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=origin))
    assert _origins(template(stack)) == [
        {
            "CustomOriginConfig": {"OriginProtocolPolicy": "https-only", "OriginSSLProtocols": ["TLSv1.2"]},
            "DomainName": {
                "Fn::Select": [
                    2,
                    {"Fn::Split": ["/", {"Fn::GetAtt": ["FnFunctionUrl8C1B0DE8", "FunctionUrl"]}]},
                ]
            },
            "Id": "fn-origin",
            "OriginPath": "/v2",
        }
    ]


def test_a_function_url_origin_with_access_control_signs_and_lets_only_the_distribution_invoke(
    stack: Stack, template: Render
) -> None:
    handler = Function(
        stack, "Fn", runtime=Runtime.NODEJS_22_X, handler="index.handler", code=Code.from_inline("x")
    )
    url = handler.add_function_url(auth_type=FunctionUrlAuthType.AWS_IAM)
    origin = FunctionUrlOrigin.with_origin_access_control(url)
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=origin))
    rendered = template(stack)
    (access_control,) = resources_of_type(rendered, "AWS::CloudFront::OriginAccessControl").values()
    assert (
        access_control["Properties"]["OriginAccessControlConfig"]["OriginAccessControlOriginType"] == "lambda"
    )
    (origin_property,) = _origins(rendered)
    assert origin_property["OriginAccessControlId"] == {
        "Fn::GetAtt": ["DistOrigin1FunctionUrlOriginAccessControl74D1E05A", "Id"]
    }
    distribution_arn = {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":cloudfront::",
                {"Ref": "AWS::AccountId"},
                ":distribution/",
                {"Ref": "DistB3B78991"},
            ],
        ]
    }
    permissions = [
        resource["Properties"]
        for resource in resources_of_type(rendered, "AWS::Lambda::Permission").values()
        if resource["Properties"]["Principal"] == "cloudfront.amazonaws.com"
    ]
    function_arn = {"Fn::GetAtt": ["FnFunctionUrl8C1B0DE8", "FunctionArn"]}
    assert permissions == [
        {
            "Action": "lambda:InvokeFunctionUrl",
            "FunctionName": function_arn,
            "Principal": "cloudfront.amazonaws.com",
            "SourceArn": distribution_arn,
        },
        {
            "Action": "lambda:InvokeFunction",
            "FunctionName": function_arn,
            "InvokedViaFunctionUrl": True,
            "Principal": "cloudfront.amazonaws.com",
            "SourceArn": distribution_arn,
        },
    ]
