"""TableV2 replicas: what each replica's global secondary indexes inherit from the table and its indexes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, CfnTag, Environment, Stack, Tags
from apigwv2_integrations.aws_dynamodb import (
    Attribute,
    AttributeType,
    Billing,
    Capacity,
    ContributorInsightsMode,
    ContributorInsightsSpecification,
    GlobalSecondaryIndexPropsV2,
    MultiRegionConsistency,
    ReplicaGlobalSecondaryIndexOptions,
    ReplicaTableProps,
    TableEncryptionV2,
    TableV2,
)
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _attribute(name: str) -> Attribute:
    return Attribute(name=name, type=AttributeType.STRING)


@pytest.fixture
def stack(app: App) -> Stack:
    return Stack(app, "Test", env=Environment(account="123456789012", region="us-east-1"))


def _replica_indexes(stack: Stack, template: Render) -> list[Any]:
    (table,) = resources_of_type(template(stack), "AWS::DynamoDB::GlobalTable").values()
    return [replica.get("GlobalSecondaryIndexes") for replica in table["Properties"]["Replicas"]]


def test_index_options_replace_the_index_capacity_and_fall_back_to_the_table_insights(
    stack: Stack, template: Render
) -> None:
    TableV2(
        stack,
        "T",
        partition_key=_attribute("pk"),
        billing=Billing.provisioned(
            read_capacity=Capacity.fixed(5), write_capacity=Capacity.autoscaled(max_capacity=20)
        ),
        contributor_insights=True,
        global_secondary_indexes=[
            GlobalSecondaryIndexPropsV2(
                index_name="gsi1", partition_key=_attribute("g"), read_capacity=Capacity.fixed(3)
            ),
            GlobalSecondaryIndexPropsV2(
                index_name="gsi2", partition_key=_attribute("h"), read_capacity=Capacity.fixed(7)
            ),
        ],
        replicas=[
            ReplicaTableProps(
                region="us-west-2",
                global_secondary_index_options={
                    "gsi1": ReplicaGlobalSecondaryIndexOptions(contributor_insights=False)
                },
            ),
            ReplicaTableProps(
                region="eu-west-1",
                contributor_insights=False,
                global_secondary_index_options={
                    "gsi2": ReplicaGlobalSecondaryIndexOptions(read_capacity=Capacity.fixed(2))
                },
            ),
        ],
    )

    def index(name: str, units: int, enabled: bool) -> dict[str, Any]:
        return {
            "ContributorInsightsSpecification": {"Enabled": enabled},
            "IndexName": name,
            "ReadProvisionedThroughputSettings": {"ReadCapacityUnits": units},
        }

    # What aws-cdk-lib 2.275.0 renders: us-west-2's gsi1 has options without a read capacity, so it gets
    # the table's 5 units, not the index's 3.
    assert _replica_indexes(stack, template) == [
        [index("gsi1", 5, False), index("gsi2", 7, True)],
        [index("gsi1", 3, True), index("gsi2", 2, True)],
        [index("gsi1", 3, True), index("gsi2", 7, True)],
    ]


def test_index_options_replace_the_index_read_units_and_keep_the_table_insights_specification(
    stack: Stack, template: Render
) -> None:
    TableV2(
        stack,
        "T",
        partition_key=_attribute("pk"),
        contributor_insights_specification=ContributorInsightsSpecification(
            enabled=True, mode=ContributorInsightsMode.THROTTLED_KEYS
        ),
        global_secondary_indexes=[
            GlobalSecondaryIndexPropsV2(
                index_name="gsi1", partition_key=_attribute("g"), max_read_request_units=30
            )
        ],
        replicas=[
            ReplicaTableProps(
                region="us-west-2",
                global_secondary_index_options={
                    "gsi1": ReplicaGlobalSecondaryIndexOptions(
                        contributor_insights_specification=ContributorInsightsSpecification(enabled=False)
                    )
                },
            ),
            ReplicaTableProps(
                region="eu-west-1",
                global_secondary_index_options={
                    "gsi1": ReplicaGlobalSecondaryIndexOptions(max_read_request_units=12)
                },
            ),
        ],
    )
    throttled = {"Enabled": True, "Mode": "THROTTLED_KEYS"}
    assert _replica_indexes(stack, template) == [
        [{"ContributorInsightsSpecification": {"Enabled": False}, "IndexName": "gsi1"}],
        [
            {
                "ContributorInsightsSpecification": throttled,
                "IndexName": "gsi1",
                "ReadOnDemandThroughputSettings": {"MaxReadRequestUnits": 12},
            }
        ],
        [
            {
                "ContributorInsightsSpecification": throttled,
                "IndexName": "gsi1",
                "ReadOnDemandThroughputSettings": {"MaxReadRequestUnits": 30},
            }
        ],
    ]


def test_replica_insights_keyword_conflicts_with_the_table_specification(
    stack: Stack, template: Render
) -> None:
    TableV2(
        stack,
        "T",
        partition_key=_attribute("pk"),
        contributor_insights_specification=ContributorInsightsSpecification(enabled=True),
        replicas=[ReplicaTableProps(region="us-west-2", contributor_insights=False)],
    )
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n  Test/T: contributor_insights and "
        "contributor_insights_specification are both given; use contributor_insights_specification only"
    )


def test_replica_index_read_capacity_is_refused_on_an_on_demand_table(stack: Stack, template: Render) -> None:
    TableV2(
        stack,
        "T",
        partition_key=_attribute("pk"),
        global_secondary_indexes=[
            GlobalSecondaryIndexPropsV2(index_name="gsi1", partition_key=_attribute("a"))
        ],
        replicas=[
            ReplicaTableProps(
                region="eu-west-1",
                global_secondary_index_options={
                    "gsi1": ReplicaGlobalSecondaryIndexOptions(read_capacity=Capacity.fixed(3))
                },
            )
        ],
    )
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n  Test/T: global_secondary_index_options['gsi1']: "
        "read_capacity cannot be set on an index replica of an on-demand table; drop it or use "
        "Billing.provisioned(...)"
    )


def test_replica_of_the_stack_region_is_the_table_itself(stack: Stack) -> None:
    table = TableV2(stack, "T", partition_key=_attribute("pk"))
    assert table.replica("us-east-1") is table


def test_replica_of_a_region_without_one_is_refused(stack: Stack) -> None:
    table = TableV2(
        stack, "T", partition_key=_attribute("pk"), replicas=[ReplicaTableProps(region="us-west-2")]
    )
    with pytest.raises(ValidationError) as error:
        table.replica("eu-west-1")
    assert str(error.value) == (
        "Test/T: region='eu-west-1' has no replica; add one with add_replica(region='eu-west-1') or "
        "replicas=[ReplicaTableProps(...)] first"
    )


def test_replica_grants_cover_the_replica_key(stack: Stack, template: Render) -> None:
    key_arn = "arn:aws:kms:eu-west-1:123456789012:key/11111111-1111-1111-1111-111111111111"
    table = TableV2(
        stack,
        "T",
        partition_key=_attribute("pk"),
        encryption=TableEncryptionV2.customer_managed_key(Key(stack, "Key"), {"eu-west-1": key_arn}),
        replicas=[ReplicaTableProps(region="eu-west-1")],
    )
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    replica = table.replica("eu-west-1")
    replica.grant_read_data(role)
    assert replica.encryption_key is not None
    assert replica.encryption_key.key_arn == key_arn
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"][0] == {
        "Action": ["kms:Decrypt", "kms:DescribeKey"],
        "Effect": "Allow",
        "Resource": key_arn,
    }


@pytest.mark.parametrize(
    ("replicas", "witness_region", "message"),
    [
        (
            [],
            None,
            "Test/T: replicas=[] with multi_region_consistency=MultiRegionConsistency.STRONG counts 1 with the "
            "table; it needs exactly 3 (the table and two replicas) without a witness region",
        ),
        (
            ["us-east-2", "us-west-2"],
            "us-west-2",
            "Test/T: replicas=['us-east-2', 'us-west-2'] with multi_region_consistency="
            "MultiRegionConsistency.STRONG counts 3 with the table; it needs exactly 2 (the table and one "
            "replica) with witness_region='us-west-2'",
        ),
        (
            ["eu-west-1"],
            "us-west-2",
            "Test/T: region='eu-west-1' is outside the region set of the stack's region 'us-east-1'; a strongly "
            "consistent table keeps every replica and witness in ['us-east-1', 'us-east-2', 'us-west-2']",
        ),
    ],
)
def test_strongly_consistent_table_checks_its_regions(
    stack: Stack, replicas: list[str], witness_region: str | None, message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        TableV2(
            stack,
            "T",
            partition_key=_attribute("pk"),
            multi_region_consistency=MultiRegionConsistency.STRONG,
            witness_region=witness_region,
            replicas=[ReplicaTableProps(region=region) for region in replicas],
        )
    assert str(error.value) == message


def test_strongly_consistent_table_needs_a_supported_stack_region(app: App) -> None:
    stack = Stack(app, "Test", env=Environment(account="123456789012", region="sa-east-1"))
    with pytest.raises(ValidationError) as error:
        TableV2(
            stack,
            "T",
            partition_key=_attribute("pk"),
            multi_region_consistency=MultiRegionConsistency.STRONG,
        )
    assert str(error.value) == (
        "Test/T: multi_region_consistency=MultiRegionConsistency.STRONG is not available in the stack's region "
        "'sa-east-1'; use one of ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-west-2', "
        "'eu-west-3', 'eu-central-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3']"
    )


def test_aspect_tags_reach_every_replica_before_its_own_tags(stack: Stack, template: Render) -> None:
    table = TableV2(
        stack,
        "T",
        partition_key=_attribute("pk"),
        tags=[CfnTag(key="owner", value="data")],
        replicas=[ReplicaTableProps(region="us-west-2", tags=[CfnTag(key="tier", value="replica")])],
    )
    Tags.of(table).add("tier", "gold")
    Tags.of(stack).add("env", "prod")
    (resource,) = resources_of_type(template(stack), "AWS::DynamoDB::GlobalTable").values()
    assert [replica.get("Tags") for replica in resource["Properties"]["Replicas"]] == [
        [{"Key": "env", "Value": "prod"}, {"Key": "tier", "Value": "replica"}],
        [
            {"Key": "env", "Value": "prod"},
            {"Key": "tier", "Value": "gold"},
            {"Key": "owner", "Value": "data"},
        ],
    ]


def _policy_resources(stack: Stack, template: Render, role_id: str) -> list[Any]:
    policies = resources_of_type(template(stack), "AWS::IAM::Policy")
    (policy,) = (p for p in policies.values() if p["Properties"]["Roles"] == [{"Ref": role_id}])
    return [statement["Resource"] for statement in policy["Properties"]["PolicyDocument"]["Statement"]]


def _replica_arn(region: str, table_id: str, suffix: str = "") -> dict[str, Any]:
    return {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                f":dynamodb:{region}:123456789012:table/",
                {"Ref": table_id},
                *([suffix] if suffix else []),
            ],
        ]
    }


def test_grants_cover_the_replicas_given_at_creation_and_indexes_added_later(
    stack: Stack, template: Render
) -> None:
    table = TableV2(
        stack, "T", partition_key=_attribute("pk"), replicas=[ReplicaTableProps(region="us-west-2")]
    )
    table.add_replica(region="eu-west-1")
    grants = table.grants
    table.add_global_secondary_index(index_name="late", partition_key=_attribute("g"))
    grants.actions(
        Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com")), "dynamodb:GetItem"
    )
    table_arn = {"Fn::GetAtt": ["TD925BC7E", "Arn"]}
    assert _policy_resources(stack, template, "Role1ABCC5F0") == [
        [
            table_arn,
            _replica_arn("us-west-2", "TD925BC7E"),
            {"Fn::Join": ["", [table_arn, "/index/*"]]},
            _replica_arn("us-west-2", "TD925BC7E", "/index/*"),
        ]
    ]


def test_grant_methods_cover_the_table_only(stack: Stack, template: Render) -> None:
    table = TableV2(
        stack, "T", partition_key=_attribute("pk"), replicas=[ReplicaTableProps(region="us-west-2")]
    )
    table.grant(Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com")), "dynamodb:GetItem")
    assert _policy_resources(stack, template, "Role1ABCC5F0") == [{"Fn::GetAtt": ["TD925BC7E", "Arn"]}]


def test_customer_managed_key_of_the_tables_own_replica_works_in_a_stack_without_a_region(
    app: App, template: Render
) -> None:
    # Differs from aws-cdk-lib, which refuses every customer-managed key in a stack without a region.
    agnostic = Stack(app, "Agnostic")
    key = Key(agnostic, "Key")
    TableV2(
        agnostic, "T", partition_key=_attribute("pk"), encryption=TableEncryptionV2.customer_managed_key(key)
    )
    (table,) = resources_of_type(template(agnostic), "AWS::DynamoDB::GlobalTable").values()
    (replica,) = table["Properties"]["Replicas"]
    assert replica["SSESpecification"] == {"KMSMasterKeyId": {"Fn::GetAtt": ["Key961B73FD", "Arn"]}}
