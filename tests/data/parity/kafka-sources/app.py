import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "KafkaSources")


def function(name: str, **kwargs) -> lambda_.Function:
    return lambda_.Function(
        stack,
        name,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
        **kwargs,
    )


cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abcd1234-5678-90ab-cdef-1234567890ab-1"
secret = secretsmanager.Secret(stack, "KafkaSecret")
key = kms.Key(stack, "FilterKey")
managed = function("Managed")
managed.add_event_source(
    sources.ManagedKafkaEventSource(
        cluster_arn=cluster_arn,
        topic="orders",
        starting_position=lambda_.StartingPosition.TRIM_HORIZON,
        secret=secret,
        consumer_group_id="orders-group",
        batch_size=500,
        max_batching_window=cdk.Duration.seconds(5),
        enabled=False,
        filters=[lambda_.FilterCriteria.filter({"value": {"kind": lambda_.FilterRule.is_equal("order")}})],
        filter_encryption=key,
        on_failure=sources.KafkaDlq("orders-dlq"),
        provisioned_poller_config=sources.ProvisionedPollerConfig(minimum_pollers=1, maximum_pollers=3),
        metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT]),
        log_level=lambda_.EventSourceMappingLogLevel.INFO,
        retry_attempts=3,
        max_record_age=cdk.Duration.hours(1),
        bisect_batch_on_error=True,
        report_batch_item_failures=True,
    )
)
bucket = s3.Bucket(stack, "Failures")
managed.add_event_source(
    sources.ManagedKafkaEventSource(
        cluster_arn=cluster_arn,
        topic="payments",
        starting_position=lambda_.StartingPosition.AT_TIMESTAMP,
        starting_position_timestamp=1700000000,
        on_failure=sources.S3OnFailureDestination(bucket),
        schema_registry_config=sources.GlueSchemaRegistry(
            schema_registry_arn="arn:aws:glue:us-east-1:123456789012:registry/orders",
            event_record_format=lambda_.EventRecordFormat.JSON,
            schema_validation_configs=[
                lambda_.KafkaSchemaValidationConfig(attribute=lambda_.KafkaSchemaValidationAttribute.KEY)
            ],
        ),
    )
)

plain = function("SelfManaged")
plain.add_event_source(
    sources.SelfManagedKafkaEventSource(
        bootstrap_servers=["broker-1.example.com:9092", "broker-2.example.com:9092"],
        topic="clicks",
        starting_position=lambda_.StartingPosition.LATEST,
        secret=secret,
        authentication_method=sources.AuthenticationMethod.SASL_SCRAM_256_AUTH,
    )
)

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
group = ec2.SecurityGroup(stack, "KafkaGroup", vpc=vpc)
tls_secret = secretsmanager.Secret(stack, "ClientCert")
root_ca = secretsmanager.Secret(stack, "RootCa")
registry_secret = secretsmanager.Secret(stack, "RegistrySecret")
in_vpc = function("InVpc")
in_vpc.add_event_source(
    sources.SelfManagedKafkaEventSource(
        bootstrap_servers=["broker-1.internal:9094"],
        topic="events",
        starting_position=lambda_.StartingPosition.TRIM_HORIZON,
        secret=tls_secret,
        authentication_method=sources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
        root_ca_certificate=root_ca,
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        security_group=group,
        on_failure=sources.KafkaDlq("events-dlq"),
        schema_registry_config=sources.ConfluentSchemaRegistry(
            schema_registry_uri="https://registry.example.com",
            authentication_type=lambda_.KafkaSchemaRegistryAccessConfigType.BASIC_AUTH,
            secret=registry_secret,
            event_record_format=lambda_.EventRecordFormat.SOURCE,
            schema_validation_configs=[
                lambda_.KafkaSchemaValidationConfig(attribute=lambda_.KafkaSchemaValidationAttribute.VALUE)
            ],
        ),
    )
)

queue = sqs.Queue(stack, "ClusterFailures")
cluster_param = cdk.CfnParameter(stack, "ClusterArn")
from_param = function("FromParameter")
from_param.add_event_source(
    sources.ManagedKafkaEventSource(
        cluster_arn=cluster_param.value_as_string,
        topic="audit",
        starting_position=lambda_.StartingPosition.LATEST,
        secret=secret,
        on_failure=sources.SqsDlq(queue),
    )
)
brokers = cdk.CfnParameter(stack, "Brokers", type="CommaDelimitedList")
basic = function("Basic")
basic.add_event_source(
    sources.SelfManagedKafkaEventSource(
        bootstrap_servers=brokers.value_as_list,
        topic="metrics",
        starting_position=lambda_.StartingPosition.TRIM_HORIZON,
        secret=secret,
        authentication_method=sources.AuthenticationMethod.BASIC_AUTH,
        root_ca_certificate=root_ca,
        consumer_group_id="metrics-group",
        provisioned_poller_config={"minimum_pollers": 2, "maximum_pollers": 10},
        log_level=lambda_.EventSourceMappingLogLevel.DEBUG,
        metrics_config={"metrics": [lambda_.MetricType.KAFKA_METRICS]},
        on_failure=sources.KafkaDlq("kafka://metrics-dlq"),
        schema_registry_config=sources.ConfluentSchemaRegistry(
            schema_registry_uri="https://registry.example.com",
            authentication_type=lambda_.KafkaSchemaRegistryAccessConfigType.CLIENT_CERTIFICATE_TLS_AUTH,
            secret=secretsmanager.Secret.from_secret_name_v2(stack, "ImportedRegistrySecret", "registry"),
            event_record_format=lambda_.EventRecordFormat.JSON,
            schema_validation_configs=[
                {"attribute": lambda_.KafkaSchemaValidationAttribute.KEY},
                {"attribute": lambda_.KafkaSchemaValidationAttribute.VALUE},
            ],
        ),
    )
)
public = function("PublicSubnets")
public.add_event_source(
    sources.SelfManagedKafkaEventSource(
        bootstrap_servers=["broker-1.internal:9092", "broker-2.internal:9092"],
        topic="events",
        starting_position=lambda_.StartingPosition.AT_TIMESTAMP,
        starting_position_timestamp=1700000000,
        vpc=vpc,
        vpc_subnets={"subnet_type": ec2.SubnetType.PUBLIC},
        security_group=group,
        batch_size=1000,
    )
)
app.synth()
