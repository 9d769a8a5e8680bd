"""HttpUserPoolAuthorizer given the L1 user pool or app client instead of the L2 interfaces.

aws-cdk-lib accepts both and synthesizes an authorizer that API Gateway cannot use: the issuer ends in
`/undefined` for a `CfnUserPool`, and a `CfnUserPoolClient` leaves the audience empty. The call is
rejected here instead, naming the argument and what to pass.
"""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_cognito as cognito
from apigwv2_integrations.aws_apigatewayv2_authorizers import HttpUserPoolAuthorizer


def test_user_pool_authorizer_rejects_cfn_user_pool(stack: Stack) -> None:
    pool = cognito.CfnUserPool(stack, "Pool")
    with pytest.raises(TypeError) as raised:
        HttpUserPoolAuthorizer("Auth", pool)  # type: ignore[arg-type]
    assert str(raised.value) == (
        "HttpUserPoolAuthorizer('Auth'): pool=<CfnUserPool Test/Pool (AWS::Cognito::UserPool)> is a "
        "CfnUserPool; use an IUserPool (a Cognito user pool, defined here or imported), such as UserPool or "
        "UserPool.from_user_pool_arn(...)"
    )


def test_user_pool_authorizer_rejects_cfn_user_pool_client(stack: Stack) -> None:
    pool = cognito.UserPool(stack, "Pool")
    client = cognito.CfnUserPoolClient(stack, "Client", user_pool_id=pool.user_pool_id)
    with pytest.raises(TypeError) as raised:
        HttpUserPoolAuthorizer("Auth", pool, user_pool_clients=[client])  # type: ignore[list-item]
    assert str(raised.value) == (
        "HttpUserPoolAuthorizer('Auth'): user_pool_clients[0]=<CfnUserPoolClient Test/Client "
        "(AWS::Cognito::UserPoolClient)> is a CfnUserPoolClient; use an IUserPoolClient (an app client of a "
        "user pool, defined here or imported), such as UserPoolClient or "
        "UserPoolClient.from_user_pool_client_id(...)"
    )
