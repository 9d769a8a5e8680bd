"""The DynamoDB item tasks (put_item.py, get_item.py, update_item.py, delete_item.py): their parameters,
the statement on the table, and the JSONata form."""

from __future__ import annotations

import inspect

import pytest

from apigwv2_integrations import Environment, Stack
from apigwv2_integrations import aws_dynamodb as dynamodb
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json

V = tasks.DynamoAttributeValue


def _table(stack: Stack) -> dynamodb.Table:
    return dynamodb.Table(
        stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
    )


def _resource(api: str) -> object:
    return {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, f":states:::dynamodb:{api}"]]}


@pytest.mark.parametrize(
    ("task", "props"),
    [
        (tasks.DynamoPutItem, tasks.DynamoPutItemProps),
        (tasks.DynamoGetItem, tasks.DynamoGetItemProps),
        (tasks.DynamoUpdateItem, tasks.DynamoUpdateItemProps),
        (tasks.DynamoDeleteItem, tasks.DynamoDeleteItemProps),
    ],
)
def test_dynamo_task_keywords_match_their_props(task: type, props: type) -> None:
    keywords = set(inspect.signature(task.__init__).parameters) - {"self", "scope", "id"}  # type: ignore[misc]
    assert keywords == {f.name for f in fields_of(props)}


def test_put_item_renders_every_option(stack: Stack) -> None:
    task = tasks.DynamoPutItem(
        stack,
        "Put",
        table=_table(stack),
        item={"pk": V.from_string(sfn.JsonPath.string_at("$.id")), "n": V.from_number(3)},
        condition_expression="attribute_not_exists(pk)",
        expression_attribute_names={"#n": "n"},
        expression_attribute_values={":v": V.from_boolean(True)},
        return_consumed_capacity=tasks.DynamoConsumedCapacity.TOTAL,
        return_item_collection_metrics=tasks.DynamoItemCollectionMetrics.SIZE,
        return_values=tasks.DynamoReturnValues.ALL_OLD,
    )
    rendered = state_json(stack, task)
    assert rendered["Resource"] == _resource("putItem")
    assert rendered["Parameters"] == {
        "Item": {"pk": {"S.$": "$.id"}, "n": {"N": "3"}},
        "TableName": {"Ref": "TableCD117FA1"},
        "ConditionExpression": "attribute_not_exists(pk)",
        "ExpressionAttributeNames": {"#n": "n"},
        "ExpressionAttributeValues": {":v": {"BOOL": True}},
        "ReturnConsumedCapacity": "TOTAL",
        "ReturnItemCollectionMetrics": "SIZE",
        "ReturnValues": "ALL_OLD",
    }


def test_get_item_reads_eventually_consistent_unless_asked(stack: Stack) -> None:
    table = _table(stack)
    plain = tasks.DynamoGetItem(stack, "Plain", table=table, key={"pk": V.from_string("k")})
    projected = tasks.DynamoGetItem(
        stack,
        "Projected",
        table=table,
        key={"pk": V.from_string("k")},
        consistent_read=True,
        projection_expression=[
            tasks.DynamoProjectionExpression().with_attribute("a").at_index(2).with_attribute("b"),
            tasks.DynamoProjectionExpression().with_attribute("c"),
        ],
        return_consumed_capacity=tasks.DynamoConsumedCapacity.INDEXES,
    )
    assert state_json(stack, plain)["Parameters"] == {
        "Key": {"pk": {"S": "k"}},
        "TableName": {"Ref": "TableCD117FA1"},
        "ConsistentRead": False,
    }
    assert state_json(stack, projected)["Parameters"]["ProjectionExpression"] == "a[2].b,c"
    assert state_json(stack, projected)["Parameters"]["ConsistentRead"] is True


def test_update_and_delete_item(stack: Stack) -> None:
    table = _table(stack)
    update = tasks.DynamoUpdateItem(
        stack,
        "Update",
        table=table,
        key={"pk": V.from_string("k")},
        update_expression="SET #s = :s",
        expression_attribute_names={"#s": "status"},
        expression_attribute_values={":s": V.number_from_string(sfn.JsonPath.string_at("$.s"))},
        return_values=tasks.DynamoReturnValues.UPDATED_NEW,
    )
    delete = tasks.DynamoDeleteItem(stack, "Delete", table=table, key={"pk": V.from_string("k")})
    assert list(state_json(stack, update)["Parameters"]) == [
        "Key",
        "TableName",
        "ExpressionAttributeNames",
        "ExpressionAttributeValues",
        "ReturnValues",
        "UpdateExpression",
    ]
    assert state_json(stack, update)["Parameters"]["ExpressionAttributeValues"] == {":s": {"N.$": "$.s"}}
    assert state_json(stack, delete)["Resource"] == _resource("deleteItem")


def test_dynamo_tasks_are_request_response_whatever_the_pattern(stack: Stack) -> None:
    task = tasks.DynamoGetItem(
        stack,
        "Get",
        table=_table(stack),
        key={"pk": V.from_string("k")},
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    )
    assert state_json(stack, task)["Resource"] == _resource("getItem")


def test_the_role_may_call_the_action_on_the_table_named_in_the_tasks_account(stack: Stack) -> None:
    imported = dynamodb.Table.from_table_name(stack, "Imported", "orders")
    chain = tasks.DynamoGetItem(stack, "Get", table=imported, key={"pk": V.from_string("k")}).next(
        tasks.DynamoPutItem(stack, "Put", table=imported, item={"pk": V.from_string("k")})
    )
    machine(stack, chain)
    arn = {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":dynamodb:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":table/orders",
            ],
        ]
    }
    assert policy_statements(stack) == [
        {"Action": "dynamodb:GetItem", "Effect": "Allow", "Resource": arn},
        {"Action": "dynamodb:PutItem", "Effect": "Allow", "Resource": arn},
    ]


def test_the_table_arn_uses_the_stacks_environment(app: object) -> None:
    stack = Stack(app, "Env", env=Environment(account="123456789012", region="eu-west-1"))  # type: ignore[arg-type]
    machine(
        stack, tasks.DynamoDeleteItem(stack, "Delete", table=_table(stack), key={"pk": V.from_string("k")})
    )
    assert policy_statements(stack)[0]["Resource"] == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":dynamodb:eu-west-1:123456789012:table/",
                {"Ref": "TableCD117FA1"},
            ],
        ]
    }


def test_a_jsonata_get_item_renders_arguments(stack: Stack) -> None:
    task = tasks.DynamoGetItem.jsonata(
        stack, "Get", table=_table(stack), key={"pk": V.from_string("{% $id %}")}
    )
    assert state_json(stack, task)["Arguments"] == {
        "Key": {"pk": {"S": "{% $id %}"}},
        "TableName": {"Ref": "TableCD117FA1"},
        "ConsistentRead": False,
    }
