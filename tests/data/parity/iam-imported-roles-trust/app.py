import aws_cdk as cdk
from aws_cdk import (aws_lambda as lambda_, aws_iam as iam, aws_sqs as sqs, aws_s3 as s3, aws_kms as kms,
                     aws_lambda_destinations as destinations, aws_sns as sns, aws_events as events)
from constructs import Construct

CODE = lambda_.Code.from_inline("def handler(event, context):\n    return event\n")


class RolesStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        bucket = s3.Bucket(self, "Uploads")
        key = kms.Key(self, "Key")
        # mutable imports in the same account, another account, and by name with a path
        same = iam.Role.from_role_arn(self, "Same", f"arn:aws:iam::{self.account}:role/app/same-role")
        same.add_to_principal_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=[bucket.bucket_arn]))
        same.attach_inline_policy(iam.Policy(self, "SameExtra", statements=[
            iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"])]))
        same.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
        other = iam.Role.from_role_arn(self, "Other", "arn:aws:iam::999988887777:role/remote")
        other.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
        key.grant_encrypt_decrypt(other)
        named = iam.Role.from_role_name(self, "Named", "service-role/named-role")
        bucket.grant_read(named)
        # roles used by functions
        fn_role = iam.Role(self, "FnRole", assumed_by=iam.CompositePrincipal(
            iam.ServicePrincipal("lambda.amazonaws.com"),
            iam.ServicePrincipal("edgelambda.amazonaws.com")),
            inline_policies={"base": iam.PolicyDocument(statements=[
                iam.PolicyStatement(actions=["logs:CreateLogGroup"], resources=["*"])])})
        fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=CODE,
                              role=fn_role, initial_policy=[iam.PolicyStatement(actions=["s3:PutObject"], resources=[bucket.arn_for_objects("out/*")])])
        fn.add_to_role_policy(iam.PolicyStatement(actions=["kms:Decrypt"], resources=[key.key_arn]))
        imported_fn_role = iam.Role.from_role_arn(self, "ImportedFnRole", f"arn:aws:iam::{self.account}:role/fn-role", mutable=False)
        fn2 = lambda_.Function(self, "Fn2", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=CODE,
                               role=imported_fn_role, on_success=destinations.LambdaDestination(fn, response_only=False),
                               on_failure=destinations.SqsDestination(sqs.Queue(self, "Failed")))
        bucket.grant_write(fn2)
        fn2.grant_invoke(fn_role)
        fn_role.grant_pass_role(iam.AccountRootPrincipal())
        fn_role.grant_assume_role(iam.ArnPrincipal("arn:aws:iam::111122223333:role/ci"))
        assume = iam.Role(self, "Assumer", assumed_by=iam.AccountPrincipal("111122223333").with_session_tags(),
                          external_ids=["acme-ext"])
        fn_role.grant(assume, "iam:GetRole", "iam:ListRolePolicies")
        trusted = iam.Role(self, "Trusted", assumed_by=iam.PrincipalWithConditions(
            iam.ServicePrincipal("scheduler.amazonaws.com"), {"StringEquals": {"aws:SourceAccount": self.account}}))
        trusted.assume_role_policy.add_statements(iam.PolicyStatement(
            actions=["sts:AssumeRole"], principals=[iam.ArnPrincipal("arn:aws:iam::111122223333:root")]))
        fn.grant_invoke(trusted)
        fn.current_version.grant_invoke(trusted)
        fn.grant_invoke_latest_version(assume)
        fn.grant_invoke_version(assume, fn.current_version)
        topic = sns.Topic(self, "T")
        lambda_.Function(self, "Fn3", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                         code=lambda_.Code.from_inline("exports.handler=async()=>1"),
                         on_failure=destinations.SnsDestination(topic),
                         on_success=destinations.EventBridgeDestination(events.EventBus.from_event_bus_name(self, "Default", "default")),
                         retry_attempts=0)
        cdk.CfnOutput(self, "NamedArn", value=named.role_arn)
        cdk.CfnOutput(self, "SameName", value=same.role_name)


app = cdk.App()
RolesStack(app, "Roles", env=cdk.Environment(account="123456789012", region="us-west-2"))
RolesStack(app, "RolesAgnostic")
app.synth()
