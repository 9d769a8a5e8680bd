"""Policies imported by ID: constructs in the tree, accepted by behaviors, refused when not a policy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_cloudfront import (
    BehaviorOptions,
    CachePolicy,
    Distribution,
    OriginRequestPolicy,
    ResponseHeadersPolicy,
)
from apigwv2_integrations.aws_cloudfront_origins import HttpOrigin
from apigwv2_integrations.core.errors import ArgumentTypeError
from apigwv2_integrations.core.resource import Resource
from apigwv2_integrations.core.synthesis.tree import construct_fqn

Render = Callable[[Stack], dict[str, Any]]


def test_imported_policies_are_resources_in_the_scope(stack: Stack) -> None:
    cache = CachePolicy.from_cache_policy_id(stack, "ImportedCache", "cp-1")
    origin_request = OriginRequestPolicy.from_origin_request_policy_id(stack, "ImportedOrp", "orp-1")
    headers = ResponseHeadersPolicy.from_response_headers_policy_id(stack, "ImportedRhp", "rhp-1")
    for policy, path in ((cache, "ImportedCache"), (origin_request, "ImportedOrp"), (headers, "ImportedRhp")):
        assert isinstance(policy, Resource)
        assert policy.node.path == f"Test/{path}"
        assert construct_fqn(policy) == "aws-cdk-lib.Resource"
    assert cache.cache_policy_id == "cp-1"
    assert origin_request.origin_request_policy_id == "orp-1"
    assert headers.response_headers_policy_id == "rhp-1"


def test_imported_policies_give_references(stack: Stack) -> None:
    cache = CachePolicy.from_cache_policy_id(stack, "ImportedCache", "cp-1")
    assert cache.cache_policy_ref.cache_policy_id == "cp-1"
    assert CachePolicy.CACHING_DISABLED.cache_policy_ref.cache_policy_id == (
        "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    )


def test_behaviors_render_the_ids_of_imported_policies(stack: Stack, template: Render) -> None:
    Distribution(
        stack,
        "Dist",
        default_behavior=BehaviorOptions(
            origin=HttpOrigin("example.com"),
            cache_policy=CachePolicy.from_cache_policy_id(stack, "Cache", "cp-1"),
            origin_request_policy=OriginRequestPolicy.from_origin_request_policy_id(stack, "Orp", "orp-1"),
            response_headers_policy=ResponseHeadersPolicy.from_response_headers_policy_id(
                stack, "Rhp", "rhp-1"
            ),
        ),
    )
    (resource,) = template(stack)["Resources"].values()
    behavior = resource["Properties"]["DistributionConfig"]["DefaultCacheBehavior"]
    assert (
        behavior["CachePolicyId"],
        behavior["OriginRequestPolicyId"],
        behavior["ResponseHeadersPolicyId"],
    ) == ("cp-1", "orp-1", "rhp-1")


def test_an_imported_policy_id_must_be_a_str(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as error:
        CachePolicy.from_cache_policy_id(stack, "Cache", 12)  # type: ignore[arg-type]
    assert str(error.value) == "Test/Cache: cache_policy_id=12 is an int; use a str"


def test_a_behavior_refuses_a_policy_id_given_as_a_str() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        BehaviorOptions(origin=HttpOrigin("example.com"), cache_policy="cp-1")  # type: ignore[arg-type]
    assert str(error.value) == (
        "BehaviorOptions: cache_policy='cp-1' is a str; use an ICachePolicy (a cache policy: one of the stack, "
        "a managed one or one imported by ID), such as CachePolicy or CachePolicy.from_cache_policy_id(...)"
    )
