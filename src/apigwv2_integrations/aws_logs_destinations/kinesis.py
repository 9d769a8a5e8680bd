"""KinesisDestination: a Kinesis data stream receives the events of a subscription filter."""

from __future__ import annotations

from ..aws_iam import IRole, Role, ServicePrincipal
from ..aws_kinesis import IStream
from ..aws_logs import LogSubscriptionDestinationConfig
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..interfaces.aws_logs import ILogGroupRef

_ROLE_ID = "CloudWatchLogsCanPutRecords"


@lazy_frozen(kw_only=True)
class KinesisDestinationProps(metaclass=LazyAttrsMeta):
    """Options of a KinesisDestination."""

    role: IRole | None = None
    """The role CloudWatch Logs writes with. Default: one made in the filter's scope (reused by other
    Kinesis destinations bound there)."""


class KinesisDestination:
    """Put the log events a subscription filter sends on a Kinesis stream, through a role that may write."""

    # A subscription filter takes `distribution` only with this destination (the shards it spreads over).
    takes_distribution = True

    def __init__(self, stream: IStream, *, role: IRole | None = None) -> None:
        self.stream = stream
        self.props = KinesisDestinationProps(role=role)

    def bind(self, scope: Construct, source_log_group: ILogGroupRef) -> LogSubscriptionDestinationConfig:
        """Let the role write to the stream (and pass itself); the filter waits for the role's policy."""
        existing = scope.node.try_find_child(_ROLE_ID)
        role: IRole = self.props.role or (
            existing
            if isinstance(existing, Role)
            else Role(scope, _ROLE_ID, assumed_by=ServicePrincipal("logs.amazonaws.com"))
        )
        self.stream.grant_write(role)
        role.grant_pass_role(role)
        policy = role.node.try_find_child("DefaultPolicy")
        if policy is not None:
            # The filter waits for the policy; the role must not (the filter's dependencies reach every
            # resource below it, the role too, and the policy refers to the role): as in aws-cdk-lib.
            role_resource = role.node.default_child
            if isinstance(role_resource, CfnResource):
                role_resource.add_override("DependsOn", None)
            scope.node.add_dependency(policy)
        return LogSubscriptionDestinationConfig(arn=self.stream.stream_arn, role=role)
