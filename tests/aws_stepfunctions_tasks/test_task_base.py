"""TaskStateBase (aws_stepfunctions/states/task_base.py): the keys every task renders, in aws-cdk-lib's order,
timeouts, credentials, the policies tasks register, metrics, and a task written by a user."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations import aws_dynamodb as dynamodb
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import definition_text, machine, policy_statements, state_json


class EchoTask(sfn.TaskStateBase):
    """A task of a user's own: calls nothing, reports metrics, needs one statement."""

    def __init__(self, scope: Any, id: str, **props: Any) -> None:
        super().__init__(scope, id, **props)
        self._task_metrics = sfn.TaskMetricsConfig(
            metric_prefix_singular="Echo", metric_prefix_plural="Echoes", metric_dimensions={"EchoId": "e-1"}
        )
        self._task_policies = [iam.PolicyStatement(actions=["echo:Call"], resources=["*"])]

    def _render_task(self, top_level_query_language: sfn.QueryLanguage | None = None) -> dict[str, Any]:
        return {
            "Resource": "arn:aws:states:::echo",
            **self._render_parameters_or_arguments(
                {"Value": sfn.JsonPath.string_at("$.v")}, top_level_query_language
            ),
        }


def test_task_state_base_props_have_the_keywords_of_task_state_base() -> None:
    keywords = set(inspect.signature(sfn.TaskStateBase.__init__).parameters) - {"self", "scope", "id"}
    assert keywords == {f.name for f in fields_of(sfn.TaskStateBaseProps)}
    assert {f.name for f in fields_of(sfn.TaskStateJsonPathBaseProps)} == keywords - {"outputs"}
    assert {f.name for f in fields_of(sfn.TaskStateJsonataBaseProps)} == keywords - {
        "input_path",
        "output_path",
        "result_path",
        "result_selector",
    }


