"""Log group resource policies name accounts: account, ARN, role and service principals, and a cross-account grant."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "integ-iam-logs-policy-principals")

audit = logs.LogGroup(stack, "Audit")
audit.add_to_resource_policy(
    iam.PolicyStatement(actions=["logs:CreateLogStream"], principals=[iam.AccountPrincipal(stack.account)])
)
audit.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["logs:PutLogEvents"],
        principals=[
            iam.ArnPrincipal("arn:aws:iam::222222222222:role/shipper"),
            iam.ServicePrincipal("delivery.logs.amazonaws.com"),
        ],
    )
)
local_role = iam.Role(stack, "Local", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
audit.add_to_resource_policy(iam.PolicyStatement(actions=["logs:GetLogEvents"], principals=[local_role]))

shared = logs.LogGroup.from_log_group_arn(stack, "Shared", "arn:aws:logs:us-east-1:333333333333:log-group:/shared:*")
shared.grant_write(local_role)

app.synth()
