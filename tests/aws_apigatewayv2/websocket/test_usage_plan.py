"""UsagePlan: stages, quotas and throttling, keys added later, and imported plans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigateway import CfnApiKey
from apigwv2_integrations.aws_apigatewayv2 import (
    ApiKey,
    IUsagePlan,
    UsagePlan,
    UsagePlanPerApiStage,
    UsagePlanProps,
    WebSocketApi,
    WebSocketStage,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of, resource_of
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_usage_plan_keywords_match_props_fields() -> None:
    assert keyword_names(UsagePlan.__init__) == {f.name for f in attrs.fields(UsagePlanProps)}


def test_usage_plan_without_options_has_no_properties(stack: Stack) -> None:
    assert "Properties" not in resource_of(UsagePlan(stack, "Plan"))


def test_usage_plan_renders_stages_added_later(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    stage = WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="prod")
    plan = UsagePlan(stack, "Plan")
    plan.add_api_stage(api=api, stage=stage)
    plan.add_api_stage(api=api)
    assert properties_of(plan)["ApiStages"] == [{"ApiId": {"Ref": logical_id_of(api)}, "Stage": "prod"}]


def test_usage_plan_waits_for_the_stages_it_is_given(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    stage = WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="prod")
    plan = UsagePlan(stack, "Plan", api_stages=[{"api": api, "stage": stage}])
    assert resource_of(plan)["DependsOn"] == [logical_id_of(api), logical_id_of(stage)]


def test_usage_plan_key_can_take_a_logical_id(stack: Stack, template: Render) -> None:
    plan = UsagePlan(stack, "Plan")
    plan.add_api_key(ApiKey(stack, "Key"), override_logical_id="PartnerKey")
    assert list(resources_of_type(template(stack), "AWS::ApiGateway::UsagePlanKey")) == ["PartnerKey"]


def test_imported_usage_plan_adds_keys(stack: Stack, template: Render) -> None:
    plan = UsagePlan.from_usage_plan_id(stack, "Imported", "plan42")
    assert isinstance(plan, IUsagePlan)
    plan.add_api_key(ApiKey.from_api_key_id(stack, "Key", "key42"))
    (plan_key,) = resources_of_type(template(stack), "AWS::ApiGateway::UsagePlanKey").values()
    assert plan_key["Properties"] == {"KeyId": "key42", "KeyType": "API_KEY", "UsagePlanId": "plan42"}


def test_usage_plan_takes_the_l1_api_key_by_its_reference(stack: Stack, template: Render) -> None:
    # As aws_cdk's add_api_key, which takes an IApiKeyRef: the CfnApiKey's Ref is the key's id.
    key = CfnApiKey(stack, "L1Key", enabled=True)
    UsagePlan(stack, "Plan").add_api_key(key)
    ((logical_id, plan_key),) = resources_of_type(template(stack), "AWS::ApiGateway::UsagePlanKey").items()
    assert logical_id.startswith("PlanUsagePlanKeyResourceTestL1Key")
    assert plan_key["Properties"]["KeyId"] == {"Ref": stack.get_logical_id(key)}


def test_usage_plan_rejects_a_key_that_is_not_a_construct(stack: Stack) -> None:
    class Key:
        key_id = "k"
        key_arn = "arn"
        api_key_ref = None

        def __repr__(self) -> str:
            return "Key()"

    with pytest.raises(TypeError) as caught:
        UsagePlan(stack, "Plan").add_api_key(Key())
    assert str(caught.value) == "Test/Plan: api_key=Key() is not a construct; use an ApiKey"


def test_usage_plan_rejects_a_fractional_burst_limit(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UsagePlan(stack, "Plan", throttle={"rate_limit": 1.5, "burst_limit": 0.5})
    assert str(caught.value) == (
        "Test/Plan: throttle burst_limit=0.5 is not a whole number from 0; use an integer number of requests"
    )


def test_usage_plan_per_api_stage_accepts_nothing() -> None:
    assert UsagePlanPerApiStage() == UsagePlanPerApiStage(api=None, stage=None)
