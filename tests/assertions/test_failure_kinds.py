"""What a failed assertion raises, and the positional arguments of aws_cdk's assertion methods."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.assertions import Annotations, Capture, Tags, Template

TEMPLATE = {
    "Resources": {
        "Named": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "named"}},
        "Plain": {"Type": "AWS::SQS::Queue"},
    }
}


def failing_assertions() -> list[object]:
    template = Template.from_json(TEMPLATE)
    capture = Capture()
    template.has_resource_properties("AWS::SQS::Queue", {"QueueName": capture})
    stack = Stack(App(), "Tagged", tags={"team": "api"})
    return [
        pytest.param(lambda: template.resource_count_is("AWS::SQS::Queue", 3), id="count"),
        pytest.param(
            lambda: template.has_resource_properties("AWS::SQS::Queue", {"QueueName": "x"}), id="props"
        ),
        pytest.param(lambda: template.get_resource_id("AWS::SNS::Topic"), id="resource-id"),
        pytest.param(lambda: template.has_output("*", {}), id="output"),
        pytest.param(lambda: capture.as_number(), id="capture"),
        pytest.param(lambda: Tags.from_stack(stack).has_values({"team": "web"}), id="tags"),
        pytest.param(lambda: Annotations.from_stack(stack).has_error("*", "boom"), id="annotations"),
    ]


@pytest.mark.parametrize("assertion", failing_assertions())
def test_a_failed_assertion_is_an_assertion_error_and_the_runtime_error_aws_cdk_raises(
    assertion: Callable[[], object],
) -> None:
    with pytest.raises(AssertionError) as error:
        assertion()
    # aws_cdk's Python raises its JavaScript errors as RuntimeError; tests written for it catch that.
    assert isinstance(error.value, RuntimeError)


def test_get_resource_id_takes_its_properties_positionally_as_in_aws_cdk() -> None:
    template = Template.from_json(TEMPLATE)
    assert template.get_resource_id("AWS::SQS::Queue", {"Properties": {"QueueName": "named"}}) == "Named"
    assert (
        template.get_resource_id("AWS::SQS::Queue", props={"Properties": {"QueueName": "named"}}) == "Named"
    )
