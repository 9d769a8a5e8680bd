import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "ApiDestinations")

connection = events.Connection(
    stack,
    "Connection",
    authorization=events.Authorization.api_key("x-api-key", cdk.SecretValue.unsafe_plain_text("s3cr3t")),
    description="partner API",
    header_parameters={"x-tenant": events.HttpParameter.from_string("acme")},
    query_string_parameters={"v": events.HttpParameter.from_string("2")},
)
basic = events.Connection(
    stack,
    "Basic",
    connection_name="basic-conn",
    authorization=events.Authorization.basic("user", cdk.SecretValue.secrets_manager("partner/password")),
    body_parameters={"token": events.HttpParameter.from_secret(cdk.SecretValue.unsafe_plain_text("t"))},
)
oauth = events.Connection(
    stack,
    "OAuth",
    authorization=events.Authorization.oauth(
        authorization_endpoint="https://auth.example.com/token",
        client_id="client",
        client_secret=cdk.SecretValue.unsafe_plain_text("secret"),
        http_method=events.HttpMethod.POST,
        body_parameters={"grant_type": events.HttpParameter.from_string("client_credentials")},
    ),
)
destination = events.ApiDestination(
    stack,
    "Destination",
    connection=connection,
    endpoint="https://api.example.com/orders/*",
    http_method=events.HttpMethod.PUT,
    rate_limit_per_second=10,
    description="orders",
)
events.ApiDestination(stack, "Plain", connection=basic, endpoint="https://api.example.com")
rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.hours(1)))
rule.add_target(targets.ApiDestination(destination))
rule.add_target(
    targets.ApiDestination(
        destination,
        path_parameter_values=["42"],
        header_parameters={"x-source": "rule"},
        query_string_parameters={"q": "1"},
        event=events.RuleTargetInput.from_object({"id": events.EventField.from_path("$.id")}),
        retry_attempts=2,
    )
)
bus = events.EventBus(stack, "Bus")
bus.archive(
    "Archive",
    archive_name="orders-archive",
    description="keep",
    event_pattern=events.EventPattern(source=["shop"]),
    retention=cdk.Duration.days(30),
)
events.Archive(
    stack, "Standalone", source_event_bus=bus, event_pattern=events.EventPattern(account=[stack.account])
)
cdk.CfnOutput(stack, "Secret", value=connection.connection_secret_arn)
app.synth()
