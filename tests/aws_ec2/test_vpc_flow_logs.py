"""VPC flow logs: resource types, CloudWatch Logs, S3 and Firehose destinations, formats and checks."""

from __future__ import annotations

import inspect
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Aws, Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations.aws_ec2 import (
    FlowLog,
    FlowLogDestination,
    FlowLogDestinationType,
    FlowLogFileFormat,
    FlowLogMaxAggregationInterval,
    FlowLogOptions,
    FlowLogProps,
    FlowLogResourceType,
    FlowLogTrafficType,
    IFlowLog,
    LogFormat,
    Vpc,
)
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_logs import LogGroup
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

ENI = FlowLogResourceType.from_network_interface_id("eni-1")
LOG_WRITE_ACTIONS = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
FLOW_LOGS_TRUST = {
    "Statement": [
        {
            "Action": "sts:AssumeRole",
            "Effect": "Allow",
            "Principal": {"Service": "vpc-flow-logs.amazonaws.com"},
        }
    ],
    "Version": "2012-10-17",
}


def flow_log_properties(template: dict[str, Any]) -> dict[str, Any]:
    (flow_log,) = resources_of_type(template, "AWS::EC2::FlowLog").values()
    return dict(flow_log["Properties"])


@pytest.fixture
def flagged_stack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Stack:
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON", "CDK_DEFAULT_ACCOUNT", "CDK_DEFAULT_REGION"):
        monkeypatch.delenv(variable, raising=False)
    app = App(outdir=str(tmp_path / "cdk.out"), context={"@aws-cdk/aws-s3:createDefaultLoggingPolicy": True})
    return Stack(app, "Test")


# --- CloudWatch Logs ------------------------------------------------------------------------------


