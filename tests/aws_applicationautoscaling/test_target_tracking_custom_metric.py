"""Target tracking with a custom metric: a math expression is refused with the way out."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.aws_applicationautoscaling import ScalableTarget, ServiceNamespace
from apigwv2_integrations.aws_cloudwatch import MathExpression, Metric


def test_math_expression_is_refused_with_the_alternative(stack: Stack) -> None:
    target = ScalableTarget(
        stack,
        "Target",
        service_namespace=ServiceNamespace.CUSTOM_RESOURCE,
        resource_id="https://example.com/scaling",
        scalable_dimension="custom-resource:ResourceType:Property",
        min_capacity=1,
        max_capacity=2,
    )
    expression = MathExpression(
        expression="FILL(load, 0)", using_metrics={"load": Metric(namespace="Shop", metric_name="Load")}
    )
    with pytest.raises(ValidationError) as error:
        target.scale_to_track_metric("Tracking", target_value=0.5, custom_metric=expression)
    assert str(error.value) == (
        "Test/Target/Tracking: custom_metric=MathExpression(expression='FILL(load, 0)') is not a single "
        "metric; target tracking takes one Metric: pass a Metric, or use scale_on_metric() for a math "
        "expression"
    )
