"""Instance profiles imported by name, by ARN with a path and with a role: their names as outputs."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "integ-iam-instance-profile-names")

worker = iam.Role(stack, "Worker", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
by_name = iam.InstanceProfile.from_instance_profile_name(stack, "WebProfile", "web-servers")
by_arn = iam.InstanceProfile.from_instance_profile_arn(
    stack, "BatchProfile", "arn:aws:iam::123456789012:instance-profile/jobs/batch"
)
with_role = iam.InstanceProfile.from_instance_profile_attributes(
    stack, "WorkerProfile", instance_profile_arn=f"arn:aws:iam::{stack.account}:instance-profile/worker", role=worker
)
cdk.CfnOutput(stack, "WebProfileName", value=by_name.instance_profile_name)
cdk.CfnOutput(stack, "WebProfileArn", value=by_name.instance_profile_arn)
cdk.CfnOutput(stack, "BatchProfileName", value=by_arn.instance_profile_name)
cdk.CfnOutput(stack, "WorkerProfileName", value=with_role.instance_profile_name)
cdk.CfnOutput(stack, "WorkerProfileRole", value=with_role.role.role_name)

app.synth()
