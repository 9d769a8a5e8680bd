"""AuthenticateCognitoAction: sign users in with a Cognito user pool before a listener's next action."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_cognito import IUserPool, IUserPoolClient, IUserPoolDomain
from ..aws_elasticloadbalancingv2 import ListenerAction, UnauthenticatedAction
from ..aws_elasticloadbalancingv2.alb.application_listener_action import (
    OutboundHttpsListenerAction,
    session_timeout_text,
)
from ..core.duration import Duration
from ..core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class AuthenticateCognitoActionProps(metaclass=LazyAttrsMeta):
    """Properties of an AuthenticateCognitoAction."""

    next: ListenerAction
    """The action after authentication (a forward, fixed response or redirect ends the chain)."""
    user_pool: IUserPool
    """The user pool users sign in to."""
    user_pool_client: IUserPoolClient
    """The user pool's app client (with a secret and the authorization code grant)."""
    user_pool_domain: IUserPoolDomain
    """The user pool's domain, where the sign-in pages are."""
    allow_https_outbound: bool | None = None
    """Let the load balancer's security group reach Cognito on port 443. Default: true."""
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


class AuthenticateCognitoAction(OutboundHttpsListenerAction):
    """A listener action that signs users in with a Cognito user pool, then runs `next` (HTTPS listeners)."""

    def __init__(
        self,
        *,
        next: ListenerAction,  # noqa: A002
        user_pool: IUserPool,
        user_pool_client: IUserPoolClient,
        user_pool_domain: IUserPoolDomain,
        allow_https_outbound: bool | None = None,
        authentication_request_extra_params: Mapping[str, str] | None = None,
        on_unauthenticated_request: UnauthenticatedAction | None = None,
        scope: str | None = None,
        session_cookie_name: str | None = None,
        session_timeout: Duration | None = None,
    ) -> None:
        props = AuthenticateCognitoActionProps(
            next=next,
            user_pool=user_pool,
            user_pool_client=user_pool_client,
            user_pool_domain=user_pool_domain,
            allow_https_outbound=allow_https_outbound,
            authentication_request_extra_params=authentication_request_extra_params,
            on_unauthenticated_request=on_unauthenticated_request,
            scope=scope,
            session_cookie_name=session_cookie_name,
            session_timeout=session_timeout,
        )
        super().__init__(
            "authenticate-cognito",
            "AuthenticateCognitoConfig",
            {
                "AuthenticationRequestExtraParams": props.authentication_request_extra_params,
                "OnUnauthenticatedRequest": (
                    props.on_unauthenticated_request.value if props.on_unauthenticated_request else None
                ),
                "Scope": props.scope,
                "SessionCookieName": props.session_cookie_name,
                "SessionTimeout": session_timeout_text(props.session_timeout, "AuthenticateCognitoAction"),
                "UserPoolArn": props.user_pool.user_pool_arn,
                "UserPoolClientId": props.user_pool_client.user_pool_client_id,
                "UserPoolDomain": props.user_pool_domain.domain_name,
            },
            props.next,
            allow_https_outbound=props.allow_https_outbound,
        )
