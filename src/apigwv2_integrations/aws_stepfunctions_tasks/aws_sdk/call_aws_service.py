"""CallAwsService: a task state that calls an AWS API through the AWS SDK service integrations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...aws_iam import PolicyStatement
from ...aws_stepfunctions import (
    Credentials,
    IntegrationPattern,
    QueryLanguage,
    TaskStateBase,
    TaskStateBaseProps,
    TaskStateJsonataBaseProps,
    TaskStateJsonPathBaseProps,
    Timeout,
)
from ...aws_stepfunctions.states.task_base import task_state_options
from ...core.construct import Construct
from ...core.converters import optional_dict, optional_tuple, to_tuple
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Token
from .._task_utils import integration_resource_arn, props_of

if TYPE_CHECKING:
    from typing import Any

# SDK service names whose IAM prefix differs (the SDK's name is the integration's, the prefix the policy's).
_IAM_SERVICE_PREFIXES = {
    "cloudwatchlogs": "logs",
    "efs": "elasticfilesystem",
    "elasticloadbalancingv2": "elasticloadbalancing",
    "mediapackagevod": "mediapackage-vod",
    "mwaa": "airflow",
    "sfn": "states",
}


@lazy_frozen(kw_only=True)
class _CallAwsServiceOptions(metaclass=LazyAttrsMeta):
    """The options of a CallAwsService state, in either query language."""

    action: str
    """The API action, in camelCase as the SDK names it (`listBuckets`)."""
    iam_resources: tuple[str, ...] = field(converter=to_tuple)
    """The resources the state machine's role may call the action on (`['*']` for any)."""
    service: str
    """The service, as the SDK names it in lower case (`s3`, `sfn`)."""
    additional_iam_statements: tuple[PolicyStatement, ...] | None = field(
        default=None, converter=optional_tuple
    )
    """More statements for the state machine's role. Default: none."""
    iam_action: str | None = None
    """The IAM action to allow. Default: `<service's IAM prefix>:<action>`."""
    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The API call's parameters, PascalCase (`Bucket`), values may be JSON paths. Default: none."""


@lazy_frozen(kw_only=True)
class CallAwsServiceProps(TaskStateBaseProps, _CallAwsServiceOptions, metaclass=LazyAttrsMeta):
    """Properties of a CallAwsService state."""


@lazy_frozen(kw_only=True)
class CallAwsServiceJsonPathProps(
    TaskStateJsonPathBaseProps, _CallAwsServiceOptions, metaclass=LazyAttrsMeta
):
    """Properties of a CallAwsService state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class CallAwsServiceJsonataProps(TaskStateJsonataBaseProps, _CallAwsServiceOptions, metaclass=LazyAttrsMeta):
    """Properties of a CallAwsService state that uses JSONata."""


class CallAwsService(TaskStateBase):
    """A task state that calls an AWS API (`arn:aws:states:::aws-sdk:<service>:<action>`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        action: str,
        iam_resources: Sequence[str],
        service: str,
        additional_iam_statements: Sequence[PolicyStatement] | None = None,
        iam_action: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | Mapping[str, Any] | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = CallAwsServiceProps(
            action=action,
            iam_resources=iam_resources,
            service=service,
            additional_iam_statements=additional_iam_statements,
            iam_action=iam_action,
            parameters=parameters,
            result_path=result_path,
            result_selector=result_selector,
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            credentials=credentials,
            heartbeat=heartbeat,
            heartbeat_timeout=heartbeat_timeout,
            integration_pattern=integration_pattern,
            task_timeout=task_timeout,
            timeout=timeout,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
        )
        super().__init__(scope, id, **task_state_options(props))
        self._props = props
        self.integration_pattern = props.integration_pattern
        self._validate(props)
        iam_service = _IAM_SERVICE_PREFIXES.get(props.service, props.service)
        self._task_policies = [
            PolicyStatement(
                resources=list(props.iam_resources),
                actions=[props.iam_action or f"{iam_service}:{props.action}"],
            ),
            *(props.additional_iam_statements or ()),
        ]

    def _validate(self, props: CallAwsServiceProps) -> None:
        if props.integration_pattern is IntegrationPattern.RUN_JOB:
            raise ValidationError(
                self,
                "integration_pattern=IntegrationPattern.RUN_JOB is not supported by CallAwsService; "
                "use IntegrationPattern.REQUEST_RESPONSE or WAIT_FOR_TASK_TOKEN",
            )
        action = props.action
        if not Token.is_unresolved(action) and not action[:1].islower():
            raise ValidationError(
                self,
                f"action={action!r} is not camelCase; write the action as the SDK names it, "
                f"e.g. {action[:1].lower() + action[1:]!r}",
            )
        if not props.iam_resources:
            raise ValidationError(
                self,
                "iam_resources=[] names no resource; list the ARNs the action is called on, or ['*'] for any",
            )
        lower_case = [key for key in props.parameters or {} if key[:1] != key[:1].upper()]
        if lower_case:
            raise ValidationError(
                self,
                f"parameters has keys that are not PascalCase: {', '.join(map(repr, lower_case))}; "
                "write them as the API names them, e.g. 'Bucket'",
            )

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> CallAwsService:
        """A CallAwsService state that uses JSONPath (keywords of CallAwsServiceJsonPathProps)."""
        keywords = props_of(CallAwsServiceJsonPathProps, scope, id, props)
        return CallAwsService(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> CallAwsService:
        """A CallAwsService state that uses JSONata (keywords of CallAwsServiceJsonataProps)."""
        keywords = props_of(CallAwsServiceJsonataProps, scope, id, props, QueryLanguage.JSONATA)
        return CallAwsService(scope, id, **keywords)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        props = self._props
        # The integration's service name is lower case; a token is left as it is.
        service = props.service if Token.is_unresolved(props.service) else props.service.lower()
        return {
            "Resource": integration_resource_arn(
                "aws-sdk", f"{service}:{props.action}", self.integration_pattern
            ),
            **self._render_parameters_or_arguments(props.parameters or {}, top_level_query_language),
        }
