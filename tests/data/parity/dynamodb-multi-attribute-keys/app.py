import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_iam as iam
from constructs import Construct

S = ddb.AttributeType.STRING
N = ddb.AttributeType.NUMBER


class CatalogStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        table = ddb.TableV2(
            self,
            "Catalog",
            partition_key=ddb.Attribute(name="pk", type=S),
            sort_key=ddb.Attribute(name="sk", type=S),
            billing=ddb.Billing.on_demand(max_read_request_units=500, max_write_request_units=200),
            warm_throughput=ddb.WarmThroughput(read_units_per_second=12000, write_units_per_second=4500),
            global_secondary_indexes=[
                ddb.GlobalSecondaryIndexPropsV2(
                    index_name="byBrandCategory",
                    partition_keys=[ddb.Attribute(name="brand", type=S), ddb.Attribute(name="category", type=S)],
                    sort_keys=[ddb.Attribute(name="price", type=N), ddb.Attribute(name="sku", type=S)],
                    max_read_request_units=100,
                    warm_throughput=ddb.WarmThroughput(read_units_per_second=13000),
                ),
            ],
            global_table_settings_replication_mode=ddb.GlobalTableSettingsReplicationMode.ALL,
            replicas=[ddb.ReplicaTableProps(region="us-west-2", max_read_request_units=300)],
        )
        table.add_global_secondary_index(
            index_name="bySeller",
            partition_key=ddb.Attribute(name="seller", type=S),
            projection_type=ddb.ProjectionType.INCLUDE,
            non_key_attributes=["title"],
        )
        v1 = ddb.Table(
            self,
            "Legacy",
            partition_key=ddb.Attribute(name="id", type=S),
            billing_mode=ddb.BillingMode.PAY_PER_REQUEST,
            max_write_request_units=50,
        )
        v1.add_global_secondary_index(
            index_name="byOwnerKind",
            partition_keys=[ddb.Attribute(name="owner", type=S), ddb.Attribute(name="kind", type=S)],
            sort_keys=[ddb.Attribute(name="created", type=N)],
            max_read_request_units=10,
            warm_throughput=ddb.WarmThroughput(read_units_per_second=12500),
        )
        reader = iam.Role(self, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        table.grant_read_data(reader)
        v1.grant_read_data(reader)
        table.replica("us-west-2").grant_read_data(reader)
        cdk.CfnOutput(self, "Schema", value=",".join(a.name for a in v1.schema_v2("byOwnerKind").partition_keys))
        cdk.CfnOutput(self, "Sorts", value=",".join(a.name for a in (v1.schema_v2("byOwnerKind").sort_keys or [])))


app = cdk.App()
CatalogStack(app, "CatalogStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
