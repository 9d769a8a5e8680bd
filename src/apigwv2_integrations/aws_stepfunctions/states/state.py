"""State: the base of every state; transitions, retries, catches, and rendering to States Language."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from ...core.construct import Construct
from ...core.converters import optional_dict
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, evolve, field, lazy_frozen
from ...core.tokens.token import Token
from .._json_path import render_object
from ..condition import Condition
from ..types import (
    CatchProps,
    ChoiceTransitionOptions,
    Errors,
    FindStateOptions,
    INextable,
    ProcessorConfig,
    ProcessorMode,
    QueryLanguage,
    RetryProps,
)

if TYPE_CHECKING:
    from typing import Any

    from ..state_graph import StateGraph


def compact(values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` without the keys whose value is None (as JSON leaves out `undefined`)."""
    return {k: v for k, v in values.items() if v is not None}


def render_json_path(path: str | None, state: Construct | None = None, name: str = "path") -> str | None:
    """A JSON path property (`name` of `state`), checked to start with `$`."""
    if path is None:
        return None
    if not Token.is_unresolved(path) and not path.startswith("$"):
        example = "$." + path.lstrip(".") if path.strip(".") else "$.field"
        raise ValidationError(
            state,
            f"{name}={path!r} is not a JSON path: it does not start with '$'; use a path such as {example!r}",
        )
    return path


def actual_query_language(top_level: QueryLanguage | None, own: QueryLanguage | None) -> QueryLanguage:
    """The query language a state uses: its own, else the state machine's, else JSONPath."""
    return own or top_level or QueryLanguage.JSON_PATH


def _check_errors(errors: Sequence[str] | None) -> None:
    if errors is not None and Errors.ALL in errors and len(errors) > 1:
        raise ValidationError(
            None,
            f"errors={list(errors)!r} lists {Errors.ALL} with other errors; {Errors.ALL} must appear alone",
        )


def _errors_or_all(errors: Sequence[str] | None) -> Sequence[str]:
    # Only an unset list means every error; an empty list is rendered empty, as aws-cdk-lib renders it.
    return (Errors.ALL,) if errors is None else errors


def _seconds(scope: Construct | None, name: str, duration: Duration | None) -> float | None:
    """`duration` in whole seconds; a clear error names the state and the option otherwise."""
    if duration is None:
        return None
    if not duration.is_unresolved() and not float(duration.to_seconds(integral=False)).is_integer():
        raise ValidationError(
            scope, f"add_retry(): {name}={duration!r} is not a whole number of seconds; use whole seconds"
        )
    return duration.to_seconds()


def _error_order(a: Sequence[str] | None, b: Sequence[str] | None) -> int:
    # Handlers for States.ALL go last, as the States Language requires; the rest keep their order.
    if a is not None and Errors.ALL in a:
        return 1
    if b is not None and Errors.ALL in b:
        return -1
    return 0


def _retry_order(a: RetryProps, b: RetryProps) -> int:
    return _error_order(a.errors, b.errors)


def _catch_order(a: _Catch, b: _Catch) -> int:
    return _error_order(a.props.errors, b.props.errors)


class _Choice:
    def __init__(self, condition: Condition, next_state: State, options: ChoiceTransitionOptions) -> None:
        self.condition = condition
        self.next = next_state
        self.options = options


class _Catch:
    def __init__(self, handler: State, props: CatchProps) -> None:
        self.next = handler
        self.props = props


@lazy_frozen(kw_only=True)
class StateBaseProps(metaclass=LazyAttrsMeta):
    """What every state may have: a comment, a query language and a name."""

    comment: str | None = None
    """A comment on the state. Default: none."""
    query_language: QueryLanguage | None = None
    """The state's query language. Default: the state machine's (JSONPath)."""
    state_name: str | None = None
    """The state's name in the definition. Default: the construct id."""


