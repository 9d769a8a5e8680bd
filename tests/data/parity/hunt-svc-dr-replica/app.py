"""A customer table replicated into a disaster-recovery account (TableV2MultiAccountReplica), read there by a
function; the source stack gets the replication statements in its resource policy."""
import aws_cdk as cdk
from aws_cdk import (
    aws_cloudwatch as cloudwatch,
    aws_dynamodb as dynamodb,
    aws_iam as iam,
    aws_kms as kms,
    aws_lambda as lambda_,
)
from constructs import Construct

PROD = cdk.Environment(account="111111111111", region="us-east-2")
DR = cdk.Environment(account="222222222222", region="us-west-2")


class CustomersStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.table = dynamodb.TableV2(
            self, "Customers",
            table_name="customers",
            partition_key=dynamodb.Attribute(name="customerId", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="version", type=dynamodb.AttributeType.NUMBER),
            global_secondary_indexes=[dynamodb.GlobalSecondaryIndexPropsV2(
                index_name="byEmail",
                partition_key=dynamodb.Attribute(name="email", type=dynamodb.AttributeType.STRING))],
            dynamo_stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
            global_table_settings_replication_mode=dynamodb.GlobalTableSettingsReplicationMode.ALL,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True),
        )
        # A reporting account may replicate from us as well.
        self.table.grants.multi_account_replication_from("arn:aws:dynamodb:eu-west-1:333333333333:table/customers")
        api = lambda_.Function(self, "Api", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                               code=lambda_.Code.from_inline("def handler(e, c):\n    return {}\n"),
                               environment={"TABLE": self.table.table_name})
        self.table.grants.read_write_data(api)


class DisasterRecoveryStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, source: dynamodb.ITableV2, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "ReplicaKey", enable_key_rotation=True, description="DR replica key")
        replica = dynamodb.TableV2MultiAccountReplica(
            self, "CustomersReplica",
            table_name="customers",
            replica_source_table=source,
            encryption=dynamodb.TableEncryptionV2.customer_managed_key(key),
            global_table_settings_replication_mode=dynamodb.GlobalTableSettingsReplicationMode.ALL,
            deletion_protection=True,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True, recovery_period_in_days=7),
            contributor_insights_specification=dynamodb.ContributorInsightsSpecification(enabled=True),
            table_class=dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS,
            tags=[cdk.CfnTag(key="purpose", value="dr")],
        )
        replica.add_to_resource_policy(iam.PolicyStatement(
            actions=["dynamodb:GetItem", "dynamodb:Query"], principals=[iam.AccountRootPrincipal()], resources=["*"]))
        reader = lambda_.Function(self, "Reader", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                  code=lambda_.Code.from_inline("def handler(e, c):\n    return {}\n"),
                                  environment={"TABLE": replica.table_name})
        replica.grant_read_data(reader)
        replica.grants.write_data(reader)
        cloudwatch.Alarm(self, "ReplicaThrottles", metric=replica.metric_throttled_requests_for_operations(
            operations=[dynamodb.Operation.GET_ITEM, dynamodb.Operation.QUERY]), threshold=5, evaluation_periods=2)
        cdk.CfnOutput(self, "ReplicaArn", value=replica.table_arn)
        cdk.CfnOutput(self, "ReplicaStreamArn", value=replica.table_stream_arn or "")


app = cdk.App()
customers = CustomersStack(app, "Customers", env=PROD)
DisasterRecoveryStack(app, "CustomersDr", source=customers.table, env=DR)
app.synth()
