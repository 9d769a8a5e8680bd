import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_authorizers as authorizers,
    aws_apigatewayv2_integrations as integrations,
    aws_certificatemanager as acm,
    aws_cognito as cognito,
    aws_iam as iam,
    aws_kms as kms,
    aws_lambda as lambda_,
    aws_route53 as route53,
    aws_route53_targets as targets,
)
from constructs import Construct


class IdentityStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        zone = route53.HostedZone.from_hosted_zone_attributes(self, "Zone", hosted_zone_id="Z0123456789ABCDEFGHIJ",
                                                               zone_name="members.example.org")
        sender_key = kms.Key(self, "SenderKey", description="custom sender key")
        sender = lambda_.Function(self, "EmailSender", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                                  code=lambda_.Code.from_inline("exports.handler = async () => {}"))
        pre_token = lambda_.Function(self, "PreToken", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                     code=lambda_.Code.from_inline("def handler(e, c):\n    return e"))
        backend_role = iam.Role(self, "BackendRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        sms_role = iam.Role(self, "SmsRole", assumed_by=iam.ServicePrincipal("cognito-idp.amazonaws.com"))
        pool = cognito.UserPool(
            self, "Members",
            user_pool_name="members",
            feature_plan=cognito.FeaturePlan.PLUS,
            standard_threat_protection_mode=cognito.StandardThreatProtectionMode.FULL_FUNCTION,
            custom_threat_protection_mode=cognito.CustomThreatProtectionMode.AUDIT_ONLY,
            sign_in_aliases=cognito.SignInAliases(username=True, email=True, phone=True, preferred_username=True),
            sign_in_case_sensitive=False,
            sign_in_policy=cognito.SignInPolicy(allowed_first_auth_factors=cognito.AllowedFirstAuthFactors(
                password=True, email_otp=True, passkey=True)),
            passkey_relying_party_id="auth.members.example.org",
            passkey_user_verification=cognito.PasskeyUserVerification.REQUIRED,
            auto_verify=cognito.AutoVerifiedAttrs(email=True, phone=True),
            keep_original=cognito.KeepOriginalAttrs(email=True),
            self_sign_up_enabled=True,
            mfa=cognito.Mfa.OPTIONAL,
            mfa_second_factor=cognito.MfaSecondFactor(sms=True, otp=True, email=False),
            mfa_message="Your members code is {####}",
            enable_sms_role=True,
            sms_role=sms_role,
            sms_role_external_id="members-sms",
            sns_region="us-east-1",
            password_policy=cognito.PasswordPolicy(min_length=12, require_symbols=False, password_history_size=6,
                                                   temp_password_validity=cdk.Duration.days(3)),
            account_recovery=cognito.AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA,
            device_tracking=cognito.DeviceTracking(challenge_required_on_new_device=True,
                                                   device_only_remembered_on_user_prompt=False),
            standard_attributes=cognito.StandardAttributes(
                fullname=cognito.StandardAttribute(required=True, mutable=True),
                birthdate=cognito.StandardAttribute(mutable=False),
                locale=cognito.StandardAttribute(required=False)),
            custom_attributes={
                "tier": cognito.StringAttribute(min_len=1, max_len=16, mutable=True),
                "points": cognito.NumberAttribute(min=0, max=1000000),
                "vip": cognito.BooleanAttribute(mutable=True),
                "joined": cognito.DateTimeAttribute(),
            },
            custom_sender_kms_key=sender_key,
            lambda_triggers=cognito.UserPoolTriggers(custom_email_sender=sender),
            deletion_protection=True,
            removal_policy=cdk.RemovalPolicy.RETAIN,
        )
        pool.add_trigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, pre_token, cognito.LambdaVersion.V2_0)
        orders_scope = cognito.ResourceServerScope(scope_name="orders.read", scope_description="Read orders")
        write_scope = cognito.ResourceServerScope(scope_name="orders.write", scope_description="Write orders")
        server = pool.add_resource_server("OrdersServer", identifier="https://api.members.example.org",
                                          user_pool_resource_server_name="orders-api", scopes=[orders_scope, write_scope])
        google = cognito.UserPoolIdentityProviderGoogle(
            self, "Google", user_pool=pool, client_id="google-client",
            client_secret_value=cdk.SecretValue.unsafe_plain_text("google-secret"),
            scopes=["openid", "email", "profile"],
            attribute_mapping=cognito.AttributeMapping(email=cognito.ProviderAttribute.GOOGLE_EMAIL,
                                                       email_verified=cognito.ProviderAttribute.GOOGLE_EMAIL_VERIFIED,
                                                       fullname=cognito.ProviderAttribute.GOOGLE_NAME,
                                                       custom={"tier": cognito.ProviderAttribute.other("hd")}))
        oidc = cognito.UserPoolIdentityProviderOidc(
            self, "Corp", user_pool=pool, name="CorpSSO", client_id="corp", client_secret="corp-secret",
            issuer_url="https://sso.corp.example.com", attribute_request_method=cognito.OidcAttributeRequestMethod.POST,
            identifiers=["corp", "corp.example.com"], scopes=["openid", "email"],
            attribute_mapping=cognito.AttributeMapping(email=cognito.ProviderAttribute.other("mail"),
                                                       preferred_username=cognito.ProviderAttribute.other("sub")))
        saml = cognito.UserPoolIdentityProviderSaml(
            self, "Partner", user_pool=pool, name="PartnerSaml",
            metadata=cognito.UserPoolIdentityProviderSamlMetadata.url("https://partner.example.net/saml/metadata"),
            idp_signout=True, encrypted_responses=True, request_signing_algorithm=cognito.SigningAlgorithm.RSA_SHA256,
            idp_initiated=True, attribute_mapping=cognito.AttributeMapping(email=cognito.ProviderAttribute.other("email")))
        web = pool.add_client(
            "Web", user_pool_client_name="members-web",
            auth_flows=cognito.AuthFlow(user_srp=True, user=True, custom=True),
            prevent_user_existence_errors=True, enable_token_revocation=True,
            access_token_validity=cdk.Duration.minutes(30), id_token_validity=cdk.Duration.minutes(30),
            refresh_token_validity=cdk.Duration.days(14), auth_session_validity=cdk.Duration.minutes(10),
            refresh_token_rotation_grace_period=cdk.Duration.seconds(30),
            read_attributes=cognito.ClientAttributes().with_standard_attributes(email=True, fullname=True, email_verified=True)
                .with_custom_attributes("tier", "points"),
            write_attributes=cognito.ClientAttributes().with_standard_attributes(fullname=True).with_custom_attributes("tier"),
            supported_identity_providers=[cognito.UserPoolClientIdentityProvider.COGNITO,
                                          cognito.UserPoolClientIdentityProvider.GOOGLE,
                                          cognito.UserPoolClientIdentityProvider.custom("CorpSSO"),
                                          cognito.UserPoolClientIdentityProvider.custom("PartnerSaml")],
            o_auth=cognito.OAuthSettings(
                flows=cognito.OAuthFlows(authorization_code_grant=True),
                scopes=[cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE,
                        cognito.OAuthScope.resource_server(server, orders_scope)],
                callback_urls=["https://members.example.org/callback", "http://localhost:3000/callback"],
                logout_urls=["https://members.example.org/"],
                default_redirect_uri="https://members.example.org/callback"))
        web.node.add_dependency(google)
        web.node.add_dependency(oidc)
        web.node.add_dependency(saml)
        machine = pool.add_client("Machine", generate_secret=True,
                                  o_auth=cognito.OAuthSettings(flows=cognito.OAuthFlows(client_credentials=True),
                                                               scopes=[cognito.OAuthScope.resource_server(server, write_scope)]),
                                  analytics=None)
        cert = acm.Certificate(self, "AuthCert", domain_name="auth.members.example.org",
                               validation=acm.CertificateValidation.from_dns(zone))
        domain = pool.add_domain("AuthDomain", custom_domain=cognito.CustomDomainOptions(domain_name="auth.members.example.org",
                                                                                         certificate=cert),
                                 managed_login_version=cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN)
        route53.CnameRecord(self, "AuthAlias", zone=zone, record_name="auth", domain_name=domain.cloud_front_endpoint)
        admins = pool.add_group("Admins", group_name="admins", precedence=1, description="Administrators",
                                role=iam.Role(self, "AdminRole", assumed_by=iam.FederatedPrincipal(
                                    "cognito-identity.amazonaws.com", {}, "sts:AssumeRoleWithWebIdentity")))
        pool.add_group("Members", precedence=10)
        pool.grant(backend_role, "cognito-idp:AdminGetUser", "cognito-idp:AdminUpdateUserAttributes")

        api = apigwv2.HttpApi(self, "MembersApi")
        jwt = authorizers.HttpUserPoolAuthorizer("MembersAuth", pool, user_pool_clients=[web, machine],
                                                 identity_source=["$request.header.Authorization"])
        backend = lambda_.Function(self, "Backend", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                   code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"), role=backend_role)
        api.add_routes(path="/orders", methods=[apigwv2.HttpMethod.GET], authorizer=jwt,
                       authorization_scopes=["https://api.members.example.org/orders.read"],
                       integration=integrations.HttpLambdaIntegration("Orders", backend))
        imported = cognito.UserPool.from_user_pool_id(self, "Legacy", "eu-west-1_AbCdEf123")
        legacy_client = cognito.UserPoolClient.from_user_pool_client_id(self, "LegacyClient", "1example23456789")
        api.add_routes(path="/legacy", methods=[apigwv2.HttpMethod.GET],
                       authorizer=authorizers.HttpUserPoolAuthorizer("LegacyAuth", imported, user_pool_clients=[legacy_client]),
                       integration=integrations.HttpLambdaIntegration("Legacy", backend))
        cdk.CfnOutput(self, "PoolArn", value=pool.user_pool_arn)
        cdk.CfnOutput(self, "PoolProviderUrl", value=pool.user_pool_provider_url)
        cdk.CfnOutput(self, "SignIn", value=domain.sign_in_url(web, redirect_uri="https://members.example.org/callback"))
        cdk.CfnOutput(self, "BaseUrl", value=domain.base_url(fips=True))
        cdk.CfnOutput(self, "AdminsName", value=admins.group_name)
        cdk.CfnOutput(self, "LegacyArn", value=imported.user_pool_arn)


app = cdk.App()
IdentityStack(app, "MembersIdentity", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
