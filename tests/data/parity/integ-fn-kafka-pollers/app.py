import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager

PEM = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n"

app = cdk.App()
stack = cdk.Stack(app, "integ-fn-kafka-pollers")


def consumer(name: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        name,
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async (event) => ({ event });"),
    )


ca = secretsmanager.Secret(
    stack, "BrokerCa", secret_object_value={"certificate": cdk.SecretValue.unsafe_plain_text(PEM)}
)
client_cert = secretsmanager.Secret(
    stack,
    "ClientCert",
    secret_object_value={
        "certificate": cdk.SecretValue.unsafe_plain_text(PEM),
        "privateKey": cdk.SecretValue.unsafe_plain_text("not-a-key"),
    },
)
login = secretsmanager.Secret(
    stack,
    "Login",
    secret_object_value={
        "username": cdk.SecretValue.unsafe_plain_text("reader"),
        "password": cdk.SecretValue.unsafe_plain_text("reader-pass"),
    },
)
filter_key = kms.Key(
    stack, "FilterKey", removal_policy=cdk.RemovalPolicy.DESTROY, pending_window=cdk.Duration.days(7)
)
failures = s3.Bucket(stack, "Failures", removal_policy=cdk.RemovalPolicy.DESTROY)
brokers = ["broker-a.internal:9092", "broker-b.internal:9092"]
tls = {
    "bootstrap_servers": brokers,
    "secret": client_cert,
    "authentication_method": sources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
    "root_ca_certificate": ca,
    "starting_position": lambda_.StartingPosition.TRIM_HORIZON,
}

orders = consumer("Orders")
ca.grant_read(orders)
client_cert.grant_read(orders)
orders.add_event_source(
    sources.SelfManagedKafkaEventSource(
        topic="orders",
        consumer_group_id="orders-readers",
        filters=[lambda_.FilterCriteria.filter({"value": {"total": lambda_.FilterRule.between(10, 99)}})],
        filter_encryption=filter_key,
        provisioned_poller_config={
            "minimum_pollers": 2,
            "maximum_pollers": 4,
            "poller_group_name": "orders-group",
        },
        on_failure=sources.KafkaDlq("orders-failed"),
        retry_attempts=2,
        report_batch_item_failures=True,
        **tls,
    )
)

audit = consumer("Audit")
audit.add_event_source(
    sources.SelfManagedKafkaEventSource(
        topic="audit",
        consumer_group_id="audit-readers",
        on_failure=sources.S3OnFailureDestination(failures),
        max_batching_window=cdk.Duration.seconds(5),
        batch_size=200,
        **tls,
    )
)

metrics = consumer("Metrics")
metrics.add_event_source(
    sources.SelfManagedKafkaEventSource(
        bootstrap_servers=brokers,
        topic="metrics",
        secret=login,
        authentication_method=sources.AuthenticationMethod.SASL_SCRAM_256_AUTH,
        starting_position=lambda_.StartingPosition.LATEST,
        provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 8},
        log_level=lambda_.EventSourceMappingLogLevel.WARN,
        metrics_config={"metrics": [lambda_.MetricType.EVENT_COUNT, lambda_.MetricType.KAFKA_METRICS]},
        schema_registry_config=sources.ConfluentSchemaRegistry(
            schema_registry_uri="https://registry.internal",
            event_record_format=lambda_.EventRecordFormat.SOURCE,
            authentication_type=lambda_.KafkaSchemaRegistryAccessConfigType.BASIC_AUTH,
            secret=login,
            schema_validation_configs=[{"attribute": lambda_.KafkaSchemaValidationAttribute.VALUE}],
        ),
    )
)

app.synth()
