"""HttpStepFunctionsIntegration: starts (or stops) executions of a Step Functions state machine."""

from __future__ import annotations

from ...aws_apigatewayv2 import HttpIntegrationSubtype, ParameterMapping
from ...aws_stepfunctions import IStateMachine, StateMachine, StateMachineType
from ...core.arn import Arn, ArnComponents, ArnFormat
from ...core.construct import Construct
from ...core.errors import ArgumentTypeError, ValidationError
from ...core.runtime_typing import cast
from ...core.stack import Stack
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ._aws_service_integration import _HttpAwsServiceIntegration, check_subtype

_ACTIONS = {
    HttpIntegrationSubtype.STEPFUNCTIONS_START_EXECUTION: "states:StartExecution",
    HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION: "states:StartSyncExecution",
    HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION: "states:StopExecution",
}
# Where a client usually sends the ARN of the execution to stop; quoted by the errors as the fix.
_EXECUTION_ARN_FROM_BODY = "$request.body.executionArn"


def _check_state_machine(value: object) -> IStateMachine:
    if not hasattr(value, "state_machine_arn"):
        raise ArgumentTypeError(
            f"state_machine={value!r} is not an IStateMachine; pass a StateMachine or "
            "StateMachine.from_state_machine_arn(...)"
        )
    return cast("IStateMachine", value)


@lazy_frozen(kw_only=True)
class HttpStepFunctionsIntegrationProps(metaclass=LazyAttrsMeta):
    """Options of an HttpStepFunctionsIntegration."""

    state_machine: IStateMachine = field(converter=_check_state_machine)
    """The state machine (aws_cdk takes only a `StateMachine`; an imported one works here too)."""
    parameter_mapping: ParameterMapping | None = None
    """Request parameters sent to Step Functions; STOP_EXECUTION needs `ExecutionArn`.
    Default: `StateMachineArn` only."""
    subtype: HttpIntegrationSubtype | None = field(default=None, converter=check_subtype)
    """The Step Functions action (a `STEPFUNCTIONS_*` subtype). Default: STEPFUNCTIONS_START_EXECUTION."""


class HttpStepFunctionsIntegration(_HttpAwsServiceIntegration):
    """Route requests to a Step Functions action (AWS_PROXY) through a role it creates.

    With `subtype=STEPFUNCTIONS_STOP_EXECUTION`, `parameter_mapping` must map `ExecutionArn`, e.g.
    `ParameterMapping().custom("ExecutionArn", "$request.body.executionArn")`. Binding without it is an error:
    differs from aws-cdk-lib, which synthesizes its default mapping (`StateMachineArn` only) there, a template
    API Gateway rejects at deployment because StopExecution requires `ExecutionArn`.
    """

    _allowed_subtypes = tuple(_ACTIONS)
    _service_label = "a Step Functions"
    _statement_sid = "AllowStepFunctionsExecution"

    def __init__(
        self,
        id: str,
        *,
        state_machine: IStateMachine,
        parameter_mapping: ParameterMapping | None = None,
        subtype: HttpIntegrationSubtype | None = None,
    ) -> None:
        self.props = HttpStepFunctionsIntegrationProps(
            state_machine=state_machine, parameter_mapping=parameter_mapping, subtype=subtype
        )
        super().__init__(id, subtype=self.props.subtype, parameter_mapping=self.props.parameter_mapping)
        self.state_machine = self.props.state_machine

    def _check_bind(self, scope: Construct, subtype: HttpIntegrationSubtype) -> None:
        super()._check_bind(scope, subtype)
        # An imported state machine has no known type; the service decides then.
        machine = self.state_machine
        if (
            subtype is HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION
            and isinstance(machine, StateMachine)
            and machine.state_machine_type is StateMachineType.STANDARD
        ):
            raise ValidationError(
                scope,
                f"integration {self.id!r}: subtype=HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION "
                f"needs an EXPRESS state machine, but {machine.node.path!r} is STANDARD; use "
                "STEPFUNCTIONS_START_EXECUTION or state_machine_type=StateMachineType.EXPRESS",
            )

        # StopExecution needs the execution's ARN, or API Gateway rejects the integration at deployment.
        if subtype is not HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION:
            return
        mapping = self.props.parameter_mapping
        if mapping is None:
            # Differs from aws-cdk-lib, which renders its default mapping (only `StateMachineArn`) here.
            raise ValidationError(
                scope,
                f"integration {self.id!r}: parameter_mapping=None maps only 'StateMachineArn', but "
                "STEPFUNCTIONS_STOP_EXECUTION needs 'ExecutionArn'; pass parameter_mapping=ParameterMapping()"
                f".custom('ExecutionArn', {_EXECUTION_ARN_FROM_BODY!r}), or map 'ExecutionArn' from another "
                "source of the execution's ARN",
            )
        if "ExecutionArn" not in mapping.mappings:
            raise ValidationError(
                scope,
                f"integration {self.id!r}: parameter_mapping={mapping!r} has no 'ExecutionArn', which "
                "STEPFUNCTIONS_STOP_EXECUTION needs; add "
                f".custom('ExecutionArn', {_EXECUTION_ARN_FROM_BODY!r}) to it, or map 'ExecutionArn' from "
                "another source of the execution's ARN",
            )

    def _actions(self, subtype: HttpIntegrationSubtype) -> list[str]:
        return [_ACTIONS[subtype]]

    def _resources(self, subtype: HttpIntegrationSubtype, scope: Construct) -> list[str]:
        if subtype is HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION:
            return [self._executions_arn(scope)]
        return [self.state_machine.state_machine_arn]

    def _executions_arn(self, scope: Construct) -> str:
        """The ARN of every execution of the state machine."""
        if isinstance(self.state_machine, StateMachine):
            return Stack.of(scope).format_arn(
                service="states",
                resource="execution",
                resource_name=f"{self.state_machine.state_machine_name}:*",
                arn_format=ArnFormat.COLON_RESOURCE_NAME,
            )
        # Differs from aws-cdk-lib, which renders `execution:undefined:*` for an imported state
        # machine: the name, partition, region and account come from the machine's ARN.
        parts = Arn.split(self.state_machine.state_machine_arn, ArnFormat.COLON_RESOURCE_NAME)
        return Arn.format(
            ArnComponents(
                partition=parts.partition,
                service="states",
                region=parts.region,
                account=parts.account,
                resource="execution",
                resource_name=f"{parts.resource_name}:*",
                arn_format=ArnFormat.COLON_RESOURCE_NAME,
            )
        )

    def _default_parameter_mapping(self, subtype: HttpIntegrationSubtype) -> ParameterMapping:
        return ParameterMapping().custom("StateMachineArn", self.state_machine.state_machine_arn)