def test_vpc_flow_log_defaults_to_a_new_log_group_and_role(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", max_azs=1).add_flow_log("FlowLogs")
    resources = template(stack)["Resources"]
    name_tag = [{"Key": "Name", "Value": "Test/Vpc/FlowLogs"}]
    assert resources["VpcFlowLogsIAMRole1DFB0AE8"]["Properties"] == {
        "AssumeRolePolicyDocument": FLOW_LOGS_TRUST,
        "Tags": name_tag,
    }
    assert resources["VpcFlowLogsIAMRoleDefaultPolicy3881ED99"]["Properties"]["PolicyDocument"] == {
        "Statement": [
            {
                "Action": LOG_WRITE_ACTIONS,
                "Effect": "Allow",
                "Resource": {"Fn::GetAtt": ["VpcFlowLogsLogGroup02219D52", "Arn"]},
            }
        ],
        "Version": "2012-10-17",
    }
    assert resources["VpcFlowLogsLogGroup02219D52"] == {
        "Type": "AWS::Logs::LogGroup",
        "Properties": {"RetentionInDays": 731, "Tags": name_tag},
        "UpdateReplacePolicy": "Retain",
        "DeletionPolicy": "Retain",
    }
    assert resources["VpcFlowLogsFlowLogBB096F0F"]["Properties"] == {
        "DeliverLogsPermissionArn": {"Fn::GetAtt": ["VpcFlowLogsIAMRole1DFB0AE8", "Arn"]},
        "LogDestinationType": "cloud-watch-logs",
        "LogGroupName": {"Ref": "VpcFlowLogsLogGroup02219D52"},
        "ResourceId": {"Ref": "Vpc8378EB38"},
        "ResourceType": "VPC",
        "Tags": name_tag,
        "TrafficType": "ALL",
    }


def test_cloud_watch_destination_uses_the_given_log_group_and_role(stack: Stack, template: Render) -> None:
    log_group = LogGroup(stack, "Group")
    role = Role(stack, "Role", assumed_by=ServicePrincipal("vpc-flow-logs.amazonaws.com"))
    flow_log = FlowLog(
        stack,
        "FlowLog",
        resource_type=ENI,
        destination=FlowLogDestination.to_cloud_watch_logs(log_group, role),
    )
    rendered = template(stack)
    assert (flow_log.log_group, flow_log.iam_role, flow_log.bucket) == (log_group, role, None)
    assert sorted(resources_of_type(rendered, "AWS::IAM::Role")) == ["Role1ABCC5F0"]
    policy = rendered["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"]
    assert policy["Statement"] == [
        {"Action": LOG_WRITE_ACTIONS, "Effect": "Allow", "Resource": {"Fn::GetAtt": ["GroupC77FDACD", "Arn"]}}
    ]
    properties = flow_log_properties(rendered)
    assert (properties["DeliverLogsPermissionArn"], properties["LogGroupName"]) == (
        {"Fn::GetAtt": ["Role1ABCC5F0", "Arn"]},
        {"Ref": "GroupC77FDACD"},
    )


def test_cloud_watch_destination_creates_only_what_is_missing(stack: Stack, template: Render) -> None:
    FlowLog(
        stack,
        "FlowLog",
        resource_type=ENI,
        destination=FlowLogDestination.to_cloud_watch_logs(LogGroup(stack, "Group")),
    )
    rendered = template(stack)
    assert sorted(resources_of_type(rendered, "AWS::Logs::LogGroup")) == ["GroupC77FDACD"]
    assert sorted(resources_of_type(rendered, "AWS::IAM::Role")) == ["FlowLogIAMRoleDCBD2EB4"]


# --- S3 ---------------------------------------------------------------------------------------------


def test_s3_destination_defaults_to_a_new_bucket(stack: Stack, template: Render) -> None:
    flow_log = FlowLog(stack, "FlowLog", resource_type=ENI, destination=FlowLogDestination.to_s3())
    resources = template(stack)["Resources"]
    assert resources["FlowLogBucket9C4667FF"] == {
        "Type": "AWS::S3::Bucket",
        "Properties": {"Tags": [{"Key": "Name", "Value": "Test/FlowLog"}]},
        "UpdateReplacePolicy": "Retain",
        "DeletionPolicy": "Retain",
    }
    assert flow_log_properties(template(stack)) == {
        "LogDestination": {"Fn::GetAtt": ["FlowLogBucket9C4667FF", "Arn"]},
        "LogDestinationType": "s3",
        "ResourceId": "eni-1",
        "ResourceType": "NetworkInterface",
        "Tags": [{"Key": "Name", "Value": "Test/FlowLog"}],
        "TrafficType": "ALL",
    }
    assert (flow_log.log_group, flow_log.iam_role, flow_log.key_prefix) == (None, None, None)


def test_s3_destination_writes_under_the_key_prefix_with_destination_options(
    stack: Stack, template: Render
) -> None:
    bucket = Bucket(stack, "Bucket")
    flow_log = FlowLog(
        stack,
        "FlowLog",
        resource_type=ENI,
        destination=FlowLogDestination.to_s3(
            bucket,
            "logs/",
            file_format=FlowLogFileFormat.PARQUET,
            hive_compatible_partitions=True,
            per_hour_partition=True,
        ),
    )
    properties = flow_log_properties(template(stack))
    assert (flow_log.bucket, flow_log.key_prefix) == (bucket, "logs/")
    assert properties["LogDestination"] == {
        "Fn::Join": ["", [{"Fn::GetAtt": ["Bucket83908E77", "Arn"]}, "/logs/"]]
    }
    # PascalCase keys, as CloudFormation's schema has them (aws-cdk-lib writes camelCase ones).
    assert properties["DestinationOptions"] == {
        "FileFormat": "parquet",
        "HiveCompatiblePartitions": True,
        "PerHourPartition": True,
    }


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"file_format": FlowLogFileFormat.PLAIN_TEXT}, ("plain-text", False, False)),
        ({"per_hour_partition": True}, ("plain-text", False, True)),
        ({"hive_compatible_partitions": False, "per_hour_partition": False}, None),
        ({}, None),
    ],
)
def test_s3_destination_options_fill_in_defaults_when_any_is_set(
    stack: Stack, template: Render, options: dict[str, Any], expected: tuple[str, bool, bool] | None
) -> None:
    FlowLog(stack, "FlowLog", resource_type=ENI, destination=FlowLogDestination.to_s3(None, None, **options))
    rendered = flow_log_properties(template(stack)).get("DestinationOptions")
    assert rendered == (
        None
        if expected is None
        else dict(zip(("FileFormat", "HiveCompatiblePartitions", "PerHourPartition"), expected, strict=True))
    )


def test_s3_destination_without_logging_policy_flag_adds_no_bucket_policy(
    stack: Stack, template: Render
) -> None:
    FlowLog(
        stack, "FlowLog", resource_type=ENI, destination=FlowLogDestination.to_s3(Bucket(stack, "Bucket"))
    )
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::S3::BucketPolicy") == {}
    assert "DependsOn" not in rendered["Resources"]["FlowLog3CB084E9"]


