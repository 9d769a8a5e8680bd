"""Chainable states (aws_stepfunctions/states/*, chain.py, state_graph.py): rendering and errors."""

from __future__ import annotations

import json
from typing import Any

import pytest

from apigwv2_integrations import App, Aws, Duration, Stack
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.core.errors import SynthesisError, ValidationError


def definition_of(stack: Stack, chainable: sfn.IChainable, **props: Any) -> Any:
    machine = sfn.StateMachine(
        stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(chainable), **props
    )
    rendered = stack.resolve(machine.node.default_child._cfn_properties()["DefinitionString"])  # type: ignore[union-attr]
    return json.loads(rendered) if isinstance(rendered, str) else rendered


def test_pass_renders_parameters_with_json_paths_and_keeps_key_order(stack: Stack) -> None:
    state = sfn.Pass(
        stack,
        "Start",
        comment="c",
        result_path="$.out",
        parameters={"id": sfn.JsonPath.string_at("$.id"), "n": sfn.JsonPath.number_at("$.n"), "fixed": 1},
    )
    text = stack.resolve(
        sfn.StateMachine(
            stack, "M", definition_body=sfn.DefinitionBody.from_chainable(state)
        ).node.default_child._cfn_properties()["DefinitionString"]  # type: ignore[union-attr]
    )
    assert text == (
        '{"StartAt":"Start","States":{"Start":{"Type":"Pass","Comment":"c","ResultPath":"$.out",'
        '"Parameters":{"id.$":"$.id","n.$":"$.n","fixed":1},"End":true}}}'
    )


def test_tokens_in_a_definition_become_a_join(stack: Stack) -> None:
    state = sfn.Pass(stack, "Start", result=sfn.Result.from_string(Aws.REGION))
    machine = sfn.StateMachine(stack, "M", definition_body=sfn.DefinitionBody.from_chainable(state))
    assert stack.resolve(machine.node.default_child._cfn_properties()["DefinitionString"]) == {  # type: ignore[union-attr]
        "Fn::Join": [
            "",
            [
                '{"StartAt":"Start","States":{"Start":{"Type":"Pass","Result":"',
                {"Ref": "AWS::Region"},
                '","End":true}}}',
            ],
        ]
    }


def test_choice_afterwards_continues_every_branch(stack: Stack) -> None:
    done = sfn.Succeed(stack, "Done")
    choice = sfn.Choice(stack, "Pick")
    choice.when(sfn.Condition.string_equals("$.a", "x"), sfn.Pass(stack, "A"))
    choice.otherwise(sfn.Pass(stack, "B"))
    definition = definition_of(stack, choice.afterwards().next(done))
    assert definition["States"]["Pick"] == {
        "Type": "Choice",
        "Choices": [{"Variable": "$.a", "StringEquals": "x", "Next": "A"}],
        "Default": "B",
    }
    assert definition["States"]["A"] == {"Type": "Pass", "Next": "Done"}
    assert definition["States"]["B"] == {"Type": "Pass", "Next": "Done"}


def test_retries_for_all_errors_go_last(stack: Stack) -> None:
    parallel = sfn.Parallel(stack, "Both").branch(sfn.Pass(stack, "One"))
    parallel.add_retry(max_attempts=1)
    parallel.add_retry(errors=["Custom"], interval=Duration.seconds(3), max_delay=Duration.minutes(1))
    definition = definition_of(stack, parallel)
    assert definition["States"]["Both"]["Retry"] == [
        {"ErrorEquals": ["Custom"], "IntervalSeconds": 3, "MaxDelaySeconds": 60},
        {"ErrorEquals": ["States.ALL"], "MaxAttempts": 1},
    ]


def test_prefix_states_renames_every_state_below(stack: Stack) -> None:
    chain = sfn.Pass(stack, "One").next(sfn.Pass(stack, "Two"))
    single = chain.to_single_state("Wrapped")
    sfn.State.prefix_states(single, "X-")
    definition = definition_of(stack, single)
    assert definition["StartAt"] == "X-Wrapped"
    # Only constructs below the root are renamed: the branch's states are not its children.
    assert definition["States"]["X-Wrapped"]["Branches"][0]["StartAt"] == "One"


def test_a_state_has_one_next_state(stack: Stack) -> None:
    state = sfn.Pass(stack, "Start")
    state.next(sfn.Pass(stack, "A"))
    with pytest.raises(ValidationError) as error:
        state.next(sfn.Pass(stack, "B"))
    assert str(error.value) == (
        "Test/Start: state 'Start' already has a next state; a state continues with one state only"
    )


def test_a_choice_has_one_default(stack: Stack) -> None:
    choice = sfn.Choice(stack, "Pick").otherwise(sfn.Pass(stack, "A"))
    with pytest.raises(ValidationError) as error:
        choice.otherwise(sfn.Pass(stack, "B"))
    assert (
        str(error.value) == "Test/Pick: choice 'Pick' already has a default next state; call otherwise() once"
    )


