"""UserPool: sign-in aliases, verification, password policy, MFA, account recovery and imports."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import Duration, Names, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.aws_cognito import (
    AccountRecovery,
    AdvancedSecurityMode,
    AllowedFirstAuthFactors,
    IUserPool,
    LambdaVersion,
    Mfa,
    MfaSecondFactor,
    PasswordPolicy,
    SignInAliases,
    SignInPolicy,
    StandardThreatProtectionMode,
    UserPool,
    UserPoolOperation,
    UserPoolProps,
    UserPoolTriggers,
    UserVerificationConfig,
    VerificationEmailStyle,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of, resource_of


def test_user_pool_keywords_match_props_fields() -> None:
    assert keyword_names(UserPool.__init__) == {f.name for f in attrs.fields(UserPoolProps)}


def test_user_pool_is_retained_by_default(stack: Stack) -> None:
    resource = resource_of(UserPool(stack, "Pool"))
    assert (resource["DeletionPolicy"], resource["UpdateReplacePolicy"]) == ("Retain", "Retain")


def test_user_pool_email_sign_in_makes_email_the_user_name_and_verifies_it(stack: Stack) -> None:
    properties = properties_of(UserPool(stack, "Pool", sign_in_aliases={"email": True}))
    assert (properties["UsernameAttributes"], properties["AutoVerifiedAttributes"]) == (["email"], ["email"])


def test_user_pool_account_recovery_phone_and_email_renders_nothing(stack: Stack) -> None:
    properties = properties_of(UserPool(stack, "Pool", account_recovery=AccountRecovery.PHONE_AND_EMAIL))
    assert "AccountRecoverySetting" not in properties


def test_user_pool_required_mfa_defaults_to_sms_and_creates_the_sms_role(stack: Stack) -> None:
    pool = UserPool(stack, "Pool", mfa=Mfa.REQUIRED)
    properties = properties_of(pool)
    assert (properties["MfaConfiguration"], properties["EnabledMfas"]) == ("ON", ["SMS_MFA"])
    assert properties["SmsConfiguration"]["ExternalId"] == Names.unique_id(pool)
    assert pool.node.try_find_child("smsRole") is not None


def test_user_pool_imported_by_id_builds_its_arn(stack: Stack) -> None:
    pool = UserPool.from_user_pool_id(stack, "Imported", "us-east-1_abc")
    assert isinstance(pool, IUserPool)
    assert pool.user_pool_id == "us-east-1_abc"


def test_user_pool_rejects_preferred_username_without_username(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", sign_in_aliases=SignInAliases(email=True, preferred_username=True))
    assert str(caught.value) == (
        "Test/Pool: sign_in_aliases preferred_username=True needs username=True; add username=True"
    )


def test_user_pool_rejects_a_short_minimum_password_length(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", password_policy=PasswordPolicy(min_length=5))
    assert str(caught.value) == "Test/Pool: password_policy min_length=5 is out of range; use 6 to 99"


def test_user_pool_rejects_a_long_temporary_password_validity(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", password_policy=PasswordPolicy(temp_password_validity=Duration.days(400)))
    assert str(caught.value) == (
        "Test/Pool: password_policy temp_password_validity=Duration.days(400) is too long; use at most 365 days"
    )


def test_user_pool_rejects_a_large_password_history(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", password_policy=PasswordPolicy(password_history_size=25))
    assert str(caught.value) == (
        "Test/Pool: password_policy password_history_size=25 is out of range; use 0 to 24"
    )


def test_user_pool_rejects_an_sms_role_with_sms_role_disabled(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("cognito-idp.amazonaws.com"))
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", sms_role=role, enable_sms_role=False)
    assert str(caught.value) == "Test/Pool: enable_sms_role=False with sms_role set; remove one of them"


def test_user_pool_from_arn_needs_a_pool_id(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool.from_user_pool_arn(stack, "Imported", "arn:aws:cognito-idp:us-east-1:111111111111:userpool")
    assert str(caught.value) == (
        "Test/Imported: user_pool_arn='arn:aws:cognito-idp:us-east-1:111111111111:userpool' has no user pool id; "
        "use arn:...:userpool/{id}"
    )


def test_user_pool_rejects_an_mfa_message_without_the_code(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", mfa_message="Your code")
    assert (
        str(caught.value)
        == "Test/Pool: mfa_message='Your code' has no {####}; add the placeholder of the code"
    )


def test_user_pool_rejects_a_verification_body_without_the_code(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", user_verification=UserVerificationConfig(email_body="Welcome"))
    assert str(caught.value) == (
        "Test/Pool: user_verification email_body='Welcome' has no {####}; add the placeholder of the code"
    )


def test_user_pool_rejects_a_link_verification_body_without_the_link(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(
            stack,
            "Pool",
            user_verification=UserVerificationConfig(
                email_style=VerificationEmailStyle.LINK, email_body="Hi"
            ),
        )
    assert str(caught.value) == (
        "Test/Pool: user_verification email_body='Hi' has no link placeholder; "
        "add {##Verify Email##} (any text between {## and ##})"
    )


def test_user_pool_rejects_advanced_security_with_threat_protection(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(
            stack,
            "Pool",
            advanced_security_mode=AdvancedSecurityMode.AUDIT,
            standard_threat_protection_mode=StandardThreatProtectionMode.AUDIT_ONLY,
        )
    assert str(caught.value) == (
        "Test/Pool: advanced_security_mode is set with a threat protection mode; advanced_security_mode is "
        "deprecated, use standard_threat_protection_mode and custom_threat_protection_mode only"
    )


def test_user_pool_rejects_a_long_passkey_relying_party_id(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool", passkey_relying_party_id="a" * 64)
    assert (
        str(caught.value)
        == "Test/Pool: passkey_relying_party_id is 64 characters long; use 1 to 63 characters"
    )


def test_user_pool_rejects_email_mfa_without_ses(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(
            stack,
            "Pool",
            mfa=Mfa.OPTIONAL,
            mfa_second_factor=MfaSecondFactor(otp=True, sms=False, email=True),
        )
    assert str(caught.value) == (
        "Test/Pool: mfa_second_factor email=True needs Amazon SES email; pass email=UserPoolEmail.with_ses(...)"
    )


def test_user_pool_rejects_a_sign_in_policy_without_passwords(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(
            stack,
            "Pool",
            sign_in_policy=SignInPolicy(allowed_first_auth_factors=AllowedFirstAuthFactors(password=False)),
        )
    assert str(caught.value) == (
        "Test/Pool: sign_in_policy allowed_first_auth_factors password=False; passwords cannot be turned off"
    )


def trigger_function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Trigger",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    )


def test_user_pool_rejects_a_second_trigger_for_an_operation(stack: Stack) -> None:
    function = trigger_function(stack)
    pool = UserPool(stack, "Pool", lambda_triggers=UserPoolTriggers(pre_sign_up=function))
    with pytest.raises(ValidationError) as caught:
        pool.add_trigger(UserPoolOperation.PRE_SIGN_UP, function)
    assert str(caught.value) == (
        "Test/Pool: a trigger for 'preSignUp' already exists; each operation takes one trigger"
    )


def test_user_pool_rejects_lambda_version_2_for_other_operations(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_trigger(UserPoolOperation.PRE_SIGN_UP, trigger_function(stack), LambdaVersion.V2_0)
    assert str(caught.value) == (
        "Test/Pool: lambda_version=LambdaVersion.V2_0 is set for 'preSignUp'; only "
        "UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG takes V2_0 or V3_0"
    )


def test_user_pool_rejects_an_unknown_operation(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_trigger(UserPoolOperation.of("myTrigger"), trigger_function(stack))
    assert str(caught.value) == (
        "Test/Pool: operation=UserPoolOperation.of('myTrigger') is not a trigger of a user pool; use one of "
        "createAuthChallenge, customEmailSender, customMessage, customSmsSender, defineAuthChallenge, "
        "inboundFederation, postAuthentication, postConfirmation, preAuthentication, preSignUp, "
        "preTokenGeneration, preTokenGenerationConfig, userMigration, verifyAuthChallengeResponse"
    )


def test_user_pool_takes_a_known_operation_by_name(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    pool.add_trigger(UserPoolOperation.of("PostConfirmation"), trigger_function(stack))
    assert properties_of(pool)["LambdaConfig"] == {
        "PostConfirmation": {"Fn::GetAtt": ["TriggerD50EE54C", "Arn"]}
    }


def test_user_pool_custom_sender_needs_a_kms_key(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as caught:
        pool.add_trigger(UserPoolOperation.CUSTOM_SMS_SENDER, trigger_function(stack))
    assert str(caught.value) == (
        "Test/Pool: the 'customSmsSender' trigger needs custom_sender_kms_key; pass the KMS key of the sender"
    )


def test_user_pool_trigger_added_later_is_rendered_with_its_permission(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    function = trigger_function(stack)
    pool.add_trigger(UserPoolOperation.of("PostConfirmation"), function)
    assert properties_of(pool)["LambdaConfig"] == {
        "PostConfirmation": {"Fn::GetAtt": [logical_id_of(function), "Arn"]}
    }
    permission = properties_of(pool.node.find_child("PostConfirmationCognito"))
    assert (permission["Principal"], permission["SourceArn"]) == (
        "cognito-idp.amazonaws.com",
        {"Fn::GetAtt": [logical_id_of(pool), "Arn"]},
    )


def test_imported_user_pool_names_its_provider(stack: Stack) -> None:
    pool = UserPool.from_user_pool_arn(
        stack, "Imported", "arn:aws:cognito-idp:eu-west-1:222222222222:userpool/eu-west-1_abc"
    )
    assert stack.resolve(pool.user_pool_provider_name) == {
        "Fn::Join": ["", ["cognito-idp.eu-west-1.", {"Ref": "AWS::URLSuffix"}, "/eu-west-1_abc"]]
    }
