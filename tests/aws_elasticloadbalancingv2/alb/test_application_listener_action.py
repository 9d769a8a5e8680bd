"""ListenerAction: fixed responses, forwards, weighted forwards, redirects and chains."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from apigwv2_integrations import Duration
from apigwv2_integrations.aws_elasticloadbalancingv2 import ListenerAction
from apigwv2_integrations.core.errors import ValidationError


class _Group:
    target_group_arn = "arn:tg"

    def register_listener(self, listener: object, associating_construct: object = None) -> None:
        return

    def register_connectable(self, connectable: object, port_range: object = None) -> None:
        return


def test_fixed_response_renders_its_status_as_text() -> None:
    assert ListenerAction.fixed_response(503).render_actions() == [
        {"FixedResponseConfig": {"StatusCode": "503"}, "Type": "fixed-response"}
    ]


def test_forward_with_stickiness_uses_a_forward_config() -> None:
    action = ListenerAction.forward([_Group()], stickiness_duration=Duration.seconds(30))
    assert action.render_actions() == [
        {
            "ForwardConfig": {
                "TargetGroupStickinessConfig": {"DurationSeconds": 30, "Enabled": True},
                "TargetGroups": [{"TargetGroupArn": "arn:tg", "Weight": 1}],
            },
            "Type": "forward",
        }
    ]


def test_weighted_forward_keeps_weights() -> None:
    action = ListenerAction.weighted_forward([{"target_group": _Group(), "weight": 3}])
    assert action.render_rule_actions() == [
        {"ForwardConfig": {"TargetGroups": [{"TargetGroupArn": "arn:tg", "Weight": 3}]}, "Type": "forward"}
    ]


def test_chained_actions_are_numbered() -> None:
    action = ListenerAction({"Type": "authenticate-oidc"}, next=ListenerAction.fixed_response(200))
    assert [a["Order"] for a in action.render_actions()] == [1, 2]


def test_redirect_defaults_to_a_temporary_redirect() -> None:
    assert ListenerAction.redirect(protocol="HTTPS").render_actions() == [
        {"RedirectConfig": {"Protocol": "HTTPS", "StatusCode": "HTTP_302"}, "Type": "redirect"}
    ]


def test_redirect_that_changes_nothing_is_rejected() -> None:
    with pytest.raises(ValidationError) as error:
        ListenerAction.redirect()
    assert str(error.value) == (
        "redirect() changes nothing, which would loop; set at least one of protocol, host, port, path or query"
    )


def test_redirect_path_must_be_absolute() -> None:
    with pytest.raises(ValidationError) as error:
        ListenerAction.redirect(path="x")
    assert str(error.value) == "path='x' does not start with '/'; use an absolute path"


def test_forward_needs_a_target_group() -> None:
    with pytest.raises(ValidationError) as error:
        ListenerAction.forward([])
    assert str(error.value) == "target_groups=[] is empty; forward to at least one target group"


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: ListenerAction.fixed_response(302),
            "status_code=302 is not a 2XX, 4XX or 5XX status code; use one of those",
        ),
        (
            lambda: ListenerAction.fixed_response(200, message_body="x" * 1025),
            f"message_body={'x' * 40!r}... is 1025 characters long; use at most 1024",
        ),
        (
            lambda: ListenerAction.redirect(protocol="https"),
            "protocol='https' is not a redirect protocol; use 'HTTP', 'HTTPS' or '#{protocol}'",
        ),
        (
            lambda: ListenerAction.redirect(host="h" * 129),
            f"host={'h' * 40!r}... is 129 characters long; use at most 128",
        ),
    ],
)
def test_action_fields_outside_the_schema_are_rejected(build: Callable[[], object], message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()
    assert str(caught.value) == message


def test_redirect_keeps_the_protocol_placeholder() -> None:
    action = ListenerAction.redirect(protocol="#{protocol}", port="8443")
    assert action.render_actions()[0]["RedirectConfig"]["Protocol"] == "#{protocol}"
