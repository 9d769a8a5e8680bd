"""Physical names read from other environments: resources named explicitly and with
PhysicalName.GENERATE_IF_NEEDED, read by ARN and name from a stack in another region, one in another
account, and one in the same environment (which imports them)."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn

GENERATE = cdk.PhysicalName.GENERATE_IF_NEEDED

app = cdk.App()
producer = cdk.Stack(app, "Producer-Stack", env=cdk.Environment(account="111111111111", region="us-east-1"))
other_region = cdk.Stack(app, "Consumer", env=cdk.Environment(account="111111111111", region="eu-west-1"))
other_account = cdk.Stack(app, "OtherAccount", env=cdk.Environment(account="222222222222", region="us-east-1"))
same_env = cdk.Stack(app, "SameEnv", env=cdk.Environment(account="111111111111", region="us-east-1"))


def resources(prefix: str, name) -> dict:
    """One of each resource, named with name(<explicit name>)."""
    return {
        "fn": lambda_.Function(
            producer,
            f"{prefix}Fn",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return None"),
            function_name=name("my-fn"),
        ),
        "queue": sqs.Queue(producer, f"{prefix}Q", queue_name=name("my-q")),
        "topic": sns.Topic(producer, f"{prefix}T", topic_name=name("my-t")),
        "rule": events.Rule(
            producer, f"{prefix}R", rule_name=name("my-r"), schedule=events.Schedule.rate(cdk.Duration.hours(1))
        ),
        "machine": sfn.StateMachine(
            producer,
            f"{prefix}SM",
            state_machine_name=name("my-sm"),
            definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(producer, f"{prefix}P")),
        ),
        "table": dynamodb.Table(
            producer,
            f"{prefix}Tb",
            table_name=name("my-tb"),
            partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
        ),
        "role": iam.Role(
            producer,
            f"{prefix}Role",
            role_name=name("my-role"),
            path="/x/y/" if prefix == "Named" else None,
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
        ),
        "bucket": s3.Bucket(producer, f"{prefix}B", bucket_name=name("my-b")),
        "logs": logs.LogGroup(producer, f"{prefix}LG", log_group_name=name("my-lg")),
        "bus": events.EventBus(producer, f"{prefix}Bus", event_bus_name=name("my-bus")),
    }


ATTRIBUTES = {
    "fn": ["function_arn", "function_name"],
    "queue": ["queue_arn", "queue_name", "queue_url"],
    "topic": ["topic_arn", "topic_name"],
    "rule": ["rule_arn", "rule_name"],
    "machine": ["state_machine_arn", "state_machine_name"],
    "table": ["table_arn", "table_name"],
    "role": ["role_arn", "role_name"],
    "bucket": ["bucket_arn", "bucket_name", "bucket_domain_name"],
    "logs": ["log_group_arn", "log_group_name"],
    "bus": ["event_bus_arn", "event_bus_name"],
}
# Read only in the same environment: attributes no physical name stands for.
SAME_ENVIRONMENT_ONLY = {"queue_url", "bucket_domain_name"}

# Each consumer owns a resource: a stack without one fails aws-cdk-lib's validation under the flags.
for consumer in (other_region, other_account, same_env):
    sqs.Queue(consumer, "Inbox")

named = resources("Named", lambda name: name)
generated = resources("Gen", lambda name: GENERATE)
for consumer in (other_region, other_account, same_env):
    for prefix, group in (("Named", named), ("Gen", generated)):
        if consumer is same_env and prefix == "Gen":
            continue
        for kind, resource in group.items():
            for attribute in ATTRIBUTES[kind]:
                if attribute in SAME_ENVIRONMENT_ONLY and consumer is not same_env:
                    continue
                output_id = f"{prefix}{kind}{attribute}".replace("_", "")
                cdk.CfnOutput(consumer, output_id, value=getattr(resource, attribute))
app.synth()