def test_flow_log_depends_on_an_existing_bucket_policy(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Bucket", enforce_ssl=True)
    FlowLog(stack, "FlowLog", resource_type=ENI, destination=FlowLogDestination.to_s3(bucket))
    assert template(stack)["Resources"]["FlowLog3CB084E9"]["DependsOn"] == ["BucketPolicyE9A3008A"]


def _log_delivery_statements(objects: list[Any], account: Any) -> list[dict[str, Any]]:
    source_arn = {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":logs:", {"Ref": "AWS::Region"}, ":", account, ":*"],
        ]
    }
    return [
        {
            "Action": "s3:PutObject",
            "Condition": {
                "StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceAccount": account},
                "ArnLike": {"aws:SourceArn": source_arn},
            },
            "Effect": "Allow",
            "Principal": {"Service": "delivery.logs.amazonaws.com"},
            "Resource": {"Fn::Join": ["", [{"Fn::GetAtt": ["Bucket83908E77", "Arn"]}, *objects]]},
        },
        {
            "Action": ["s3:GetBucketAcl", "s3:ListBucket"],
            "Condition": {
                "StringEquals": {"aws:SourceAccount": account},
                "ArnLike": {"aws:SourceArn": source_arn},
            },
            "Effect": "Allow",
            "Principal": {"Service": "delivery.logs.amazonaws.com"},
            "Resource": {"Fn::GetAtt": ["Bucket83908E77", "Arn"]},
        },
    ]


@pytest.mark.parametrize(
    ("key_prefix", "hive", "objects"),
    [
        (None, None, ["/AWSLogs/", {"Ref": "AWS::AccountId"}, "/*"]),
        ("logs", None, ["/logs/AWSLogs/", {"Ref": "AWS::AccountId"}, "/*"]),
        ("logs/", True, ["/logs/AWSLogs/aws-account-id=", {"Ref": "AWS::AccountId"}, "/*"]),
    ],
)
def test_logging_policy_flag_lets_log_delivery_write_under_the_prefix(
    flagged_stack: Stack, template: Render, key_prefix: str | None, hive: bool | None, objects: list[Any]
) -> None:
    bucket = Bucket(flagged_stack, "Bucket")
    destination = FlowLogDestination.to_s3(bucket, key_prefix, hive_compatible_partitions=hive)
    FlowLog(flagged_stack, "FlowLog", resource_type=ENI, destination=destination)
    resources = template(flagged_stack)["Resources"]
    assert resources["BucketPolicyE9A3008A"]["Properties"]["PolicyDocument"]["Statement"] == (
        _log_delivery_statements(objects, {"Ref": "AWS::AccountId"})
    )
    assert resources["FlowLog3CB084E9"]["DependsOn"] == ["BucketPolicyE9A3008A"]


def test_logging_policy_flag_leaves_imported_buckets_alone(flagged_stack: Stack, template: Render) -> None:
    bucket = Bucket.from_bucket_name(flagged_stack, "Bucket", "archive")
    FlowLog(flagged_stack, "FlowLog", resource_type=ENI, destination=FlowLogDestination.to_s3(bucket))
    rendered = template(flagged_stack)
    assert resources_of_type(rendered, "AWS::S3::BucketPolicy") == {}
    assert flow_log_properties(rendered)["LogDestination"] == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::archive"]]
    }


# --- resource types, formats, traffic -------------------------------------------------------------


