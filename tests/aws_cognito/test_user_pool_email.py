"""UserPoolEmail: Cognito and SES email configurations and their errors."""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_cognito import UserPool, UserPoolEmail
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def test_ses_email_encodes_the_sender_and_names_the_identity(app: App) -> None:
    stack = Stack(app, "Mail", env=Environment(account="111111111111", region="eu-west-1"))
    pool = UserPool(
        stack, "Pool", email=UserPoolEmail.with_ses(from_email="noreply@bücher.example", from_name="Bücher")
    )
    assert properties_of(pool)["EmailConfiguration"] == {
        "EmailSendingAccount": "DEVELOPER",
        "From": "=?UTF-8?B?QsO8Y2hlcg==?= <noreply@xn--bcher-kva.example>",
        "SourceArn": {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":ses:eu-west-1:111111111111:identity/noreply@xn--bcher-kva.example",
                ],
            ]
        },
    }


def test_ses_email_needs_a_region(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", email=UserPoolEmail.with_ses(from_email="noreply@example.com"))
    assert str(caught.value) == (
        "Test/Pool: email=UserPoolEmail.with_ses(...) needs ses_region when the stack's region is not known; "
        "pass ses_region=... or give the stack a region"
    )


def test_ses_email_from_address_must_be_in_the_verified_domain(stack: Stack) -> None:
    email = UserPoolEmail.with_ses(
        from_email="noreply@example.com", ses_region="us-east-1", ses_verified_domain="example.org"
    )
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", email=email)
    assert str(caught.value) == (
        "Test/Pool: from_email='noreply@example.com' is not in ses_verified_domain='example.org'; "
        "use an address of that domain"
    )


def test_cognito_email_keeps_the_reply_to_address(stack: Stack) -> None:
    pool = UserPool(stack, "Pool", email=UserPoolEmail.with_cognito("help@example.com"))
    assert properties_of(pool)["EmailConfiguration"] == {
        "EmailSendingAccount": "COGNITO_DEFAULT",
        "ReplyToEmailAddress": "help@example.com",
    }
