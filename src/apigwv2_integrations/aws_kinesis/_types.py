"""IStream and IStreamConsumer, and the canned metrics every stream has (`StreamMetrics`)."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_cloudwatch.metric import Metric, metric_of, metric_options
from ..aws_cloudwatch.metric_types import Unit
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable
from ..aws_kms import IKey
from ..cfn.aws_kinesis import StreamConsumerReference, StreamReference
from ..core.duration import Duration
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from typing import Any

NAMESPACE = "AWS/Kinesis"


def stream_metric(
    stream: Any, metric_name: str, arguments: Mapping[str, Any], statistic: str | None = "Average"
) -> Metric:
    """A metric of `stream` (AWS/Kinesis, by StreamName) from a `metric*` method's `locals()`."""
    return metric_of(
        namespace=NAMESPACE,
        metric_name=metric_name,
        dimensions_map={"StreamName": stream.stream_name},
        statistic=statistic,
        options=metric_options(arguments),
        scope=stream,
    )


class StreamMetrics(Protocol):
    """The metrics of a stream: `metric(name, ...)` and the canned ones.

    A protocol with implementations: IStream extends it to declare the methods, streams to get them.
    Every metric is over 5 minutes and, unless said otherwise, the Average; each is of the StreamName
    dimension of the class's `stream_name`.
    """

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this stream by name. Default: Average over 5 minutes."""
        return stream_metric(self, metric_name, locals())

    def metric_get_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Records read from the stream per GetRecords call (GetRecords.Records). Default: Average."""
        return stream_metric(self, "GetRecords.Records", locals())

    def metric_get_records_bytes(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Bytes read from the stream per GetRecords call (GetRecords.Bytes). Default: Average."""
        return stream_metric(self, "GetRecords.Bytes", locals())

    def metric_get_records_iterator_age_milliseconds(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Age of the last record GetRecords read (GetRecords.IteratorAgeMilliseconds). Default: Maximum."""
        return stream_metric(self, "GetRecords.IteratorAgeMilliseconds", locals(), "Maximum")

    def metric_get_records_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Time taken per GetRecords call (GetRecords.Latency). Default: Average."""
        return stream_metric(self, "GetRecords.Latency", locals())

    def metric_get_records_success(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Successful GetRecords calls (GetRecords.Success). Default: Average."""
        return stream_metric(self, "GetRecords.Success", locals())

    def metric_incoming_bytes(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Bytes put to the stream by PutRecord and PutRecords (IncomingBytes). Default: Average."""
        return stream_metric(self, "IncomingBytes", locals())

    def metric_incoming_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Records put to the stream by PutRecord and PutRecords (IncomingRecords). Default: Average."""
        return stream_metric(self, "IncomingRecords", locals())

    def metric_put_record_bytes(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Bytes put to the stream by PutRecord (PutRecord.Bytes). Default: Average."""
        return stream_metric(self, "PutRecord.Bytes", locals())

    def metric_put_record_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Time taken per PutRecord call (PutRecord.Latency). Default: Average."""
        return stream_metric(self, "PutRecord.Latency", locals())

    def metric_put_record_success(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Successful PutRecord calls (PutRecord.Success). Default: Average."""
        return stream_metric(self, "PutRecord.Success", locals())

    def metric_put_records_bytes(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Bytes put to the stream by PutRecords (PutRecords.Bytes). Default: Average."""
        return stream_metric(self, "PutRecords.Bytes", locals())

    def metric_put_records_failed_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Records PutRecords rejected for internal failures (PutRecords.FailedRecords). Default: Average."""
        return stream_metric(self, "PutRecords.FailedRecords", locals())

    def metric_put_records_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Time taken per PutRecords call (PutRecords.Latency). Default: Average."""
        return stream_metric(self, "PutRecords.Latency", locals())

    def metric_put_records_success(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """PutRecords calls where at least one record succeeded (PutRecords.Success). Default: Average."""
        return stream_metric(self, "PutRecords.Success", locals())

    def metric_put_records_successful_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Successful records per PutRecords call (PutRecords.SuccessfulRecords). Default: Average."""
        return stream_metric(self, "PutRecords.SuccessfulRecords", locals())

    def metric_put_records_throttled_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Records PutRecords rejected for throttling (PutRecords.ThrottledRecords). Default: Average."""
        return stream_metric(self, "PutRecords.ThrottledRecords", locals())

    def metric_put_records_total_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Records sent per PutRecords call (PutRecords.TotalRecords). Default: Average."""
        return stream_metric(self, "PutRecords.TotalRecords", locals())

    def metric_read_provisioned_throughput_exceeded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """GetRecords calls throttled (ReadProvisionedThroughputExceeded). Default: Average."""
        return stream_metric(self, "ReadProvisionedThroughputExceeded", locals())

    def metric_write_provisioned_throughput_exceeded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Records rejected for throttling by PutRecord and PutRecords (WriteProvisionedThroughputExceeded).
        Default: Average."""
        return stream_metric(self, "WriteProvisionedThroughputExceeded", locals())


@runtime_checkable
class IStream(IResource, StreamMetrics, Protocol):
    """A Kinesis data stream, defined in this app or imported."""

    @property
    def stream_arn(self) -> str:
        """The stream's ARN."""
        ...

    @property
    def stream_name(self) -> str:
        """The stream's name."""
        ...

    @property
    def stream_ref(self) -> StreamReference:
        """A reference to the stream: its ARN and name."""
        ...

    @property
    def encryption_key(self) -> IKey | None:
        """The customer-managed KMS key the stream is encrypted with, if any."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the stream's resource policy (a no-op for imported streams)."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the stream."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read records (and decrypt them with the stream's key)."""
        ...

    def grant_read_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read and write records (and use the stream's key both ways)."""
        ...

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` write records (and encrypt them with the stream's key)."""
        ...


@runtime_checkable
class IStreamConsumer(IResource, Protocol):
    """An enhanced fan-out consumer of a Kinesis data stream, defined in this app or imported."""

    @property
    def stream_consumer_arn(self) -> str:
        """The consumer's ARN."""
        ...

    @property
    def stream_consumer_name(self) -> str:
        """The consumer's name."""
        ...

    @property
    def stream_consumer_ref(self) -> StreamConsumerReference:
        """A reference to the consumer: its ARN."""
        ...

    @property
    def stream(self) -> IStream:
        """The stream the consumer is registered with."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the consumer's resource policy (a no-op for imported consumers)."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the consumer."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read the stream through the consumer."""
        ...
