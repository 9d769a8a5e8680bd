"""VPC flow logs: the IP traffic of a VPC, subnet, network interface or transit gateway, published to
CloudWatch Logs, S3 or Kinesis Data Firehose."""

from __future__ import annotations

import abc
from collections.abc import Mapping, Sequence

from ..cfn.aws_ec2 import CfnFlowLog, FlowLogReference
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tags import Tags
from ._vpc_types import IVpc

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam import IRole
    from ..aws_logs import ILogGroup
    from ..aws_s3 import IBucket
    from ..interfaces.aws_ec2 import ISubnetRef

CREATE_DEFAULT_LOGGING_POLICY = "@aws-cdk/aws-s3:createDefaultLoggingPolicy"

_NAME_TAG = "Name"
_FLOW_LOGS_SERVICE = "vpc-flow-logs.amazonaws.com"
_LOG_DELIVERY_SERVICE = "delivery.logs.amazonaws.com"
_TRANSIT_GATEWAY_TYPES = ("TransitGateway", "TransitGatewayAttachment")
# aws-cdk-lib's reason, word for word: the metadata of every flow log carries it.
_DESTINATION_OPTIONS_CASE_REASON = (
    "AWS::EC2::FlowLog DestinationOptions accepts properties in camelCase, even they are listed as "
    "PascalCase in the spec"
)


class FlowLogTrafficType(SimpleEnum):
    """Which traffic a flow log records."""

    ACCEPT = "ACCEPT"
    """Only the traffic that was accepted."""
    ALL = "ALL"
    """All traffic."""
    REJECT = "REJECT"
    """Only the traffic that was rejected."""


class FlowLogDestinationType(SimpleEnum):
    """Where a flow log publishes its records."""

    CLOUD_WATCH_LOGS = "CLOUD_WATCH_LOGS"
    """A CloudWatch Logs log group."""
    S3 = "S3"
    """An S3 bucket."""
    KINESIS_DATA_FIREHOSE = "KINESIS_DATA_FIREHOSE"
    """A Kinesis Data Firehose delivery stream."""


class FlowLogFileFormat(SimpleEnum):
    """The format of the log files a flow log writes to S3."""

    PLAIN_TEXT = "PLAIN_TEXT"
    """Plain text."""
    PARQUET = "PARQUET"
    """Apache Parquet."""


class FlowLogMaxAggregationInterval(SimpleEnum):
    """The longest time a flow of packets is aggregated into one flow log record."""

    ONE_MINUTE = "ONE_MINUTE"
    """One minute."""
    TEN_MINUTES = "TEN_MINUTES"
    """Ten minutes."""


_DESTINATION_TYPE_VALUE = {
    FlowLogDestinationType.CLOUD_WATCH_LOGS: "cloud-watch-logs",
    FlowLogDestinationType.S3: "s3",
    FlowLogDestinationType.KINESIS_DATA_FIREHOSE: "kinesis-data-firehose",
}
_FILE_FORMAT_VALUE = {FlowLogFileFormat.PLAIN_TEXT: "plain-text", FlowLogFileFormat.PARQUET: "parquet"}
_AGGREGATION_SECONDS = {
    FlowLogMaxAggregationInterval.ONE_MINUTE: 60,
    FlowLogMaxAggregationInterval.TEN_MINUTES: 600,
}


# --- log format ----------------------------------------------------------------------------------


