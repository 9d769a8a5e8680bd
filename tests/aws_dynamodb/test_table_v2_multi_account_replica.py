"""TableV2MultiAccountReplica: a replica in another account, its resource policy and the source's grants."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Environment, RemovalPolicy, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_dynamodb import (
    Attribute,
    AttributeType,
    TableEncryptionV2,
    TableV2,
    TableV2MultiAccountReplica,
    TableV2MultiAccountReplicaProps,
)
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

_SOURCE_ENV = Environment(account="111111111111", region="us-east-2")
_REPLICA_ENV = Environment(account="222222222222", region="us-east-1")
_REPLICATION_ACTIONS = [
    "dynamodb:ReadDataForReplication",
    "dynamodb:WriteDataForReplication",
    "dynamodb:ReplicateSettings",
]


def _stacks(app: App) -> tuple[Stack, Stack]:
    return Stack(app, "Source", env=_SOURCE_ENV), Stack(app, "Replica", env=_REPLICA_ENV)


def _global_table(stack: Stack) -> dict[str, Any]:
    (table,) = resources_of_type(Template.from_stack(stack).to_json(), "AWS::DynamoDB::GlobalTable").values()
    return table  # type: ignore[no-any-return]


def _account_of(arn: Any) -> dict[str, Any]:
    return {"Fn::Select": [4, {"Fn::Split": [":", arn]}]}


def test_keywords_are_the_fields_of_the_props() -> None:
    import inspect

    import attrs

    keywords = set(inspect.signature(TableV2MultiAccountReplica.__init__).parameters) - {
        "self",
        "scope",
        "id",
    }
    assert keywords == {field.name for field in attrs.fields(TableV2MultiAccountReplicaProps)}


def test_the_replica_takes_the_source_name_and_arn_and_lets_the_service_replicate(app: App) -> None:
    source_stack, replica_stack = _stacks(app)
    source = TableV2(
        source_stack,
        "Orders",
        table_name="orders",
        partition_key=Attribute(name="pk", type=AttributeType.STRING),
    )
    TableV2MultiAccountReplica(replica_stack, "Replica", replica_source_table=source, table_name="orders")

    source_arn = {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":dynamodb:us-east-2:111111111111:table/orders"]]
    }
    assert _global_table(replica_stack)["Properties"] == {
        "GlobalTableSourceArn": source_arn,
        "TableName": "orders",
        "Replicas": [
            {
                "Region": "us-east-1",
                "ResourcePolicy": {
                    "PolicyDocument": {
                        "Statement": [
                            {
                                "Action": _REPLICATION_ACTIONS,
                                "Condition": {
                                    "StringEquals": {
                                        "aws:SourceAccount": ["222222222222", _account_of(source_arn)]
                                    }
                                },
                                "Effect": "Allow",
                                "Principal": {"Service": "replication.dynamodb.amazonaws.com"},
                                "Resource": "*",
                                "Sid": "AllowReplicationService",
                            }
                        ],
                        "Version": "2012-10-17",
                    }
                },
            }
        ],
    }


def test_the_source_table_lets_the_replica_account_associate_and_replicate(app: App) -> None:
    source_stack, replica_stack = _stacks(app)
    source = TableV2(
        source_stack,
        "Orders",
        table_name="orders",
        partition_key=Attribute(name="pk", type=AttributeType.STRING),
    )
    TableV2MultiAccountReplica(replica_stack, "Replica", replica_source_table=source, table_name="copy")

    replica_account = _account_of(
        {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":dynamodb:us-east-1:222222222222:table/copy"]]}
    )
    (replica,) = _global_table(source_stack)["Properties"]["Replicas"]
    assert replica["ResourcePolicy"]["PolicyDocument"]["Statement"] == [
        {
            "Action": "dynamodb:AssociateTableReplica",
            "Effect": "Allow",
            "Principal": {
                "AWS": {
                    "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::", replica_account, ":root"]]
                }
            },
            "Resource": "*",
            "Sid": {"Fn::Join": ["", ["AllowMultiAccountReplicaAssociation", replica_account]]},
        },
        {
            "Action": _REPLICATION_ACTIONS,
            "Condition": {"StringEquals": {"aws:SourceAccount": ["111111111111", replica_account]}},
            "Effect": "Allow",
            "Principal": {"Service": "replication.dynamodb.amazonaws.com"},
            "Resource": "*",
            "Sid": {"Fn::Join": ["", ["AllowReplicationServiceReadWrite", replica_account]]},
        },
    ]


def test_grants_multi_account_replication_from_a_literal_arn(app: App) -> None:
    stack = Stack(app, "Source", env=_SOURCE_ENV)
    table = TableV2(stack, "T", partition_key=Attribute(name="pk", type=AttributeType.STRING))
    table.grants.multi_account_replication_from("arn:aws:dynamodb:us-east-1:333333333333:table/other")

    (replica,) = _global_table(stack)["Properties"]["Replicas"]
    assert replica["ResourcePolicy"]["PolicyDocument"]["Statement"] == [
        {
            "Action": _REPLICATION_ACTIONS,
            "Condition": {"StringEquals": {"aws:SourceAccount": ["111111111111", "333333333333"]}},
            "Effect": "Allow",
            "Principal": {"Service": "replication.dynamodb.amazonaws.com"},
            "Resource": "*",
            "Sid": "AllowReplicationService",
        }
    ]


def test_a_customer_managed_key_encrypts_the_replica_and_lets_the_service_use_it(app: App) -> None:
    _, replica_stack = _stacks(app)
    source = TableV2.from_table_arn(
        replica_stack, "Source", "arn:aws:dynamodb:us-east-2:111111111111:table/t"
    )
    key = Key(replica_stack, "Key")
    TableV2MultiAccountReplica(
        replica_stack,
        "Replica",
        replica_source_table=source,
        encryption=TableEncryptionV2.customer_managed_key(key),
        removal_policy=RemovalPolicy.DESTROY,
    )

    table = _global_table(replica_stack)
    assert table["DeletionPolicy"] == "Delete"
    (replica,) = table["Properties"]["Replicas"]
    assert replica["SSESpecification"] == {"KMSMasterKeyId": {"Fn::GetAtt": ["Key961B73FD", "Arn"]}}
    (key_resource,) = resources_of_type(
        Template.from_stack(replica_stack).to_json(), "AWS::KMS::Key"
    ).values()
    assert key_resource["Properties"]["KeyPolicy"]["Statement"][1] == {
        "Action": ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
        "Effect": "Allow",
        "Principal": {"Service": "replication.dynamodb.amazonaws.com"},
        "Resource": "*",
    }


def test_an_imported_source_gets_a_warning(app: App) -> None:
    _, replica_stack = _stacks(app)
    source = TableV2.from_table_arn(
        replica_stack, "Source", "arn:aws:dynamodb:us-east-2:111111111111:table/t"
    )
    replica = TableV2MultiAccountReplica(replica_stack, "Replica", replica_source_table=source)

    (warning,) = [entry.data for entry in replica.node.metadata if entry.type == "aws:cdk:warning"]
    assert warning.startswith(
        "The source table is imported without a resource policy and cannot be granted multi-account "
        "replication permissions."
    )
    assert warning.endswith("[ack: @aws-cdk/aws-dynamodb:multiAccountReplicaSourceWithoutPolicy]")


@pytest.mark.parametrize(
    ("source_env", "message"),
    [
        (
            Environment(account="222222222222", region="eu-west-1"),
            "Replica/Replica: replica_source_table is in this stack's account '222222222222'; a multi-account "
            "replica needs another account (for a replica in the same account use add_replica() on the table)",
        ),
        (
            Environment(account="111111111111", region="us-east-1"),
            "Replica/Replica: replica_source_table is in this stack's region 'us-east-1'; a multi-account "
            "replica needs another region",
        ),
    ],
)
def test_a_replica_in_the_source_account_or_region_is_refused(
    app: App, source_env: Environment, message: str
) -> None:
    source_stack = Stack(app, "Source", env=source_env)
    replica_stack = Stack(app, "Replica", env=_REPLICA_ENV)
    source = TableV2(
        source_stack, "T", table_name="t", partition_key=Attribute(name="pk", type=AttributeType.STRING)
    )
    with pytest.raises(ValidationError) as error:
        TableV2MultiAccountReplica(replica_stack, "Replica", replica_source_table=source)
    assert str(error.value) == message


def test_a_replica_needs_a_source(app: App) -> None:
    with pytest.raises(ValidationError) as error:
        TableV2MultiAccountReplica(Stack(app, "Replica", env=_REPLICA_ENV), "Replica")
    assert str(error.value) == (
        "Replica/Replica: replica_source_table is missing; pass the TableV2 (or imported global table) to "
        "replicate"
    )
