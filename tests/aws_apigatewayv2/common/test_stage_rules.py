"""Deploy-time rules of stages: names API Gateway accepts, one name per API, the stage quota."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpStage, WebSocketApi, WebSocketStage
from apigwv2_integrations.core.errors import ValidationError


def test_stage_name_with_a_slash_is_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    with pytest.raises(ValidationError) as caught:
        HttpStage(stack, "Stage", http_api=api, stage_name="v1/beta")
    assert str(caught.value) == (
        "Test/Stage: stage_name='v1/beta' is rejected by API Gateway; use 1 to 128 letters, digits, hyphens "
        "and underscores, or '$default'"
    )


def test_web_socket_stage_name_over_128_characters_is_rejected(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="a" * 129)
    assert str(caught.value) == (
        f"Test/Stage: stage_name={'a' * 129!r} is rejected by API Gateway; use 1 to 128 letters, digits, "
        "hyphens and underscores, or '$default'"
    )


def test_a_second_default_stage_on_one_api_is_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        HttpStage(stack, "Stage", http_api=api)
    assert str(caught.value) == (
        "Test/Stage: stage_name='$default' is already the name of Test/Api/DefaultStage on the same API; "
        "give each stage of an API its own name"
    )


def test_one_stage_name_on_two_apis_is_accepted(stack: Stack) -> None:
    first = HttpStage(stack, "First", http_api=HttpApi(stack, "One", create_default_stage=False))
    second = HttpStage(stack, "Second", http_api=HttpApi(stack, "Two", create_default_stage=False))
    assert (first.stage_name, second.stage_name) == ("$default", "$default")


def test_more_stages_than_the_default_quota_is_a_warning(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    stages = [HttpStage(stack, f"Stage{n}", http_api=api, stage_name=f"s{n}") for n in range(11)]
    assert [entry.data for entry in stages[-1].node.metadata] == [
        "the API has more than 10 stages, API Gateway's default quota; ask for a quota increase before "
        "deploying [ack: apigwv2:stage-quota]"
    ]
    assert stages[9].node.metadata == []


def test_stage_variables_api_gateway_rejects_are_reported_at_synth(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    stage = HttpStage(stack, "Stage", http_api=api, stage_name="prod", stage_variables={"ok_name": "x"})
    stage.add_stage_variable("bad-name", "y")
    stage.add_stage_variable("long", "v" * 513)
    assert stage.node.validate() == [
        "stage_variables name 'bad-name' is rejected by API Gateway; use 1 to 64 letters, digits and "
        "underscores",
        "stage_variables['long'] is 513 characters long; API Gateway allows at most 512",
    ]


def test_more_than_100_stage_variables_are_reported_at_synth(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    variables = {f"v{n}": "x" for n in range(101)}
    stage = WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="prod", stage_variables=variables)
    assert stage.node.validate() == [
        "stage_variables has 101 variables; API Gateway allows at most 100 per stage"
    ]
