import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_actions as actions

app = cdk.App()
stack = cdk.Stack(app, "elbv2-authentication")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
lb = elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc, internet_facing=True)
certificate = elbv2.ListenerCertificate.from_arn("arn:aws:acm:us-east-1:123456789012:certificate/abc")
group = elbv2.ApplicationTargetGroup(stack, "Group", vpc=vpc, port=80, target_type=elbv2.TargetType.IP)

oidc_listener = lb.add_listener(
    "Oidc",
    port=443,
    certificates=[certificate],
    default_action=elbv2.ListenerAction.authenticate_oidc(
        authorization_endpoint="https://idp.example.com/authorize",
        client_id="client",
        client_secret=cdk.SecretValue.secrets_manager("oidc-secret"),
        issuer="https://idp.example.com",
        token_endpoint="https://idp.example.com/token",
        user_info_endpoint="https://idp.example.com/userinfo",
        next=elbv2.ListenerAction.forward([group]),
        authentication_request_extra_params={"display": "page", "prompt": "login"},
        on_unauthenticated_request=elbv2.UnauthenticatedAction.DENY,
        scope="openid email",
        session_cookie_name="my-cookie",
        session_timeout=cdk.Duration.days(1),
    ),
)
oidc_listener.add_action(
    "Jwt",
    priority=10,
    conditions=[elbv2.ListenerCondition.path_patterns(["/api/*"])],
    action=elbv2.ListenerAction.authenticate_jwt(
        issuer="https://issuer.example.com",
        jwks_endpoint="https://issuer.example.com/.well-known/jwks.json",
        next=elbv2.ListenerAction.fixed_response(200, message_body="ok"),
    ),
)

user_pool = cognito.UserPool(stack, "UserPool")
client = cognito.UserPoolClient(stack, "Client", user_pool=user_pool, generate_secret=True)
domain = cognito.UserPoolDomain(
    stack, "Domain", user_pool=user_pool, cognito_domain=cognito.CognitoDomainOptions(domain_prefix="my-app")
)
cognito_listener = lb.add_listener(
    "Cognito",
    port=8443,
    protocol=elbv2.ApplicationProtocol.HTTPS,
    certificates=[certificate],
    default_action=actions.AuthenticateCognitoAction(
        user_pool=user_pool,
        user_pool_client=client,
        user_pool_domain=domain,
        next=elbv2.ListenerAction.fixed_response(200, content_type="text/plain", message_body="authenticated"),
    ),
)
cognito_listener.add_action(
    "NoOutbound",
    priority=5,
    conditions=[elbv2.ListenerCondition.host_headers(["internal.example.com"])],
    action=actions.AuthenticateCognitoAction(
        user_pool=user_pool,
        user_pool_client=client,
        user_pool_domain=domain,
        allow_https_outbound=False,
        authentication_request_extra_params={"lang": "en"},
        on_unauthenticated_request=elbv2.UnauthenticatedAction.ALLOW,
        scope="openid",
        session_cookie_name="c",
        session_timeout=cdk.Duration.hours(2),
        next=elbv2.ListenerAction.forward([group]),
    ),
)
plain_secret = lb.add_listener(
    "Plain",
    port=9443,
    protocol=elbv2.ApplicationProtocol.HTTPS,
    certificates=[certificate],
    default_action=elbv2.ListenerAction.authenticate_oidc(
        authorization_endpoint="https://idp.example.com/authorize",
        client_id="client",
        client_secret=cdk.SecretValue.unsafe_plain_text("shh"),
        issuer="https://idp.example.com",
        token_endpoint="https://idp.example.com/token",
        user_info_endpoint="https://idp.example.com/userinfo",
        allow_https_outbound=False,
        next=elbv2.ListenerAction.redirect(path="/login"),
    ),
)

# JWT validation (no outbound rule), an OIDC rule with a session timeout, and Cognito on load balancers
# whose groups allow all outbound traffic or must not get the IdP rule.
jwt_lb = elbv2.ApplicationLoadBalancer(stack, "JwtLb", vpc=vpc)
jwt_listener = jwt_lb.add_listener(
    "Listener",
    port=443,
    certificates=[certificate],
    default_action=elbv2.ListenerAction.authenticate_jwt(
        issuer="https://issuer.example.com",
        jwks_endpoint="https://issuer.example.com/jwks",
        next=elbv2.ListenerAction.fixed_response(200),
    ),
)
jwt_listener.add_action(
    "Oidc",
    priority=3,
    conditions=[elbv2.ListenerCondition.path_patterns(["/login"])],
    action=elbv2.ListenerAction.authenticate_oidc(
        authorization_endpoint="https://idp.example.com/authorize",
        client_id="client",
        client_secret=cdk.SecretValue.unsafe_plain_text("secret"),
        issuer="https://idp.example.com",
        token_endpoint="https://idp.example.com/token",
        user_info_endpoint="https://idp.example.com/userinfo",
        session_timeout=cdk.Duration.minutes(5),
        allow_https_outbound=False,
        next=elbv2.ListenerAction.fixed_response(201),
    ),
)
open_lb = elbv2.ApplicationLoadBalancer(
    stack,
    "OpenLb",
    vpc=vpc,
    security_group=ec2.SecurityGroup(stack, "OpenGroup", vpc=vpc, allow_all_outbound=True),
)
open_lb.add_listener(
    "Listener",
    port=443,
    certificates=[certificate],
    default_action=actions.AuthenticateCognitoAction(
        user_pool=user_pool,
        user_pool_client=client,
        user_pool_domain=domain,
        session_timeout=cdk.Duration.days(2),
        next=elbv2.ListenerAction.fixed_response(200),
    ),
)
closed_lb = elbv2.ApplicationLoadBalancer(stack, "ClosedLb", vpc=vpc)
closed_lb.add_listener(
    "Listener",
    port=443,
    certificates=[certificate],
    default_action=actions.AuthenticateCognitoAction(
        user_pool=user_pool,
        user_pool_client=client,
        user_pool_domain=domain,
        allow_https_outbound=False,
        next=elbv2.ListenerAction.fixed_response(200),
    ),
)
app.synth()
