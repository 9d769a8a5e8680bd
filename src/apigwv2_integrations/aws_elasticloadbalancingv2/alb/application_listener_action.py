"""ListenerAction: what an ALB listener or rule does with a request (forward, respond, redirect, sign in)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ...aws_ec2 import Port
from ...core.construct import Construct, IConstruct
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.secret_value import SecretValue
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.token import Token
from ..shared._rendering import cfn_object, given_action_json, render_forward, renumber
from ..shared.enums import ApplicationProtocol
from ._types import IApplicationListener, IApplicationTargetGroup

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class FixedResponseOptions(metaclass=LazyAttrsMeta):
    """Options of `ListenerAction.fixed_response`."""

    content_type: str | None = None
    """The content type of the response. Default: automatic."""
    message_body: str | None = None
    """The body of the response. Default: none."""


@lazy_frozen(kw_only=True)
class RedirectOptions(metaclass=LazyAttrsMeta):
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
class ForwardOptions(metaclass=LazyAttrsMeta):
    """Options of `ListenerAction.forward`."""

    stickiness_duration: Duration | None = None
    """Keep clients on one target group this long. Default: no stickiness."""


@lazy_frozen(kw_only=True)
class WeightedTargetGroup(metaclass=LazyAttrsMeta):
    """A target group with its share of the traffic."""

    target_group: IApplicationTargetGroup
    """The target group."""
    weight: float | None = None
    """Its weight. Default: 1."""


class UnauthenticatedAction(SimpleEnum):
    """What an authenticating action does with a request from a user who has not signed in."""

    DENY = "deny"
    """Answer 401 Unauthorized."""
    ALLOW = "allow"
    """Let the request through without the user's claims."""
    AUTHENTICATE = "authenticate"
    """Send the user to the identity provider to sign in (the default)."""


@lazy_frozen(kw_only=True)
class AuthenticateOidcOptions(metaclass=LazyAttrsMeta):
    """Options of `ListenerAction.authenticate_oidc`."""

    authorization_endpoint: str
    """The identity provider's authorization endpoint (a full HTTPS URL)."""
    client_id: str
    """The OAuth 2.0 client id."""
    client_secret: SecretValue
    """The OAuth 2.0 client secret."""
    issuer: str
    """The OIDC issuer (a full HTTPS URL)."""
    next: ListenerAction
    """The action after authentication (a forward, fixed response or redirect ends the chain)."""
    token_endpoint: str
    """The identity provider's token endpoint (a full HTTPS URL)."""
    user_info_endpoint: str
    """The identity provider's user info endpoint (a full HTTPS URL)."""
    allow_https_outbound: bool | None = None
    """Let the load balancer's security group reach the identity provider on port 443. Default: true."""
    authentication_request_extra_params: Mapping[str, str] | None = None
    """Query parameters (up to 10) added to the redirect to the authorization endpoint. Default: none."""
    on_unauthenticated_request: UnauthenticatedAction | None = None
    """What to do with a user who has not signed in. Default: AUTHENTICATE."""
    scope: str | None = None
    """The claims to request, separated by spaces. Default: "openid"."""
    session_cookie_name: str | None = None
    """The name of the session cookie. Default: "AWSELBAuthSessionCookie"."""
    session_timeout: Duration | None = None
    """How long the authentication session lasts. Default: 7 days."""


@lazy_frozen(kw_only=True)
class AuthenticateJwtOptions(metaclass=LazyAttrsMeta):
    """Options of `ListenerAction.authenticate_jwt`."""

    issuer: str
    """The issuer of the JWTs (a full HTTPS URL)."""
    jwks_endpoint: str
    """The public JSON Web Key Set endpoint that verifies their signatures (a full HTTPS URL)."""
    next: ListenerAction
    """The action after validation (a forward, fixed response or redirect ends the chain)."""


def _to_weighted_target_group(value: WeightedTargetGroup | Mapping[str, Any]) -> WeightedTargetGroup:
    return WeightedTargetGroup(**value) if isinstance(value, Mapping) else value


