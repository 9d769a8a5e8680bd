"""Table and TableV2: key schemas, indexes, encryption, billing, grants, metrics, imports and errors."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import App, Environment, RemovalPolicy, Stack
from apigwv2_integrations.aws_dynamodb import (
    Attribute,
    AttributeType,
    Billing,
    BillingMode,
    Capacity,
    ContributorInsightsSpecification,
    GlobalSecondaryIndexPropsV2,
    Operation,
    PointInTimeRecoverySpecification,
    ProjectionType,
    StreamViewType,
    Table,
    TableEncryption,
    TableEncryptionV2,
    TableProps,
    TableV2,
)
from apigwv2_integrations.aws_iam import (
    AccountPrincipal,
    PolicyDocument,
    PolicyStatement,
    Role,
    ServicePrincipal,
)
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
PK = Attribute(name="pk", type=AttributeType.STRING)
SK = Attribute(name="sk", type=AttributeType.NUMBER)


def _role(stack: Stack) -> Role:
    return Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))


def _two_indexes_named_i(stack: Stack) -> None:
    table = Table(stack, "T", partition_key=PK, sort_key=SK)
    table.add_local_secondary_index(index_name="i", sort_key=Attribute(name="a", type=AttributeType.STRING))
    table.add_local_secondary_index(index_name="i", sort_key=Attribute(name="b", type=AttributeType.STRING))


def _policy_statements(template: dict[str, Any]) -> list[dict[str, Any]]:
    (policy,) = resources_of_type(template, "AWS::IAM::Policy").values()
    return list(policy["Properties"]["PolicyDocument"]["Statement"])


def test_table_keywords_match_props_fields() -> None:
    keywords = [p for p in inspect.signature(Table.__init__).parameters if p not in ("self", "scope", "id")]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(TableProps))


def test_table_defaults_to_provisioned_capacity_and_retain(stack: Stack, template: Render) -> None:
    Table(stack, "Table", partition_key=PK)
    (table,) = resources_of_type(template(stack), "AWS::DynamoDB::Table").values()
    assert table == {
        "Type": "AWS::DynamoDB::Table",
        "Properties": {
            "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
            "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
            "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
        },
        "UpdateReplacePolicy": "Retain",
        "DeletionPolicy": "Retain",
    }


def test_grant_covers_indexes_added_after_the_grant(stack: Stack, template: Render) -> None:
    table = Table(stack, "Table", partition_key=PK)
    table.grant(_role(stack), "dynamodb:Query")
    table.add_global_secondary_index(
        index_name="byName", partition_key=Attribute(name="n", type=AttributeType.STRING)
    )
    (statement,) = _policy_statements(template(stack))
    assert statement["Resource"][1] == {
        "Fn::Join": ["", [{"Fn::GetAtt": ["TableCD117FA1", "Arn"]}, "/index/*"]]
    }


_GET_ITEM_BY_ACCOUNT = {
    "Action": "dynamodb:GetItem",
    "Effect": "Allow",
    "Principal": {"AWS": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::111122223333:root"]]}},
    "Resource": "*",
}


def _get_item_by_account() -> PolicyStatement:
    return PolicyStatement(
        actions=["dynamodb:GetItem"], principals=[AccountPrincipal("111122223333")], resources=["*"]
    )


def _table_resource_policy(template: dict[str, Any]) -> Any:
    (table,) = resources_of_type(template, "AWS::DynamoDB::Table").values()
    return table["Properties"]["ResourcePolicy"]


def test_resource_policy_keyword_renders_a_policy_document(stack: Stack, template: Render) -> None:
    Table(
        stack, "Table", partition_key=PK, resource_policy=PolicyDocument(statements=[_get_item_by_account()])
    )
    assert _table_resource_policy(template(stack)) == {
        "PolicyDocument": {"Statement": [_GET_ITEM_BY_ACCOUNT], "Version": "2012-10-17"}
    }


def test_add_to_resource_policy_renders_a_policy_document(stack: Stack, template: Render) -> None:
    table = Table(stack, "Table", partition_key=PK)
    assert table.add_to_resource_policy(_get_item_by_account()).statement_added
    assert _table_resource_policy(template(stack)) == {
        "PolicyDocument": {"Statement": [_GET_ITEM_BY_ACCOUNT], "Version": "2012-10-17"}
    }


def test_grant_to_a_role_of_another_account_goes_to_the_resource_policy(
    stack: Stack, template: Render
) -> None:
    table = Table(stack, "Table", partition_key=PK)
    table.grant(Role.from_role_arn(stack, "Other", "arn:aws:iam::123456789012:role/ext"), "dynamodb:GetItem")
    assert _table_resource_policy(template(stack)) == {
        "PolicyDocument": {
            "Statement": [
                {
                    "Action": "dynamodb:GetItem",
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:role/ext"},
                    "Resource": "*",
                }
            ],
            "Version": "2012-10-17",
        }
    }


def test_schema_reads_table_and_index_keys(stack: Stack) -> None:
    table = Table(stack, "Table", partition_key=PK, sort_key=SK)
    table.add_local_secondary_index(
        index_name="byDate", sort_key=Attribute(name="d", type=AttributeType.STRING)
    )
    assert (table.schema().sort_key, table.schema("byDate").sort_key) == (
        SK,
        Attribute(name="d", type=AttributeType.STRING),
    )


def test_table_metrics_use_the_table_name(stack: Stack) -> None:
    table = Table(stack, "Table", partition_key=PK)
    metric = table.metric_throttled_requests_for_operation(Operation.PUT_ITEM)
    assert (metric.metric_name, metric.statistic, stack.resolve(metric.dimensions)) == (
        "ThrottledRequests",
        "Sum",
        {"Operation": "PutItem", "TableName": {"Ref": "TableCD117FA1"}},
    )
    expression = table.metric_system_errors_for_operations(operations=[Operation.GET_ITEM, Operation.QUERY])
    assert (expression.expression, expression.label) == (
        "getitem + query",
        "Sum of errors across all operations",
    )
    assert table.metric_user_errors().dimensions == {}


def test_table_v2_metrics_name_region_and_account(stack: Stack) -> None:
    table = TableV2(stack, "Table", partition_key=PK)
    metric = table.metric_consumed_read_capacity_units()
    assert stack.resolve([metric.region, metric.account]) == [
        {"Ref": "AWS::Region"},
        {"Ref": "AWS::AccountId"},
    ]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda s: Table(s, "T"),
            "Test/T: partition_key is required; give an Attribute, e.g. Attribute(name='pk', type=AttributeType.STRING)",
        ),
        (
            lambda s: Table(
                s, "T", partition_key=PK, billing_mode=BillingMode.PAY_PER_REQUEST, read_capacity=5
            ),
            "Test/T: read_capacity=5 / write_capacity=None cannot be set with billing_mode=BillingMode.PAY_PER_REQUEST; "
            "drop them or use BillingMode.PROVISIONED",
        ),
        (
            lambda s: Table(
                s, "T", partition_key=PK, encryption=TableEncryption.AWS_MANAGED, encryption_key=Key(s, "K")
            ),
            "Test/T: encryption_key is given but encryption=TableEncryption.AWS_MANAGED; "
            "use encryption=TableEncryption.CUSTOMER_MANAGED or drop encryption_key",
        ),
        (
            lambda s: Table(
                s,
                "T",
                partition_key=PK,
                point_in_time_recovery=True,
                point_in_time_recovery_specification=PointInTimeRecoverySpecification(
                    point_in_time_recovery_enabled=True
                ),
            ),
            "Test/T: point_in_time_recovery and point_in_time_recovery_specification are both given; "
            "use point_in_time_recovery_specification only",
        ),
        (
            lambda s: Table(
                s,
                "T",
                partition_key=PK,
                point_in_time_recovery_specification=PointInTimeRecoverySpecification(
                    point_in_time_recovery_enabled=True, recovery_period_in_days=40
                ),
            ),
            "Test/T: recovery_period_in_days=40 is out of range; use 1 to 35 days",
        ),
        (
            lambda s: Table(
                s,
                "T",
                partition_key=PK,
                point_in_time_recovery_specification=PointInTimeRecoverySpecification(
                    point_in_time_recovery_enabled=False, recovery_period_in_days=7
                ),
            ),
            "Test/T: recovery_period_in_days=7 is given but point_in_time_recovery_enabled=False; "
            "enable point-in-time recovery or drop the period",
        ),
        (
            lambda s: Table(s, "T", partition_key=PK, replication_regions=["eu-west-1"]),
            "Test/T: replication_regions=['eu-west-1'] is not supported by this package; use TableV2, a global table",
        ),
        (
            lambda s: Table(s, "T", partition_key=PK).add_global_secondary_index(
                index_name="i", partition_key=PK, projection_type=ProjectionType.INCLUDE
            ),
            "Test/T: index 'i': projection_type=ProjectionType.INCLUDE needs non_key_attributes; "
            "list the attributes to copy into the index",
        ),
        (
            lambda s: Table(s, "T", partition_key=PK).add_global_secondary_index(
                index_name="i", partition_key=PK, non_key_attributes=["a"]
            ),
            "Test/T: index 'i': non_key_attributes=['a'] needs projection_type=ProjectionType.INCLUDE; "
            "set it or drop non_key_attributes",
        ),
        (
            lambda s: Table(s, "T", partition_key=PK).add_global_secondary_index(index_name="i"),
            "Test/T: partition_key=None and partition_keys=None: give exactly one of them",
        ),
        (
            lambda s: Table(s, "T", partition_key=PK).add_global_secondary_index(
                index_name="i", partition_key=Attribute(name="pk", type=AttributeType.NUMBER)
            ),
            "Test/T: attribute 'pk' is used as AttributeType.NUMBER but was already defined as type 'S'; "
            "give every use of an attribute the same type",
        ),
        (
            lambda s: _two_indexes_named_i(s),
            "Test/T: index_name='i' is already used; give each index its own name",
        ),
        (
            lambda s: Table(s, "T", partition_key=PK).metric_successful_request_latency(),
            "Test/T: dimensions_map=None has no 'Operation'; the SuccessfulRequestLatency metric needs one, "
            "e.g. dimensions_map={'Operation': 'GetItem'}",
        ),
        (
            lambda s: Table(s, "T", partition_key=PK).grant_stream_read(
                Role(s, "R", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
            ),
            "Test/T: the table has no stream; pass stream=StreamViewType... (or table_stream_arn when imported)",
        ),
        (
            lambda s: Table(s, "T", partition_key=PK).grant_read_data(
                ServicePrincipal("lambda.amazonaws.com")
            ),
            "Test/T: grantee=ServicePrincipal(lambda.amazonaws.com) is a service principal, which the grant methods "
            "of tables do not support; add a statement with add_to_resource_policy(...) that carries the service's "
            "conditions",
        ),
        (
            lambda s: Table(
                s, "T", partition_key=PK, billing_mode=BillingMode.PAY_PER_REQUEST
            ).auto_scale_read_capacity(max_capacity=10, min_capacity=1),
            "Test/T: auto scaling the read capacity needs billing_mode=BillingMode.PROVISIONED "
            "(an on-demand table scales by itself)",
        ),
        (
            lambda s: Table(s, "T", partition_key=PK).auto_scale_global_secondary_index_write_capacity(
                "missing", max_capacity=10, min_capacity=1
            ),
            "Test/T: index_name='missing' is no global secondary index of the table; add it first",
        ),
        (
            lambda s: Table.from_table_attributes(
                s, "T", table_name="a", table_arn="arn:aws:dynamodb:us-east-1:1:table/a"
            ),
            "Test: table_name='a' and table_arn='arn:aws:dynamodb:us-east-1:1:table/a': give only one of them",
        ),
        (
            lambda s: Table.from_table_attributes(s, "T"),
            "Test: neither table_name nor table_arn is given; give one of them",
        ),
        (
            lambda s: TableV2(s, "T", partition_key=PK).add_local_secondary_index(
                index_name="i", sort_key=SK
            ),
            "Test/T: index_name='i': local secondary indexes need a table sort key; pass sort_key=Attribute(...) to the table",
        ),
        (
            lambda s: TableV2(s, "T", partition_key=PK).add_global_secondary_index(
                index_name="i", partition_key=SK, read_capacity=Capacity.fixed(5)
            ),
            "Test/T: index 'i': read_capacity and write_capacity cannot be set on an index of an on-demand table; "
            "drop them or use Billing.provisioned(...)",
        ),
        (
            lambda s: TableV2(s, "T", partition_key=PK, replicas=[{"region": "eu-west-1"}]),
            "Test/T: region='eu-west-1': replicas need a stack with a region; set env=Environment(region=...) on the stack",
        ),
        (
            lambda s: Table(
                s,
                "T",
                partition_key=PK,
                contributor_insights_enabled=True,
                contributor_insights_specification=ContributorInsightsSpecification(enabled=True),
            ),
            "Test/T: contributor_insights_enabled and contributor_insights_specification are both given; "
            "use contributor_insights_specification only",
        ),
        (
            lambda s: Table.from_table_arn(s, "T", "arn:aws:dynamodb:us-east-1:111111111111:table"),
            "Test: table_arn='arn:aws:dynamodb:us-east-1:111111111111:table' has no table name; "
            "use 'arn:<partition>:dynamodb:<region>:<account>:table/<name>'",
        ),
        (
            lambda s: TableV2.from_table_arn(s, "T", "arn:aws:dynamodb:us-east-1:111111111111:table"),
            "Test: table_arn='arn:aws:dynamodb:us-east-1:111111111111:table' has no table name; "
            "use 'arn:<partition>:dynamodb:<region>:<account>:table/<name>'",
        ),
    ],
)
def test_tables_reject_bad_input(stack: Stack, build: Callable[[Stack], Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        build(stack)
    assert str(error.value) == message


def test_table_v2_rejects_both_contributor_insights_keywords_at_synth(app: App) -> None:
    stack = Stack(app, "Test", env=Environment(region="us-east-1"))
    TableV2(
        stack,
        "T",
        partition_key=PK,
        contributor_insights=True,
        contributor_insights_specification=ContributorInsightsSpecification(enabled=True),
    )
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/T: contributor_insights and contributor_insights_specification are both given; "
        "use contributor_insights_specification only"
    )


def test_local_secondary_index_without_table_sort_key_fails_at_synth(stack: Stack, template: Render) -> None:
    Table(stack, "T", partition_key=PK).add_local_secondary_index(index_name="i", sort_key=SK)
    with pytest.raises(Exception) as error:
        template(stack)
    assert (
        "Test/T: local secondary indexes need a table sort key; pass sort_key=Attribute(...) to the Table"
        in str(error.value)
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Capacity.autoscaled(max_capacity=1, min_capacity=5),
            "min_capacity=5 is above max_capacity=1; make min_capacity at most max_capacity",
        ),
        (
            lambda: Capacity.autoscaled(max_capacity=10, target_utilization_percent=95),
            "target_utilization_percent=95 is out of range; use 20 to 90",
        ),
        (
            lambda: Capacity.fixed(5).render_write_capacity(),
            "write_capacity=Capacity.fixed(...) is not allowed; write capacity is always auto-scaled, "
            "use Capacity.autoscaled(max_capacity=...)",
        ),
    ],
)
def test_capacity_rejects_bad_input(build: Callable[[], Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        build()
    assert str(error.value) == message


def test_tables_template(app: Any, template: Render, snapshot_json: SnapshotAssertion) -> None:
    stack = Stack(app, "Tables", env=Environment(account="111111111111", region="us-east-1"))
    role = _role(stack)
    key = Key(stack, "Key", enable_key_rotation=True)
    table = Table(
        stack,
        "Orders",
        partition_key=PK,
        sort_key=SK,
        billing_mode=BillingMode.PAY_PER_REQUEST,
        stream=StreamViewType.NEW_IMAGE,
        encryption_key=key,
        removal_policy=RemovalPolicy.DESTROY,
        max_read_request_units=100,
    )
    table.add_global_secondary_index(
        index_name="byCustomer", partition_key=Attribute(name="c", type=AttributeType.STRING)
    )
    table.grant_read_write_data(role)
    table.grant_stream_read(role)
    global_table = TableV2(
        stack,
        "Global",
        partition_key=PK,
        billing=Billing.provisioned(
            read_capacity=Capacity.fixed(4), write_capacity=Capacity.autoscaled(max_capacity=8)
        ),
        encryption=TableEncryptionV2.customer_managed_key(
            key, {"eu-west-1": "arn:aws:kms:eu-west-1:111111111111:key/r"}
        ),
        global_secondary_indexes=[
            GlobalSecondaryIndexPropsV2(
                index_name="byName", partition_key=Attribute(name="n", type=AttributeType.STRING)
            )
        ],
        replicas=[{"region": "eu-west-1", "read_capacity": Capacity.fixed(2)}],
        deletion_protection=True,
    )
    global_table.grant_read_data(role)
    rendered = template(stack)
    assert_cfn_lint_clean(rendered)
    assert rendered == snapshot_json


def test_import_source_loads_the_table_from_s3(stack: Stack) -> None:
    from apigwv2_integrations.assertions import Template
    from apigwv2_integrations.aws_dynamodb import ImportSourceSpecification, InputCompressionType, InputFormat
    from apigwv2_integrations.aws_s3 import Bucket

    bucket = Bucket.from_bucket_name(stack, "Data", "data-bucket")
    Table(
        stack,
        "Csv",
        partition_key=PK,
        import_source=ImportSourceSpecification(
            bucket=bucket,
            input_format=InputFormat.csv(delimiter=";", header_list=["pk", "v"]),
            compression_type=InputCompressionType.GZIP,
            key_prefix="in/",
            bucket_owner="111111111111",
        ),
    )
    Table(
        stack,
        "Json",
        partition_key=PK,
        import_source=ImportSourceSpecification(bucket=bucket, input_format=InputFormat.dynamo_db_json()),
    )
    tables = Template.from_stack(stack).find_resources("AWS::DynamoDB::Table")
    assert [t["Properties"]["ImportSourceSpecification"] for t in tables.values()] == [
        {
            "InputCompressionType": "GZIP",
            "InputFormat": "CSV",
            "InputFormatOptions": {"Csv": {"Delimiter": ";", "HeaderList": ["pk", "v"]}},
            "S3BucketSource": {
                "S3Bucket": "data-bucket",
                "S3BucketOwner": "111111111111",
                "S3KeyPrefix": "in/",
            },
        },
        {"InputFormat": "DYNAMODB_JSON", "S3BucketSource": {"S3Bucket": "data-bucket"}},
    ]
    assert repr(InputFormat.ion()) == "InputFormat('ION')"


def test_a_csv_delimiter_dynamodb_cannot_read_is_an_error() -> None:
    from apigwv2_integrations.aws_dynamodb import InputFormat

    with pytest.raises(ValidationError) as error:
        InputFormat.csv(delimiter="ab")
    assert str(error.value) == (
        "delimiter='ab' is not a CSV delimiter DynamoDB reads; use one of [',', '\\t', ':', ';', '|', ' ']"
    )
