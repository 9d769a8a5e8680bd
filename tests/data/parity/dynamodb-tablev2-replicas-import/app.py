import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from constructs import Construct


class OrdersStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "TableKey", enable_key_rotation=True)
        table = ddb.TableV2(
            self,
            "Orders",
            partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING),
            sort_key=ddb.Attribute(name="sk", type=ddb.AttributeType.STRING),
            billing=ddb.Billing.provisioned(
                read_capacity=ddb.Capacity.autoscaled(max_capacity=20, target_utilization_percent=60),
                write_capacity=ddb.Capacity.autoscaled(max_capacity=10),
            ),
            encryption=ddb.TableEncryptionV2.customer_managed_key(
                key, {"eu-west-1": "arn:aws:kms:eu-west-1:123456789012:key/abc"}
            ),
            dynamo_stream=ddb.StreamViewType.NEW_AND_OLD_IMAGES,
            time_to_live_attribute="expiresAt",
            point_in_time_recovery_specification=ddb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True, recovery_period_in_days=14
            ),
            contributor_insights=True,
            deletion_protection=True,
            table_class=ddb.TableClass.STANDARD_INFREQUENT_ACCESS,
            global_secondary_indexes=[
                ddb.GlobalSecondaryIndexPropsV2(
                    index_name="byCustomer",
                    partition_key=ddb.Attribute(name="customerId", type=ddb.AttributeType.STRING),
                    sort_key=ddb.Attribute(name="createdAt", type=ddb.AttributeType.NUMBER),
                    read_capacity=ddb.Capacity.fixed(5),
                    projection_type=ddb.ProjectionType.INCLUDE,
                    non_key_attributes=["total", "status"],
                )
            ],
            local_secondary_indexes=[
                ddb.LocalSecondaryIndexProps(
                    index_name="byStatus",
                    sort_key=ddb.Attribute(name="status", type=ddb.AttributeType.STRING),
                    projection_type=ddb.ProjectionType.KEYS_ONLY,
                )
            ],
            replicas=[
                ddb.ReplicaTableProps(
                    region="eu-west-1",
                    contributor_insights=False,
                    read_capacity=ddb.Capacity.autoscaled(max_capacity=30),
                    global_secondary_index_options={
                        "byCustomer": ddb.ReplicaGlobalSecondaryIndexOptions(
                            read_capacity=ddb.Capacity.fixed(7), contributor_insights=True
                        )
                    },
                    table_class=ddb.TableClass.STANDARD,
                )
            ],
            tags=[cdk.CfnTag(key="team", value="orders")],
        )
        table.add_global_secondary_index(
            index_name="byRegion",
            partition_key=ddb.Attribute(name="region", type=ddb.AttributeType.STRING),
            read_capacity=ddb.Capacity.fixed(3),
            write_capacity=ddb.Capacity.autoscaled(max_capacity=4),
        )
        fn = lambda_.Function(
            self,
            "Reader",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): return e"),
            environment={"TABLE": table.table_name},
        )
        table.grant_read_data(fn)
        table.grant_stream_read(fn)
        table.grant(fn, "dynamodb:DescribeTable")
        role = iam.Role(self, "Exporter", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"))
        table.grant_read_write_data(role)
        table.replica("eu-west-1")
        cdk.CfnOutput(self, "StreamArn", value=table.table_stream_arn or "none")
        cdk.CfnOutput(self, "Metric", value=table.metric_consumed_read_capacity_units().metric_name)

        bucket = s3.Bucket(self, "ImportBucket")
        imported = ddb.Table(
            self,
            "Imported",
            partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.BINARY),
            import_source=ddb.ImportSourceSpecification(
                bucket=bucket,
                input_format=ddb.InputFormat.csv(delimiter=";", header_list=["id", "name"]),
                compression_type=ddb.InputCompressionType.GZIP,
                key_prefix="exports/",
            ),
            billing_mode=ddb.BillingMode.PAY_PER_REQUEST,
            max_read_request_units=100,
            warm_throughput=ddb.WarmThroughput(read_units_per_second=15000),
        )
        imported.grant_full_access(fn)
        other = ddb.TableV2.from_table_attributes(
            self, "Other", table_name="legacy", global_indexes=["gsi1"], grant_index_permissions=True
        )
        other.grant_read_data(fn)


app = cdk.App()
OrdersStack(app, "OrdersStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