def test_include_otherwise_needs_a_choice_without_otherwise(stack: Stack) -> None:
    choice = sfn.Choice(stack, "Pick").otherwise(sfn.Pass(stack, "A"))
    with pytest.raises(ValidationError) as error:
        choice.afterwards(include_otherwise=True)
    assert str(error.value) == (
        "Test/Pick: include_otherwise=True but choice 'Pick' already has an otherwise() transition; "
        "leave include_otherwise unset"
    )


def test_a_chain_ending_in_a_final_state_cannot_continue(stack: Stack) -> None:
    chain = sfn.Chain.start(sfn.Succeed(stack, "Done"))
    with pytest.raises(ValidationError) as error:
        chain.next(sfn.Pass(stack, "After"))
    assert str(error.value) == "cannot continue the chain: its last state (Done) does not allow a next state"


def test_state_names_must_be_unique(stack: Stack) -> None:
    chain = sfn.Pass(stack, "A", state_name="Same").next(sfn.Pass(stack, "B", state_name="Same"))
    with pytest.raises(ValidationError) as error:
        sfn.StateMachine(stack, "M", definition_body=sfn.DefinitionBody.from_chainable(chain))
    assert str(error.value) == (
        "state name 'Same' is used in both State Machine definition (Same) and State Machine definition (Same); "
        "every state needs a unique name (state_name or construct id)"
    )


def test_a_state_belongs_to_one_graph(stack: Stack) -> None:
    shared = sfn.Pass(stack, "Shared")
    sfn.StateMachine(stack, "First", definition_body=sfn.DefinitionBody.from_chainable(shared))
    with pytest.raises(ValidationError) as error:
        sfn.StateMachine(stack, "Second", definition_body=sfn.DefinitionBody.from_chainable(shared))
    assert str(error.value) == (
        "Test/Shared: state 'Shared' is used in State Machine definition (Shared) but is already in "
        "State Machine definition (Shared); a state can be in one graph only, so create another state"
    )


def test_all_errors_must_appear_alone(stack: Stack) -> None:
    parallel = sfn.Parallel(stack, "P")
    with pytest.raises(ValidationError) as error:
        parallel.add_retry(errors=["States.ALL", "Custom"])
    assert str(error.value) == (
        "errors=['States.ALL', 'Custom'] lists States.ALL with other errors; States.ALL must appear alone"
    )


