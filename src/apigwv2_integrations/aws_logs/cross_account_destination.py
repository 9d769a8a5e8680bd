"""CrossAccountDestination: a CloudWatch Logs destination (`AWS::Logs::Destination`) through which log
groups of other accounts subscribe to a Kinesis or Firehose stream of this one."""

from __future__ import annotations

from ..aws_iam.policy_document import PolicyDocument
from ..aws_iam.policy_statement import PolicyStatement
from ..cfn.aws_logs import CfnDestination
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from .subscription_filter import LogSubscriptionDestinationConfig

if TYPE_CHECKING:
    from typing import Any

    from ..interfaces.aws_iam import IRoleRef
    from ..interfaces.aws_logs import ILogGroupRef


@lazy_frozen(kw_only=True)
class CrossAccountDestinationProps(metaclass=LazyAttrsMeta):
    """Properties of a CrossAccountDestination."""

    role: IRoleRef
    """The role CloudWatch Logs writes to the target with (assumable by `logs.<region>.amazonaws.com`)."""
    target_arn: str
    """The ARN of the stream the destination delivers to."""
    destination_name: str | None = None
    """The destination's name. Default: the stack name and the resource's logical ID."""


class CrossAccountDestination(Resource):
    """A destination for subscription filters of other accounts; `add_to_policy` lets them subscribe.

    Create it in the account of the target stream; the destinations of aws_logs_destinations serve log
    groups of the same account only.
    """

    _ARN_ATTRIBUTE = "Arn"
    _NAME_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {
            "service": "logs",
            "resource": "destination",
            "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME,
        }

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        role: IRoleRef,
        target_arn: str,
        destination_name: str | None = None,
    ) -> None:
        props = CrossAccountDestinationProps(
            role=role, target_arn=target_arn, destination_name=destination_name
        )
        # An empty name is no name (generated), as in aws-cdk-lib.
        name = props.destination_name or Lazy.string(self._generated_name)
        super().__init__(scope, id, physical_name=name)
        self.policy_document = PolicyDocument()
        """The destination's policy: which accounts may subscribe to it."""
        self._resource = CfnDestination(
            self,
            "Resource",
            destination_name=name,
            # An empty policy renders as "", as in aws-cdk-lib (CloudFormation requires a policy to
            # subscribe from another account).
            destination_policy=Lazy.string(self._rendered_policy),
            role_arn=props.role.role_ref.role_arn,
            target_arn=props.target_arn,
        )

    @property
    def destination_arn(self) -> str:
        """The destination's ARN."""
        return self._resource.attr_arn

    @property
    def destination_name(self) -> str:
        """The destination's name."""
        return self._resource.ref

    def add_to_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the destination's policy (let an account subscribe)."""
        self.policy_document.add_statements(statement)

    def bind(self, _scope: Construct, _source_log_group: ILogGroupRef) -> LogSubscriptionDestinationConfig:
        """The destination's ARN, for a subscription filter."""
        return LogSubscriptionDestinationConfig(arn=self.destination_arn)

    def _generated_name(self) -> str:
        return f"{Stack.of(self).stack_name}-{self._resource.logical_id}"

    def _rendered_policy(self) -> str:
        if self.policy_document.is_empty:
            return ""
        return Stack.of(self).to_json_string(self.policy_document)
