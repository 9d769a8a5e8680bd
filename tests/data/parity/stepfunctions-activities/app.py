"""Activities: a named one, one with a generated name, imported by ARN and by name, and grants to a worker role."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "stepfunctions-activities")
named = sfn.Activity(stack, "Approve", activity_name="approve-order")
generated = sfn.Activity(stack, "Generated")
by_arn = sfn.Activity.from_activity_arn(stack, "ByArn", "arn:aws:states:us-east-1:123456789012:activity:other")
by_name = sfn.Activity.from_activity_name(stack, "ByName", "shared")
worker = iam.Role(stack, "Worker", assumed_by=iam.AccountRootPrincipal())
named.grant(worker, "states:GetActivityTask", "states:SendTaskSuccess")
generated.grant(worker, "states:GetActivityTask")
cdk.CfnOutput(stack, "NamedArn", value=named.activity_arn)
cdk.CfnOutput(stack, "GeneratedName", value=generated.activity_name)
cdk.CfnOutput(stack, "ImportedName", value=by_arn.activity_name)
cdk.CfnOutput(stack, "ByNameArn", value=by_name.activity_arn)
app.synth()