def test_json_paths_start_with_a_dollar(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        definition_of(stack, sfn.Pass(stack, "Start", input_path="detail"))
    assert str(error.value) == (
        "Test/Start: input_path='detail' is not a JSON path: it does not start with '$'; use a path such as "
        "'$.detail'"
    )


def test_json_path_values_are_checked() -> None:
    with pytest.raises(ValidationError) as error:
        sfn.JsonPath.string_at("name")
    assert str(error.value).startswith("path='name' is not a JSON path; use '$', '$$', a path starting with")


def test_json_paths_cannot_be_concatenated(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        definition_of(
            stack, sfn.Pass(stack, "Start", parameters={"x": "id-" + sfn.JsonPath.string_at("$.id")})
        )
    assert str(error.value).startswith(
        "a JSON path must be the entire string, it cannot be concatenated with other text (found 'id-"
    )


def test_conditions_check_their_variable() -> None:
    with pytest.raises(ValidationError) as error:
        sfn.Condition.string_equals("a", "b")
    assert str(error.value) == (
        "variable='a' is not a variable reference; use '$', or a path starting with '$.' or '$['"
    )


def test_compound_conditions_need_a_condition() -> None:
    with pytest.raises(ValidationError) as error:
        sfn.Condition.and_()
    assert str(error.value) == "Condition.and_() needs at least one condition"


def test_jsonata_conditions_are_wrapped() -> None:
    with pytest.raises(ValidationError) as error:
        sfn.Condition.jsonata("$x")
    assert str(error.value) == "condition='$x' is not a JSONata expression; write it as '{% ... %}'"


def test_retry_and_catch_arguments_are_checked_on_every_state_that_has_them(stack: Stack) -> None:
    handler = sfn.Pass(stack, "Handler")
    with pytest.raises(TypeError) as on_map:
        sfn.Map(stack, "Map").add_catch(handler, errors=5)  # type: ignore[arg-type]
    assert str(on_map.value) == "Test/Map.add_catch: errors=5 is an int; use a list of str"
    with pytest.raises(TypeError) as on_parallel:
        sfn.Parallel(stack, "Parallel").add_retry(max_attempts="3")  # type: ignore[arg-type]
    assert str(on_parallel.value) == "Test/Parallel.add_retry: max_attempts='3' is a str; use a number"
    with pytest.raises(TypeError) as on_custom:
        sfn.CustomState(stack, "Custom", state_json={}).add_retry(interval=3)  # type: ignore[arg-type]
    assert str(on_custom.value) == (
        "Test/Custom.add_retry: interval=3 is an int; use a Duration, e.g. Duration.seconds(3)"
    )


def test_retry_durations_must_be_whole_seconds(stack: Stack) -> None:
    parallel = sfn.Parallel(stack, "Parallel").branch(sfn.Pass(stack, "Inner"))
    parallel.add_retry(interval=Duration.millis(500))
    with pytest.raises(ValidationError) as error:
        sfn.StateMachine(stack, "M", definition_body=sfn.DefinitionBody.from_chainable(parallel))
    assert str(error.value) == (
        "Test/Parallel: add_retry(): interval=Duration.millis(500) is not a whole number of seconds; "
        "use whole seconds"
    )


def test_a_wait_duration_must_be_whole_seconds() -> None:
    with pytest.raises(ValidationError) as error:
        sfn.WaitTime.duration(Duration.millis(1500))
    assert str(error.value) == (
        "WaitTime.duration(Duration.millis(1500)) is not a whole number of seconds; use whole seconds"
    )


def test_wait_needs_a_wait_time(stack: Stack) -> None:
    with pytest.raises(TypeError) as error:
        sfn.Wait(stack, "Wait", time=30)  # type: ignore[arg-type]
    assert str(error.value) == "Test/Wait: time=30 is an int; use a WaitTime"


def test_state_problems_are_reported_at_synth(app: App, stack: Stack) -> None:
    fail = sfn.Fail(stack, "Fail", error="E", error_path="$.e")
    parallel = sfn.Parallel(stack, "Empty")
    each = sfn.Map(stack, "Each", max_concurrency=1.5)
    sfn.StateMachine(
        stack, "M", definition_body=sfn.DefinitionBody.from_chainable(parallel.next(each).next(fail))
    )
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 4 validation errors:\n"
        "  Test/Fail: error='E' and error_path='$.e' are both set; set only one\n"
        "  Test/Empty: a Parallel state needs at least one branch; call branch(...)\n"
        "  Test/Each: max_concurrency=1.5 is not a positive integer; use a whole number >= 0\n"
        "  Test/Each: a Map state needs an item processor; call item_processor(...)"
    )


def build_order_flow(stack: Stack) -> sfn.StateMachine:
    from apigwv2_integrations import aws_iam as iam
    from apigwv2_integrations import aws_logs as logs

    check = sfn.Choice(stack, "Check")
    wait = sfn.Wait(stack, "Wait", time=sfn.WaitTime.seconds_path("$.delay"))
    fan_out = sfn.Parallel(stack, "FanOut", result_path="$.results")
    fan_out.branch(sfn.Pass(stack, "Left"), sfn.Pass(stack, "Right"))
    fan_out.add_catch(sfn.Fail(stack, "Failed", error="Broken"), result_path="$.error")
    each = sfn.Map(stack, "Each", items_path="$.items", max_concurrency=2)
    each.item_processor(sfn.Pass(stack, "Item"))
    check.when(sfn.Condition.is_present("$.delay"), wait).otherwise(fan_out)
    definition = check.afterwards().next(each).next(sfn.Succeed(stack, "Done"))
    machine = sfn.StateMachine(
        stack,
        "OrderFlow",
        definition_body=sfn.DefinitionBody.from_chainable(definition),
        timeout=Duration.minutes(10),
        tracing_enabled=True,
        logs=sfn.LogOptions(destination=logs.LogGroup(stack, "Logs"), level=sfn.LogLevel.ERROR),
    )
    reader = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
    machine.grant_read(reader)
    machine.grant_start_execution(reader)
    return machine


def test_state_machine_template(stack: Stack, template: Any, snapshot_json: Any) -> None:
    from tests.cfn_lint import assert_cfn_lint_clean

    build_order_flow(stack)
    rendered = template(stack)
    assert rendered == snapshot_json
    assert_cfn_lint_clean(rendered)


def test_definition_and_definition_body_exclude_each_other(stack: Stack) -> None:
    state = sfn.Pass(stack, "Start")
    with pytest.raises(ValidationError) as error:
        sfn.StateMachine(stack, "M", definition=state, definition_body=sfn.DefinitionBody.from_string("{}"))
    assert (
        str(error.value) == "Test/M: definition and definition_body are both set; pass only definition_body"
    )


def test_logs_need_a_destination(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        sfn.StateMachine(
            stack,
            "M",
            definition_body=sfn.DefinitionBody.from_string("{}"),
            logs=sfn.LogOptions(level=sfn.LogLevel.ALL),
        )
    assert str(error.value) == (
        "Test/M: logs=LogOptions(destination=None, include_execution_data=None, level=<LogLevel.ALL: 'ALL'>) "
        "has no destination; pass destination=<log group> or level=LogLevel.OFF"
    )


def test_execution_grants_of_an_imported_machine_split_its_arn(stack: Stack, template: Any) -> None:
    from apigwv2_integrations import Fn
    from apigwv2_integrations import aws_iam as iam

    machine = sfn.StateMachine.from_state_machine_arn(stack, "Imported", Fn.import_value("MachineArn"))
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    machine.grant_execution(role, "states:StopExecution")
    statement = template(stack)["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"][
        "Statement"
    ][0]
    assert statement["Resource"] == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":states:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":execution:",
                {"Fn::Select": [6, {"Fn::Split": [":", {"Fn::ImportValue": "MachineArn"}]}]},
                ":*",
            ],
        ]
    }