@lazy_frozen(kw_only=True)
class AssignableStateOptions(metaclass=LazyAttrsMeta):
    """The workflow variables a state sets."""

    assign: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """Workflow variables to set. Default: none."""


@lazy_frozen(kw_only=True)
class JsonPathCommonOptions(metaclass=LazyAttrsMeta):
    """The input and output filters of a JSONPath state."""

    input_path: str | None = None
    """The part of the input the state sees. Default: `$` (all of it)."""
    output_path: str | None = None
    """The part of the output passed on. Default: `$` (all of it)."""


@lazy_frozen(kw_only=True)
class JsonataCommonOptions(metaclass=LazyAttrsMeta):
    """The output of a JSONata state."""

    outputs: Any = None
    """The JSONata output. Default: the state's result."""


def _to_arguments(value: Any) -> Any:
    # A mapping is kept as a dict; a JSONata expression string stays as it is.
    return dict(value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class JsonataStateOptions(JsonataCommonOptions, metaclass=LazyAttrsMeta):
    """The output and arguments of a JSONata state."""

    arguments: Any = field(default=None, converter=_to_arguments)
    """The JSONata arguments (an object or an expression). Default: none."""


@lazy_frozen(kw_only=True)
class JsonPathStateProps(
    StateBaseProps, JsonPathCommonOptions, AssignableStateOptions, metaclass=LazyAttrsMeta
):
    """Properties of a state that uses JSONPath."""

    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The state's input, built from JSON paths. Default: the input as is."""
    result_path: str | None = None
    """Where the result goes in the input. Default: `$` (replaces it)."""
    result_selector: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The result, built from JSON paths. Default: the result as is."""


@lazy_frozen(kw_only=True)
class JsonataStateProps(StateBaseProps, JsonataStateOptions, AssignableStateOptions, metaclass=LazyAttrsMeta):
    """Properties of a state that uses JSONata."""


@lazy_frozen(kw_only=True)
class StateProps(
    StateBaseProps,
    JsonPathCommonOptions,
    JsonataStateOptions,
    AssignableStateOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties every state may have, in either query language."""

    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The state's input, built from JSON paths. Default: the input as is."""
    result_path: str | None = None
    """Where the result goes in the input. Default: `$` (replaces it)."""
    result_selector: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The result, built from JSON paths. Default: the result as is."""


_STATE_FIELDS = (
    "comment",
    "query_language",
    "state_name",
    "input_path",
    "output_path",
    "outputs",
    "arguments",
    "assign",
    "parameters",
    "result_path",
    "result_selector",
)


def state_options(props: Any) -> dict[str, Any]:
    """The StateProps fields a state's props struct has, as keyword arguments of State."""
    return {name: getattr(props, name) for name in _STATE_FIELDS if hasattr(props, name)}


class _StateValidation:
    def __init__(self, state: State) -> None:
        self._state = state

    def validate(self) -> list[str]:
        return self._state._validate_state()


class State(Construct):
    """A state of a state machine; subclasses are the concrete state types."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        arguments: Mapping[str, Any] | None = None,
        assign: Mapping[str, Any] | None = None,
        comment: str | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
        parameters: Mapping[str, Any] | None = None,
        query_language: QueryLanguage | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        state_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = StateProps(
            arguments=arguments,
            assign=assign,
            comment=comment,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
            parameters=parameters,
            query_language=query_language,
            result_path=result_path,
            result_selector=result_selector,
            state_name=state_name,
        )
        self.arguments = props.arguments
        self.assign = props.assign
        self.comment = props.comment
        self.input_path = props.input_path
        self.output_path = props.output_path
        self.outputs = props.outputs
        self.parameters = props.parameters
        self.query_language = props.query_language
        self.result_path = props.result_path
        self.result_selector = props.result_selector
        self.state_name = props.state_name
        self.branches: list[StateGraph] = []
        self.iteration: StateGraph | None = None
        self.processor: StateGraph | None = None
        self.processor_config: ProcessorConfig | None = None
        self.processor_mode = ProcessorMode.INLINE
        self.default_choice: State | None = None
        self._next: State | None = None
        self._retries: list[RetryProps] = []
        self._catches: list[_Catch] = []
        self._choices: list[_Choice] = []
        self._prefixes: list[str] = []
        self._containing_graph: StateGraph | None = None
        self._incoming_states: list[State] = []
        self.node.add_validation(_StateValidation(self))

    # --- identity -------------------------------------------------------------------------------

    @property
    def id(self) -> str:
        """The construct id of the state."""
        return self.node.id

    @property
    def state_id(self) -> str:
        """The state's name in the definition: its prefixes and its state_name (or construct id)."""
        return "".join([*self._prefixes, self.state_name or self.node.id])

    @property
    def start_state(self) -> State:
        """The state itself."""
        return self

    @property
    def end_states(self) -> list[INextable]:
        """The states a `next` call continues from."""
        raise NotImplementedError(f"{type(self).__name__} must list its end states")

    def add_prefix(self, x: str) -> None:
        """Put `x` in front of the state's name."""
        if x != "":
            self._prefixes.insert(0, x)

    # --- graph traversal ------------------------------------------------------------------------

    @staticmethod
    def prefix_states(root: Construct, prefix: str) -> None:
        """Put `prefix` in front of the name of every state under `root`."""
        queue: list[Construct] = [root]
        while queue:
            element = queue.pop(0)
            if isinstance(element, State):
                element.add_prefix(prefix)
            queue.extend(element.node.children)

    @staticmethod
    def find_reachable_states(start: State, *, include_error_handlers: bool | None = None) -> list[State]:
        """Every state reachable from `start`."""
        return State._walk(start, FindStateOptions(include_error_handlers=include_error_handlers), ends=False)

    @staticmethod
    def find_reachable_end_states(start: State, *, include_error_handlers: bool | None = None) -> list[State]:
        """The reachable states with no outgoing transition."""
        return State._walk(start, FindStateOptions(include_error_handlers=include_error_handlers), ends=True)

    @staticmethod
    def _walk(start: State, options: FindStateOptions, *, ends: bool) -> list[State]:
        visited: set[int] = set()
        found: dict[int, State] = {}
        queue = [start]
        while queue:
            state = queue.pop(0)
            if id(state) in visited:
                continue
            visited.add(id(state))
            outgoing = state._outgoing_transitions(options)
            queue.extend(outgoing)
            if not ends or not outgoing:
                found.setdefault(id(state), state)
        return list(found.values())

    @staticmethod
    def filter_nextables(states: Sequence[State]) -> list[INextable]:
        """The states that can be continued with `next`."""
        return [s for s in states if isinstance(s, INextable)]

    def _outgoing_transitions(self, options: FindStateOptions) -> list[State]:
        result: list[State] = []
        if self._next is not None:
            result.append(self._next)
        if self.default_choice is not None:
            result.append(self.default_choice)
        result.extend(c.next for c in self._choices)
        if options.include_error_handlers:
            result.extend(c.next for c in self._catches)
        return result

    # --- wiring ---------------------------------------------------------------------------------

    def bind_to_graph(self, graph: StateGraph) -> None:
        """Make the state (and everything it reaches) part of `graph`."""
        if self._containing_graph is graph:
            return
        if self._containing_graph is not None:
            raise ValidationError(
                self,
                f"state {self.state_id!r} is used in {graph} but is already in {self._containing_graph}; "
                "a state can be in one graph only, so create another state",
            )
        self._containing_graph = graph
        self._when_bound_to_graph(graph)
        for incoming in self._incoming_states:
            incoming.bind_to_graph(graph)
        for outgoing in self._outgoing_transitions(FindStateOptions(include_error_handlers=True)):
            outgoing.bind_to_graph(graph)
        for branch in self.branches:
            branch.register_super_graph(graph)
        if self.iteration is not None:
            self.iteration.register_super_graph(graph)
        if self.processor is not None:
            self.processor.register_super_graph(graph)

    def _when_bound_to_graph(self, graph: StateGraph) -> None:
        graph.register_state(self)

    def _distributed_map_label(self) -> str | None:
        """For a DistributedMap, the label of its child executions (`*` when it has none); else None."""
        return None

    def _add_incoming(self, source: State) -> None:
        self._incoming_states.append(source)

    def _add_retry(self, props: RetryProps) -> None:
        _check_errors(props.errors)
        self._retries.append(evolve(props, errors=_errors_or_all(props.errors)))

    def _add_catch(self, handler: State, props: CatchProps) -> None:
        _check_errors(props.errors)
        self._catches.append(_Catch(handler, evolve(props, errors=_errors_or_all(props.errors))))
        handler._add_incoming(self)
        if self._containing_graph is not None:
            handler.bind_to_graph(self._containing_graph)

    def _make_next(self, next_state: State) -> None:
        if self._next is not None:
            raise ValidationError(
                self,
                f"state {self.node.id!r} already has a next state; a state continues with one state only",
            )
        self._next = next_state
        next_state._add_incoming(self)
        if self._containing_graph is not None:
            next_state.bind_to_graph(self._containing_graph)

    def _add_choice(self, condition: Condition, next_state: State, options: ChoiceTransitionOptions) -> None:
        self._choices.append(_Choice(condition, next_state, options))
        next_state.start_state._add_incoming(self)
        if self._containing_graph is not None:
            next_state.start_state.bind_to_graph(self._containing_graph)

    def _add_branch(self, branch: StateGraph) -> None:
        self.branches.append(branch)
        if self._containing_graph is not None:
            branch.register_super_graph(self._containing_graph)

    def _add_iterator(self, iteration: StateGraph) -> None:
        self.iteration = iteration
        if self._containing_graph is not None:
            iteration.register_super_graph(self._containing_graph)

    def _add_item_processor(self, processor: StateGraph, config: ProcessorConfig) -> None:
        self.processor = processor
        self.processor_config = config
        if self._containing_graph is not None:
            processor.register_super_graph(self._containing_graph)

    def _make_default(self, default: State) -> None:
        if self.default_choice is not None:
            raise ValidationError(
                self, f"choice {self.node.id!r} already has a default next state; call otherwise() once"
            )
        self.default_choice = default

    # --- rendering ------------------------------------------------------------------------------

    def to_state_json(self, query_language: QueryLanguage | None = None) -> dict[str, Any]:
        """The state as States Language (keys without a value left out)."""
        return compact(self._render_state(query_language))

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        # Keys in aws-cdk-lib's order; a key set to None keeps its place when a later part sets it.
        raise NotImplementedError(f"{type(self).__name__} must render itself")

    def _validate_state(self) -> list[str]:
        return []

    def _render_next_end(self) -> dict[str, Any]:
        return {"Next": self._next.state_id} if self._next is not None else {"End": True}

    def _render_choices(self, top_level: QueryLanguage | None) -> dict[str, Any]:
        language = actual_query_language(top_level, self.query_language)
        choices = [self._render_choice(c, language) for c in self._choices] or None
        return {
            "Choices": choices,
            "Default": self.default_choice.state_id if self.default_choice is not None else None,
        }

    @staticmethod
    def _render_choice(choice: _Choice, language: QueryLanguage) -> dict[str, Any]:
        options = choice.options
        rendered: dict[str, Any] = dict(choice.condition.render_condition())
        if language is QueryLanguage.JSONATA:
            rendered.update({"Output": options.outputs, "Assign": options.assign})
        else:
            rendered["Assign"] = render_object(options.assign)
        rendered.update({"Next": choice.next.state_id, "Comment": options.comment})
        return compact(rendered)

    def _render_input_output(self) -> dict[str, Any]:
        return {
            "InputPath": render_json_path(self.input_path, self, "input_path"),
            "Parameters": self.parameters,
            "OutputPath": render_json_path(self.output_path, self, "output_path"),
            "Arguments": self.arguments,
            "Output": self.outputs,
        }

    def _render_branches(self) -> dict[str, Any]:
        return {"Branches": [b.to_graph_json() for b in self.branches]}

    def _render_iterator(self) -> dict[str, Any]:
        return {"Iterator": self.iteration.to_graph_json()} if self.iteration is not None else {}

    def _render_retry_catch(self, top_level: QueryLanguage | None) -> dict[str, Any]:
        language = actual_query_language(top_level, self.query_language)
        retries = sorted(self._retries, key=functools.cmp_to_key(_retry_order))
        catches = sorted(self._catches, key=functools.cmp_to_key(_catch_order))
        return {
            "Retry": [self._render_retry(r, self) for r in retries] or None,
            "Catch": [self._render_catch(c, language) for c in catches] or None,
        }

    @staticmethod
    def _render_retry(retry: RetryProps, scope: Construct | None = None) -> dict[str, Any]:
        return compact(
            {
                "ErrorEquals": list(_errors_or_all(retry.errors)),
                "IntervalSeconds": _seconds(scope, "interval", retry.interval),
                "MaxAttempts": retry.max_attempts,
                "BackoffRate": retry.backoff_rate,
                "MaxDelaySeconds": _seconds(scope, "max_delay", retry.max_delay),
                "JitterStrategy": retry.jitter_strategy.value if retry.jitter_strategy else None,
            }
        )

    @staticmethod
    def _render_catch(catch: _Catch, language: QueryLanguage) -> dict[str, Any]:
        props = catch.props
        rendered: dict[str, Any] = (
            {"Output": props.outputs, "Assign": props.assign}
            if language is QueryLanguage.JSONATA
            else {"Assign": render_object(props.assign)}
        )
        rendered.update(
            {
                "ErrorEquals": list(_errors_or_all(props.errors)),
                "ResultPath": render_json_path(props.result_path, name="result_path"),
                "Next": catch.next.state_id,
            }
        )
        return compact(rendered)

    def _render_result_selector(self) -> dict[str, Any]:
        return {"ResultSelector": render_object(self.result_selector)}

    def _render_item_processor(self) -> dict[str, Any]:
        if self.processor is None:
            return {}
        return {"ItemProcessor": {**self._render_processor_config(), **self.processor.to_graph_json()}}

    def _render_processor_config(self) -> dict[str, Any]:
        config = self.processor_config
        mode = config.mode if config is not None and config.mode is not None else self.processor_mode
        if mode is ProcessorMode.INLINE:
            return {"ProcessorConfig": {"Mode": mode.value}}
        execution_type = config.execution_type.value if config and config.execution_type else None
        return {"ProcessorConfig": compact({"Mode": mode.value, "ExecutionType": execution_type})}

    def _render_query_language(self, top_level: QueryLanguage | None) -> dict[str, Any]:
        top = top_level or QueryLanguage.JSON_PATH
        if top is QueryLanguage.JSONATA and self.query_language is QueryLanguage.JSON_PATH:
            raise ValidationError(
                self,
                "query_language=QueryLanguage.JSON_PATH conflicts with the state machine's JSONata; "
                "leave query_language unset or use JSONATA",
            )
        own = top is QueryLanguage.JSON_PATH and self.query_language is QueryLanguage.JSONATA
        return {"QueryLanguage": QueryLanguage.JSONATA.value if own else None}

    def _render_assign(self, top_level: QueryLanguage | None) -> dict[str, Any]:
        language = actual_query_language(top_level, self.query_language)
        return {"Assign": render_object(self.assign) if language is QueryLanguage.JSON_PATH else self.assign}

    def to_string(self) -> str:
        """The state's path."""
        return self.node.path
