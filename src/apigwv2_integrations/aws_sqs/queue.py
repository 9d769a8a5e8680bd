"""Queue: an Amazon SQS queue with its dead-letter queue and encryption, and queues imported by ARN."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_iam.arn_principals import AnyPrincipal
from ..aws_iam.policy_statement import Effect, PolicyStatement
from ..aws_kms import IKey, Key
from ..cfn.aws_sqs import CfnQueue
from ..core.annotations import Annotations
from ..core.arn import Arn, ArnFormat
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.duration import Duration, TimeUnit, whole_units
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from .queue_base import IQueue, QueueBase, QueueEncryption

if TYPE_CHECKING:
    from typing import Any

_FIFO_SUFFIX = ".fifo"


class DeduplicationScope(SimpleEnum):
    """Whether FIFO deduplication is per message group or per queue."""

    MESSAGE_GROUP = "messageGroup"
    QUEUE = "queue"


class FifoThroughputLimit(SimpleEnum):
    """Whether the FIFO throughput quota applies per queue or per message group."""

    PER_QUEUE = "perQueue"
    PER_MESSAGE_GROUP_ID = "perMessageGroupId"


class RedrivePermission(SimpleEnum):
    """Which source queues may use a queue as their dead-letter queue."""

    ALLOW_ALL = "allowAll"
    DENY_ALL = "denyAll"
    BY_QUEUE = "byQueue"


def _check_queue(value: Any) -> Any:
    if not (hasattr(value, "queue_arn") and hasattr(value, "queue_url")):
        raise ArgumentTypeError(
            f"queue={value!r} is not an IQueue; pass a Queue or Queue.from_queue_arn(...)"
        )
    return value


@lazy_frozen(kw_only=True)
class DeadLetterQueue(metaclass=LazyAttrsMeta):
    """Where messages go after failing to be processed `max_receive_count` times."""

    max_receive_count: float
    """How many receives a message gets before it moves to the dead-letter queue."""
    queue: IQueue = field(converter=_check_queue)
    """The dead-letter queue."""


def _to_dead_letter_queue(value: DeadLetterQueue | Mapping[str, Any] | None) -> DeadLetterQueue | None:
    return DeadLetterQueue(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class RedriveAllowPolicy(metaclass=LazyAttrsMeta):
    """Which source queues may use this queue as their dead-letter queue."""

    redrive_permission: RedrivePermission | None = None
    """The permission. Default: BY_QUEUE with source_queues, else ALLOW_ALL."""
    source_queues: Sequence[IQueue] | None = field(default=None, converter=optional_tuple)
    """The allowed source queues (BY_QUEUE, at most 10). Default: none."""


def _to_redrive_allow_policy(
    value: RedriveAllowPolicy | Mapping[str, Any] | None,
) -> RedriveAllowPolicy | None:
    return RedriveAllowPolicy(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class QueueAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing queue."""

    queue_arn: str
    """The queue's ARN."""
    fifo: bool | None = None
    """Whether it is a FIFO queue. Default: True when the name ends in '.fifo'."""
    key_arn: str | None = None
    """The KMS key it is encrypted with. Default: none."""
    queue_name: str | None = None
    """Its name. Default: taken from the ARN."""
    queue_url: str | None = None
    """Its URL. Default: built from the ARN."""


