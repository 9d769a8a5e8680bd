"""A StateMachineFragment reused twice (prefixed states, to_single_state), and CustomState JSON states with retries and catches from both add_retry/add_catch and their own JSON."""
import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct


class Approval(sfn.StateMachineFragment):
    def __init__(self, scope: Construct, id: str, *, topic: str) -> None:
        super().__init__(scope, id)
        ask = sfn.Pass(self, "Ask", result=sfn.Result.from_string(topic))
        decide = sfn.Choice(self, "Decide")
        approved = sfn.Succeed(self, "Approved")
        rejected = sfn.Fail(self, "Rejected", error="Rejected")
        ask.next(decide.when(sfn.Condition.boolean_equals("$.ok", True), approved).otherwise(rejected))
        self._start = ask
        self._ends = []

    @property
    def start_state(self) -> sfn.State:
        return self._start

    @property
    def end_states(self):
        return self._ends


app = cdk.App()
stack = cdk.Stack(app, "stepfunctions-fragments")
call = sfn.CustomState(
    stack,
    "CallApi",
    state_json={
        "Type": "Task",
        "Resource": "arn:aws:states:::http:invoke",
        "Parameters": {"ApiEndpoint": "https://example.com", "Method": "GET"},
        "Retry": [{"ErrorEquals": ["States.Http.StatusCode.429"], "MaxAttempts": 5}],
    },
)
call.add_retry(errors=["States.Timeout"], max_attempts=2)
handle = sfn.Pass(stack, "Handle")
call.add_catch(handle, errors=["States.ALL"])
first = Approval(stack, "First", topic="budget").prefix_states()
second = Approval(stack, "Second", topic="legal").to_single_state(result_path="$.second")
definition = sfn.Chain.start(call).next(second).next(first)
sfn.StateMachine(stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(definition))
app.synth()
