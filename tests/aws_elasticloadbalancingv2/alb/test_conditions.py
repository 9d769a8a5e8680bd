"""ListenerCondition: every condition kind renders as CloudFormation expects."""

from __future__ import annotations

import pytest

from apigwv2_integrations.aws_elasticloadbalancingv2 import ListenerCondition, QueryStringCondition
from apigwv2_integrations.core.errors import ValidationError


def test_conditions_render_their_configs() -> None:
    rendered = [
        ListenerCondition.http_header("x-env", ["test"]).render_raw_condition(),
        ListenerCondition.http_request_methods(["GET"]).render_raw_condition(),
        ListenerCondition.query_strings([QueryStringCondition(key="a", value="b")]).render_raw_condition(),
        ListenerCondition.source_ips(["1.1.1.1/32"]).render_raw_condition(),
    ]
    assert rendered == [
        {"Field": "http-header", "HttpHeaderConfig": {"HttpHeaderName": "x-env", "Values": ["test"]}},
        {"Field": "http-request-method", "HttpRequestMethodConfig": {"Values": ["GET"]}},
        {"Field": "query-string", "QueryStringConfig": {"Values": [{"Key": "a", "Value": "b"}]}},
        {"Field": "source-ip", "SourceIpConfig": {"Values": ["1.1.1.1/32"]}},
    ]


def test_condition_repr_is_the_call() -> None:
    assert repr(ListenerCondition.path_patterns(["/a"])) == "ListenerCondition.path_patterns(['/a'])"


def test_path_patterns_take_at_most_five_values() -> None:
    with pytest.raises(ValidationError) as error:
        ListenerCondition.path_patterns(["/a", "/b", "/c", "/d", "/e", "/f"])
    assert str(error.value) == (
        "path_patterns(values=['/a', '/b', '/c', '/d', '/e', '/f']) has 6 patterns; a rule condition "
        "takes at most 5, so split them over several rules"
    )
