import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


class InventoryStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stream = kinesis.Stream(self, "ChangeStream", stream_mode=kinesis.StreamMode.ON_DEMAND, encryption=kinesis.StreamEncryption.MANAGED)
        key = kms.Key(self, "TableKey")
        table = ddb.Table(
            self,
            "Inventory",
            partition_key=ddb.Attribute(name="sku", type=ddb.AttributeType.STRING),
            sort_key=ddb.Attribute(name="warehouse", type=ddb.AttributeType.STRING),
            billing_mode=ddb.BillingMode.PROVISIONED,
            read_capacity=10,
            write_capacity=5,
            encryption=ddb.TableEncryption.CUSTOMER_MANAGED,
            encryption_key=key,
            stream=ddb.StreamViewType.NEW_AND_OLD_IMAGES,
            kinesis_stream=stream,
            kinesis_precision_timestamp=ddb.ApproximateCreationDateTimePrecision.MICROSECOND,
            contributor_insights_specification=ddb.ContributorInsightsSpecification(
                enabled=True, mode=ddb.ContributorInsightsMode.THROTTLED_KEYS
            ),
            table_class=ddb.TableClass.STANDARD,
            time_to_live_attribute="ttl",
            removal_policy=cdk.RemovalPolicy.RETAIN,
            resource_policy=iam.PolicyDocument(
                statements=[
                    iam.PolicyStatement(
                        actions=["dynamodb:GetItem"],
                        principals=[iam.AccountPrincipal("111122223333")],
                        resources=["*"],
                    )
                ]
            ),
        )
        table.add_global_secondary_index(
            index_name="byWarehouse",
            partition_key=ddb.Attribute(name="warehouse", type=ddb.AttributeType.STRING),
            sort_key=ddb.Attribute(name="qty", type=ddb.AttributeType.NUMBER),
            read_capacity=4,
            write_capacity=2,
            projection_type=ddb.ProjectionType.KEYS_ONLY,
            contributor_insights_specification=ddb.ContributorInsightsSpecification(enabled=True),
        )
        table.add_local_secondary_index(
            index_name="byUpdated",
            sort_key=ddb.Attribute(name="updatedAt", type=ddb.AttributeType.NUMBER),
            projection_type=ddb.ProjectionType.INCLUDE,
            non_key_attributes=["qty"],
        )
        read_scaling = table.auto_scale_read_capacity(min_capacity=5, max_capacity=50)
        read_scaling.scale_on_utilization(target_utilization_percent=70)
        read_scaling.scale_on_schedule(
            "MorningPeak",
            schedule=cdk.aws_applicationautoscaling.Schedule.cron(hour="8", minute="0"),
            min_capacity=20,
        )
        table.auto_scale_global_secondary_index_write_capacity("byWarehouse", min_capacity=2, max_capacity=10).scale_on_utilization(
            target_utilization_percent=60
        )
        table.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["dynamodb:Query"],
                principals=[iam.AccountPrincipal("444455556666")],
                resources=["*"],
            )
        )

        worker = lambda_.Function(
            self,
            "Worker",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): pass"),
        )
        table.grant_write_data(worker)
        table.grant_stream(worker, "dynamodb:DescribeStream")
        table.grant_table_list_streams(worker)
        stream.grant_read(worker)

        legacy = ddb.Table.from_table_attributes(
            self,
            "Legacy",
            table_arn="arn:aws:dynamodb:us-east-1:123456789012:table/legacy-inventory",
            table_stream_arn="arn:aws:dynamodb:us-east-1:123456789012:table/legacy-inventory/stream/2024-01-01T00:00:00.000",
            encryption_key=kms.Key.from_key_arn(self, "LegacyKey", "arn:aws:kms:us-east-1:123456789012:key/abcd"),
            local_indexes=["byDate"],
        )
        legacy.grant_stream_read(worker)
        legacy.grant_read_write_data(worker)

        cw.Alarm(
            self,
            "Throttles",
            metric=table.metric_throttled_requests_for_operations(
                operations=[ddb.Operation.PUT_ITEM, ddb.Operation.QUERY], period=cdk.Duration.minutes(1)
            ),
            threshold=5,
            evaluation_periods=2,
        )
        cw.Alarm(
            self,
            "Latency",
            metric=table.metric_successful_request_latency(dimensions_map={"TableName": table.table_name, "Operation": "GetItem"}),
            threshold=50,
            evaluation_periods=3,
        )
        cw.Alarm(
            self,
            "SystemErrors",
            metric=table.metric_system_errors_for_operations(operations=[ddb.Operation.GET_ITEM]),
            threshold=1,
            evaluation_periods=1,
        )
        cdk.CfnOutput(self, "StreamArn", value=table.table_stream_arn)


app = cdk.App()
InventoryStack(app, "InventoryStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