class LogFormat:
    """A field (or a whole format string) of a flow log record."""

    ACCOUNT_ID: LogFormat
    """The AWS account of the source network interface."""
    ACTION: LogFormat
    """Whether the traffic was accepted or rejected."""
    ALL_DEFAULT_FIELDS: LogFormat
    """The fields of the default format, in their order."""
    AZ_ID: LogFormat
    """The id of the availability zone of the network interface."""
    BYTES: LogFormat
    """The number of bytes transferred."""
    DST_ADDR: LogFormat
    """The destination address of outgoing traffic, or the interface's address for incoming traffic."""
    DST_PORT: LogFormat
    """The destination port."""
    ECS_CLUSTER_ARN: LogFormat
    """The ARN of the ECS cluster of the task."""
    ECS_CLUSTER_NAME: LogFormat
    """The name of the ECS cluster of the task."""
    ECS_CONTAINER_ID: LogFormat
    """The Docker runtime id of the task's container."""
    ECS_CONTAINER_INSTANCE_ARN: LogFormat
    """The ARN of the ECS container instance."""
    ECS_CONTAINER_INSTANCE_ID: LogFormat
    """The id of the ECS container instance."""
    ECS_SECOND_CONTAINER_ID: LogFormat
    """The Docker runtime id of the task's second container."""
    ECS_SERVICE_NAME: LogFormat
    """The name of the ECS service of the task."""
    ECS_TASK_ARN: LogFormat
    """The ARN of the ECS task."""
    ECS_TASK_DEFINITION_ARN: LogFormat
    """The ARN of the ECS task definition."""
    ECS_TASK_ID: LogFormat
    """The id of the ECS task."""
    END_TIMESTAMP: LogFormat
    """When the last packet of the flow was received, in Unix seconds."""
    FLOW_DIRECTION: LogFormat
    """The direction of the flow (ingress or egress)."""
    INSTANCE_ID: LogFormat
    """The id of the instance of the network interface."""
    INTERFACE_ID: LogFormat
    """The id of the network interface."""
    LOG_STATUS: LogFormat
    """The logging status of the flow log."""
    PACKETS: LogFormat
    """The number of packets transferred."""
    PKT_DST_ADDR: LogFormat
    """The packet-level (original) destination address."""
    PKT_DST_AWS_SERVICE: LogFormat
    """The AWS service of the destination address."""
    PKT_SRC_ADDR: LogFormat
    """The packet-level (original) source address."""
    PKT_SRC_AWS_SERVICE: LogFormat
    """The AWS service of the source address."""
    PROTOCOL: LogFormat
    """The IANA protocol number."""
    REGION: LogFormat
    """The region of the network interface."""
    SRC_ADDR: LogFormat
    """The source address of incoming traffic, or the interface's address for outgoing traffic."""
    SRC_PORT: LogFormat
    """The source port."""
    START_TIMESTAMP: LogFormat
    """When the first packet of the flow was received, in Unix seconds."""
    SUBLOCATION_ID: LogFormat
    """The id of the sublocation (Wavelength Zone, Outpost, Local Zone) of the network interface."""
    SUBLOCATION_TYPE: LogFormat
    """The type of the sublocation of the network interface."""
    SUBNET_ID: LogFormat
    """The id of the subnet of the network interface."""
    TCP_FLAGS: LogFormat
    """The bitmask of the TCP flags seen."""
    TRAFFIC_PATH: LogFormat
    """The path egress traffic takes to its destination."""
    TRAFFIC_TYPE: LogFormat
    """The type of traffic (IPv4, IPv6 or EFA)."""
    VERSION: LogFormat
    """The flow log version."""
    VPC_ID: LogFormat
    """The id of the VPC of the network interface."""

    def __init__(self, value: str) -> None:
        self.value = value
        self._constant: str | None = None

    @staticmethod
    def custom(format_string: str) -> LogFormat:
        """A format string of one or more fields (`'${srcaddr} ${dstaddr}'`)."""
        return LogFormat(format_string)

    @staticmethod
    def field(field: str) -> LogFormat:
        """One field by its name (`'srcaddr'` gives `${srcaddr}`)."""
        return LogFormat(f"${{{field}}}")

    def __repr__(self) -> str:
        if self._constant is not None:
            return f"LogFormat.{self._constant}"
        return f"LogFormat.custom({self.value!r})"


