"""Dashboard: the checks of its name and time range."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Duration, Fn, Stack
from apigwv2_integrations.aws_cloudwatch import Dashboard
from apigwv2_integrations.core.errors import ValidationError


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"dashboard_name": "api dash"},
            "Test/Dash: dashboard_name='api dash' has characters other than letters, digits, '-' and '_'; "
            "use only those",
        ),
        (
            {"start": "-PT1H", "default_interval": Duration.days(7)},
            "Test/Dash: start='-PT1H' and default_interval=Duration.days(7) are both set; pass only one of them",
        ),
        ({"end": "-P1D"}, "Test/Dash: end='-P1D' is set without start; pass start=... as well"),
    ],
)
def test_bad_dashboard_props_are_rejected(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        Dashboard(stack, "Dash", **kwargs)
    assert str(error.value) == message


def test_token_dashboard_name_is_not_checked(stack: Stack) -> None:
    dashboard = Dashboard(stack, "Dash", dashboard_name=Fn.import_value("Name"))
    assert stack.resolve(dashboard.dashboard_name) == {"Ref": "DashCCD7F836"}
