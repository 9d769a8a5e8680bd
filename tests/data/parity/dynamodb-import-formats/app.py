import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_s3 as s3
from constructs import Construct


class ImportsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        exports = s3.Bucket.from_bucket_name(self, "Exports", "legacy-exports")
        ddb.Table(
            self,
            "FromJson",
            partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING),
            import_source=ddb.ImportSourceSpecification(
                bucket=exports, input_format=ddb.InputFormat.dynamo_db_json(), bucket_owner="210987654321"
            ),
        )
        ddb.Table(
            self,
            "FromIon",
            partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.NUMBER),
            sort_key=ddb.Attribute(name="ts", type=ddb.AttributeType.NUMBER),
            import_source=ddb.ImportSourceSpecification(
                bucket=exports,
                input_format=ddb.InputFormat.ion(),
                compression_type=ddb.InputCompressionType.ZSTD,
                key_prefix="ion/",
            ),
        )
        ddb.Table(
            self,
            "FromCsv",
            partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING),
            import_source=ddb.ImportSourceSpecification(bucket=exports, input_format=ddb.InputFormat.csv()),
        )


app = cdk.App()
ImportsStack(app, "ImportsStack")
app.synth()