@lazy_frozen(kw_only=True)
class QueueProps(metaclass=LazyAttrsMeta):
    """Properties of a Queue."""

    content_based_deduplication: bool | None = None
    """Deduplicate messages by a hash of their body (FIFO queues only). Default: False."""
    data_key_reuse: Duration | None = None
    """How long SQS reuses a data key before asking KMS again, 1 minute to 24 hours. Default: 5 minutes."""
    dead_letter_queue: DeadLetterQueue | None = field(default=None, converter=_to_dead_letter_queue)
    """Where messages go after failing `max_receive_count` times. Default: nowhere."""
    deduplication_scope: DeduplicationScope | None = None
    """Deduplication per message group or per queue (FIFO queues only). Default: QUEUE."""
    delivery_delay: Duration | None = None
    """How long messages stay invisible after they are sent, 0 to 900 seconds. Default: 0."""
    encryption: QueueEncryption | None = None
    """How messages are encrypted at rest. Default: SQS_MANAGED (by SQS, nothing rendered)."""
    encryption_master_key: IKey | None = None
    """The KMS key of encryption=KMS. Default: a new Key."""
    enforce_ssl: bool | None = None
    """Deny every request not made over TLS. Default: False."""
    fifo: bool | None = None
    """Whether the queue is a FIFO queue. Default: True when `queue_name` ends in '.fifo', else False."""
    fifo_throughput_limit: FifoThroughputLimit | None = None
    """Whether the FIFO throughput quota is per queue or per message group. Default: PER_QUEUE."""
    max_message_size_bytes: int | None = None
    """The largest message accepted, 1,024 to 1,048,576 bytes. Default: 1,048,576."""
    queue_name: str | None = None
    """The queue's name (FIFO queue names end in '.fifo'). Default: generated by CloudFormation."""
    receive_message_wait_time: Duration | None = None
    """How long ReceiveMessage waits for a message (long polling), 0 to 20 seconds. Default: 0."""
    redrive_allow_policy: RedriveAllowPolicy | None = field(default=None, converter=_to_redrive_allow_policy)
    """Which source queues may use this queue as their dead-letter queue. Default: all."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the queue when it leaves the stack. Default: DESTROY."""
    retention_period: Duration | None = None
    """How long messages are kept, 60 seconds to 14 days. Default: 4 days."""
    visibility_timeout: Duration | None = None
    """How long a received message stays invisible, 0 seconds to 12 hours. Default: 30 seconds."""


# Duration ranges: keyword -> (lowest, highest seconds, the range as errors state it).
_DURATION_RANGES = {
    "delivery_delay": (0, 900, "0 to 900 seconds"),
    "retention_period": (60, 1_209_600, "60 seconds to 14 days (1,209,600 seconds)"),
    "receive_message_wait_time": (0, 20, "0 to 20 seconds"),
    "visibility_timeout": (0, 43_200, "0 seconds to 12 hours (43,200 seconds)"),
}
_MIN_MESSAGE_SIZE = 1_024
_MAX_MESSAGE_SIZE = 1_048_576


