"""Cognito user pool features: standard and custom attributes, link-style verification, invitations, the
MFA message, device tracking, the feature plan, attributes kept until verified, choice-based sign-in with
passkeys, threat protection, Lambda triggers (props and add_trigger, with their permissions), email through
SES and through Cognito, groups, grants, client attributes, analytics, session validity, refresh token
rotation, managed login, and a registered identity provider that new clients support."""
import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "cognito-pool-features", env=cdk.Environment(account="111111111111", region="eu-west-1"))


def function(id: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    )


pre_sign_up = function("PreSignUp")
token_config = function("TokenConfig")
migration = function("Migration")

pool = cognito.UserPool(
    stack,
    "Pool",
    standard_attributes=cognito.StandardAttributes(
        email=cognito.StandardAttribute(required=True, mutable=False),
        fullname=cognito.StandardAttribute(required=True),
        timezone=cognito.StandardAttribute(mutable=True),
    ),
    custom_attributes={
        "tenant": cognito.StringAttribute(min_len=3, max_len=64, mutable=True),
        "level": cognito.NumberAttribute(min=1, max=10),
        "admin": cognito.BooleanAttribute(mutable=True),
        "joined": cognito.DateTimeAttribute(),
        "note": cognito.StringAttribute(),
    },
    user_verification=cognito.UserVerificationConfig(
        email_style=cognito.VerificationEmailStyle.LINK,
        email_subject="Confirm your email",
        email_body="Hello, {##Confirm##}",
        sms_message="Your code is {####}",
    ),
    user_invitation=cognito.UserInvitationConfig(
        email_subject="Welcome", email_body="Hi {username}, your password is {####}", sms_message="{username} {####}"
    ),
    mfa=cognito.Mfa.OPTIONAL,
    mfa_second_factor=cognito.MfaSecondFactor(sms=True, otp=True, email=True),
    mfa_message="Sign-in code: {####}",
    sns_region="eu-west-1",
    device_tracking=cognito.DeviceTracking(
        challenge_required_on_new_device=True, device_only_remembered_on_user_prompt=False
    ),
    feature_plan=cognito.FeaturePlan.PLUS,
    keep_original=cognito.KeepOriginalAttrs(email=True),
    sign_in_aliases=cognito.SignInAliases(email=True),
    sign_in_policy=cognito.SignInPolicy(
        allowed_first_auth_factors=cognito.AllowedFirstAuthFactors(password=True, email_otp=True, passkey=True)
    ),
    passkey_relying_party_id="auth.example.com",
    passkey_user_verification=cognito.PasskeyUserVerification.REQUIRED,
    standard_threat_protection_mode=cognito.StandardThreatProtectionMode.AUDIT_ONLY,
    custom_threat_protection_mode=cognito.CustomThreatProtectionMode.FULL_FUNCTION,
    lambda_triggers=cognito.UserPoolTriggers(pre_sign_up=pre_sign_up, user_migration=migration),
    email=cognito.UserPoolEmail.with_ses(
        from_email="noreply@example.com",
        from_name="Example Books",
        reply_to="support@example.com",
        configuration_set_name="books",
        ses_verified_domain="example.com",
    ),
)
pool.add_trigger(
    cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, token_config, cognito.LambdaVersion.V2_0
)
pool.register_identity_provider(
    cognito.UserPoolIdentityProvider.from_provider_name(stack, "Google", "Google")
)

cognito.UserPool(
    stack,
    "CognitoMailPool",
    email=cognito.UserPoolEmail.with_cognito("reply@example.com"),
    custom_threat_protection_mode=cognito.CustomThreatProtectionMode.AUDIT_ONLY,
    user_verification=cognito.UserVerificationConfig(email_style=cognito.VerificationEmailStyle.LINK),
)

admins = iam.Role(stack, "AdminsRole", assumed_by=iam.ServicePrincipal("cognito-identity.amazonaws.com"))
pool.add_group("Admins", group_name="admins", description="Administrators", precedence=1, role=admins)
cognito.UserPoolGroup(stack, "Readers", user_pool=pool)
imported_group = cognito.UserPoolGroup.from_group_name(stack, "ImportedGroup", "editors")

worker = iam.Role(stack, "Worker", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
pool.grant(worker, "cognito-idp:AdminCreateUser", "cognito-idp:AdminDeleteUser")

analytics_role = iam.Role(stack, "AnalyticsRole", assumed_by=iam.ServicePrincipal("cognito-idp.amazonaws.com"))
client = pool.add_client(
    "Client",
    generate_secret=True,
    read_attributes=cognito.ClientAttributes()
    .with_standard_attributes(email=True, fullname=True, email_verified=True)
    .with_custom_attributes("tenant", "custom:level"),
    write_attributes=cognito.ClientAttributes().with_standard_attributes(fullname=True, timezone=True),
    analytics=cognito.AnalyticsConfiguration(
        application_id="abc42", external_id="ext42", role=analytics_role, share_user_data=True
    ),
    auth_session_validity=cdk.Duration.minutes(10),
    refresh_token_rotation_grace_period=cdk.Duration.seconds(30),
    auth_flows=cognito.AuthFlow(user=True, user_srp=True),
    enable_propagate_additional_user_context_data=True,
    refresh_token_validity=cdk.Duration.days(1),
    id_token_validity=cdk.Duration.hours(2),
)
domain = pool.add_domain(
    "Domain",
    cognito_domain=cognito.CognitoDomainOptions(domain_prefix="books-features"),
    managed_login_version=cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
)

imported = cognito.UserPool.from_user_pool_arn(
    stack, "Imported", "arn:aws:cognito-idp:us-east-1:222222222222:userpool/us-east-1_abc"
)
imported.add_client("ImportedClient", disable_o_auth=True)

cdk.CfnOutput(stack, "CloudFront", value=domain.cloud_front_endpoint)
cdk.CfnOutput(stack, "ImportedProvider", value=imported.user_pool_provider_name)
cdk.CfnOutput(stack, "ProviderUrl", value=pool.user_pool_provider_url)
cdk.CfnOutput(stack, "GroupName", value=imported_group.group_name)

app.synth()
