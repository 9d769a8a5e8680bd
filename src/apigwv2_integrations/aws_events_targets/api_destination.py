"""ApiDestination: a rule target that calls an HTTP endpoint through an EventBridge API destination."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_events import IApiDestination, RuleTargetConfig, RuleTargetInput
from ..aws_iam import IRole, PolicyStatement
from ..cfn.aws_events import CfnRule
from ..core.duration import Duration
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._util import (
    TargetBaseProps,
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    singleton_event_role,
)

if TYPE_CHECKING:
    from ..aws_events import IRule
    from ..aws_sqs import IQueue


@lazy_frozen(kw_only=True)
class ApiDestinationProps(TargetBaseProps, metaclass=LazyAttrsMeta):
    """Properties of an ApiDestination target."""

    event: RuleTargetInput | None = None
    """The request body. Default: the whole event."""
    event_role: IRole | None = None
    """The role EventBridge calls with. Default: one made for the API destination."""
    header_parameters: Mapping[str, str] | None = None
    """Headers of the request. Default: none."""
    path_parameter_values: Sequence[str] | None = None
    """The values of the endpoint's `*`s, in order. Default: none."""
    query_string_parameters: Mapping[str, str] | None = None
    """Query string parameters of the request. Default: none."""


class ApiDestination:
    """Call an API destination with the rule's events (through a role allowed to invoke it)."""

    def __init__(
        self,
        api_destination: IApiDestination,
        *,
        event: RuleTargetInput | None = None,
        event_role: IRole | None = None,
        header_parameters: Mapping[str, str] | None = None,
        path_parameter_values: Sequence[str] | None = None,
        query_string_parameters: Mapping[str, str] | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.api_destination = api_destination
        self.props = ApiDestinationProps(
            event=event,
            event_role=event_role,
            header_parameters=header_parameters,
            path_parameter_values=path_parameter_values,
            query_string_parameters=query_string_parameters,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Let the rule invoke the destination and return the target."""
        props = self.props
        role = props.event_role or singleton_event_role(self.api_destination)  # type: ignore[arg-type]
        role.add_to_principal_policy(
            PolicyStatement(
                resources=[self.api_destination.api_destination_arn], actions=["events:InvokeApiDestination"]
            )
        )
        if props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, props.dead_letter_queue)
        values = list(props.path_parameter_values or ())
        has_parameters = bool(props.header_parameters or values or props.query_string_parameters)
        return RuleTargetConfig(
            **bind_base_target_config(props),
            arn=self.api_destination.api_destination_arn,
            role=role,
            input=props.event,
            target_resource=self.api_destination,
            http_parameters=CfnRule.HttpParametersProperty(
                header_parameters=props.header_parameters,
                path_parameter_values=values or None,
                query_string_parameters=props.query_string_parameters,
            )
            if has_parameters
            else None,
        )