class Queue(QueueBase):
    """An SQS queue (`AWS::SQS::Queue`)."""

    _ARN_ATTRIBUTE = "Arn"
    _NAME_ATTRIBUTE = "QueueName"

    def _arn_components(self) -> dict[str, Any]:
        return {"service": "sqs", "resource": self.physical_name}

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        content_based_deduplication: bool | None = None,
        data_key_reuse: Duration | None = None,
        dead_letter_queue: DeadLetterQueue | Mapping[str, Any] | None = None,
        deduplication_scope: DeduplicationScope | None = None,
        delivery_delay: Duration | None = None,
        encryption: QueueEncryption | None = None,
        encryption_master_key: IKey | None = None,
        enforce_ssl: bool | None = None,
        fifo: bool | None = None,
        fifo_throughput_limit: FifoThroughputLimit | None = None,
        max_message_size_bytes: int | None = None,
        queue_name: str | None = None,
        receive_message_wait_time: Duration | None = None,
        redrive_allow_policy: RedriveAllowPolicy | Mapping[str, Any] | None = None,
        removal_policy: RemovalPolicy | None = None,
        retention_period: Duration | None = None,
        visibility_timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=queue_name)
        queue_name = self.physical_name  # a token for PhysicalName.GENERATE_IF_NEEDED
        props = QueueProps(
            content_based_deduplication=content_based_deduplication,
            data_key_reuse=data_key_reuse,
            dead_letter_queue=dead_letter_queue,
            deduplication_scope=deduplication_scope,
            delivery_delay=delivery_delay,
            encryption=encryption,
            encryption_master_key=encryption_master_key,
            enforce_ssl=enforce_ssl,
            fifo=fifo,
            fifo_throughput_limit=fifo_throughput_limit,
            max_message_size_bytes=max_message_size_bytes,
            queue_name=queue_name,
            receive_message_wait_time=receive_message_wait_time,
            redrive_allow_policy=redrive_allow_policy,
            removal_policy=removal_policy,
            retention_period=retention_period,
            visibility_timeout=visibility_timeout,
        )
        seconds = {name: self._seconds_of(props, name) for name in _DURATION_RANGES}
        self._check_ranges(props, seconds)
        is_fifo = self._resolve_fifo(props)
        redrive_policy = None
        if props.dead_letter_queue is not None:
            redrive_policy = {
                "deadLetterTargetArn": props.dead_letter_queue.queue.queue_arn,
                "maxReceiveCount": props.dead_letter_queue.max_receive_count,
            }
        encryption_props = self._encryption_props(props)
        resource = CfnQueue(
            self,
            "Resource",
            queue_name=props.queue_name,
            content_based_deduplication=props.content_based_deduplication,
            deduplication_scope=props.deduplication_scope.value if props.deduplication_scope else None,
            fifo_throughput_limit=props.fifo_throughput_limit.value if props.fifo_throughput_limit else None,
            fifo_queue=True if is_fifo else None,
            redrive_policy=redrive_policy,
            redrive_allow_policy=self._redrive_allow_policy(props.redrive_allow_policy),
            delay_seconds=seconds["delivery_delay"],
            maximum_message_size=props.max_message_size_bytes,
            message_retention_period=seconds["retention_period"],
            receive_message_wait_time_seconds=seconds["receive_message_wait_time"],
            visibility_timeout=seconds["visibility_timeout"],
            **encryption_props,
        )
        resource.apply_removal_policy(props.removal_policy or RemovalPolicy.DESTROY)
        self.queue_arn: str = resource.attr_arn
        self.queue_name: str = resource.attr_queue_name
        self.queue_url: str = resource.ref
        self.fifo: bool = is_fifo
        self.dead_letter_queue: DeadLetterQueue | None = props.dead_letter_queue
        if props.enforce_ssl:
            self.add_to_resource_policy(
                PolicyStatement(
                    actions=["sqs:*"],
                    conditions={"Bool": {"aws:SecureTransport": "false"}},
                    effect=Effect.DENY,
                    resources=[self.queue_arn],
                    principals=[AnyPrincipal()],
                )
            )

    def _encryption_props(self, props: QueueProps) -> dict[str, Any]:
        encryption = props.encryption
        if encryption is QueueEncryption.SQS_MANAGED and props.encryption_master_key is not None:
            raise ValidationError(
                self,
                "encryption_master_key is given with encryption=QueueEncryption.SQS_MANAGED; "
                "use encryption=QueueEncryption.KMS or drop the key",
            )
        if encryption is not QueueEncryption.KMS and props.encryption_master_key is not None:
            if encryption is not None:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-sqs:queueEncryptionChangedToKMS",
                    "encryption: Automatically changed to QueueEncryption.KMS, was: "
                    f"QueueEncryption.{encryption.name}"
                    "\nWhen encryptionMasterKey is provided, always set `encryption: QueueEncryption.KMS`",
                )
            encryption = QueueEncryption.KMS
        self.encryption_type = encryption
        reuse = self._data_key_reuse_seconds(props)
        if encryption is None:
            return {}
        if encryption is QueueEncryption.UNENCRYPTED:
            return {"sqs_managed_sse_enabled": False}
        if encryption is QueueEncryption.KMS_MANAGED:
            return {"kms_master_key_id": "alias/aws/sqs", "kms_data_key_reuse_period_seconds": reuse}
        if encryption is QueueEncryption.KMS:
            key = props.encryption_master_key or Key(self, "Key", description=f"Created by {self.node.path}")
            self.encryption_master_key = key
            return {"kms_master_key_id": key.key_arn, "kms_data_key_reuse_period_seconds": reuse}
        return {"sqs_managed_sse_enabled": True}

    def _data_key_reuse_seconds(self, props: QueueProps) -> float | None:
        reuse = props.data_key_reuse
        if reuse is None:
            return None
        seconds = self._seconds_of(props, "data_key_reuse")
        if seconds is not None and not Token.is_unresolved(seconds) and not 60 <= seconds <= 86_400:
            raise ValidationError(self, f"data_key_reuse={reuse!r} is out of range; use 1 minute to 24 hours")
        return seconds

    def _redrive_allow_policy(self, policy: RedriveAllowPolicy | None) -> dict[str, Any] | None:
        if policy is None:
            return None
        permission = policy.redrive_permission or (
            RedrivePermission.BY_QUEUE if policy.source_queues else RedrivePermission.ALLOW_ALL
        )
        sources = list(policy.source_queues or ())
        if permission is RedrivePermission.BY_QUEUE and not sources:
            raise ValidationError(
                self,
                "redrive_allow_policy has redrive_permission=RedrivePermission.BY_QUEUE "
                "but no source_queues; "
                "list the source queues",
            )
        if permission is not RedrivePermission.BY_QUEUE and sources:
            raise ValidationError(
                self,
                f"redrive_allow_policy has source_queues with redrive_permission={permission}; "
                "use RedrivePermission.BY_QUEUE or drop source_queues",
            )
        if len(sources) > 10:
            raise ValidationError(
                self, f"redrive_allow_policy has {len(sources)} source_queues; use at most 10"
            )
        return {
            "redrivePermission": permission.value,
            "sourceQueueArns": [q.queue_arn for q in sources] or None,
        }

    def _seconds_of(self, props: QueueProps, name: str) -> float | None:
        duration: Duration | None = getattr(props, name)
        if duration is None:
            return None
        return whole_units(self, name, duration, TimeUnit.SECONDS)

    def _check_ranges(self, props: QueueProps, seconds: dict[str, float | None]) -> None:
        checks = [
            (name, seconds[name], low, high, allowed)
            for name, (low, high, allowed) in _DURATION_RANGES.items()
        ]
        # aws-cdk-lib checks the message size second; the first problem is the one reported.
        checks.insert(
            1,
            (
                "max_message_size_bytes",
                props.max_message_size_bytes,
                _MIN_MESSAGE_SIZE,
                _MAX_MESSAGE_SIZE,
                "1,024 to 1,048,576 bytes",
            ),
        )
        for name, value, low, high, allowed in checks:
            if value is not None and not Token.is_unresolved(value) and not low <= value <= high:
                raise ValidationError(self, f"{name}={getattr(props, name)!r} is out of range; use {allowed}")
        dead_letter_queue = props.dead_letter_queue
        count = dead_letter_queue.max_receive_count if dead_letter_queue is not None else None
        if count is not None and not Token.is_unresolved(count) and count < 1:
            raise ValidationError(
                self, f"dead_letter_queue.max_receive_count={count!r} is out of range; use 1 or more"
            )

    def _resolve_fifo(self, props: QueueProps) -> bool:
        """Whether the queue is FIFO: said so, or implied by its name or by content-based deduplication."""
        name = props.queue_name
        has_literal_name = name is not None and not Token.is_unresolved(name)
        name_is_fifo = has_literal_name and name is not None and name.endswith(_FIFO_SUFFIX)
        fifo = props.fifo
        if fifo is None and name_is_fifo:
            fifo = True
        if fifo is False and name_is_fifo:
            raise ValidationError(
                self,
                f"queue_name={name!r} ends in '.fifo' but fifo=False; "
                "drop the '.fifo' suffix or pass fifo=True",
            )
        if props.content_based_deduplication and fifo is False:
            raise ValidationError(
                self,
                "content_based_deduplication=True needs a FIFO queue, but fifo=False; "
                "pass fifo=True or drop content_based_deduplication",
            )
        if fifo is None and (
            props.content_based_deduplication or props.deduplication_scope or props.fifo_throughput_limit
        ):
            fifo = True
        for option in ("deduplication_scope", "fifo_throughput_limit"):
            if getattr(props, option) is not None and fifo is False:
                raise ValidationError(
                    self,
                    f"{option}={getattr(props, option)} needs a FIFO queue, but fifo=False; "
                    f"pass fifo=True or drop {option}",
                )
        # Differs from aws-cdk-lib: a token name is not checked (aws-cdk-lib rejects every token here).
        if fifo and has_literal_name and not name_is_fifo:
            raise ValidationError(
                self,
                f"queue_name={name!r} does not end in '.fifo', which FIFO queues need; "
                "add the '.fifo' suffix"
                + (" or drop content_based_deduplication" if props.fifo is None else " or pass fifo=False"),
            )
        return bool(fifo)

    @staticmethod
    def from_queue_arn(scope: Construct, id: str, queue_arn: str) -> IQueue:
        """An existing queue, by ARN: its name and URL are taken from the ARN."""
        return Queue.from_queue_attributes(scope, id, queue_arn=queue_arn)

    @staticmethod
    def from_queue_attributes(
        scope: Construct,
        id: str,
        *,
        queue_arn: str,
        fifo: bool | None = None,
        key_arn: str | None = None,
        queue_name: str | None = None,
        queue_url: str | None = None,
    ) -> IQueue:
        """An existing queue: its ARN, and what cannot be derived from it."""
        attributes = QueueAttributes(
            queue_arn=queue_arn, fifo=fifo, key_arn=key_arn, queue_name=queue_name, queue_url=queue_url
        )
        return _ImportedQueue(scope, id, attributes)


