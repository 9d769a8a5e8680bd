"""A customer user pool (Plus plan, SES email, SMS role, MFA, custom auth triggers sharing one function, user migration), Google and OIDC providers, a hosted domain and an HTTP API with a user pool authorizer."""
import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_authorizers as authorizers,
    aws_apigatewayv2_integrations as integrations,
    aws_cognito as cognito,
    aws_dynamodb as dynamodb,
    aws_iam as iam,
    aws_lambda as lambda_,
    aws_secretsmanager as secretsmanager,
    aws_sns as sns,
)
from constructs import Construct

CODE = lambda_.Code.from_inline("exports.handler = async (event) => event;")


class IdentityStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        shared_trigger = lambda_.Function(self, "SharedTrigger", runtime=lambda_.Runtime.NODEJS_20_X,
                                          handler="index.handler", code=CODE)
        migrate = lambda_.Function(self, "MigrateUser", runtime=lambda_.Runtime.NODEJS_20_X,
                                   handler="index.handler", code=CODE, timeout=cdk.Duration.seconds(5))
        sms_role = iam.Role(self, "SmsRole", assumed_by=iam.ServicePrincipal("cognito-idp.amazonaws.com"),
                            external_ids=["acme-sms"])
        sms_role.add_to_policy(iam.PolicyStatement(actions=["sns:Publish"], resources=["*"]))

        pool = cognito.UserPool(
            self, "Customers",
            user_pool_name="customers",
            feature_plan=cognito.FeaturePlan.PLUS,
            standard_threat_protection_mode=cognito.StandardThreatProtectionMode.FULL_FUNCTION,
            sign_in_aliases=cognito.SignInAliases(username=True, email=True, phone=True),
            sign_in_case_sensitive=False,
            auto_verify=cognito.AutoVerifiedAttrs(email=True, phone=True),
            keep_original=cognito.KeepOriginalAttrs(email=True),
            self_sign_up_enabled=True,
            user_verification=cognito.UserVerificationConfig(
                email_subject="Verify your email", email_body="Your code is {####}",
                email_style=cognito.VerificationEmailStyle.CODE, sms_message="Code: {####}"),
            user_invitation=cognito.UserInvitationConfig(
                email_subject="Welcome", email_body="Hello {username}, your temporary password is {####}",
                sms_message="Hi {username}, temp password {####}"),
            email=cognito.UserPoolEmail.with_ses(from_email="noreply@example.com", from_name="Acme",
                                                 reply_to="support@example.com", ses_region="us-east-1",
                                                 configuration_set_name="acme"),
            sms_role=sms_role,
            sms_role_external_id="acme-sms",
            device_tracking=cognito.DeviceTracking(challenge_required_on_new_device=True,
                                                   device_only_remembered_on_user_prompt=True),
            mfa=cognito.Mfa.REQUIRED,
            mfa_second_factor=cognito.MfaSecondFactor(sms=True, otp=True),
            mfa_message="Your MFA code is {####}",
            password_policy=cognito.PasswordPolicy(min_length=10, require_lowercase=True, require_uppercase=True,
                                                   require_digits=True, require_symbols=False,
                                                   password_history_size=5),
            account_recovery=cognito.AccountRecovery.PHONE_AND_EMAIL,
            lambda_triggers=cognito.UserPoolTriggers(
                define_auth_challenge=shared_trigger,
                create_auth_challenge=shared_trigger,
                verify_auth_challenge_response=shared_trigger,
                user_migration=migrate,
            ),
            removal_policy=cdk.RemovalPolicy.RETAIN,
        )
        google_secret = secretsmanager.Secret.from_secret_name_v2(self, "GoogleSecret", "idp/google")
        google = cognito.UserPoolIdentityProviderGoogle(
            self, "Google", user_pool=pool, client_id="google-client-id",
            client_secret_value=google_secret.secret_value_from_json("clientSecret"),
            scopes=["profile", "email", "openid"],
            attribute_mapping=cognito.AttributeMapping(
                email=cognito.ProviderAttribute.GOOGLE_EMAIL,
                given_name=cognito.ProviderAttribute.GOOGLE_GIVEN_NAME,
                custom={"picture": cognito.ProviderAttribute.other("picture")}),
        )
        oidc = cognito.UserPoolIdentityProviderOidc(
            self, "Corporate", user_pool=pool, name="Corporate",
            client_id="corp-client", client_secret="corp-secret",
            issuer_url="https://login.corp.example.com",
            attribute_request_method=cognito.OidcAttributeRequestMethod.POST,
            scopes=["openid", "email"],
            identifiers=["corp"],
            endpoints=cognito.OidcEndpoints(
                authorization="https://login.corp.example.com/authorize",
                token="https://login.corp.example.com/token",
                user_info="https://login.corp.example.com/userinfo",
                jwks_uri="https://login.corp.example.com/jwks"),
            attribute_mapping=cognito.AttributeMapping(email=cognito.ProviderAttribute.other("mail")),
        )
        client = cognito.UserPoolClient(
            self, "SpaClient", user_pool=pool, user_pool_client_name="spa",
            auth_flows=cognito.AuthFlow(user_srp=True, custom=True),
            supported_identity_providers=[cognito.UserPoolClientIdentityProvider.GOOGLE,
                                          cognito.UserPoolClientIdentityProvider.custom("Corporate"),
                                          cognito.UserPoolClientIdentityProvider.COGNITO],
            o_auth=cognito.OAuthSettings(
                flows=cognito.OAuthFlows(authorization_code_grant=True, implicit_code_grant=False),
                scopes=[cognito.OAuthScope.OPENID, cognito.OAuthScope.COGNITO_ADMIN],
                callback_urls=["https://app.example.com/auth"],
                default_redirect_uri="https://app.example.com/auth"),
            auth_session_validity=cdk.Duration.minutes(5),
            enable_propagate_additional_user_context_data=True, generate_secret=True,
        )
        client.node.add_dependency(google)
        client.node.add_dependency(oidc)
        domain = pool.add_domain("Hosted", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="acme-customers"),
                                 managed_login_version=cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN)
        sign_in_url = domain.sign_in_url(client, redirect_uri="https://app.example.com/auth")

        profiles = dynamodb.Table(self, "Profiles",
                                  partition_key=dynamodb.Attribute(name="sub", type=dynamodb.AttributeType.STRING),
                                  billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST)
        me = lambda_.Function(self, "Me", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler", code=CODE,
                              environment={"TABLE": profiles.table_name, "POOL": pool.user_pool_id})
        profiles.grant_read_data(me)
        pool.grant(me, "cognito-idp:AdminGetUser", "cognito-idp:AdminUpdateUserAttributes")

        authorizer = authorizers.HttpUserPoolAuthorizer("CustomersAuth", pool, user_pool_clients=[client],
                                                        identity_source=["$request.header.Authorization"])
        api = apigwv2.HttpApi(self, "ProfileApi", default_authorizer=authorizer,
                              default_authorization_scopes=["openid"])
        api.add_routes(path="/me", methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.PUT],
                       integration=integrations.HttpLambdaIntegration("MeIntegration", me))
        api.add_routes(path="/health", methods=[apigwv2.HttpMethod.GET],
                       integration=integrations.HttpLambdaIntegration("HealthIntegration", me),
                       authorizer=apigwv2.HttpNoneAuthorizer())

        cdk.CfnOutput(self, "SignInUrl", value=sign_in_url)
        cdk.CfnOutput(self, "DomainBase", value=domain.base_url())
        cdk.CfnOutput(self, "ApiEndpoint", value=api.api_endpoint)


app = cdk.App()
IdentityStack(app, "Identity", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
