"""Cognito user pools behind HttpUserPoolAuthorizer: a pool with default settings (the authorizer adds
its own client), and a pool with sign-in aliases, self sign-up, a password policy, optional MFA,
account recovery, a removal policy, an OAuth client with scopes and callback URLs, a Cognito-prefix
domain and a resource server with scopes, used by an authorizer with explicit clients and region."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_cognito as cognito

app = cdk.App()
stack = cdk.Stack(app, "http-user-pool-auth")

# 1. Every default: the authorizer adds the client "UserPoolAuthorizerClient" to the pool.
default_pool = cognito.UserPool(stack, "DefaultPool")
default_api = apigwv2.HttpApi(
    stack, "DefaultApi", default_authorizer=authorizers.HttpUserPoolAuthorizer("PoolAuthorizer", default_pool)
)
default_api.add_routes(
    path="/books",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration("Books", "https://example.com/books"),
)

# 2. A configured pool.
pool = cognito.UserPool(
    stack,
    "Pool",
    user_pool_name="customers",
    self_sign_up_enabled=True,
    sign_in_aliases=cognito.SignInAliases(email=True, username=True),
    auto_verify=cognito.AutoVerifiedAttrs(email=True),
    sign_in_case_sensitive=False,
    password_policy=cognito.PasswordPolicy(
        min_length=12,
        require_digits=True,
        require_lowercase=True,
        require_uppercase=False,
        require_symbols=False,
        temp_password_validity=cdk.Duration.days(3),
    ),
    mfa=cognito.Mfa.OPTIONAL,
    mfa_second_factor=cognito.MfaSecondFactor(otp=True, sms=False),
    account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    deletion_protection=False,
)
read_scope = cognito.ResourceServerScope(scope_name="read", scope_description="Read books")
write_scope = cognito.ResourceServerScope(scope_name="write", scope_description="Write books")
server = pool.add_resource_server(
    "Server", identifier="books", user_pool_resource_server_name="Books", scopes=[read_scope, write_scope]
)
web_client = pool.add_client(
    "WebClient",
    user_pool_client_name="web",
    generate_secret=True,
    auth_flows=cognito.AuthFlow(user_password=True, user_srp=True),
    o_auth=cognito.OAuthSettings(
        flows=cognito.OAuthFlows(authorization_code_grant=True),
        scopes=[
            cognito.OAuthScope.OPENID,
            cognito.OAuthScope.EMAIL,
            cognito.OAuthScope.resource_server(server, read_scope),
        ],
        callback_urls=["https://example.com/callback"],
        logout_urls=["https://example.com/logout"],
    ),
    prevent_user_existence_errors=True,
    access_token_validity=cdk.Duration.minutes(30),
    id_token_validity=cdk.Duration.hours(1),
    refresh_token_validity=cdk.Duration.days(7),
)
machine_client = cognito.UserPoolClient(
    stack,
    "MachineClient",
    user_pool=pool,
    generate_secret=True,
    o_auth=cognito.OAuthSettings(
        flows=cognito.OAuthFlows(client_credentials=True),
        scopes=[cognito.OAuthScope.resource_server(server, write_scope)],
    ),
)
domain = pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="books-example"))

api = apigwv2.HttpApi(stack, "Api")
authorizer = authorizers.HttpUserPoolAuthorizer(
    "ClientsAuthorizer",
    pool,
    user_pool_clients=[web_client, machine_client],
    user_pool_region="eu-west-1",
    authorizer_name="clients",
    identity_source=["$request.header.X-Token"],
)
api.add_routes(
    path="/orders",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
    integration=integrations.HttpUrlIntegration("Orders", "https://example.com/orders"),
    authorizer=authorizer,
    authorization_scopes=["books/read"],
)

cdk.CfnOutput(stack, "PoolId", value=pool.user_pool_id)
cdk.CfnOutput(stack, "PoolArn", value=pool.user_pool_arn)
cdk.CfnOutput(stack, "ProviderName", value=pool.user_pool_provider_name)
cdk.CfnOutput(stack, "ClientId", value=web_client.user_pool_client_id)
cdk.CfnOutput(stack, "DomainName", value=domain.domain_name)
cdk.CfnOutput(stack, "BaseUrl", value=domain.base_url())
cdk.CfnOutput(stack, "SignInUrl", value=domain.sign_in_url(web_client, redirect_uri="https://example.com/callback"))
cdk.CfnOutput(stack, "ServerId", value=server.user_pool_resource_server_id)
cdk.CfnOutput(stack, "AuthorizerId", value=authorizer.authorizer_id)

app.synth()
