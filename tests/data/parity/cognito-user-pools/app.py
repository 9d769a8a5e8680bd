"""Cognito user pools beyond the defaults: phone sign-in with the SMS role aws-cdk-lib creates, required
MFA with its default SMS factor, email-only sign-in, preferred usernames, account recovery options, a
pool with an existing SMS role, a custom domain, a client with identity providers and without OAuth,
imported pools and clients, and an authorizer with an imported client."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "cognito-user-pools")

phone_pool = cognito.UserPool(
    stack,
    "PhonePool",
    sign_in_aliases=cognito.SignInAliases(phone=True),
    mfa=cognito.Mfa.REQUIRED,
    account_recovery=cognito.AccountRecovery.PHONE_ONLY_WITHOUT_MFA,
)
email_pool = cognito.UserPool(
    stack,
    "EmailPool",
    sign_in_aliases=cognito.SignInAliases(email=True),
    auto_verify=cognito.AutoVerifiedAttrs(email=True, phone=False),
    account_recovery=cognito.AccountRecovery.NONE,
    password_policy=cognito.PasswordPolicy(min_length=10, password_history_size=5),
    deletion_protection=True,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
sms_role = iam.Role(stack, "SmsRole", assumed_by=iam.ServicePrincipal("cognito-idp.amazonaws.com"))
role_pool = cognito.UserPool(
    stack,
    "RolePool",
    sign_in_aliases=cognito.SignInAliases(username=True, preferred_username=True, phone=True),
    sms_role=sms_role,
    sms_role_external_id="external",
    account_recovery=cognito.AccountRecovery.PHONE_AND_EMAIL,
    mfa=cognito.Mfa.OFF,
)
no_role_pool = cognito.UserPool(
    stack,
    "NoRolePool",
    mfa=cognito.Mfa.OPTIONAL,
    mfa_second_factor=cognito.MfaSecondFactor(sms=True, otp=True),
    enable_sms_role=False,
    account_recovery=cognito.AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA,
)
forced_role_pool = cognito.UserPool(stack, "ForcedRolePool", enable_sms_role=True)

certificate = acm.Certificate.from_certificate_arn(
    stack, "Cert", "arn:aws:acm:us-east-1:111111111111:certificate/abc"
)
custom_domain = email_pool.add_domain(
    "CustomDomain",
    custom_domain=cognito.CustomDomainOptions(domain_name="auth.example.com", certificate=certificate),
)
plain_client = email_pool.add_client(
    "PlainClient",
    disable_o_auth=True,
    supported_identity_providers=[cognito.UserPoolClientIdentityProvider.COGNITO],
    auth_flows=cognito.AuthFlow(admin_user_password=True, custom=True),
    enable_token_revocation=True,
)
implicit_client = email_pool.add_client(
    "ImplicitClient",
    o_auth=cognito.OAuthSettings(
        flows=cognito.OAuthFlows(implicit_code_grant=True),
        scopes=[cognito.OAuthScope.PROFILE, cognito.OAuthScope.custom("books/read")],
        callback_urls=["https://example.com/a", "https://example.com/b"],
        default_redirect_uri="https://example.com/a",
    ),
    prevent_user_existence_errors=False,
    refresh_token_validity=cdk.Duration.hours(12),
)

imported_pool = cognito.UserPool.from_user_pool_id(stack, "ImportedPool", "us-east-1_abc")
arn_pool = cognito.UserPool.from_user_pool_arn(
    stack, "ArnPool", "arn:aws:cognito-idp:eu-west-1:222222222222:userpool/eu-west-1_xyz"
)
imported_client = cognito.UserPoolClient.from_user_pool_client_id(stack, "ImportedClient", "client42")
api = apigwv2.HttpApi(stack, "Api")
api.add_routes(
    path="/books",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration("Books", "https://example.com/books"),
    authorizer=authorizers.HttpUserPoolAuthorizer("Imported", imported_pool, user_pool_clients=[imported_client]),
)

cdk.CfnOutput(stack, "CustomBaseUrl", value=custom_domain.base_url())
cdk.CfnOutput(
    stack,
    "ImplicitSignIn",
    value=custom_domain.sign_in_url(implicit_client, redirect_uri="https://example.com/a", sign_in_path="/signin"),
)
cdk.CfnOutput(stack, "ImportedPoolArn", value=imported_pool.user_pool_arn)
cdk.CfnOutput(stack, "ArnPoolId", value=arn_pool.user_pool_id)
cdk.CfnOutput(stack, "PhoneProviderUrl", value=phone_pool.user_pool_provider_url)

app.synth()
