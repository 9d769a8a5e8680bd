"""Table and TableV2 take dicts for their structs, as aws_cdk does."""

from __future__ import annotations

from apigwv2_integrations import App, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_dynamodb import (
    AttributeType,
    ImportSourceSpecification,
    InputFormat,
    Table,
    TableV2,
)
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.core.tags import CfnTag


def test_table_import_source_takes_a_dict(app: App) -> None:
    by_dict = Stack(app, "Dicts")
    Table(
        by_dict,
        "Table",
        partition_key={"name": "pk", "type": AttributeType.STRING},
        import_source={
            "input_format": InputFormat.csv(),
            "bucket": Bucket(by_dict, "Data"),
            "key_prefix": "p/",
        },
    )
    by_struct = Stack(app, "Structs")
    Table(
        by_struct,
        "Table",
        partition_key={"name": "pk", "type": AttributeType.STRING},
        import_source=ImportSourceSpecification(
            input_format=InputFormat.csv(), bucket=Bucket(by_struct, "Data"), key_prefix="p/"
        ),
    )
    assert Template.from_stack(by_dict).to_json() == Template.from_stack(by_struct).to_json()


def test_table_v2_tags_take_dicts(app: App) -> None:
    by_dict = Stack(app, "Dicts", env={"region": "us-east-1"})
    table = TableV2(
        by_dict,
        "Table",
        partition_key={"name": "pk", "type": AttributeType.STRING},
        tags=[{"key": "a", "value": "b"}],
    )
    table.add_replica(region="eu-west-1", tags=[{"key": "c", "value": "d"}])
    by_struct = Stack(app, "Structs", env={"region": "us-east-1"})
    table = TableV2(
        by_struct,
        "Table",
        partition_key={"name": "pk", "type": AttributeType.STRING},
        tags=[CfnTag(key="a", value="b")],
    )
    table.add_replica(region="eu-west-1", tags=[CfnTag(key="c", value="d")])
    rendered = Template.from_stack(by_dict).to_json()
    assert rendered == Template.from_stack(by_struct).to_json()
    replicas = next(iter(rendered["Resources"].values()))["Properties"]["Replicas"]
    assert [replica["Tags"] for replica in replicas] == [
        [{"Key": "c", "Value": "d"}],
        [{"Key": "a", "Value": "b"}],
    ]
