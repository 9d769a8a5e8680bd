"""ListenerAction: what an ALB listener or rule does with a request (forward, respond, redirect)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ...core.construct import Construct, IConstruct
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.struct import lazy_frozen
from ...core.tokens.token import Token
from ..shared._rendering import cfn_object, render_forward, renumber
from ._types import IApplicationListener, IApplicationTargetGroup


@lazy_frozen(kw_only=True)
class FixedResponseOptions:
    """Options of `ListenerAction.fixed_response`."""

    content_type: str | None = None
    """The content type of the response. Default: automatic."""
    message_body: str | None = None
    """The body of the response. Default: none."""


@lazy_frozen(kw_only=True)
class RedirectOptions:
    """Options of `ListenerAction.redirect`; each part not given keeps the request's value."""

    host: str | None = None
    """The host to redirect to. Default: the request's host."""
    path: str | None = None
    """The absolute path to redirect to. Default: the request's path."""
    permanent: bool | None = None
    """Answer 301 rather than 302. Default: false."""
    port: str | None = None
    """The port to redirect to. Default: the request's port."""
    protocol: str | None = None
    """HTTP, HTTPS or #{protocol}. Default: the request's protocol."""
    query: str | None = None
    """The query to redirect to, without "?". Default: the request's query."""


@lazy_frozen(kw_only=True)
class ForwardOptions:
    """Options of `ListenerAction.forward`."""

    stickiness_duration: Duration | None = None
    """Keep clients on one target group this long. Default: no stickiness."""


@lazy_frozen(kw_only=True)
class WeightedTargetGroup:
    """A target group with its share of the traffic."""

    target_group: IApplicationTargetGroup
    """The target group."""
    weight: float | None = None
    """Its weight. Default: 1."""


def _to_weighted_target_group(value: WeightedTargetGroup | Mapping[str, Any]) -> WeightedTargetGroup:
    return WeightedTargetGroup(**value) if isinstance(value, Mapping) else value


class ListenerAction:
    """What an Application Load Balancer listener or rule does with a request."""

    def __init__(self, default_action_json: Any, next: ListenerAction | None = None) -> None:  # noqa: A002
        self._action_json = default_action_json
        self.next = next

    @staticmethod
    def fixed_response(
        status_code: float, *, content_type: str | None = None, message_body: str | None = None
    ) -> ListenerAction:
        """Answer with a fixed status code, and optionally a body."""
        options = FixedResponseOptions(content_type=content_type, message_body=message_body)
        status = Token.as_string(status_code) if Token.is_unresolved(status_code) else f"{status_code:g}"
        return ListenerAction(
            cfn_object(
                FixedResponseConfig=cfn_object(
                    ContentType=options.content_type, MessageBody=options.message_body, StatusCode=status
                ),
                Type="fixed-response",
            )
        )

    @staticmethod
    def forward(
        target_groups: Sequence[IApplicationTargetGroup], *, stickiness_duration: Duration | None = None
    ) -> ListenerAction:
        """Forward to target groups, evenly spread."""
        options = ForwardOptions(stickiness_duration=stickiness_duration)
        if not target_groups:
            raise ValidationError(None, "target_groups=[] is empty; forward to at least one target group")
        return _TargetGroupListenerAction(
            list(target_groups), render_forward(list(target_groups), None, options.stickiness_duration)
        )

    @staticmethod
    def weighted_forward(
        target_groups: Sequence[WeightedTargetGroup | Mapping[str, Any]],
        *,
        stickiness_duration: Duration | None = None,
    ) -> ListenerAction:
        """Forward to target groups by weight."""
        options = ForwardOptions(stickiness_duration=stickiness_duration)
        weighted = [_to_weighted_target_group(v) for v in target_groups]
        if not weighted:
            raise ValidationError(None, "target_groups=[] is empty; forward to at least one target group")
        groups = [w.target_group for w in weighted]
        weights = [w.weight if w.weight is not None else 1 for w in weighted]
        return _TargetGroupListenerAction(
            groups, render_forward(groups, weights, options.stickiness_duration)
        )

    @staticmethod
    def redirect(
        *,
        host: str | None = None,
        path: str | None = None,
        permanent: bool | None = None,
        port: str | None = None,
        protocol: str | None = None,
        query: str | None = None,
    ) -> ListenerAction:
        """Redirect to another URL built from the given parts and the request's."""
        options = RedirectOptions(
            host=host, path=path, permanent=permanent, port=port, protocol=protocol, query=query
        )
        if all(
            v is None for v in (options.host, options.path, options.port, options.protocol, options.query)
        ):
            raise ValidationError(
                None,
                "redirect() changes nothing, which would loop; set at least one of protocol, host, port, "
                "path or query",
            )
        if (
            options.path is not None
            and not Token.is_unresolved(options.path)
            and not options.path.startswith("/")
        ):
            raise ValidationError(
                None, f"path={options.path!r} does not start with '/'; use an absolute path"
            )
        return ListenerAction(
            cfn_object(
                RedirectConfig=cfn_object(
                    Host=options.host,
                    Path=options.path,
                    Port=options.port,
                    Protocol=options.protocol,
                    Query=options.query,
                    StatusCode="HTTP_301" if options.permanent else "HTTP_302",
                ),
                Type="redirect",
            )
        )

    def bind(
        self,
        scope: Construct,
        listener: IApplicationListener,
        associating_construct: IConstruct | None = None,
    ) -> None:
        """Called when the action is added to a listener or rule."""
        if self.next is not None:
            self.next.bind(scope, listener, associating_construct)

    def _chain(self) -> list[Any]:
        return [self._action_json, *(self.next._chain() if self.next is not None else [])]

    def render_actions(self) -> list[Any]:
        """The actions of a listener's default rule."""
        return renumber(self._chain())

    def render_rule_actions(self) -> list[Any]:
        """The actions of a listener rule."""
        return renumber(self._chain())


class _TargetGroupListenerAction(ListenerAction):
    """A forward action; binding it tells the target groups which listener routes to them."""

    def __init__(self, target_groups: Sequence[IApplicationTargetGroup], action_json: Any) -> None:
        super().__init__(action_json)
        self._target_groups = target_groups

    def bind(
        self,
        scope: Construct,
        listener: IApplicationListener,
        associating_construct: IConstruct | None = None,
    ) -> None:
        for group in self._target_groups:
            group.register_listener(listener, associating_construct)
        super().bind(scope, listener, associating_construct)
