"""TableV2 replicas: what each replica's global secondary indexes inherit from the table and its indexes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_dynamodb import (
    Attribute,
    AttributeType,
    Billing,
    Capacity,
    ContributorInsightsMode,
    ContributorInsightsSpecification,
    GlobalSecondaryIndexPropsV2,
    ReplicaGlobalSecondaryIndexOptions,
    ReplicaTableProps,
    TableV2,
)
from apigwv2_integrations.core.errors import SynthesisError
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
