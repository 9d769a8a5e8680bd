"""UserPoolDomain: Cognito-prefix and custom domains, their URLs and errors."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_cognito import (
    CognitoDomainOptions,
    OAuthFlows,
    OAuthSettings,
    UserPool,
    UserPoolDomain,
    UserPoolDomainProps,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of


def test_user_pool_domain_keywords_match_props_fields() -> None:
    assert keyword_names(UserPoolDomain.__init__) == {f.name for f in attrs.fields(UserPoolDomainProps)}


def test_cognito_domain_base_url_uses_the_fips_endpoint_on_request(stack: Stack) -> None:
    domain = UserPool(stack, "Pool").add_domain("Domain", cognito_domain={"domain_prefix": "books"})
    assert stack.resolve(domain.base_url(fips=True)) == {
        "Fn::Join": [
            "",
            [
                "https://",
                {"Ref": logical_id_of(domain)},
                ".auth-fips.",
                {"Ref": "AWS::Region"},
                ".amazoncognito.com",
            ],
        ]
    }


def test_user_pool_domain_needs_exactly_one_domain(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_domain("Domain")
    assert str(caught.value) == (
        "Test/Pool/Domain: cognito_domain and custom_domain are both set or both missing; pass exactly one of them"
    )


def test_user_pool_domain_rejects_an_upper_case_prefix(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_domain("Domain", cognito_domain=CognitoDomainOptions(domain_prefix="Books"))
    assert str(caught.value) == (
        "Test/Pool/Domain: cognito_domain domain_prefix='Books' is invalid; "
        "use lower-case letters, digits and hyphens"
    )


def test_sign_in_url_needs_a_code_or_implicit_grant(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    domain = pool.add_domain("Domain", cognito_domain=CognitoDomainOptions(domain_prefix="books"))
    client = pool.add_client("Client", o_auth=OAuthSettings(flows=OAuthFlows(client_credentials=True)))
    with pytest.raises(ValidationError) as caught:
        domain.sign_in_url(client, redirect_uri="https://example.com")
    assert str(caught.value) == (
        "Test/Pool/Domain: sign_in_url needs a client with the authorization code or implicit grant; "
        "enable one of them in the client's o_auth flows"
    )


def test_cloud_front_domain_name_points_to_the_endpoint(stack: Stack) -> None:
    domain = UserPool(stack, "Pool").add_domain("Domain", cognito_domain={"domain_prefix": "books"})
    assert stack.resolve(domain.cloud_front_endpoint) == {
        "Fn::GetAtt": [logical_id_of(domain), "CloudFrontDistribution"]
    }
    with pytest.raises(ValidationError) as caught:
        _ = domain.cloud_front_domain_name
    assert str(caught.value) == (
        "Test/Pool/Domain: cloud_front_domain_name needs a custom resource this package does not produce; "
        "use cloud_front_endpoint"
    )