def test_resource_types_name_what_is_logged(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    kinds = {
        "Subnet": FlowLogResourceType.from_subnet(vpc.public_subnets[0]),
        "Eni": FlowLogResourceType.from_network_interface_id("eni-1"),
        "Tgw": FlowLogResourceType.from_transit_gateway_id("tgw-1"),
        "Attachment": FlowLogResourceType.from_transit_gateway_attachment_id("tgw-attach-1"),
    }
    firehose = FlowLogDestination.to_kinesis_data_firehose_destination("arn:aws:firehose:::stream")
    for name, kind in kinds.items():
        FlowLog(stack, name, resource_type=kind, destination=firehose)
    resources = template(stack)["Resources"]
    found = {
        key: (
            r["Properties"]["ResourceType"],
            r["Properties"]["ResourceId"],
            r["Properties"].get("TrafficType"),
        )
        for key, r in resources.items()
        if r["Type"] == "AWS::EC2::FlowLog"
    }
    assert found == {
        "SubnetFlowLogAE7510E6": ("Subnet", {"Ref": "VpcPublicSubnet1Subnet5C2D37C4"}, "ALL"),
        "EniFlowLog432271B3": ("NetworkInterface", "eni-1", "ALL"),
        "TgwFlowLog3EC5BFDC": ("TransitGateway", "tgw-1", None),
        "AttachmentFlowLogF7DEC4E5": ("TransitGatewayAttachment", "tgw-attach-1", None),
    }
    assert repr(kinds["Tgw"]) == "FlowLogResourceType.from_transit_gateway_id('tgw-1')"


def test_firehose_destination_is_the_log_destination(stack: Stack, template: Render) -> None:
    flow_log = FlowLog(
        stack,
        "FlowLog",
        resource_type=ENI,
        destination=FlowLogDestination.to_kinesis_data_firehose_destination("arn:aws:firehose:::stream"),
    )
    properties = flow_log_properties(template(stack))
    assert (properties["LogDestination"], properties["LogDestinationType"]) == (
        "arn:aws:firehose:::stream",
        "kinesis-data-firehose",
    )
    assert flow_log.delivery_stream_arn == "arn:aws:firehose:::stream"


def test_log_format_joins_fields_and_format_strings(stack: Stack, template: Render) -> None:
    FlowLog(
        stack,
        "FlowLog",
        resource_type=ENI,
        log_format=[LogFormat.SRC_ADDR, LogFormat.field("flow-direction"), LogFormat.custom("${a} ${b}")],
        max_aggregation_interval=FlowLogMaxAggregationInterval.ONE_MINUTE,
        traffic_type=FlowLogTrafficType.REJECT,
        flow_log_name="named",
    )
    properties = flow_log_properties(template(stack))
    assert (
        properties["LogFormat"],
        properties["MaxAggregationInterval"],
        properties["TrafficType"],
        properties["Tags"],
    ) == ("${srcaddr} ${flow-direction} ${a} ${b}", 60, "REJECT", [{"Key": "Name", "Value": "named"}])


def test_log_format_constants() -> None:
    assert LogFormat.ALL_DEFAULT_FIELDS.value == (
        "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} "
        "${packets} ${bytes} ${start} ${end} ${action} ${log-status}"
    )
    assert (
        LogFormat.TRAFFIC_TYPE.value,
        LogFormat.PKT_DST_AWS_SERVICE.value,
        LogFormat.END_TIMESTAMP.value,
    ) == (
        "${type}",
        "${pkt-dst-aws-service}",
        "${end}",
    )
    assert (repr(LogFormat.VPC_ID), repr(LogFormat.field("x"))) == (
        "LogFormat.VPC_ID",
        "LogFormat.custom('${x}')",
    )


def test_transit_gateway_flow_log_rejects_traffic_type(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        FlowLog(
            stack,
            "FlowLog",
            resource_type=FlowLogResourceType.from_transit_gateway_id("tgw-1"),
            traffic_type=FlowLogTrafficType.ALL,
        )
    assert str(caught.value) == (
        "Test/FlowLog: traffic_type=FlowLogTrafficType.ALL is not supported by flow logs of a transit gateway "
        "or transit gateway attachment; leave traffic_type unset"
    )


def test_transit_gateway_flow_log_aggregates_over_one_minute_only(stack: Stack, template: Render) -> None:
    attachment = FlowLogResourceType.from_transit_gateway_attachment_id("tgw-attach-1")
    with pytest.raises(ValidationError) as caught:
        FlowLog(
            stack,
            "TenMinutes",
            resource_type=attachment,
            max_aggregation_interval=FlowLogMaxAggregationInterval.TEN_MINUTES,
        )
    assert str(caught.value) == (
        "Test/TenMinutes: max_aggregation_interval=FlowLogMaxAggregationInterval.TEN_MINUTES is not supported "
        "by flow logs of a transit gateway or transit gateway attachment, which aggregate over one minute; use "
        "FlowLogMaxAggregationInterval.ONE_MINUTE or leave it unset"
    )
    FlowLog(
        stack,
        "OneMinute",
        resource_type=attachment,
        max_aggregation_interval=FlowLogMaxAggregationInterval.ONE_MINUTE,
        destination=FlowLogDestination.to_kinesis_data_firehose_destination("arn:aws:firehose:::stream"),
    )
    assert flow_log_properties(template(stack))["MaxAggregationInterval"] == 60


def test_wrong_traffic_type_is_a_type_error(stack: Stack) -> None:
    with pytest.raises(TypeError) as caught:
        FlowLog(stack, "FlowLog", resource_type=ENI, traffic_type="ALL")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "Test/FlowLog: traffic_type='ALL' is a str; use a FlowLogTrafficType, e.g. FlowLogTrafficType.ALL"
    )


# --- Vpc ------------------------------------------------------------------------------------------


def test_vpc_flow_logs_prop_adds_flow_logs_by_id(stack: Stack, template: Render) -> None:
    Vpc(
        stack,
        "Vpc",
        max_azs=1,
        flow_logs={
            "Rejected": FlowLogOptions(
                destination=FlowLogDestination.to_s3(), traffic_type=FlowLogTrafficType.REJECT
            ),
            "Accepted": {"traffic_type": FlowLogTrafficType.ACCEPT},
        },
    )
    found = {
        key: (r["Properties"]["LogDestinationType"], r["Properties"]["TrafficType"])
        for key, r in resources_of_type(template(stack), "AWS::EC2::FlowLog").items()
    }
    assert found == {
        "VpcRejectedFlowLogEAC6DE8E": ("s3", "REJECT"),
        "VpcAcceptedFlowLog9FCD1B06": ("cloud-watch-logs", "ACCEPT"),
    }


def test_imported_vpc_adds_flow_logs(stack: Stack, template: Render) -> None:
    vpc = Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-1", availability_zones=["a"])
    vpc.add_flow_log("FlowLog", destination=FlowLogDestination.to_s3())
    assert flow_log_properties(template(stack))["ResourceId"] == "vpc-1"


def test_imported_flow_log_has_its_id(stack: Stack) -> None:
    imported = FlowLog.from_flow_log_id(stack, "Imported", "fl-1")
    assert isinstance(imported, IFlowLog)
    assert (imported.flow_log_id, imported.flow_log_ref.flow_log_id) == ("fl-1", "fl-1")


def test_flow_log_keywords_are_the_props_fields() -> None:
    keywords = list(inspect.signature(FlowLog.__init__).parameters)[3:]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(FlowLogProps))


