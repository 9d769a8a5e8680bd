import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_s3 as s3, aws_sqs as sqs, aws_dynamodb as ddb, aws_lambda as lambda_
from constructs import Construct


class GrantStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        bucket = s3.Bucket(self, "Reports")
        queue = sqs.Queue(self, "Jobs")
        table = ddb.Table(self, "Items", partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING))
        fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                              code=lambda_.Code.from_inline("def handler(e, c): pass"))
        role = iam.Role(self, "Worker", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
        readers = iam.ManagedPolicy(self, "Readers", roles=[role])
        bucket.grant_read(readers)
        table.grant_read_data(readers)
        inline = iam.Policy(self, "Senders", roles=[role])
        queue.grant_send_messages(inline)
        fn.grant_invoke(inline)
        deployer = iam.Role(self, "Deployer", assumed_by=iam.AccountRootPrincipal())
        role.grants.pass_role(deployer)
        role.grants.assume_role(deployer)
        iam.RoleGrants.from_role(deployer).pass_role(role)
        cdk.CfnOutput(self, "Principal", value=str(readers.grant_principal.principal_account))


app = cdk.App()
GrantStack(app, "Grants", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
