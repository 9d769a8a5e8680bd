"""More states: JSONata machine, Map with iterator and parameters, Choice.afterwards(include_otherwise), Chain.to_single_state, prefix_states, state_name, Fail with intrinsic paths, input/output paths, assign, retry with jitter and max delay, intrinsic functions; DefinitionBody.from_file, the deprecated definition prop, a given role, and grants on an imported machine (execution ARNs from a split ARN)."""
import os

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "stepfunctions-more")

# A JSONPath machine with many state options.
start = sfn.Pass(
    stack,
    "Start",
    input_path="$.detail",
    output_path="$.out",
    parameters={
        "greeting": sfn.JsonPath.format("Hello {}", sfn.JsonPath.string_at("$.name")),
        "parts": sfn.JsonPath.string_split(sfn.JsonPath.string_at("$.csv"), ","),
        "id": sfn.JsonPath.uuid(),
        "total": sfn.JsonPath.math_add(sfn.JsonPath.number_at("$.a"), 3),
        "nested": {"arr": sfn.JsonPath.array("a", sfn.JsonPath.string_at("$.b")), "plain": [1, 2, {"x": "y"}]},
        "ctx": sfn.JsonPath.entire_context,
        "json": sfn.JsonPath.json_to_string(sfn.JsonPath.object_at("$.obj")),
    },
    assign={"seen": True, "who": sfn.JsonPath.string_at("$.name")},
)
check = sfn.Choice(stack, "Check", state_name="Check it")
big = sfn.Pass(stack, "Big", result=sfn.Result.from_number(42))
small = sfn.Pass(stack, "Small", result=sfn.Result.from_array([1, "two", False]))
check.when(sfn.Condition.number_greater_than_equals_json_path("$.n", "$.limit"), big)
check.when(
    sfn.Condition.or_(sfn.Condition.string_matches("$.s", "ab*"), sfn.Condition.is_null("$.z")),
    small,
    assign={"branch": "small"},
)
after = check.afterwards(include_otherwise=True)

each = sfn.Map(stack, "Each", items_path="$.list", parameters={"v": sfn.JsonPath.string_at("$$.Map.Item.Value")})
each.iterator(sfn.Pass(stack, "Inner", result_path=sfn.JsonPath.DISCARD, parameters={"gone": sfn.JsonPath.DISCARD}))
each.add_retry(errors=["Custom.Error"], jitter_strategy=sfn.JitterType.FULL, max_delay=cdk.Duration.seconds(10))
each.add_catch(sfn.Fail(stack, "MapFailed", error_path="$.Error", cause_path=sfn.JsonPath.format("bad {}", sfn.JsonPath.string_at("$.Cause"))), result_path="$.err")

fragment = sfn.Pass(stack, "StepOne").next(sfn.Pass(stack, "StepTwo"))
single = fragment.to_single_state("AsOne", result_path="$.single", comment="wrapped")
sfn.State.prefix_states(single, "P-")

definition = sfn.Chain.start(start).next(check)
after.next(each).next(single).next(sfn.Succeed(stack, "End", output_path="$.final"))

role = iam.Role(stack, "MachineRole", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
machine = sfn.StateMachine(stack, "Machine", definition=definition, role=role, state_machine_name="many-states")

jsonata = sfn.StateMachine(
    stack,
    "Jsonata",
    query_language=sfn.QueryLanguage.JSONATA,
    definition_body=sfn.DefinitionBody.from_chainable(
        sfn.Pass.jsonata(stack, "J1", outputs={"a": "{% $states.input.a %}"}).next(
            sfn.Wait.jsonata(stack, "J2", time=sfn.WaitTime.seconds("{% $states.input.wait %}"))
        ).next(
            sfn.Choice.jsonata(stack, "J3")
            .when(sfn.Condition.jsonata("{% $states.input.ok %}"), sfn.Succeed(stack, "J4"), outputs={"r": 1})
            .otherwise(sfn.Fail.jsonata(stack, "J5", error="Nope"))
        )
    ),
)

from_file = sfn.StateMachine(
    stack,
    "FromFile",
    definition_body=sfn.DefinitionBody.from_file(os.path.join(os.path.dirname(__file__), "definition.json")),
    state_machine_type=sfn.StateMachineType.EXPRESS,
    logs=sfn.LogOptions(level=sfn.LogLevel.OFF),
    tracing_enabled=False,
)

imported = sfn.StateMachine.from_state_machine_arn(stack, "Imported", "arn:aws:states:eu-west-1:123456789012:stateMachine:other")
by_name = sfn.StateMachine.from_state_machine_name(stack, "ByName", "named")
reader = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
imported.grant_read(reader)
by_name.grant_execution(reader, "states:DescribeExecution")
imported.grant_redrive_execution(reader)
machine.grant_read(reader)
machine.grant_execution(reader, "states:StopExecution", "states:DescribeExecution")

cdk.CfnOutput(stack, "Revision", value=machine.state_machine_revision_id)
cdk.CfnOutput(stack, "FileName", value=from_file.state_machine_name)
app.synth()