_LOG_FORMAT_FIELDS = {
    "ACCOUNT_ID": "account-id",
    "ACTION": "action",
    "AZ_ID": "az-id",
    "BYTES": "bytes",
    "DST_ADDR": "dstaddr",
    "DST_PORT": "dstport",
    "ECS_CLUSTER_ARN": "ecs-cluster-arn",
    "ECS_CLUSTER_NAME": "ecs-cluster-name",
    "ECS_CONTAINER_ID": "ecs-container-id",
    "ECS_CONTAINER_INSTANCE_ARN": "ecs-container-instance-arn",
    "ECS_CONTAINER_INSTANCE_ID": "ecs-container-instance-id",
    "ECS_SECOND_CONTAINER_ID": "ecs-second-container-id",
    "ECS_SERVICE_NAME": "ecs-service-name",
    "ECS_TASK_ARN": "ecs-task-arn",
    "ECS_TASK_DEFINITION_ARN": "ecs-task-definition-arn",
    "ECS_TASK_ID": "ecs-task-id",
    "END_TIMESTAMP": "end",
    "FLOW_DIRECTION": "flow-direction",
    "INSTANCE_ID": "instance-id",
    "INTERFACE_ID": "interface-id",
    "LOG_STATUS": "log-status",
    "PACKETS": "packets",
    "PKT_DST_ADDR": "pkt-dstaddr",
    "PKT_DST_AWS_SERVICE": "pkt-dst-aws-service",
    "PKT_SRC_ADDR": "pkt-srcaddr",
    "PKT_SRC_AWS_SERVICE": "pkt-src-aws-service",
    "PROTOCOL": "protocol",
    "REGION": "region",
    "SRC_ADDR": "srcaddr",
    "SRC_PORT": "srcport",
    "START_TIMESTAMP": "start",
    "SUBLOCATION_ID": "sublocation-id",
    "SUBLOCATION_TYPE": "sublocation-type",
    "SUBNET_ID": "subnet-id",
    "TCP_FLAGS": "tcp-flags",
    "TRAFFIC_PATH": "traffic-path",
    "TRAFFIC_TYPE": "type",
    "VERSION": "version",
    "VPC_ID": "vpc-id",
}
# The fields of the default format (flow log version 2), in the order EC2 writes them.
_DEFAULT_FIELDS = (
    "VERSION",
    "ACCOUNT_ID",
    "INTERFACE_ID",
    "SRC_ADDR",
    "DST_ADDR",
    "SRC_PORT",
    "DST_PORT",
    "PROTOCOL",
    "PACKETS",
    "BYTES",
    "START_TIMESTAMP",
    "END_TIMESTAMP",
    "ACTION",
    "LOG_STATUS",
)


def _log_format_constant(name: str, value: str) -> LogFormat:
    constant = LogFormat(value)
    constant._constant = name
    return constant


for _name, _field in _LOG_FORMAT_FIELDS.items():
    setattr(LogFormat, _name, _log_format_constant(_name, f"${{{_field}}}"))
LogFormat.ALL_DEFAULT_FIELDS = _log_format_constant(
    "ALL_DEFAULT_FIELDS", " ".join(f"${{{_LOG_FORMAT_FIELDS[name]}}}" for name in _DEFAULT_FIELDS)
)


# --- resource types ------------------------------------------------------------------------------


class FlowLogResourceType(abc.ABC):
    """What a flow log records the traffic of."""

    @property
    @abc.abstractmethod
    def resource_type(self) -> str:
        """The CloudFormation resource type (`VPC`, `Subnet`, `NetworkInterface`, ...)."""

    @property
    @abc.abstractmethod
    def resource_id(self) -> str:
        """The id of the resource."""

    @staticmethod
    def from_vpc(vpc: IVpc) -> FlowLogResourceType:
        """The traffic of a VPC."""
        return _FlowLogResource("VPC", vpc.vpc_id, f"from_vpc({vpc.node.path!r})")

    @staticmethod
    def from_subnet(subnet: ISubnetRef) -> FlowLogResourceType:
        """The traffic of a subnet."""
        return _FlowLogResource("Subnet", subnet.subnet_ref.subnet_id, f"from_subnet({subnet.node.path!r})")

    @staticmethod
    def from_network_interface_id(id: str) -> FlowLogResourceType:
        """The traffic of a network interface."""
        return _FlowLogResource("NetworkInterface", id, f"from_network_interface_id({id!r})")

    @staticmethod
    def from_transit_gateway_id(id: str) -> FlowLogResourceType:
        """The traffic of a transit gateway."""
        return _FlowLogResource("TransitGateway", id, f"from_transit_gateway_id({id!r})")

    @staticmethod
    def from_transit_gateway_attachment_id(id: str) -> FlowLogResourceType:
        """The traffic of a transit gateway attachment."""
        return _FlowLogResource("TransitGatewayAttachment", id, f"from_transit_gateway_attachment_id({id!r})")


