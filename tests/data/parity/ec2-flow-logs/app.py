"""VPC flow logs: the flow_logs prop and add_flow_log of a Vpc, FlowLog on a subnet, a network interface, a
transit gateway and an attachment; CloudWatch Logs (created or given log group and role), S3 (created,
given and imported buckets, key prefixes, destination options) and Firehose destinations; log formats,
aggregation intervals, traffic types, an imported flow log and attribute outputs."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "ec2-flow-logs")

vpc = ec2.Vpc(
    stack,
    "Vpc",
    max_azs=2,
    nat_gateways=1,
    restrict_default_security_group=False,
    flow_logs={
        "AllTraffic": ec2.FlowLogOptions(),
        "ToS3": ec2.FlowLogOptions(
            destination=ec2.FlowLogDestination.to_s3(),
            traffic_type=ec2.FlowLogTrafficType.REJECT,
        ),
    },
)

log_group = logs.LogGroup(stack, "FlowLogGroup", retention=logs.RetentionDays.ONE_WEEK)
role = iam.Role(stack, "FlowLogRole", assumed_by=iam.ServicePrincipal("vpc-flow-logs.amazonaws.com"))
to_group = vpc.add_flow_log(
    "ToLogGroup",
    destination=ec2.FlowLogDestination.to_cloud_watch_logs(log_group, role),
    traffic_type=ec2.FlowLogTrafficType.ACCEPT,
    max_aggregation_interval=ec2.FlowLogMaxAggregationInterval.ONE_MINUTE,
    log_format=[ec2.LogFormat.SRC_ADDR, ec2.LogFormat.DST_ADDR, ec2.LogFormat.custom("${tcp-flags} ${pkt-srcaddr}")],
)
vpc.add_flow_log(
    "GroupOnly",
    destination=ec2.FlowLogDestination.to_cloud_watch_logs(logs.LogGroup(stack, "SharedGroup")),
)

bucket = s3.Bucket(stack, "FlowLogBucket")
to_bucket = ec2.FlowLog(
    stack,
    "SubnetFlowLog",
    resource_type=ec2.FlowLogResourceType.from_subnet(vpc.private_subnets[0]),
    flow_log_name="subnet-flow-log",
    destination=ec2.FlowLogDestination.to_s3(
        bucket,
        "flow-logs/",
        file_format=ec2.FlowLogFileFormat.PARQUET,
        hive_compatible_partitions=True,
        per_hour_partition=True,
    ),
    max_aggregation_interval=ec2.FlowLogMaxAggregationInterval.TEN_MINUTES,
    log_format=[ec2.LogFormat.ALL_DEFAULT_FIELDS, ec2.LogFormat.VPC_ID, ec2.LogFormat.field("flow-direction")],
)

eni = ec2.FlowLog(
    stack,
    "EniFlowLog",
    resource_type=ec2.FlowLogResourceType.from_network_interface_id("eni-0123456789abcdef0"),
    destination=ec2.FlowLogDestination.to_cloud_watch_logs(),
)

tgw = ec2.FlowLog(
    stack,
    "TgwFlowLog",
    resource_type=ec2.FlowLogResourceType.from_transit_gateway_id("tgw-0123456789abcdef0"),
    destination=ec2.FlowLogDestination.to_kinesis_data_firehose_destination(
        "arn:aws:firehose:us-east-1:123456789012:deliverystream/flow-logs"
    ),
)
ec2.FlowLog(
    stack,
    "TgwAttachmentFlowLog",
    resource_type=ec2.FlowLogResourceType.from_transit_gateway_attachment_id("tgw-attach-0123456789abcdef0"),
    destination=ec2.FlowLogDestination.to_s3(bucket, "tgw"),
    max_aggregation_interval=ec2.FlowLogMaxAggregationInterval.ONE_MINUTE,
)
ec2.FlowLog(
    stack,
    "ImportedBucketFlowLog",
    resource_type=ec2.FlowLogResourceType.from_subnet(vpc.public_subnets[1]),
    destination=ec2.FlowLogDestination.to_s3(
        s3.Bucket.from_bucket_name(stack, "ImportedBucket", "flow-log-archive"),
        file_format=ec2.FlowLogFileFormat.PLAIN_TEXT,
    ),
)

imported = ec2.FlowLog.from_flow_log_id(stack, "Imported", "fl-0123456789abcdef0")

cdk.CfnOutput(stack, "ToGroupId", value=to_group.flow_log_id)
cdk.CfnOutput(stack, "ToGroupLogGroup", value=to_group.log_group.log_group_name)
cdk.CfnOutput(stack, "ToGroupRole", value=to_group.iam_role.role_arn)
cdk.CfnOutput(stack, "ToBucketName", value=to_bucket.bucket.bucket_name)
cdk.CfnOutput(stack, "ToBucketPrefix", value=to_bucket.key_prefix)
cdk.CfnOutput(stack, "EniLogGroup", value=eni.log_group.log_group_arn)
cdk.CfnOutput(stack, "EniRole", value=eni.iam_role.role_name)
cdk.CfnOutput(stack, "TgwStream", value=tgw.delivery_stream_arn)
cdk.CfnOutput(stack, "ImportedId", value=imported.flow_log_id)
app.synth()
