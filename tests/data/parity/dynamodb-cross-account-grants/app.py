import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct


class SharedTablesStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "Key")
        table = ddb.TableV2(
            self,
            "Shared",
            partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING),
            dynamo_stream=ddb.StreamViewType.NEW_IMAGE,
            encryption=ddb.TableEncryptionV2.customer_managed_key(key, {"us-west-2": "arn:aws:kms:us-west-2:123456789012:key/w"}),
            replicas=[
                ddb.ReplicaTableProps(
                    region="us-west-2",
                    resource_policy=iam.PolicyDocument(
                        statements=[
                            iam.PolicyStatement(
                                actions=["dynamodb:GetItem"], principals=[iam.AccountPrincipal("333333333333")], resources=["*"]
                            )
                        ]
                    ),
                )
            ],
            global_secondary_indexes=[
                ddb.GlobalSecondaryIndexPropsV2(index_name="gsi", partition_key=ddb.Attribute(name="g", type=ddb.AttributeType.STRING))
            ],
        )
        table.grant_read_data(iam.AccountPrincipal("222222222222"))
        table.grant_stream_read(iam.ArnPrincipal("arn:aws:iam::222222222222:role/reader"))
        table.add_to_stream_resource_policy(
            iam.PolicyStatement(
                actions=["dynamodb:DescribeStream"], principals=[iam.AccountPrincipal("444444444444")], resources=["*"]
            )
        )
        local = iam.Role(self, "Local", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        table.grant_full_access(local)
        old = ddb.Table(self, "Old", partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING))
        old.grant_read_data(iam.AccountPrincipal("222222222222"))
        old.grant(iam.AccountPrincipal("555555555555"), "dynamodb:Scan")


app = cdk.App()
SharedTablesStack(app, "SharedTables", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
