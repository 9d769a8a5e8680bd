"""StreamConsumer: an enhanced fan-out consumer of a stream, and consumers imported by ARN."""

from __future__ import annotations

from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable
from ..cfn.aws_kinesis import CfnStreamConsumer, StreamConsumerReference
from ..core.arn import Arn, ArnComponents, ArnFormat
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token
from ._types import IStream, IStreamConsumer
from .resource_policy import ResourcePolicy
from .stream import Stream

if TYPE_CHECKING:
    from typing import ClassVar

_READ_ACTIONS = ("kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard")
_CONSUMER_ARN_SHAPE = (
    "'arn:<partition>:kinesis:<region>:<account>:stream/<stream name>/consumer/<consumer name>:<timestamp>'"
)


@lazy_frozen(kw_only=True)
class StreamConsumerAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing stream consumer."""

    stream_consumer_arn: str
    """The consumer's ARN."""


@lazy_frozen(kw_only=True)
class StreamConsumerProps(metaclass=LazyAttrsMeta):
    """Properties of a StreamConsumer."""

    stream: IStream
    """The stream to register the consumer with."""
    stream_consumer_name: str
    """The consumer's name."""


class _StreamConsumerBase(Resource):
    """Grants and resource policy of consumers defined here and imported."""

    stream_consumer_arn: str
    stream_consumer_name: str
    stream: IStream
    _auto_create_policy: bool = True

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._resource_policy: ResourcePolicy | None = None

    @property
    def stream_consumer_ref(self) -> StreamConsumerReference:
        """The consumer's ARN."""
        return StreamConsumerReference(consumer_arn=self.stream_consumer_arn)

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the consumer's resource policy, made on first use (imported consumers have
        none)."""
        if self._resource_policy is None and self._auto_create_policy:
            self._resource_policy = ResourcePolicy(self, "Policy", stream_consumer=self)
        if self._resource_policy is None:
            return AddToResourcePolicyResult(statement_added=False)
        self._resource_policy.document.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self._resource_policy)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the consumer (through its resource policy for another account)."""
        return Grant.add_to_principal_or_resource(
            grantee=grantee, actions=actions, resource_arns=[self.stream_consumer_arn], resource=self
        )

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read the stream (`grant_read` of the stream) and subscribe through the consumer;
        returns the grant on the consumer."""
        self.stream.grant_read(grantee)
        return self.grant(grantee, *_READ_ACTIONS)


class StreamConsumer(_StreamConsumerBase):
    """An enhanced fan-out consumer of a stream (`AWS::Kinesis::StreamConsumer`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-kinesis.StreamConsumer"

    def __init__(self, scope: Construct, id: str, *, stream: IStream, stream_consumer_name: str) -> None:
        super().__init__(scope, id)
        props = StreamConsumerProps(stream=stream, stream_consumer_name=stream_consumer_name)
        resource = CfnStreamConsumer(
            self, "Resource", consumer_name=props.stream_consumer_name, stream_arn=props.stream.stream_arn
        )
        self.stream = props.stream
        self.stream_consumer_arn: str = resource.attr_consumer_arn
        self.stream_consumer_name: str = resource.attr_consumer_name

    @staticmethod
    def from_stream_consumer_arn(scope: Construct, id: str, stream_consumer_arn: str) -> IStreamConsumer:
        """An existing consumer, by ARN: its name and its stream are taken from the ARN."""
        return StreamConsumer.from_stream_consumer_attributes(
            scope, id, stream_consumer_arn=stream_consumer_arn
        )

    @staticmethod
    def from_stream_consumer_attributes(
        scope: Construct, id: str, *, stream_consumer_arn: str
    ) -> IStreamConsumer:
        """An existing consumer: its ARN, a literal from which its name and stream are read."""
        attributes = StreamConsumerAttributes(stream_consumer_arn=stream_consumer_arn)
        return _ImportedStreamConsumer(scope, id, attributes)


class _ImportedStreamConsumer(_StreamConsumerBase):
    _auto_create_policy = False

    def __init__(self, scope: Construct, id: str, attributes: StreamConsumerAttributes) -> None:
        super().__init__(scope, id)
        arn = attributes.stream_consumer_arn
        if not arn.startswith("arn:") and Token.is_unresolved(arn):
            raise ValidationError(
                self,
                f"stream_consumer_arn={arn!r} is a token, whose names are known only at deploy time; "
                f"use {_CONSUMER_ARN_SHAPE}",
            )
        try:
            parts = Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME)
        except ValueError:
            raise ValidationError(
                self, f"stream_consumer_arn={arn!r} is not an ARN; use {_CONSUMER_ARN_SHAPE}"
            ) from None
        # <stream name>/consumer/<consumer name>:<timestamp>, read by position as aws-cdk-lib does.
        segments = (parts.resource_name or "").split("/")
        if len(segments) < 3:
            raise ValidationError(
                self, f"stream_consumer_arn={arn!r} names no consumer; use {_CONSUMER_ARN_SHAPE}"
            )
        self.stream_consumer_arn = arn
        self.stream_consumer_name = segments[2].split(":")[0]
        stream_arn = Arn.format(
            ArnComponents(
                partition=parts.partition,
                service=parts.service,
                region=parts.region,
                account=parts.account,
                resource=parts.resource,
                resource_name=segments[0],
                arn_format=parts.arn_format,
            ),
            self.stack,
        )
        self.stream = Stream.from_stream_arn(scope, f"{id}ImportedStream", stream_arn)