class _FlowLogResource(FlowLogResourceType):
    def __init__(self, resource_type: str, resource_id: str, factory_call: str) -> None:
        self._resource_type = resource_type
        self._resource_id = resource_id
        self._factory_call = factory_call

    @property
    def resource_type(self) -> str:
        return self._resource_type

    @property
    def resource_id(self) -> str:
        return self._resource_id

    def __repr__(self) -> str:
        return f"FlowLogResourceType.{self._factory_call}"


# --- structs -------------------------------------------------------------------------------------


@lazy_frozen(kw_only=True)
class S3DestinationOptions(metaclass=LazyAttrsMeta):
    """How a flow log writes its files to S3."""

    file_format: FlowLogFileFormat | None = None
    """The format of the log files. Default: FlowLogFileFormat.PLAIN_TEXT."""
    hive_compatible_partitions: bool | None = None
    """Whether to use Hive-compatible S3 prefixes. Default: false."""
    per_hour_partition: bool | None = None
    """Whether to partition the files per hour instead of per day. Default: false."""


@lazy_frozen(kw_only=True)
class DestinationOptions(S3DestinationOptions, metaclass=LazyAttrsMeta):
    """The destination options of a flow log."""


def _to_destination_options(
    value: DestinationOptions | Mapping[str, Any] | None,
) -> DestinationOptions | None:
    return DestinationOptions(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class FlowLogDestinationConfig(metaclass=LazyAttrsMeta):
    """What a destination gives the flow log it is bound to."""

    log_destination_type: FlowLogDestinationType
    """The kind of destination."""
    delivery_stream_arn: str | None = None
    """The ARN of the Kinesis Data Firehose delivery stream. Default: none."""
    destination_options: DestinationOptions | None = field(default=None, converter=_to_destination_options)
    """How files are written to S3. Default: the service's defaults."""
    iam_role: IRole | None = None
    """The role the flow log publishes to CloudWatch Logs with. Default: none."""
    key_prefix: str | None = None
    """The S3 prefix of the log files. Default: none."""
    log_group: ILogGroup | None = None
    """The CloudWatch Logs log group. Default: none."""
    s3_bucket: IBucket | None = None
    """The S3 bucket. Default: none."""


def _to_log_formats(value: Sequence[LogFormat] | None) -> tuple[LogFormat, ...] | None:
    return tuple(value) if value is not None else None


@lazy_frozen(kw_only=True)
class FlowLogOptions(metaclass=LazyAttrsMeta):
    """Options of a flow log added to a VPC."""

    destination: FlowLogDestination | None = None
    """Where the records go. Default: FlowLogDestination.to_cloud_watch_logs()."""
    log_format: Sequence[LogFormat] | None = field(default=None, converter=_to_log_formats)
    """The fields of a record, in order. Default: the default format (LogFormat.ALL_DEFAULT_FIELDS)."""
    max_aggregation_interval: FlowLogMaxAggregationInterval | None = None
    """The longest aggregation time of a record. Default: FlowLogMaxAggregationInterval.TEN_MINUTES."""
    traffic_type: FlowLogTrafficType | None = None
    """Which traffic to record. Default: FlowLogTrafficType.ALL (none for transit gateways)."""


@lazy_frozen(kw_only=True)
class FlowLogProps(FlowLogOptions, metaclass=LazyAttrsMeta):
    """Properties of a FlowLog."""

    resource_type: FlowLogResourceType
    """What to record the traffic of."""
    flow_log_name: str | None = None
    """The flow log's `Name` tag. Default: the construct path."""


# --- destinations --------------------------------------------------------------------------------


class FlowLogDestination(abc.ABC):
    """Where a flow log publishes its records."""

    @staticmethod
    def to_cloud_watch_logs(
        log_group: ILogGroup | None = None, iam_role: IRole | None = None
    ) -> FlowLogDestination:
        """A CloudWatch Logs log group; a log group and a role are created when not given."""
        return _CloudWatchLogsDestination(log_group, iam_role)

    @staticmethod
    def to_s3(
        bucket: IBucket | None = None,
        key_prefix: str | None = None,
        *,
        file_format: FlowLogFileFormat | None = None,
        hive_compatible_partitions: bool | None = None,
        per_hour_partition: bool | None = None,
    ) -> FlowLogDestination:
        """An S3 bucket, under an optional key prefix; a bucket is created when not given."""
        options = S3DestinationOptions(
            file_format=file_format,
            hive_compatible_partitions=hive_compatible_partitions,
            per_hour_partition=per_hour_partition,
        )
        return _S3Destination(bucket, key_prefix, options)

    @staticmethod
    def to_kinesis_data_firehose_destination(delivery_stream_arn: str) -> FlowLogDestination:
        """A Kinesis Data Firehose delivery stream, by ARN."""
        return _KinesisDataFirehoseDestination(delivery_stream_arn)

    @abc.abstractmethod
    def bind(self, scope: Construct, flow_log: FlowLog) -> FlowLogDestinationConfig:
        """Make what the destination needs (in `scope`) and describe it to the flow log."""


class _CloudWatchLogsDestination(FlowLogDestination):
    def __init__(self, log_group: ILogGroup | None, iam_role: IRole | None) -> None:
        self._log_group = log_group
        self._iam_role = iam_role

    def __repr__(self) -> str:
        return "FlowLogDestination.to_cloud_watch_logs(...)"

    def bind(self, scope: Construct, flow_log: FlowLog) -> FlowLogDestinationConfig:
        # Deferred for import speed: IAM and CloudWatch Logs are needed only by VPCs with flow logs.
        from ..aws_iam.policy_statement import PolicyStatement
        from ..aws_iam.principals import ServicePrincipal
        from ..aws_iam.role import Role
        from ..aws_logs.log_group import LogGroup

        iam_role = self._iam_role or Role(scope, "IAMRole", assumed_by=ServicePrincipal(_FLOW_LOGS_SERVICE))
        log_group = self._log_group or LogGroup(scope, "LogGroup")
        iam_role.add_to_principal_policy(
            PolicyStatement(
                actions=["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                resources=[log_group.log_group_arn],
            )
        )
        return FlowLogDestinationConfig(
            log_destination_type=FlowLogDestinationType.CLOUD_WATCH_LOGS,
            log_group=log_group,
            iam_role=iam_role,
        )


class _S3Destination(FlowLogDestination):
    def __init__(self, bucket: IBucket | None, key_prefix: str | None, options: S3DestinationOptions) -> None:
        self._bucket = bucket
        self._key_prefix = key_prefix
        self._options = options

    def __repr__(self) -> str:
        return f"FlowLogDestination.to_s3(..., key_prefix={self._key_prefix!r})"

    def bind(self, scope: Construct, flow_log: FlowLog) -> FlowLogDestinationConfig:
        # Deferred for import speed: S3 is needed only by VPCs with flow logs to S3.
        from ..aws_s3.bucket import Bucket

        bucket = self._bucket or Bucket(scope, "Bucket")
        if FeatureFlags.of(scope).is_enabled(CREATE_DEFAULT_LOGGING_POLICY):
            self._allow_log_delivery(scope, bucket)
        return FlowLogDestinationConfig(
            log_destination_type=FlowLogDestinationType.S3,
            s3_bucket=bucket,
            key_prefix=self._key_prefix,
            destination_options=self._destination_options(),
        )

    def _destination_options(self) -> DestinationOptions | None:
        options = self._options
        # As in aws-cdk-lib, false partition options alone leave the service defaults in place.
        if not (options.file_format or options.hive_compatible_partitions or options.per_hour_partition):
            return None
        return DestinationOptions(
            file_format=options.file_format or FlowLogFileFormat.PLAIN_TEXT,
            hive_compatible_partitions=bool(options.hive_compatible_partitions),
            per_hour_partition=bool(options.per_hour_partition),
        )

    def _allow_log_delivery(self, scope: Construct, bucket: IBucket) -> None:
        """The bucket policy the log delivery service would otherwise write itself, on first delivery."""
        # Deferred for import speed, as above.
        from ..aws_iam.policy_statement import PolicyStatement
        from ..aws_iam.principals import ServicePrincipal

        stack = Stack.of(scope)
        prefix = ""
        if self._key_prefix:
            prefix = self._key_prefix if self._key_prefix.endswith("/") else f"{self._key_prefix}/"
        account_folder = (
            f"aws-account-id={stack.account}" if self._options.hive_compatible_partitions else stack.account
        )
        from_this_account = {"aws:SourceArn": stack.format_arn(service="logs", resource="*")}
        bucket.add_to_resource_policy(
            PolicyStatement(
                actions=["s3:PutObject"],
                principals=[ServicePrincipal(_LOG_DELIVERY_SERVICE)],
                resources=[bucket.arn_for_objects(f"{prefix}AWSLogs/{account_folder}/*")],
                conditions={
                    "StringEquals": {
                        "s3:x-amz-acl": "bucket-owner-full-control",
                        "aws:SourceAccount": stack.account,
                    },
                    "ArnLike": from_this_account,
                },
            )
        )
        bucket.add_to_resource_policy(
            PolicyStatement(
                actions=["s3:GetBucketAcl", "s3:ListBucket"],
                principals=[ServicePrincipal(_LOG_DELIVERY_SERVICE)],
                resources=[bucket.bucket_arn],
                conditions={
                    "StringEquals": {"aws:SourceAccount": stack.account},
                    "ArnLike": from_this_account,
                },
            )
        )


class _KinesisDataFirehoseDestination(FlowLogDestination):
    def __init__(self, delivery_stream_arn: str) -> None:
        self._delivery_stream_arn = delivery_stream_arn

    def __repr__(self) -> str:
        return f"FlowLogDestination.to_kinesis_data_firehose_destination({self._delivery_stream_arn!r})"

    def bind(self, scope: Construct, flow_log: FlowLog) -> FlowLogDestinationConfig:
        return FlowLogDestinationConfig(
            log_destination_type=FlowLogDestinationType.KINESIS_DATA_FIREHOSE,
            delivery_stream_arn=self._delivery_stream_arn,
        )


# --- flow logs -----------------------------------------------------------------------------------


@runtime_checkable
class IFlowLog(IResource, Protocol):
    """A flow log, defined here or imported."""

    @property
    def flow_log_id(self) -> str:
        """The flow log's id."""
        ...

    @property
    def flow_log_ref(self) -> FlowLogReference:
        """A reference to the flow log: its id."""
        ...


class _ImportedFlowLog(Resource):
    def __init__(self, scope: Construct, id: str, flow_log_id: str) -> None:
        super().__init__(scope, id)
        self.flow_log_id = flow_log_id

    @property
    def flow_log_ref(self) -> FlowLogReference:
        """A reference to the flow log: its id."""
        return FlowLogReference(flow_log_id=self.flow_log_id)


def _render_destination_options(
    options: DestinationOptions | None,
) -> CfnFlowLog.DestinationOptionsProperty | None:
    if options is None:
        return None
    # Differs from aws-cdk-lib, which writes these keys in camelCase (`fileFormat`, ...): CloudFormation's
    # schema has them in PascalCase, and the camelCase keys fail validation.
    return CfnFlowLog.DestinationOptionsProperty(
        file_format=_FILE_FORMAT_VALUE[options.file_format or FlowLogFileFormat.PLAIN_TEXT],
        hive_compatible_partitions=bool(options.hive_compatible_partitions),
        per_hour_partition=bool(options.per_hour_partition),
    )


class FlowLog(Resource):
    """A VPC flow log (`AWS::EC2::FlowLog`), with the log group, role or bucket it needs."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_type: FlowLogResourceType,
        destination: FlowLogDestination | None = None,
        flow_log_name: str | None = None,
        log_format: Sequence[LogFormat] | None = None,
        max_aggregation_interval: FlowLogMaxAggregationInterval | None = None,
        traffic_type: FlowLogTrafficType | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=flow_log_name)
        props = FlowLogProps(
            resource_type=resource_type,
            destination=destination,
            flow_log_name=flow_log_name,
            log_format=log_format,
            max_aggregation_interval=max_aggregation_interval,
            traffic_type=traffic_type,
        )
        Tags.of(self).add(_NAME_TAG, props.flow_log_name or self.node.path)
        is_transit_gateway = props.resource_type.resource_type in _TRANSIT_GATEWAY_TYPES
        if is_transit_gateway:
            self._check_transit_gateway_options(props)
        config = (props.destination or FlowLogDestination.to_cloud_watch_logs()).bind(self, self)
        self.log_group: ILogGroup | None = config.log_group
        self.iam_role: IRole | None = config.iam_role
        self.bucket: IBucket | None = config.s3_bucket
        self.key_prefix: str | None = config.key_prefix
        self.delivery_stream_arn: str | None = config.delivery_stream_arn
        log_destination: str | None = config.delivery_stream_arn
        if self.bucket is not None:
            arn = self.bucket.bucket_arn
            log_destination = self.bucket.arn_for_objects(self.key_prefix) if self.key_prefix else arn
        traffic = None if is_transit_gateway else (props.traffic_type or FlowLogTrafficType.ALL).value
        interval = props.max_aggregation_interval
        resource = CfnFlowLog(
            self,
            "FlowLog",
            resource_id=props.resource_type.resource_id,
            resource_type=props.resource_type.resource_type,
            traffic_type=traffic,
            log_destination_type=_DESTINATION_TYPE_VALUE[config.log_destination_type],
            log_destination=log_destination,
            log_group_name=self.log_group.log_group_name if self.log_group is not None else None,
            deliver_logs_permission_arn=self.iam_role.role_arn if self.iam_role is not None else None,
            log_format=" ".join(f.value for f in props.log_format) if props.log_format is not None else None,
            max_aggregation_interval=_AGGREGATION_SECONDS[interval] if interval is not None else None,
            destination_options=_render_destination_options(config.destination_options),
        )
        # IBucket does not declare `policy`; the buckets of aws_s3 have one (None until a statement is added).
        bucket_policy = getattr(self.bucket, "policy", None)
        if bucket_policy is not None:
            resource.node.add_dependency(bucket_policy)
        # As in aws-cdk-lib: the bucket is emptied only after the flow log stops writing to it.
        if self.bucket is not None:
            empty_bucket = self.bucket.node.try_find_child("AutoDeleteObjectsCustomResource")
            if empty_bucket is not None and isinstance(empty_bucket.node.default_child, CfnResource):
                resource.add_dependency(empty_bucket.node.default_child)
        self.flow_log_id: str = resource.ref
        self.node.default_child = resource
        self._acknowledge_destination_option_rules()

    def _acknowledge_destination_option_rules(self) -> None:
        """Record the rule acknowledgments aws-cdk-lib puts on every flow log, for the same metadata."""
        # Deferred for import speed: every VPC app loads this module, few make flow logs.
        from ..core.validations import Acknowledgment, Validations

        for rule in ("F3002", "F3003"):
            Validations.of(self).acknowledge(
                Acknowledgment(id=f"CloudFormation-Validate::{rule}", reason=_DESTINATION_OPTIONS_CASE_REASON)
            )

    def _check_transit_gateway_options(self, props: FlowLogProps) -> None:
        if props.traffic_type is not None:
            raise ValidationError(
                self,
                f"traffic_type=FlowLogTrafficType.{props.traffic_type.name} is not supported by flow logs of "
                "a transit gateway or transit gateway attachment; leave traffic_type unset",
            )
        interval = props.max_aggregation_interval
        if interval is not None and interval is not FlowLogMaxAggregationInterval.ONE_MINUTE:
            raise ValidationError(
                self,
                f"max_aggregation_interval=FlowLogMaxAggregationInterval.{interval.name} is not supported by "
                "flow logs of a transit gateway or transit gateway attachment, which aggregate over one "
                "minute; use FlowLogMaxAggregationInterval.ONE_MINUTE or leave it unset",
            )

    @property
    def flow_log_ref(self) -> FlowLogReference:
        """A reference to the flow log: its id."""
        return FlowLogReference(flow_log_id=self.flow_log_id)

    @staticmethod
    def from_flow_log_id(scope: Construct, id: str, flow_log_id: str) -> IFlowLog:
        """An existing flow log."""
        return _ImportedFlowLog(scope, id, flow_log_id)
