"""StateGraph: the states of one state machine, branch or iterator, and the policies they need."""

from __future__ import annotations

from ..aws_iam import Policy, PolicyStatement
from ..core.arn import ArnFormat
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.tokens.fn import Fn
from .types import QueryLanguage

if TYPE_CHECKING:
    from typing import Any

    from .state_machine import StateMachine
    from .states.state import State


class StateGraph:
    """A graph of states reachable from a start state; sub-graphs report to their super graph."""

    def __init__(self, start_state: State, graph_description: str) -> None:
        self.start_state = start_state
        self.graph_description = graph_description
        self.timeout: Duration | None = None
        self.policy_statements: list[PolicyStatement] = []
        self._all_states: dict[int, State] = {id(start_state): start_state}
        self._all_contained_states: dict[str, StateGraph] = {}
        self._super_graph: StateGraph | None = None
        start_state.bind_to_graph(self)

    def register_state(self, state: State) -> None:
        """Add `state` to the graph (its name must be unique in the whole state machine)."""
        self._register_contained_state(state.state_id, self)
        self._all_states.setdefault(id(state), state)

    def register_policy_statement(self, statement: PolicyStatement) -> None:
        """A statement the state machine's role needs."""
        if self._super_graph is not None:
            self._super_graph.register_policy_statement(statement)
        else:
            self.policy_statements.append(statement)

    def register_super_graph(self, graph: StateGraph) -> None:
        """Make this graph part of `graph`."""
        if self._super_graph is graph:
            return
        if self._super_graph is not None:
            raise ValidationError(
                None,
                f"{self} is already part of another graph; a graph can be registered into one graph only",
            )
        self._super_graph = graph
        for state_id, owner in self._all_contained_states.items():
            graph._register_contained_state(state_id, owner)
        for statement in self.policy_statements:
            graph.register_policy_statement(statement)

    def to_graph_json(self, query_language: QueryLanguage | None = None) -> dict[str, Any]:
        """The graph as States Language: StartAt, States and TimeoutSeconds."""
        states = {s.state_id: s.to_state_json(query_language) for s in self._all_states.values()}
        rendered: dict[str, Any] = {"StartAt": self.start_state.state_id, "States": states}
        if self.timeout is not None:
            rendered["TimeoutSeconds"] = self.timeout.to_seconds()
        return rendered

    def bind(self, state_machine: StateMachine) -> None:
        """Add what the graph's states need to `state_machine`: the policy that lets its DistributedMap
        states start, stop and redrive their child executions."""
        labels = [label for state in self._contained_states() if (label := state._distributed_map_label())]
        if labels:
            _add_distributed_map_policy(state_machine, labels)

    def _contained_states(self) -> list[State]:
        # The states of this graph and of every sub-graph, in the order they were registered.
        return [
            state
            for state_id, graph in self._all_contained_states.items()
            for state in graph._all_states.values()
            if state.state_id == state_id
        ]

    def _register_contained_state(self, state_id: str, graph: StateGraph) -> None:
        if self._super_graph is not None:
            self._super_graph._register_contained_state(state_id, graph)
            return
        existing = self._all_contained_states.get(state_id)
        if existing is not None:
            raise ValidationError(
                None,
                f"state name {state_id!r} is used in both {graph} and {existing}; "
                "every state needs a unique name (state_name or construct id)",
            )
        self._all_contained_states[state_id] = graph

    def __str__(self) -> str:
        names = [s.state_id for s in list(self._all_states.values())[:3]]
        if len(self._all_states) > 3:
            names.append("...")
        return f"{self.graph_description} ({', '.join(names)})"

    def to_string(self) -> str:
        """A description of the graph with its first states."""
        return str(self)


def _add_distributed_map_policy(state_machine: StateMachine, labels: list[str]) -> None:
    # A separate policy, as in aws-cdk-lib: the statements name the state machine itself, which the
    # default policy (a dependency of the state machine) cannot.
    stack = Stack.of(state_machine)
    arn = state_machine.state_machine_arn
    executions = stack.format_arn(
        service="states",
        resource="execution",
        resource_name=f"{Fn.select(6, Fn.split(':', arn))}",
        arn_format=ArnFormat.COLON_RESOURCE_NAME,
    )
    # Redrive is allowed on the labelled child executions, or on all of them when a map has no label.
    redrive_labels = ["*"] if "*" in labels else list(dict.fromkeys(labels))
    Policy(
        state_machine,
        "DistributedMapPolicy",
        roles=[state_machine.role],
        statements=[
            PolicyStatement(actions=["states:StartExecution"], resources=[arn]),
            PolicyStatement(
                actions=["states:DescribeExecution", "states:StopExecution"], resources=[f"{executions}:*"]
            ),
            PolicyStatement(
                actions=["states:RedriveExecution"],
                resources=[f"{executions}/{label}:*" for label in redrive_labels],
            ),
        ],
    )
