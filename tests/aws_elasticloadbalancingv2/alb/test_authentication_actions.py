"""Authenticating listener actions: OpenID Connect, JWT validation and Cognito sign-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Duration, SecretValue, Stack, SynthesisError, ValidationError
from apigwv2_integrations.aws_cognito import CognitoDomainOptions, UserPool
from apigwv2_integrations.aws_ec2 import SecurityGroup, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationLoadBalancer,
    ListenerAction,
    ListenerCertificate,
    ListenerCondition,
    UnauthenticatedAction,
)
from apigwv2_integrations.aws_elasticloadbalancingv2_actions import AuthenticateCognitoAction
from apigwv2_integrations.core.errors import ArgumentTypeError

Render = Callable[[Stack], dict[str, Any]]

_CERTIFICATE = ListenerCertificate.from_arn("arn:aws:acm:us-east-1:123456789012:certificate/abc")
_IDP_EGRESS = {
    "CidrIp": "0.0.0.0/0",
    "Description": "Allow to IdP endpoint",
    "FromPort": 443,
    "IpProtocol": "tcp",
    "ToPort": 443,
}


def _oidc(**options: Any) -> ListenerAction:
    return ListenerAction.authenticate_oidc(
        authorization_endpoint="https://idp.example.com/authorize",
        client_id="client",
        client_secret=SecretValue.unsafe_plain_text("secret"),
        issuer="https://idp.example.com",
        token_endpoint="https://idp.example.com/token",
        user_info_endpoint="https://idp.example.com/userinfo",
        next=ListenerAction.fixed_response(200),
        **options,
    )


def _resource(template: dict[str, Any], kind: str) -> dict[str, Any]:
    (found,) = [r["Properties"] for r in template["Resources"].values() if r["Type"] == kind]
    return found


def test_oidc_renders_its_config_and_opens_https_to_the_identity_provider(
    stack: Stack, template: Render
) -> None:
    lb = ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0))
    lb.add_listener(
        "L",
        port=443,
        certificates=[_CERTIFICATE],
        default_action=_oidc(
            on_unauthenticated_request=UnauthenticatedAction.DENY,
            session_timeout=Duration.days(1),
            authentication_request_extra_params={"prompt": "login"},
        ),
    )
    rendered = template(stack)
    actions = _resource(rendered, "AWS::ElasticLoadBalancingV2::Listener")["DefaultActions"]
    assert actions[0] == {
        "AuthenticateOidcConfig": {
            "AuthenticationRequestExtraParams": {"prompt": "login"},
            "AuthorizationEndpoint": "https://idp.example.com/authorize",
            "ClientId": "client",
            "ClientSecret": "secret",
            "Issuer": "https://idp.example.com",
            "OnUnauthenticatedRequest": "deny",
            # A listener's schema takes the timeout as text.
            "SessionTimeout": "86400",
            "TokenEndpoint": "https://idp.example.com/token",
            "UserInfoEndpoint": "https://idp.example.com/userinfo",
        },
        "Order": 1,
        "Type": "authenticate-oidc",
    }
    group = _resource(rendered, "AWS::EC2::SecurityGroup")
    assert group["SecurityGroupEgress"] == [_IDP_EGRESS]


def test_oidc_in_a_rule_takes_its_session_timeout_as_a_number_and_may_keep_the_group_closed(
    stack: Stack, template: Render
) -> None:
    lb = ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0))
    listener = lb.add_listener(
        "L", port=443, certificates=[_CERTIFICATE], default_action=ListenerAction.fixed_response(404)
    )
    listener.add_action(
        "Login",
        priority=1,
        conditions=[ListenerCondition.path_patterns(["/login"])],
        action=_oidc(session_timeout=Duration.minutes(5), allow_https_outbound=False),
    )
    rendered = template(stack)
    rule = _resource(rendered, "AWS::ElasticLoadBalancingV2::ListenerRule")
    assert rule["Actions"][0]["AuthenticateOidcConfig"]["SessionTimeout"] == 300
    egress = _resource(rendered, "AWS::EC2::SecurityGroup")["SecurityGroupEgress"]
    assert [rule["Description"] for rule in egress] == ["Disallow all traffic"]


def test_jwt_validation_renders_issuer_and_keys_and_opens_nothing(stack: Stack, template: Render) -> None:
    lb = ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0))
    lb.add_listener(
        "L",
        port=443,
        certificates=[_CERTIFICATE],
        default_action=ListenerAction.authenticate_jwt(
            issuer="https://issuer.example.com",
            jwks_endpoint="https://issuer.example.com/jwks",
            next=ListenerAction.fixed_response(200),
        ),
    )
    rendered = template(stack)
    assert _resource(rendered, "AWS::ElasticLoadBalancingV2::Listener")["DefaultActions"][0] == {
        "JwtValidationConfig": {
            "Issuer": "https://issuer.example.com",
            "JwksEndpoint": "https://issuer.example.com/jwks",
        },
        "Order": 1,
        "Type": "jwt-validation",
    }
    egress = _resource(rendered, "AWS::EC2::SecurityGroup")["SecurityGroupEgress"]
    assert [rule["Description"] for rule in egress] == ["Disallow all traffic"]


def test_oidc_client_secret_must_be_a_secret_value() -> None:
    with pytest.raises(
        ArgumentTypeError,
        match=r"^ListenerAction.authenticate_oidc: client_secret='secret' is a str; use a SecretValue$",
    ):
        ListenerAction.authenticate_oidc(
            authorization_endpoint="https://a",
            client_id="c",
            client_secret="secret",  # type: ignore[arg-type]
            issuer="https://i",
            token_endpoint="https://t",
            user_info_endpoint="https://u",
            next=ListenerAction.fixed_response(200),
        )


def test_cognito_action_renders_the_pool_client_and_domain(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    pool = UserPool(stack, "Pool")
    client = pool.add_client("Client", generate_secret=True)
    domain = pool.add_domain("Domain", cognito_domain=CognitoDomainOptions(domain_prefix="my-app"))
    group = SecurityGroup(stack, "Open", vpc=vpc, allow_all_outbound=True)
    lb = ApplicationLoadBalancer(stack, "Lb", vpc=vpc, security_group=group)
    lb.add_listener(
        "L",
        port=443,
        certificates=[_CERTIFICATE],
        default_action=AuthenticateCognitoAction(
            user_pool=pool,
            user_pool_client=client,
            user_pool_domain=domain,
            scope="openid",
            session_timeout=Duration.hours(2),
            next=ListenerAction.fixed_response(200),
        ),
    )
    rendered = template(stack)
    assert _resource(rendered, "AWS::ElasticLoadBalancingV2::Listener")["DefaultActions"][0] == {
        "AuthenticateCognitoConfig": {
            "Scope": "openid",
            "SessionTimeout": "7200",
            "UserPoolArn": {"Fn::GetAtt": ["PoolD3F588B8", "Arn"]},
            "UserPoolClientId": {"Ref": "PoolClient8A3E5EB7"},
            "UserPoolDomain": {"Ref": "PoolDomainCFC71F56"},
        },
        "Order": 1,
        "Type": "authenticate-cognito",
    }
    # The group already allows all outbound traffic: no IdP rule is added.
    egress = _resource(rendered, "AWS::EC2::SecurityGroup")["SecurityGroupEgress"]
    assert [rule["Description"] for rule in egress] == ["Allow all outbound traffic by default"]


def test_a_session_timeout_of_weeks_renders_as_whole_seconds(stack: Stack, template: Render) -> None:
    lb = ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0))
    lb.add_listener(
        "L", port=443, certificates=[_CERTIFICATE], default_action=_oidc(session_timeout=Duration.days(30))
    )
    config = _resource(template(stack), "AWS::ElasticLoadBalancingV2::Listener")["DefaultActions"][0]
    assert config["AuthenticateOidcConfig"]["SessionTimeout"] == "2592000"


def test_a_session_timeout_in_part_seconds_is_refused_at_the_call(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _oidc(session_timeout=Duration.millis(1500))
    assert str(error.value) == (
        "ListenerAction.authenticate_oidc: session_timeout=Duration.millis(1500) is not a whole number of "
        "seconds; use Duration.seconds(...)"
    )
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as error:
        AuthenticateCognitoAction(
            user_pool=pool,
            user_pool_client=pool.add_client("Client", generate_secret=True),
            user_pool_domain=pool.add_domain(
                "Domain", cognito_domain=CognitoDomainOptions(domain_prefix="a")
            ),
            session_timeout=Duration.millis(2500),
            next=ListenerAction.fixed_response(200),
        )
    assert str(error.value) == (
        "AuthenticateCognitoAction: session_timeout=Duration.millis(2500) is not a whole number of seconds; "
        "use Duration.seconds(...)"
    )


def test_jwt_keys_must_be_fetched_over_https() -> None:
    with pytest.raises(ValidationError) as error:
        ListenerAction.authenticate_jwt(
            issuer="https://issuer.example.com",
            jwks_endpoint="http://issuer.example.com/jwks",
            next=ListenerAction.fixed_response(200),
        )
    assert str(error.value) == (
        "ListenerAction.authenticate_jwt: jwks_endpoint='http://issuer.example.com/jwks' is not an HTTPS URL; "
        "use one starting with 'https://'"
    )


def test_jwt_validation_on_a_plain_http_listener_fails_synth_with_the_other_problems(
    app: App, stack: Stack
) -> None:
    lb = ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0))
    jwt = ListenerAction.authenticate_jwt(
        issuer="https://issuer.example.com",
        jwks_endpoint="https://issuer.example.com/jwks",
        next=ListenerAction.fixed_response(200),
    )
    lb.add_listener("Web", port=80, default_action=jwt)
    lb.add_listener("Other", port=8080, default_action=jwt)
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 2 validation errors:\n"
        "  Test/Lb/Web: the listener's protocol=ApplicationProtocol.HTTP cannot validate JWTs "
        "(ListenerAction.authenticate_jwt); use protocol=ApplicationProtocol.HTTPS with a certificate\n"
        "  Test/Lb/Other: the listener's protocol=ApplicationProtocol.HTTP cannot validate JWTs "
        "(ListenerAction.authenticate_jwt); use protocol=ApplicationProtocol.HTTPS with a certificate"
    )
