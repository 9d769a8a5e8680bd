"""Global tables: a TableV2 with autoscaled capacity, replicas with index options and a customer key with replica keys, an on-demand TableV2 with warm throughput and a resource policy; `grants` (covering the replicas given at creation) next to the grant_* methods."""
import aws_cdk as cdk
from aws_cdk import (
    aws_dynamodb as dynamodb,
    aws_iam as iam,
    aws_kinesis as kinesis,
    aws_kms as kms,
    aws_lambda as lambda_,
    aws_lambda_event_sources as sources,
    aws_cloudwatch as cw,
)
from constructs import Construct

REPLICA_REGIONS = ["us-west-2", "eu-west-1"]


class GlobalDataStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "TableKey", enable_key_rotation=True, multi_region=True)
        replica_keys = {r: f"arn:aws:kms:{r}:{self.account}:key/mrk-1234abcd{i}" for i, r in enumerate(REPLICA_REGIONS)}
        stream = kinesis.Stream(self, "ChangeStream", stream_mode=kinesis.StreamMode.ON_DEMAND)
        sessions = dynamodb.TableV2(
            self, "Sessions",
            table_name="sessions",
            partition_key=dynamodb.Attribute(name="sessionId", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="createdAt", type=dynamodb.AttributeType.NUMBER),
            billing=dynamodb.Billing.provisioned(
                read_capacity=dynamodb.Capacity.autoscaled(min_capacity=5, max_capacity=100,
                                                           target_utilization_percent=70, seed_capacity=10),
                write_capacity=dynamodb.Capacity.autoscaled(max_capacity=50),
            ),
            encryption=dynamodb.TableEncryptionV2.customer_managed_key(key, replica_keys),
            dynamo_stream=dynamodb.StreamViewType.NEW_IMAGE,
            kinesis_stream=stream,
            contributor_insights_specification=dynamodb.ContributorInsightsSpecification(
                enabled=True, mode=dynamodb.ContributorInsightsMode.THROTTLED_KEYS),
            table_class=dynamodb.TableClass.STANDARD,
            global_secondary_indexes=[
                dynamodb.GlobalSecondaryIndexPropsV2(
                    index_name="byUser",
                    partition_key=dynamodb.Attribute(name="userId", type=dynamodb.AttributeType.STRING),
                    read_capacity=dynamodb.Capacity.fixed(10),
                    write_capacity=dynamodb.Capacity.autoscaled(max_capacity=20),
                ),
            ],
            local_secondary_indexes=[
                dynamodb.LocalSecondaryIndexProps(
                    index_name="byExpiry",
                    sort_key=dynamodb.Attribute(name="expiresAt", type=dynamodb.AttributeType.NUMBER)),
            ],
            replicas=[
                dynamodb.ReplicaTableProps(
                    region="us-west-2",
                    read_capacity=dynamodb.Capacity.autoscaled(max_capacity=60),
                    global_secondary_index_options={"byUser": dynamodb.ReplicaGlobalSecondaryIndexOptions(
                        read_capacity=dynamodb.Capacity.fixed(15))},
                    table_class=dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS,
                    deletion_protection=True,
                ),
            ],
            tags=[cdk.CfnTag(key="team", value="identity")],
            removal_policy=cdk.RemovalPolicy.RETAIN,
        )
        sessions.add_replica(region="eu-west-1", point_in_time_recovery=True,
                                                        tags=[cdk.CfnTag(key="residency", value="eu")])
        sessions.add_global_secondary_index(
            index_name="byDevice",
            partition_key=dynamodb.Attribute(name="deviceId", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="lastSeen", type=dynamodb.AttributeType.NUMBER),
            projection_type=dynamodb.ProjectionType.INCLUDE, non_key_attributes=["ip"],
            read_capacity=dynamodb.Capacity.fixed(3),
        )

        ondemand = dynamodb.TableV2(
            self, "Events",
            partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.BINARY),
            billing=dynamodb.Billing.on_demand(max_read_request_units=1000, max_write_request_units=500),
            warm_throughput=dynamodb.WarmThroughput(read_units_per_second=15000, write_units_per_second=5000),
            replicas=[dynamodb.ReplicaTableProps(region=r, max_read_request_units=200) for r in REPLICA_REGIONS],
            time_to_live_attribute="ttl",
            deletion_protection=False,
            resource_policy=iam.PolicyDocument(statements=[iam.PolicyStatement(
                actions=["dynamodb:GetItem"], principals=[iam.AccountPrincipal("444455556666")], resources=["*"])]),
        )
        reader = lambda_.Function(self, "Reader", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                  code=lambda_.Code.from_inline("def handler(e, c):\n    pass\n"))
        sessions.grant_read_data(reader)
        sessions.replica("us-west-2").grant_read_write_data(reader)
        ondemand.grant_full_access(reader)
        ondemand.grants.read_data(reader) if hasattr(ondemand, "grants") else None
        reader.add_event_source(sources.DynamoEventSource(sessions, starting_position=lambda_.StartingPosition.LATEST,
                                                          batch_size=10, enabled=True))
        sessions.grant_stream_read(reader)

        cw.Alarm(self, "SessionsThrottles", metric=sessions.metric_throttled_requests_for_operations(
            operations=[dynamodb.Operation.GET_ITEM]), threshold=1, evaluation_periods=1)
        cw.Alarm(self, "UserErrors", metric=ondemand.metric_user_errors(), threshold=10, evaluation_periods=1)

        cdk.CfnOutput(self, "SessionsArn", value=sessions.table_arn)
        cdk.CfnOutput(self, "SessionsStream", value=sessions.table_stream_arn or "")
        cdk.CfnOutput(self, "EventsId", value=ondemand.table_id or "")


app = cdk.App()
GlobalDataStack(app, "GlobalData", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