class ListenerAction:
    """What an Application Load Balancer listener or rule does with a request."""

    def __init__(self, default_action_json: Any, next: ListenerAction | None = None) -> None:  # noqa: A002
        self._action_json = given_action_json(default_action_json, "ListenerAction")
        self.next = next

    @staticmethod
    def fixed_response(
        status_code: float, *, content_type: str | None = None, message_body: str | None = None
    ) -> ListenerAction:
        """Answer with a fixed status code, and optionally a body."""
        options = FixedResponseOptions(content_type=content_type, message_body=message_body)
        status = Token.as_string(status_code) if Token.is_unresolved(status_code) else f"{status_code:g}"
        # The schema's rules for the fields, checked here: listener actions render lazily, past the
        # synth-time check of an L1's plain values (aws-cdk-lib warns at synth).
        if not Token.is_unresolved(status_code) and _FIXED_STATUS.fullmatch(status) is None:
            raise ValidationError(
                None, f"status_code={status_code!r} is not a 2XX, 4XX or 5XX status code; use one of those"
            )
        _check_length("content_type", options.content_type, 32)
        _check_length("message_body", options.message_body, 1024)
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
        if (
            options.protocol is not None
            and not Token.is_unresolved(options.protocol)
            and options.protocol not in ("HTTP", "HTTPS", "#{protocol}")
        ):
            raise ValidationError(
                None,
                f"protocol={options.protocol!r} is not a redirect protocol; "
                "use 'HTTP', 'HTTPS' or '#{protocol}'",
            )
        for name in ("host", "path", "query"):
            _check_length(name, getattr(options, name), 128)
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

    @staticmethod
    def authenticate_oidc(
        *,
        authorization_endpoint: str,
        client_id: str,
        client_secret: SecretValue,
        issuer: str,
        next: ListenerAction,  # noqa: A002
        token_endpoint: str,
        user_info_endpoint: str,
        allow_https_outbound: bool | None = None,
        authentication_request_extra_params: Mapping[str, str] | None = None,
        on_unauthenticated_request: UnauthenticatedAction | None = None,
        scope: str | None = None,
        session_cookie_name: str | None = None,
        session_timeout: Duration | None = None,
    ) -> ListenerAction:
        """Sign users in with an OpenID Connect identity provider, then run `next` (HTTPS listeners)."""
        options = AuthenticateOidcOptions(
            authorization_endpoint=authorization_endpoint,
            client_id=client_id,
            client_secret=client_secret,
            issuer=issuer,
            next=next,
            token_endpoint=token_endpoint,
            user_info_endpoint=user_info_endpoint,
            allow_https_outbound=allow_https_outbound,
            authentication_request_extra_params=authentication_request_extra_params,
            on_unauthenticated_request=on_unauthenticated_request,
            scope=scope,
            session_cookie_name=session_cookie_name,
            session_timeout=session_timeout,
        )
        return OutboundHttpsListenerAction(
            "authenticate-oidc",
            "AuthenticateOidcConfig",
            {
                "AuthenticationRequestExtraParams": options.authentication_request_extra_params,
                "AuthorizationEndpoint": options.authorization_endpoint,
                "ClientId": options.client_id,
                "ClientSecret": options.client_secret.unsafe_unwrap(),
                "Issuer": options.issuer,
                "OnUnauthenticatedRequest": (
                    options.on_unauthenticated_request.value if options.on_unauthenticated_request else None
                ),
                "Scope": options.scope,
                "SessionCookieName": options.session_cookie_name,
                "SessionTimeout": session_timeout_text(
                    options.session_timeout, "ListenerAction.authenticate_oidc"
                ),
                "TokenEndpoint": options.token_endpoint,
                "UserInfoEndpoint": options.user_info_endpoint,
            },
            options.next,
            allow_https_outbound=options.allow_https_outbound,
        )

    @staticmethod
    def authenticate_jwt(*, issuer: str, jwks_endpoint: str, next: ListenerAction) -> ListenerAction:  # noqa: A002
        """Let requests whose bearer JWT the issuer's keys verify through to `next` (HTTPS listeners)."""
        options = AuthenticateJwtOptions(issuer=issuer, jwks_endpoint=jwks_endpoint, next=next)
        endpoint = options.jwks_endpoint
        if not Token.is_unresolved(endpoint) and not endpoint.startswith("https://"):
            raise ValidationError(
                None,
                f"ListenerAction.authenticate_jwt: jwks_endpoint={endpoint!r} is not an HTTPS URL; "
                "use one starting with 'https://'",
            )
        return _JwtValidationListenerAction(
            cfn_object(
                JwtValidationConfig=cfn_object(Issuer=options.issuer, JwksEndpoint=options.jwks_endpoint),
                Type="jwt-validation",
            ),
            options.next,
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
        """The actions of a listener rule (whose schema types an authentication's session timeout as a
        number, where a listener's takes a string)."""
        return [_with_numeric_session_timeout(action) for action in renumber(self._chain())]


_FIXED_STATUS = re.compile(r"[245][0-9][0-9]")


def _check_length(name: str, value: str | None, most: int) -> None:
    if value is not None and not Token.is_unresolved(value) and len(value) > most:
        raise ValidationError(
            None, f"{name}={value[:40]!r}... is {len(value)} characters long; use at most {most}"
        )


_AUTHENTICATION_CONFIGS = ("AuthenticateCognitoConfig", "AuthenticateOidcConfig")


def _with_numeric_session_timeout(action: Any) -> Any:
    for key in _AUTHENTICATION_CONFIGS:
        config = action.get(key) if isinstance(action, dict) else None
        if not isinstance(config, dict):
            continue
        timeout = config.get("SessionTimeout")
        if isinstance(timeout, str) and timeout.isdigit():
            return {**action, key: {**config, "SessionTimeout": int(timeout)}}
    return action


def session_timeout_text(timeout: Duration | None, place: str) -> str | None:
    """An authentication's session timeout as a listener takes it: whole seconds, as text.

    `place` names the call in errors (`ListenerAction.authenticate_oidc`).
    """
    if timeout is None:
        return None
    if timeout.is_unresolved():
        if timeout.unit_label() != "seconds":
            raise ValidationError(
                None,
                f"{place}: session_timeout={timeout!r} comes from a token in {timeout.unit_label()}; give a "
                "token duration in seconds, e.g. Duration.seconds(<token>)",
            )
        return Token.as_string(timeout.to_seconds())
    if not float(timeout.to_seconds(integral=False)).is_integer():
        raise ValidationError(
            None,
            f"{place}: session_timeout={timeout!r} is not a whole number of seconds; "
            "use Duration.seconds(...)",
        )
    # `str(int(...))`, not `:g`, which writes a week and more as `6.048e+05`-style exponents.
    return str(int(timeout.to_seconds()))


class OutboundHttpsListenerAction(ListenerAction):
    """An action that signs users in with an identity provider; binding it lets the load balancer reach
    the provider on port 443 (unless `allow_https_outbound` is False).

    `config` holds the CloudFormation fields of the action's `config_key` object; unset ones are None.
    """

    def __init__(
        self,
        action_type: str,
        config_key: str,
        config: Mapping[str, Any],
        next: ListenerAction,  # noqa: A002
        *,
        allow_https_outbound: bool | None,
    ) -> None:
        super().__init__(cfn_object(**{config_key: cfn_object(**config), "Type": action_type}), next)
        self._allow_https_outbound = allow_https_outbound is not False

    def bind(
        self,
        scope: Construct,
        listener: IApplicationListener,
        associating_construct: IConstruct | None = None,
    ) -> None:
        if self._allow_https_outbound:
            listener.connections.allow_to_any_ipv4(Port.tcp(443), "Allow to IdP endpoint")
        super().bind(scope, listener, associating_construct)


class _JwtValidationListenerAction(ListenerAction):
    """A JWT validation; binding it to a listener that is known to be plain HTTP is an error at synth."""

    def bind(
        self,
        scope: Construct,
        listener: IApplicationListener,
        associating_construct: IConstruct | None = None,
    ) -> None:
        # An imported listener has no protocol to check (as in aws-cdk-lib).
        protocol = getattr(listener, "protocol", None)
        if isinstance(protocol, ApplicationProtocol) and protocol is not ApplicationProtocol.HTTPS:
            scope.node.add_validation(_JwtNeedsHttps(protocol))
        super().bind(scope, listener, associating_construct)


class _JwtNeedsHttps:
    def __init__(self, protocol: ApplicationProtocol) -> None:
        self._protocol = protocol

    def validate(self) -> list[str]:
        return [
            f"the listener's protocol=ApplicationProtocol.{self._protocol.name} cannot validate JWTs "
            "(ListenerAction.authenticate_jwt); use protocol=ApplicationProtocol.HTTPS with a certificate"
        ]


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
