"""Event rule targets: a queue encrypted with an imported key (no key policy statement is added), a topic with its own role, an HTTP API; a user pool with an OIDC provider, a client and a Cognito domain whose sign-in URL is an output."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "integ-edge-event-targets-domain")

key = kms.Key.from_key_arn(
    stack, "SharedKey", "arn:aws:kms:us-east-1:111122223333:key/aaaabbbb-cccc-dddd-eeee-ffff00001111"
)
inbox = sqs.Queue(stack, "Inbox", encryption_master_key=key)
every_minute = events.Rule(stack, "EveryMinute", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
every_minute.add_target(targets.SqsQueue(inbox))

alerts = sns.Topic(stack, "Alerts")
publisher = iam.Role(stack, "Publisher", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
deploys = events.Rule(stack, "Deploys", event_pattern=events.EventPattern(detail_type=["deploy-finished"]))
deploys.add_target(targets.SnsTopic(alerts, role=publisher))
every_minute.add_target(targets.ApiGatewayV2(apigwv2.HttpApi(stack, "Hooks")))

members = cognito.UserPool(stack, "Members", removal_policy=cdk.RemovalPolicy.DESTROY)
cognito.UserPoolIdentityProviderOidc(
    stack,
    "Partner",
    user_pool=members,
    name="partner",
    client_id="partner-client",
    client_secret="partner-secret",
    issuer_url="https://login.partner.test",
    endpoints={
        "authorization": "https://login.partner.test/authorize",
        "token": "https://login.partner.test/token",
        "user_info": "https://login.partner.test/userinfo",
        "jwks_uri": "https://login.partner.test/jwks",
    },
    scopes=["openid", "phone"],
    attribute_mapping={"phone_number": cognito.ProviderAttribute.other("phone_number")},
)
web = members.add_client("Web")
login = members.add_domain("Login", cognito_domain={"domain_prefix": "edge-members"})
cdk.CfnOutput(stack, "SignIn", value=login.sign_in_url(web, redirect_uri="https://members.test/callback"))
cdk.CfnOutput(stack, "LoginDomain", value=login.domain_name)
app.synth()
