"""ListenerCondition: every condition kind renders as CloudFormation expects."""

from __future__ import annotations

from apigwv2_integrations.aws_elasticloadbalancingv2 import ListenerCondition, QueryStringCondition


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
