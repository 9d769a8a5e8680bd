"""TableV2 used from another environment: an unnamed global table gets a generated name, which the other
stack reads instead of a reference (the parity case `docex-lambda-global-table-replica` covers the whole
assembly)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_dynamodb import Attribute, AttributeType, ReplicaTableProps, TableV2
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
ACCOUNT = "123456789012"


def _global_table(app: App, name: str | None = None) -> TableV2:
    stack = Stack(app, "TableStack", env=Environment(account=ACCOUNT, region="us-west-2"))
    return TableV2(
        stack,
        "Table",
        partition_key=Attribute(name="pk", type=AttributeType.STRING),
        replicas=[ReplicaTableProps(region="us-east-1")],
        table_name=name,
    )


def _reader_role(app: App) -> Role:
    stack = Stack(app, "ReaderStack", env=Environment(account=ACCOUNT, region="us-east-1"))
    return Role(stack, "Reader", assumed_by=ServicePrincipal("lambda.amazonaws.com"))


def _table_name(template: dict[str, Any]) -> Any:
    (table,) = resources_of_type(template, "AWS::DynamoDB::GlobalTable").values()
    return table["Properties"].get("TableName")


def test_an_unnamed_table_used_by_its_own_environment_stays_unnamed(app: App, template: Render) -> None:
    table = _global_table(app)
    table.grant_read_data(Role(table.stack, "Reader", assumed_by=ServicePrincipal("lambda.amazonaws.com")))

    assert _table_name(template(table.stack)) is None


def test_a_replica_read_from_another_region_names_the_table(app: App, template: Render) -> None:
    table = _global_table(app)
    reader = _reader_role(app)
    table.replica("us-east-1").grant_read_data(reader)

    name = _table_name(template(table.stack))
    assert isinstance(name, str) and name.startswith("tablestack")
    policy = template(reader.stack)["Resources"]
    rendered = str(resources_of_type({"Resources": policy}, "AWS::IAM::Policy"))
    assert f"table/{name}" in rendered


def test_a_named_table_keeps_its_name_across_environments(app: App, template: Render) -> None:
    table = _global_table(app, "orders")
    table.replica("us-east-1").grant_read_data(_reader_role(app))

    assert _table_name(template(table.stack)) == "orders"
