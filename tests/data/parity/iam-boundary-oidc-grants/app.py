import aws_cdk as cdk
from aws_cdk import (aws_lambda as lambda_, aws_iam as iam, aws_sqs as sqs, aws_sns as sns, aws_s3 as s3,
                     aws_kms as kms, aws_dynamodb as ddb)
from constructs import Construct


class PlatformStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        boundary = iam.ManagedPolicy(self, "Boundary", managed_policy_name="api-boundary", statements=[
            iam.PolicyStatement(actions=["s3:*", "sqs:*", "dynamodb:*", "logs:*", "kms:*"], resources=["*"]),
            iam.PolicyStatement(effect=iam.Effect.DENY, actions=["iam:*"], resources=["*"]),
        ])
        iam.PermissionsBoundary.of(self).apply(boundary)

        gh = iam.OidcProviderNative(self, "GitHub", url="https://token.actions.githubusercontent.com",
                                    client_ids=["sts.amazonaws.com"],
                                    thumbprints=["6938fd4d98bab03faadb97b34396831e3780aea1"])
        deployer = iam.Role(self, "Deployer", role_name="gh-deployer",
            assumed_by=iam.OpenIdConnectPrincipal(gh, {
                "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/api:*"},
            }),
            max_session_duration=cdk.Duration.hours(2))
        saml = iam.SamlProvider(self, "Okta", metadata_document=iam.SamlMetadataDocument.from_xml("<EntityDescriptor>" + "x" * 1100 + "</EntityDescriptor>"))
        admins = iam.Role(self, "SsoAdmins", assumed_by=iam.SamlConsolePrincipal(saml))
        admins.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))

        key = kms.Key(self, "DataKey", enable_key_rotation=True)
        bucket = s3.Bucket(self, "Reports", encryption=s3.BucketEncryption.KMS, encryption_key=key)
        queue = sqs.Queue(self, "Events", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
        topic = sns.Topic(self, "Alerts")
        table = ddb.Table(self, "Audit", partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING))

        external = iam.Role.from_role_arn(self, "Analytics", "arn:aws:iam::123456789012:role/analytics", mutable=False)
        bucket.grant_read(external)
        shared = iam.Role.from_role_arn(self, "Shared", "arn:aws:iam::123456789012:role/shared-worker",
                                        mutable=False, add_grants_to_resources=True)
        queue.grant_consume_messages(shared)
        other = iam.Role.from_role_arn(self, "Partner", "arn:aws:iam::444455556666:role/partner")
        topic.grant_publish(other)
        bucket.grant_put(other, "incoming/*")

        team = iam.Group(self, "Developers", group_name="api-developers")
        dev = iam.User(self, "Dev", user_name="dev-1", groups=[team],
                       permissions_boundary=iam.ManagedPolicy.from_managed_policy_name(self, "UserBoundary", "user-boundary"))
        table.grant_read_data(team)
        key.grant_decrypt(dev)
        iam.AccessKey(self, "DevKey", user=dev, status=iam.AccessKeyStatus.INACTIVE)
        policy = iam.Policy(self, "Ops", statements=[iam.PolicyStatement(actions=["cloudwatch:GetMetricData"], resources=["*"])],
                            groups=[team])
        policy.attach_to_user(dev)

        fn = lambda_.Function(self, "Auditor", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                              code=lambda_.Code.from_inline("def handler(e, c): pass"))
        grant = iam.Grant.add_to_principal_and_resource(grantee=fn, actions=["s3:GetObject"],
                                                        resource_arns=[bucket.arn_for_objects("audit/*")], resource=bucket)
        combined = grant.combine(table.grant_write_data(fn))
        combined.apply_before(policy)
        fn.grant_invoke(iam.AccountPrincipal("444455556666").with_conditions({"StringEquals": {"aws:SourceAccount": "444455556666"}}))
        fn.grant_invoke(iam.OrganizationPrincipal("o-abcdefghij"))
        fn.grant_invoke_composite_principal(iam.CompositePrincipal(
            iam.ServicePrincipal("events.amazonaws.com"), iam.ServicePrincipal("scheduler.amazonaws.com")))
        fixed = iam.Role(self, "FixedRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        frozen = fixed.without_policy_updates(add_grants_to_resources=True)
        topic.grant_publish(frozen)
        iam.PermissionsBoundary.of(fixed).clear()
        cdk.CfnOutput(self, "DeployerArn", value=deployer.role_arn)


app = cdk.App()
PlatformStack(app, "Platform", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