def test_state_machine_metrics(stack: Stack) -> None:
    machine = sfn.StateMachine(stack, "M", definition_body=sfn.DefinitionBody.from_string("{}"))
    metric = machine.metric_failed()
    assert (metric.namespace, metric.metric_name) == ("AWS/States", "ExecutionsFailed")
    assert stack.resolve(metric.dimensions_map) == {"StateMachineArn": {"Ref": "M38C90C7F"}}


def test_data_key_reuse_period_is_bounded(stack: Stack) -> None:
    from apigwv2_integrations import aws_kms as kms

    key = kms.Key(stack, "Key")
    with pytest.raises(ValidationError) as error:
        sfn.CustomerManagedEncryptionConfiguration(key, Duration.seconds(30))
    assert str(error.value) == (
        "kms_data_key_reuse_period_seconds=Duration.seconds(30) is out of range; use 60 to 900 seconds"
    )


def test_custom_state_json_gets_next_and_retries(stack: Stack) -> None:
    custom = sfn.CustomState(
        stack, "Custom", state_json={"Type": "Task", "Resource": "arn:x", "Retry": [{"ErrorEquals": ["A"]}]}
    )
    custom.add_retry(errors=["B"])
    definition = definition_of(stack, custom.next(sfn.Succeed(stack, "Done")))
    assert definition["States"]["Custom"] == {
        "Next": "Done",
        "Type": "Task",
        "Resource": "arn:x",
        "Retry": [{"ErrorEquals": ["B"]}, {"ErrorEquals": ["A"]}],
    }


def test_custom_state_warns_of_retries_and_catches_from_both_sources(stack: Stack) -> None:
    custom = sfn.CustomState(
        stack,
        "Custom",
        state_json={"Type": "Task", "Resource": "arn:x", "Retry": [{"ErrorEquals": ["A"]}], "Catch": []},
    )
    custom.add_retry(errors=["B"])
    custom.add_catch(sfn.Fail(stack, "Failed"), errors=["C"])
    definition_of(stack, custom)
    Annotations.from_stack(stack).has_warning(
        "/Test/Custom",
        "CustomState constructs can configure state retries using the stateJson property or by using the "
        "addRetry() function.\nWhen retries are configured using both of these, the state definition's Retry "
        "field is generated \nby first rendering retries from addRetry(), then rendering retries from the "
        "stateJson. [ack: @aws-cdk/aws-stepfunctions:multipleRetrySources]",
    )
    # An empty Catch list in state_json is not a second source.
    Annotations.from_stack(stack).has_no_warning("/Test/Custom", Match.string_like_regexp("catchers"))


def test_custom_state_warns_of_catches_from_both_sources(stack: Stack) -> None:
    custom = sfn.CustomState(
        stack,
        "Custom",
        state_json={"Type": "Task", "Resource": "arn:x", "Catch": [{"ErrorEquals": ["A"], "Next": "F"}]},
    )
    custom.add_catch(sfn.Fail(stack, "Failed"), errors=["C"])
    definition_of(stack, custom)
    Annotations.from_stack(stack).has_warning(
        "/Test/Custom",
        "CustomState constructs can configure state catchers using the stateJson property or by using the "
        "addCatch() function.\nWhen catchers are configured using both of these, the state definition's Catch "
        "field is generated \nby first rendering catchers from addCatch(), then rendering catchers from the "
        "stateJson. [ack: @aws-cdk/aws-stepfunctions:multipleCatchSources]",
    )


def test_definition_file_must_exist(tmp_path: Any, stack: Stack) -> None:
    missing = str(tmp_path / "missing.json")
    with pytest.raises(ValidationError) as error:
        sfn.StateMachine(stack, "M", definition_body=sfn.DefinitionBody.from_file(missing))
    assert str(error.value) == (
        f"Test/M/DefinitionBody: path={missing!r} is not a file; pass the path of a JSON or YAML file"
    )
