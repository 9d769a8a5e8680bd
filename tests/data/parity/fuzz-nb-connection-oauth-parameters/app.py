import aws_cdk as cdk
from aws_cdk import aws_events as events

app = cdk.App()
stack = cdk.Stack(app, "fuzz-nb-connection-oauth-parameters")


def oauth(**kw):
    return events.Authorization.oauth(
        authorization_endpoint="https://auth.example.com/token",
        client_id="cid",
        client_secret=cdk.SecretValue.unsafe_plain_text("s"),
        http_method=events.HttpMethod.POST,
        **kw,
    )


# OAuth without token-request parameters, with empty ones, and with one kind of each.
events.Connection(stack, "Bare", authorization=oauth())
events.Connection(stack, "Empty", authorization=oauth(body_parameters={}, header_parameters={}))
events.Connection(
    stack, "Body", authorization=oauth(body_parameters={"grant": events.HttpParameter.from_string("x")})
)
events.Connection(
    stack,
    "Query",
    authorization=oauth(query_string_parameters={"q": events.HttpParameter.from_string("1")}),
    header_parameters={},
)
# Invocation parameters: none, empty and one header, next to an API key.
api_key = events.Authorization.api_key("x-api-key", cdk.SecretValue.unsafe_plain_text("k"))
events.Connection(stack, "KeyEmpty", authorization=api_key, body_parameters={})
events.Connection(
    stack,
    "KeyHeader",
    authorization=api_key,
    header_parameters={"X-A": events.HttpParameter.from_string("v")},
)

app.synth()