class _ImportedQueue(QueueBase):
    _auto_create_policy = False

    def __init__(self, scope: Construct, id: str, attributes: QueueAttributes) -> None:
        queue_arn = attributes.queue_arn
        if not Token.is_unresolved(queue_arn) and (
            not queue_arn.startswith("arn:") or len(queue_arn.split(":")) < 6
        ):
            raise ValidationError(
                scope,
                f"queue_arn={queue_arn!r} is not an ARN; "
                "use 'arn:<partition>:sqs:<region>:<account>:<queue name>'",
            )
        super().__init__(scope, id, environment_from_arn=queue_arn)
        parts = Arn.split(queue_arn, ArnFormat.NO_RESOURCE_NAME)
        name = attributes.queue_name or parts.resource
        self.queue_arn = queue_arn
        self.queue_name: str = name
        self.queue_url = (
            attributes.queue_url
            or f"https://sqs.{parts.region}.{self.stack.url_suffix}/{parts.account}/{name}"
        )
        if attributes.key_arn:
            self.encryption_master_key = Key.from_key_arn(self, "Key", attributes.key_arn)
            self.encryption_type = QueueEncryption.KMS
        self.fifo: bool = self._determine_fifo(attributes.fifo, name)

    def _determine_fifo(self, fifo: bool | None, name: str) -> bool:
        if Token.is_unresolved(self.queue_arn) or Token.is_unresolved(name):
            return bool(fifo)
        if fifo is True and not name.endswith(_FIFO_SUFFIX):
            raise ValidationError(
                self, f"fifo=True but the queue name {name!r} does not end in '.fifo'; FIFO queue names do"
            )
        if fifo is False and name.endswith(_FIFO_SUFFIX):
            raise ValidationError(
                self, f"fifo=False but the queue name {name!r} ends in '.fifo'; only FIFO queue names do"
            )
        return name.endswith(_FIFO_SUFFIX)