def test_a_json_path_task_renders_its_keys_in_aws_cdk_libs_order(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    task = EchoTask(
        stack,
        "Echo",
        comment="c",
        timeout=Duration.seconds(30),
        heartbeat=Duration.seconds(10),
        credentials=sfn.Credentials(role=sfn.TaskRole.from_role(role)),
        input_path="$.in",
        output_path="$.out",
        result_path="$.res",
        result_selector={"a": sfn.JsonPath.string_at("$.b")},
        assign={"v": sfn.JsonPath.string_at("$.v")},
    )
    task.add_catch(sfn.Pass(stack, "Handler"), errors=["E"])
    assert list(state_json(stack, task)) == [
        "End",
        "Catch",
        "Type",
        "Comment",
        "TimeoutSeconds",
        "HeartbeatSeconds",
        "InputPath",
        "OutputPath",
        "ResultPath",
        "ResultSelector",
        "Credentials",
        "Assign",
        "Resource",
        "Parameters",
    ]
    assert state_json(stack, task)["Parameters"] == {"Value.$": "$.v"}
    assert state_json(stack, task)["Assign"] == {"v.$": "$.v"}


def test_a_jsonata_task_puts_its_arguments_where_the_base_placed_them(stack: Stack) -> None:
    task = EchoTask(
        stack,
        "Echo",
        query_language=sfn.QueryLanguage.JSONATA,
        comment="c",
        outputs={"o": 1},
        assign={"v": 1},
    )
    rendered = state_json(stack, task)
    assert list(rendered) == [
        "QueryLanguage",
        "End",
        "Type",
        "Comment",
        "Arguments",
        "Output",
        "Assign",
        "Resource",
    ]
    assert rendered["Arguments"] == {"Value": "$.v"}


def test_a_task_takes_the_query_language_of_its_state_machine(stack: Stack) -> None:
    task = EchoTask(stack, "Echo")
    rendered = state_json(stack, task, sfn.QueryLanguage.JSONATA)
    assert "QueryLanguage" not in rendered
    assert rendered["Arguments"] == {"Value": "$.v"}


def test_timeouts_and_heartbeats_render_seconds_paths_and_jsonata(stack: Stack) -> None:
    fixed = EchoTask(stack, "Fixed", task_timeout=sfn.Timeout.duration(Duration.minutes(2)))
    from_path = EchoTask(
        stack, "FromPath", task_timeout=sfn.Timeout.at("$.t"), heartbeat_timeout=sfn.Timeout.at("$.h")
    )
    computed = EchoTask(
        stack,
        "Computed",
        task_timeout=sfn.Timeout.jsonata("{% $t %}"),
        heartbeat_timeout=sfn.Timeout.duration(Duration.seconds(5)),
    )
    assert state_json(stack, fixed)["TimeoutSeconds"] == 120
    assert (
        state_json(stack, from_path)["TimeoutSecondsPath"],
        state_json(stack, from_path)["HeartbeatSecondsPath"],
    ) == (
        "$.t",
        "$.h",
    )
    assert (
        state_json(stack, computed)["TimeoutSeconds"],
        state_json(stack, computed)["HeartbeatSeconds"],
    ) == (
        "{% $t %}",
        5,
    )


def test_the_deprecated_durations_win_over_a_timeout_but_keep_its_path(stack: Stack) -> None:
    task = EchoTask(
        stack,
        "Echo",
        timeout=Duration.seconds(1),
        task_timeout=sfn.Timeout.duration(Duration.seconds(2)),
        heartbeat=Duration.seconds(3),
        heartbeat_timeout=sfn.Timeout.at("$.h"),
    )
    rendered = state_json(stack, task)
    assert (rendered["TimeoutSeconds"], rendered["HeartbeatSeconds"], rendered["HeartbeatSecondsPath"]) == (
        1,
        3,
        "$.h",
    )
    assert "TimeoutSecondsPath" not in rendered


def test_timeout_values_repr_as_the_call_that_made_them() -> None:
    assert repr(sfn.Timeout.duration(Duration.seconds(3))) == "Timeout.duration(Duration.seconds(3))"
    assert repr(sfn.Timeout.at("$.t")) == "Timeout.at('$.t')"
    assert sfn.Timeout.jsonata("{% 1 %}").jsonata_expression == "{% 1 %}"
    assert sfn.Timeout.at("$.t").seconds is None


def test_a_timeout_duration_must_be_whole_seconds() -> None:
    with pytest.raises(ValidationError) as error:
        sfn.Timeout.duration(Duration.millis(1500))
    assert str(error.value) == (
        "Timeout.duration(Duration.millis(1500)) is not a whole number of seconds; use whole seconds"
    )


def test_credentials_of_a_role_and_of_a_json_path(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    given = EchoTask(stack, "Given", credentials={"role": sfn.TaskRole.from_role(role)})
    read = EchoTask(
        stack, "Read", credentials=sfn.Credentials(role=sfn.TaskRole.from_role_arn_json_path("$.r"))
    )
    assert state_json(stack, given)["Credentials"] == {"RoleArn": {"Fn::GetAtt": ["Role1ABCC5F0", "Arn"]}}
    # The role ARN is read from the input in JSONata states too.
    assert state_json(stack, read, sfn.QueryLanguage.JSONATA)["Credentials"] == {"RoleArn.$": "$.r"}
    machine(stack, given.next(read))
    assert policy_statements(stack) == [
        {"Action": "echo:Call", "Effect": "Allow", "Resource": "*"},
        {"Action": "sts:AssumeRole", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["Role1ABCC5F0", "Arn"]}},
        {"Action": "sts:AssumeRole", "Effect": "Allow", "Resource": "*"},
    ]


def test_task_role_from_a_json_path_must_be_one() -> None:
    with pytest.raises(ValidationError) as error:
        sfn.TaskRole.from_role_arn_json_path("roleArn")
    assert str(error.value) == "expression='roleArn' is not a JSON path; use a path such as '$.roleArn'"


def test_tasks_in_branches_and_item_processors_reach_the_state_machines_role(
    stack: Stack, function: lambda_.Function
) -> None:
    parallel = sfn.Parallel(stack, "Both").branch(
        tasks.LambdaInvoke(stack, "InBranch", lambda_function=function)
    )
    each = sfn.Map(stack, "Each")
    each.item_processor(EchoTask(stack, "InMap"))
    machine(stack, parallel.next(each).next(EchoTask(stack, "Last")))
    # As aws-cdk-lib: the states of the main graph first, then each sub-graph from the last one bound.
    assert [statement["Action"] for statement in policy_statements(stack)] == [
        "echo:Call",
        "lambda:InvokeFunction",
    ]


def test_task_metrics_use_the_prefixes_and_dimensions_of_the_task(stack: Stack) -> None:
    task = EchoTask(stack, "Echo")
    names = {
        name: getattr(task, name)().metric_name
        for name in (
            "metric_run_time",
            "metric_schedule_time",
            "metric_time",
            "metric_scheduled",
            "metric_timed_out",
            "metric_started",
            "metric_succeeded",
            "metric_failed",
            "metric_heartbeat_timed_out",
        )
    }
    assert names == {
        "metric_run_time": "EchoRunTime",
        "metric_schedule_time": "EchoScheduleTime",
        "metric_time": "EchoTime",
        "metric_scheduled": "EchoesScheduled",
        "metric_timed_out": "EchoesTimedOut",
        "metric_started": "EchoesStarted",
        "metric_succeeded": "EchoesSucceeded",
        "metric_failed": "EchoesFailed",
        "metric_heartbeat_timed_out": "EchoesHeartbeatTimedOut",
    }
    failed = task.metric_failed(period=Duration.minutes(1))
    assert (failed.namespace, failed.statistic, failed.dimensions, failed.period) == (
        "AWS/States",
        "Sum",
        {"EchoId": "e-1"},
        Duration.minutes(1),
    )
    assert task.metric_run_time().statistic == "Average"


def test_a_task_without_metrics_offers_only_metric(stack: Stack) -> None:
    task = tasks.DynamoDeleteItem(
        stack,
        "Delete",
        table=_table(stack),
        key={"pk": tasks.DynamoAttributeValue.from_string("k")},
    )
    assert (task.metric("Custom").metric_name, task.metric("Custom").dimensions) == ("Custom", None)
    with pytest.raises(ValidationError) as error:
        task.metric_failed()
    assert str(error.value) == (
        "Test/Delete: metric_failed() is not available: DynamoDeleteItem reports no task metrics; "
        "use metric(metric_name) with the name of a metric of AWS/States"
    )


def test_the_definition_string_is_the_json_aws_cdk_lib_writes(stack: Stack) -> None:
    task = EchoTask(stack, "Echo", result_path=sfn.JsonPath.DISCARD)
    task.add_retry(errors=[sfn.Errors.ALL], max_attempts=1).add_retry(errors=["Custom"], backoff_rate=1.5)
    text = definition_text(stack, machine(stack, task))
    assert text == (
        '{"StartAt":"Echo","States":{"Echo":{"End":true,"Retry":[{"ErrorEquals":["Custom"],"BackoffRate":1.5},'
        '{"ErrorEquals":["States.ALL"],"MaxAttempts":1}],"Type":"Task","ResultPath":null,'
        '"Resource":"arn:aws:states:::echo","Parameters":{"Value.$":"$.v"}}}}'
    )


def test_a_json_path_task_in_a_jsonata_machine_is_refused(stack: Stack) -> None:
    task = EchoTask(stack, "Echo", query_language=sfn.QueryLanguage.JSON_PATH)
    with pytest.raises(ValidationError) as error:
        machine(stack, task, query_language=sfn.QueryLanguage.JSONATA)
    assert str(error.value) == (
        "Test/Echo: query_language=QueryLanguage.JSON_PATH conflicts with the state machine's JSONata; "
        "leave query_language unset or use JSONATA"
    )


def _table(stack: Stack) -> dynamodb.Table:
    return dynamodb.Table(
        stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
    )