def test_flow_log_config_reports_the_destination_type(stack: Stack) -> None:
    flow_log = FlowLog(stack, "FlowLog", resource_type=ENI)
    config = FlowLogDestination.to_s3().bind(flow_log, flow_log)
    assert (config.log_destination_type, config.key_prefix) == (FlowLogDestinationType.S3, None)


def test_flow_log_templates_lint_clean(flagged_stack: Stack, template: Render) -> None:
    vpc = Vpc(flagged_stack, "Vpc", max_azs=2, flow_logs={"All": FlowLogOptions()})
    bucket = Bucket(flagged_stack, "Bucket")
    vpc.add_flow_log(
        "ToS3",
        destination=FlowLogDestination.to_s3(
            bucket, "logs", file_format=FlowLogFileFormat.PARQUET, hive_compatible_partitions=True
        ),
        log_format=[LogFormat.ALL_DEFAULT_FIELDS, LogFormat.VPC_ID],
        max_aggregation_interval=FlowLogMaxAggregationInterval.TEN_MINUTES,
    )
    FlowLog(
        flagged_stack,
        "Subnet",
        resource_type=FlowLogResourceType.from_subnet(vpc.private_subnets[0]),
        destination=FlowLogDestination.to_s3(bucket, Aws.STACK_NAME, per_hour_partition=True),
    )
    FlowLog(
        flagged_stack,
        "Tgw",
        resource_type=FlowLogResourceType.from_transit_gateway_id("tgw-1"),
        destination=FlowLogDestination.to_kinesis_data_firehose_destination("arn:aws:firehose:::stream"),
    )
    assert_cfn_lint_clean(template(flagged_stack))


# --- imports --------------------------------------------------------------------------------------


def test_flow_log_names_are_exported() -> None:
    names = {
        "DestinationOptions",
        "FlowLog",
        "FlowLogDestination",
        "FlowLogDestinationConfig",
        "FlowLogDestinationType",
        "FlowLogFileFormat",
        "FlowLogMaxAggregationInterval",
        "FlowLogOptions",
        "FlowLogProps",
        "FlowLogResourceType",
        "FlowLogTrafficType",
        "IFlowLog",
        "LogFormat",
        "S3DestinationOptions",
    }
    assert names <= set(ec2.__all__)
    assert all(
        getattr(ec2, name).__module__ == "apigwv2_integrations.aws_ec2.vpc_flow_logs" for name in names
    )


VPC_ONLY_APP = """
import sys
from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_ec2 import Vpc
app = App(outdir=sys.argv[1])
Vpc(Stack(app, "Network"), "Vpc", max_azs=1)
app.synth()
print(sorted(m for m in ("aws_s3", "aws_logs") if "apigwv2_integrations." + m in sys.modules))
"""


def test_vpc_without_flow_logs_loads_neither_s3_nor_logs(tmp_path: Path) -> None:
    output = subprocess.run(
        [sys.executable, "-c", VPC_ONLY_APP, str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"
