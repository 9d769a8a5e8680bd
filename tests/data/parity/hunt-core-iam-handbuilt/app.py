"""IAM built by hand in one stack under four synthesizers (CLI credentials, legacy, bootstrapless, default with options): a permissions boundary, PolicyDocuments with conditions, CompositePrincipal with a conditioned AccountPrincipal, organization, account root and federated principals, users in a group, a shared Policy, Grant objects, resource policies."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_s3 as s3, aws_sqs as sqs, aws_kms as kms
from constructs import Construct


def statement(actions, resources, **conditions):
    return iam.PolicyStatement(actions=actions, resources=resources, conditions=conditions or None)


class IdentityStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        boundary = iam.ManagedPolicy(self, "Boundary", managed_policy_name="dev-boundary",
                                     statements=[iam.PolicyStatement(actions=["s3:*", "sqs:*", "logs:*"], resources=["*"]),
                                                 iam.PolicyStatement(effect=iam.Effect.DENY, actions=["iam:*"], resources=["*"])])
        iam.PermissionsBoundary.of(self).apply(boundary)
        data = s3.Bucket(self, "Data", encryption=s3.BucketEncryption.S3_MANAGED, enforce_ssl=True)
        key = kms.Key(self, "Key", enable_key_rotation=True, alias="alias/app")
        queue = sqs.Queue(self, "Jobs", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)

        doc = iam.PolicyDocument(statements=[
            statement(["s3:GetObject", "s3:ListBucket"], [data.bucket_arn, data.arn_for_objects("*")],
                      StringLike={"s3:prefix": ["home/${aws:username}/*"]}),
            statement(["sqs:SendMessage"], [queue.queue_arn], Bool={"aws:SecureTransport": "true"}),
        ])
        trust = iam.CompositePrincipal(
            iam.ServicePrincipal("ecs-tasks.amazonaws.com"),
            iam.ArnPrincipal("arn:aws:iam::999999999999:role/ci"),
            iam.AccountPrincipal("888888888888").with_conditions({"StringEquals": {"sts:ExternalId": "abc"}}),
        )
        app_role = iam.Role(self, "AppRole", assumed_by=trust, role_name="app-role", max_session_duration=cdk.Duration.hours(4),
                            path="/apps/", description="application role",
                            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"),
                                              iam.ManagedPolicy.from_managed_policy_arn(self, "Imported", "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess")],
                            external_ids=["ext-1"])
        iam.Policy(self, "DataPolicy", document=doc, roles=[app_role])
        key.grant_encrypt_decrypt(app_role)
        org_role = iam.Role(self, "OrgRole", assumed_by=iam.OrganizationPrincipal("o-abc123def45"))
        root_role = iam.Role(self, "RootRole", assumed_by=iam.AccountRootPrincipal())
        fed = iam.Role(self, "WebIdentity", assumed_by=iam.FederatedPrincipal(
            "cognito-identity.amazonaws.com",
            {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:pool"},
             "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}},
            "sts:AssumeRoleWithWebIdentity"))
        data.grant_read(fed)
        for r in (org_role, root_role):
            r.add_to_policy(iam.PolicyStatement(actions=["sts:GetCallerIdentity"], resources=["*"]))
            r.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::shared/*"]))

        group = iam.Group(self, "Developers", group_name="devs")
        group.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("IAMUserChangePassword"))
        for name in ("alice", "bob"):
            user = iam.User(self, f"User{name.title()}", user_name=name, groups=[group],
                            password=cdk.SecretValue.secrets_manager("initial-password"), password_reset_required=True)
            queue.grant_consume_messages(user)
        policy = iam.Policy(self, "SharedPolicy", statements=[iam.PolicyStatement(actions=["cloudwatch:PutMetricData"], resources=["*"],
                            conditions={"StringEquals": {"cloudwatch:namespace": "App"}})], groups=[group], roles=[app_role])
        grant = iam.Grant.add_to_principal(grantee=group, actions=["ssm:GetParameter"], resource_arns=[
            self.format_arn(service="ssm", resource="parameter", resource_name="app/*")])
        grant.assert_success()
        g2 = iam.Grant.add_to_principal_or_resource(grantee=app_role, actions=["s3:PutObject"], resource_arns=[data.arn_for_objects("out/*")], resource=data)
        queue.add_to_resource_policy(iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["sqs:SendMessage"], resources=[queue.queue_arn],
                                                         conditions={"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:*:topic"}}))
        cdk.CfnOutput(self, "RoleArn", value=app_role.role_arn)
        cdk.CfnOutput(self, "PolicyName", value=policy.policy_name)
        cdk.CfnOutput(self, "DocJson", value=cdk.Stack.of(self).to_json_string(doc))


app = cdk.App()
IdentityStack(app, "Identity", synthesizer=cdk.CliCredentialsStackSynthesizer(qualifier="idq", file_assets_bucket_name="assets-${AWS::AccountId}", bucket_prefix="id/"))
IdentityStack(app, "IdentityLegacy", synthesizer=cdk.LegacyStackSynthesizer(), env=cdk.Environment(account="123456789012", region="ap-southeast-2"))
IdentityStack(app, "IdentityBare", synthesizer=cdk.BootstraplessSynthesizer(deploy_role_arn="arn:aws:iam::123456789012:role/deploy", cloud_formation_execution_role_arn="arn:aws:iam::123456789012:role/exec"),
              env=cdk.Environment(account="123456789012", region="us-east-2"))
IdentityStack(app, "IdentityDefault", synthesizer=cdk.DefaultStackSynthesizer(qualifier="abcdef123", generate_bootstrap_version_rule=False,
              cloud_formation_execution_role="arn:aws:iam::${AWS::AccountId}:role/exec-${AWS::Region}",
              lookup_role_arn="arn:aws:iam::${AWS::AccountId}:role/lookup", use_lookup_role_for_stack_operations=False,
              bootstrap_stack_version_ssm_parameter="/custom/version"), termination_protection=True,
              notification_arns=["arn:aws:sns:us-east-1:123456789012:deploys"], tags={"team": "identity"})
app.synth()
