"""S3OriginAccessControl: signing, names, imports, and an origin access control ID given to any origin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_cloudfront import (
    BehaviorOptions,
    Distribution,
    S3OriginAccessControl,
    Signing,
    SigningBehavior,
    SigningProtocol,
)
from apigwv2_integrations.aws_cloudfront_origins import HttpOrigin
from apigwv2_integrations.core.resource import Resource
from apigwv2_integrations.core.synthesis.tree import construct_fqn
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_signing_constants_render_their_protocol_and_behavior(stack: Stack, template: Render) -> None:
    S3OriginAccessControl(stack, "A", signing=Signing.SIGV4_A_ALWAYS_AMZ_AUTH)
    S3OriginAccessControl(stack, "B", signing=Signing(SigningProtocol.SIGV4A, SigningBehavior.NO_OVERRIDE))
    S3OriginAccessControl(stack, "C", signing=Signing.NEVER)
    rendered = template(stack)
    signings = [
        (config["SigningProtocol"], config["SigningBehavior"])
        for config in (r["Properties"]["OriginAccessControlConfig"] for r in rendered["Resources"].values())
    ]
    assert signings == [("sigv4a", "always-amz-auth"), ("sigv4a", "no-override"), ("sigv4", "never")]


def test_a_generated_name_keeps_to_64_characters(app: Any, template: Render) -> None:
    stack = Stack(app, "AVeryLongStackNameThatIsLongerThanUsualForTestingPurposes")
    access = S3OriginAccessControl(stack, "AccessControlWithAnIdThatIsLongToo")
    (resource,) = resources_of_type(template(stack), "AWS::CloudFront::OriginAccessControl").values()
    name = resource["Properties"]["OriginAccessControlConfig"]["Name"]
    assert len(name) <= 64
    assert construct_fqn(access) == "aws-cdk-lib.aws_cloudfront.S3OriginAccessControl"


def test_an_imported_access_control_is_a_resource_with_its_id(stack: Stack) -> None:
    imported = S3OriginAccessControl.from_origin_access_control_id(stack, "Imported", "E2QWRUHAPOMQZL")
    assert isinstance(imported, Resource)
    assert imported.origin_access_control_id == "E2QWRUHAPOMQZL"


def test_an_http_origin_renders_a_given_access_control_id(stack: Stack, template: Render) -> None:
    origin = HttpOrigin("example.com", origin_access_control_id="E2QWRUHAPOMQZL")
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=origin))
    (distribution,) = resources_of_type(template(stack), "AWS::CloudFront::Distribution").values()
    (rendered,) = distribution["Properties"]["DistributionConfig"]["Origins"]
    assert rendered["OriginAccessControlId"] == "E2QWRUHAPOMQZL"
