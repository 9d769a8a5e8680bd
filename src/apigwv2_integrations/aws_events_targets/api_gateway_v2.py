"""ApiGatewayV2: a rule target that calls a route of an HTTP API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_apigatewayv2 import IHttpApi
from ..aws_events import RuleTargetConfig, RuleTargetInput
from ..aws_iam import IRole, PolicyStatement
from ..cfn.aws_events import CfnRule
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token
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
class ApiGatewayV2Props(TargetBaseProps, metaclass=LazyAttrsMeta):
    """Properties of an ApiGatewayV2 target."""

    event_role: IRole | None = None
    """The role EventBridge calls the API with. Default: one made for the API."""
    header_parameters: Mapping[str, str] | None = None
    """Headers of the request. Default: none."""
    method: str | None = None
    """The HTTP method of the route. Default: any (`*`)."""
    path: str | None = None
    """The path of the route, `*` for each path parameter. Default: `/`."""
    path_parameter_values: Sequence[str] | None = None
    """The values of the path's `*`s, in order. Default: none."""
    post_body: RuleTargetInput | None = None
    """The request body. Default: the whole event."""
    query_string_parameters: Mapping[str, str] | None = None
    """Query string parameters of the request. Default: none."""
    stage: str | None = None
    """The stage called. Default: `$default`."""


class ApiGatewayV2:
    """Call a route of an HTTP API with the rule's events (through an IAM role)."""

    def __init__(
        self,
        http_api: IHttpApi,
        *,
        event_role: IRole | None = None,
        header_parameters: Mapping[str, str] | None = None,
        method: str | None = None,
        path: str | None = None,
        path_parameter_values: Sequence[str] | None = None,
        post_body: RuleTargetInput | None = None,
        query_string_parameters: Mapping[str, str] | None = None,
        stage: str | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.http_api = http_api
        self.props = ApiGatewayV2Props(
            event_role=event_role,
            header_parameters=header_parameters,
            method=method,
            path=path,
            path_parameter_values=path_parameter_values,
            post_body=post_body,
            query_string_parameters=query_string_parameters,
            stage=stage,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Let the rule call the route (a role allowed `execute-api:Invoke`) and return the target."""
        props = self.props
        path = props.path or "/"
        values = list(props.path_parameter_values or ())
        if not Token.is_unresolved(path) and path.count("*") != len(values):
            raise ValidationError(
                rule,
                f"path={path!r} has {path.count('*')} wildcards but path_parameter_values={values!r} gives "
                f"{len(values)} values; give one value for each `*`",
            )
        if props.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, props.dead_letter_queue)
        arn = self.http_api.arn_for_execute_api(props.method, path, props.stage or "$default")
        role = props.event_role or singleton_event_role(self.http_api)  # type: ignore[arg-type]
        role.add_to_principal_policy(
            PolicyStatement(resources=[arn], actions=["execute-api:Invoke", "execute-api:ManageConnections"])
        )
        return RuleTargetConfig(
            **bind_base_target_config(props),
            arn=arn,
            role=role,
            input=props.post_body,
            target_resource=self.http_api,
            http_parameters=CfnRule.HttpParametersProperty(
                header_parameters=props.header_parameters,
                path_parameter_values=values or None,
                query_string_parameters=props.query_string_parameters,
            ),
        )
