import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs
from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "core-custom-resource")
token = stack.format_arn(service="lambda", resource="function", resource_name="provider",
                         arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME)

plain = cdk.CustomResource(stack, "Plain", service_token=token)
typed = cdk.CustomResource(
    stack,
    "Typed",
    service_token=token,
    resource_type="Custom::MyThing",
    properties={"bucketName": "b", "nested": {"a": 1}, "list": [1, "x"]},
    pascal_case_properties=True,
    removal_policy=cdk.RemovalPolicy.RETAIN,
    service_timeout=cdk.Duration.minutes(5),
)
raw = cdk.CustomResource(
    stack,
    "Raw",
    service_token=token,
    resource_type="Custom::Raw_@-1",
    properties={"keepCase": typed.get_att_string("Value"), "Ref": typed.ref, "Att": typed.get_att("Other")},
    removal_policy=cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
)
raw.node.add_dependency(plain)

cdk.CfnOutput(stack, "PlainRef", value=plain.ref)
cdk.CfnOutput(stack, "TypedAtt", value=typed.get_att_string("Result"))
cdk.CfnOutput(stack, "TypedAttToken", value=cdk.Token.as_string(typed.get_att("Other")))

# Removal policies by aspect
q1 = sqs.CfnQueue(stack, "Q1")
q2 = sqs.CfnQueue(stack, "Q2")
q2.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
t1 = cdk.CfnResource(stack, "T1", type="AWS::SNS::Topic")
sub = Construct(stack, "Sub")
q3 = sqs.CfnQueue(sub, "Q3")
t2 = cdk.CfnResource(sub, "T2", type="AWS::SNS::Topic")
volume = {"AvailabilityZone": "us-east-1a", "Size": 10}
v1 = cdk.CfnResource(sub, "V1", type="AWS::EC2::Volume", properties=volume)
q4 = sqs.CfnQueue(sub, "Q4")
q4.cfn_options.update_replace_policy = cdk.CfnDeletionPolicy.DELETE

cdk.MissingRemovalPolicies.of(stack).retain_on_update_or_delete()
cdk.RemovalPolicies.of(sub).destroy(exclude_resource_types=["AWS::SNS::Topic"])
cdk.RemovalPolicies.of(sub).snapshot(apply_to_resource_types=["AWS::EC2::Volume"], priority=50)

other = cdk.Stack(app, "core-removal-priority")
a = cdk.CfnResource(other, "A", type="AWS::RDS::DBCluster", properties={"Engine": "aurora-postgresql"})
b = cdk.CfnResource(other, "B", type="AWS::EC2::Volume", properties=volume)
cdk.RemovalPolicies.of(other).retain(priority=300)
cdk.RemovalPolicies.of(other).destroy(priority=100)
cdk.RemovalPolicies.of(other).snapshot()
cdk.MissingRemovalPolicies.of(other).destroy(priority=10)
app.synth()
