"""Federated identity providers of a user pool: Google (secret value, attribute mapping with custom
attributes), Amazon, Facebook (API version, permissions), Apple (private key value), OIDC (named, with
endpoints and identifiers; unnamed) and SAML (metadata URL and file, signing, encrypted responses, named and
unnamed); a client created after them supports them all, and `UserPoolIdentityProvider.from_provider_name`."""
import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito

app = cdk.App()
stack = cdk.Stack(app, "cognito-identity-providers")

pool = cognito.UserPool(stack, "Pool")
early_client = pool.add_client("EarlyClient")

cognito.UserPoolIdentityProviderGoogle(
    stack,
    "Google",
    user_pool=pool,
    client_id="google-client",
    client_secret_value=cdk.SecretValue.unsafe_plain_text("google-secret"),
    scopes=["profile", "email", "openid"],
    attribute_mapping=cognito.AttributeMapping(
        email=cognito.ProviderAttribute.GOOGLE_EMAIL,
        email_verified=cognito.ProviderAttribute.GOOGLE_EMAIL_VERIFIED,
        fullname=cognito.ProviderAttribute.GOOGLE_NAME,
        profile_picture=cognito.ProviderAttribute.GOOGLE_PICTURE,
        custom={"custom:locale": cognito.ProviderAttribute.other("locale")},
    ),
)
cognito.UserPoolIdentityProviderAmazon(
    stack, "Amazon", user_pool=pool, client_id="amzn-client", client_secret="amzn-secret"
)
cognito.UserPoolIdentityProviderFacebook(
    stack,
    "Facebook",
    user_pool=pool,
    client_id="fb-client",
    client_secret="fb-secret",
    api_version="v19.0",
    scopes=["public_profile", "email"],
    attribute_mapping=cognito.AttributeMapping(given_name=cognito.ProviderAttribute.FACEBOOK_FIRST_NAME),
)
cognito.UserPoolIdentityProviderApple(
    stack,
    "Apple",
    user_pool=pool,
    client_id="com.example.books",
    team_id="TEAM123456",
    key_id="KEY1234567",
    private_key_value=cdk.SecretValue.unsafe_plain_text("-----BEGIN PRIVATE KEY-----"),
    scopes=["name", "email"],
)
cognito.UserPoolIdentityProviderOidc(
    stack,
    "Okta",
    user_pool=pool,
    name="okta",
    client_id="okta-client",
    client_secret="okta-secret",
    issuer_url="https://example.okta.com",
    identifiers=["example.com"],
    attribute_request_method=cognito.OidcAttributeRequestMethod.POST,
    endpoints=cognito.OidcEndpoints(
        authorization="https://example.okta.com/authorize",
        token="https://example.okta.com/token",
        user_info="https://example.okta.com/userinfo",
        jwks_uri="https://example.okta.com/keys",
    ),
    scopes=["openid", "email"],
)
cognito.UserPoolIdentityProviderOidc(
    stack,
    "UnnamedOidcProviderWithALongConstructId",
    user_pool=pool,
    client_id="c",
    client_secret="s",
    issuer_url="https://issuer.example.com",
)
cognito.UserPoolIdentityProviderSaml(
    stack,
    "Corporate",
    user_pool=pool,
    name="corporate",
    metadata=cognito.UserPoolIdentityProviderSamlMetadata.url("https://idp.example.com/metadata"),
    idp_signout=True,
    encrypted_responses=True,
    request_signing_algorithm=cognito.SigningAlgorithm.RSA_SHA256,
    idp_initiated=True,
    identifiers=["corp.example.com"],
)
cognito.UserPoolIdentityProviderSaml(
    stack,
    "FileSaml",
    user_pool=pool,
    metadata=cognito.UserPoolIdentityProviderSamlMetadata.file("<EntityDescriptor/>"),
)
late_client = pool.add_client("LateClient", o_auth=cognito.OAuthSettings(callback_urls=["https://example.com/cb"]))
existing = cognito.UserPoolIdentityProvider.from_provider_name(stack, "Existing", "Existing")
pool.register_identity_provider(existing)
pool.add_client("LastClient", disable_o_auth=True)

app.synth()
