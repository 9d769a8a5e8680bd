import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_kms as kms
from aws_cdk import aws_iam as iam
from constructs import Construct


class GlobalStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "Key")
        table = ddb.TableV2(
            self,
            "Sessions",
            partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING),
            encryption=ddb.TableEncryptionV2.customer_managed_key(
                key,
                {
                    "eu-west-1": "arn:aws:kms:eu-west-1:123456789012:key/11111111-1111-1111-1111-111111111111",
                    "ap-southeast-2": "arn:aws:kms:ap-southeast-2:123456789012:key/22222222-2222-2222-2222-222222222222",
                },
            ),
            replicas=[ddb.ReplicaTableProps(region="eu-west-1")],
            global_secondary_indexes=[
                ddb.GlobalSecondaryIndexPropsV2(
                    index_name="byUser", partition_key=ddb.Attribute(name="user", type=ddb.AttributeType.STRING)
                )
            ],
        )
        table.add_replica(region="ap-southeast-2", deletion_protection=True)
        role = iam.Role(self, "Worker", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        eu = table.replica("eu-west-1")
        eu.grant_read_write_data(role)
        eu.grant_stream_read(role)
        same = table.replica("us-east-1")
        same.grant_read_data(role)
        cdk.CfnOutput(self, "EuArn", value=eu.table_arn)
        cdk.CfnOutput(self, "EuStream", value=eu.table_stream_arn)
        cdk.CfnOutput(self, "EuKey", value=eu.encryption_key.key_arn if eu.encryption_key else "none")
        cdk.CfnOutput(self, "Same", value=same.node.path)


app = cdk.App()
GlobalStack(app, "GlobalStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
