import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_s3 as s3, aws_lambda as lambda_
from constructs import Construct


class LookupStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        bucket = s3.Bucket(self, "Reports")
        exec_role = iam.Role.from_lookup(self, "ExecRole", role_name="platform-lambda-exec", mutable=False)
        fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                              code=lambda_.Code.from_inline("def handler(e, c): pass"), role=exec_role)
        bucket.grant_read(fn)
        ops = iam.Role.from_lookup(self, "Ops", role_name="ops-admin")
        bucket.grant_read_write(ops)
        cdk.CfnOutput(self, "OpsArn", value=ops.role_arn)
        cdk.CfnOutput(self, "ExecName", value=exec_role.role_name)


app = cdk.App()
LookupStack(app, "Lookup", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
