"""Resources that stand for one physical resource (rule E3019 of aws-cdk-lib's template validation):
log groups of one name (a literal, a name joined from a queue's name, an ARN, `Fn::Sub` with variables,
an import, `Fn::Select` of a split, names evaluated from pseudo parameters, `Fn::Base64`,
`Fn::FindInMap` and `Fn::GetAZs`), roles and functions of one name, SSM parameters of one name, two
policies of one bucket, a resource under a condition and one without; and resources left out (under
conditions that exclude each other, a `Ref` to `AWS::NoValue`, names that differ)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "Duplicates")
queue = sqs.Queue(stack, "Jobs")
cdk.CfnMapping(stack, "Names", mapping={"Prod": {"Group": "/mapped"}})
names = {
    "Literal": "/app/literal",
    "Joined": f"/app/{queue.queue_name}",
    "Arn": queue.queue_arn,
    "Sub": cdk.Fn.sub("/sub/${AWS::Region}/${Name}", {"Name": queue.queue_name}),
    "Imported": cdk.Fn.import_value("shared-log-group"),
    "Selected": cdk.Fn.select(1, cdk.Fn.split(":", queue.queue_arn)),
    "Pseudo": f"/stack/{cdk.Aws.STACK_NAME}/{cdk.Aws.REGION}",
    "Mixed": f"/mixed/{cdk.Aws.REGION}/{queue.queue_name}",
    "Encoded": cdk.Fn.base64("abc"),
    "Mapped": cdk.Fn.find_in_map("Names", "Prod", "Group"),
    "Zone": cdk.Fn.select(0, cdk.Fn.get_azs()),
    "Listed": cdk.Fn.select(0, ["first", queue.queue_name]),
}
for name, value in names.items():
    for index in (1, 2):
        logs.LogGroup(stack, f"{name}{index}", log_group_name=value)
# Three of one name: one finding lists all three.
logs.LogGroup(stack, "Zeta", log_group_name="/app/three")
logs.LogGroup(stack, "Alpha", log_group_name="/app/three")
logs.LogGroup(stack, "Mid", log_group_name="/app/three")
# Left out: different names, a condition, AWS::NoValue.
logs.LogGroup(stack, "Other1", log_group_name="/app/one")
logs.LogGroup(stack, "Other2", log_group_name="/app/two")
choice = cdk.CfnParameter(stack, "Choice", default="a")
condition = cdk.CfnCondition(stack, "IsA", expression=cdk.Fn.condition_equals(choice.value_as_string, "a"))
conditional = logs.CfnLogGroup(stack, "Conditional1", log_group_name="/app/conditional")
conditional.cfn_options.condition = condition
logs.CfnLogGroup(stack, "Conditional2", log_group_name="/app/conditional")
# Conditions that exclude each other: never both deployed.
negated = cdk.CfnCondition(stack, "IsNotA", expression=cdk.Fn.condition_not(condition))
for index, under in ((1, condition), (2, negated)):
    exclusive = logs.CfnLogGroup(stack, f"Exclusive{index}", log_group_name="/app/exclusive")
    exclusive.cfn_options.condition = under
logs.CfnLogGroup(stack, "Nothing1", log_group_name=cdk.Fn.join("", [cdk.Aws.NO_VALUE]))
logs.CfnLogGroup(stack, "Nothing2", log_group_name=cdk.Fn.join("", [cdk.Aws.NO_VALUE]))

for index in (1, 2):
    iam.Role(
        stack, f"Role{index}", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"), role_name="jobs-role"
    )
    ssm.StringParameter(stack, f"Parameter{index}", parameter_name="/jobs/setting", string_value=str(index))
    lambda_.Function(
        stack,
        f"Worker{index}",
        function_name="jobs-worker",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
    )
bucket = s3.Bucket(stack, "Reports")
for index in (1, 2):
    s3.CfnBucketPolicy(
        stack,
        f"BucketPolicy{index}",
        bucket=bucket.bucket_name,
        policy_document={"Version": "2012-10-17", "Statement": []},
    )
app.synth()
