import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


class RepoStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.plain = ecr.Repository(self, "Plain")
        key = kms.Key(self, "Key")
        self.full = ecr.Repository(
            self,
            "Full",
            repository_name="my-repo",
            image_scan_on_push=True,
            image_tag_mutability=ecr.TagMutability.IMMUTABLE,
            encryption=ecr.RepositoryEncryption.KMS,
            encryption_key=key,
            lifecycle_registry_id="123456789012",
            lifecycle_rules=[
                ecr.LifecycleRule(max_image_count=10, tag_status=ecr.TagStatus.UNTAGGED, description="keep ten"),
                ecr.LifecycleRule(max_image_age=cdk.Duration.days(30), tag_status=ecr.TagStatus.TAGGED, tag_prefix_list=["v"], rule_priority=1),
            ],
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        self.full.add_lifecycle_rule(tag_pattern_list=["prod*"], max_image_count=3)
        self.full.add_lifecycle_rule(max_image_count=99)
        ecr.Repository(self, "Aes", encryption=ecr.RepositoryEncryption.AES_256, image_tag_mutability=ecr.TagMutability.MUTABLE)
        ecr.Repository(self, "KmsOnly", encryption=ecr.RepositoryEncryption.KMS)
        role = iam.Role(self, "Puller", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
        self.plain.grant_pull(role)
        self.full.grant_pull_push(role)
        self.full.grant_read(role)
        self.full.grant(role, "ecr:DescribeImages")
        self.plain.grant(iam.AccountPrincipal("111122223333"), "ecr:BatchGetImage")
        self.plain.add_to_resource_policy(iam.PolicyStatement(actions=["ecr:ListImages"], principals=[iam.AnyPrincipal()]))
        fn = lambda_.DockerImageFunction(self, "Fn", code=lambda_.DockerImageCode.from_ecr(self.plain, tag_or_digest="v1"))
        lambda_.Function(self, "Fn2", runtime=lambda_.Runtime.FROM_IMAGE, handler=lambda_.Handler.FROM_IMAGE,
                         code=lambda_.Code.from_ecr_image(self.full, tag_or_digest="sha256:" + "a" * 64))
        self.full.grant_pull(fn)
        for name, value in {
            "Uri": self.full.repository_uri,
            "UriTag": self.full.repository_uri_for_tag("t1"),
            "UriNoTag": self.full.repository_uri_for_tag(),
            "UriDigest": self.full.repository_uri_for_digest("sha256:abc"),
            "UriTOD": self.full.repository_uri_for_tag_or_digest("sha256:abc"),
            "UriTOD2": self.full.repository_uri_for_tag_or_digest("x"),
            "Arn": self.full.repository_arn,
            "Name": self.full.repository_name,
            "PlainUri": self.plain.repository_uri,
        }.items():
            cdk.CfnOutput(self, name, value=value)


class ImportStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, repos, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        by_name = ecr.Repository.from_repository_name(self, "ByName", "my-repo")
        by_arn = ecr.Repository.from_repository_arn(self, "ByArn", "arn:aws:ecr:eu-west-1:111122223333:repository/other/repo")
        by_attrs = ecr.Repository.from_repository_attributes(self, "ByAttrs", repository_arn="arn:aws:ecr:us-east-1:123456789012:repository/x", repository_name="x")
        by_token = ecr.Repository.from_repository_attributes(self, "ByToken", repository_arn=cdk.Fn.import_value("RepoArn"), repository_name=cdk.Fn.import_value("RepoName"))
        role = iam.Role(self, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        for r in (by_name, by_arn, by_attrs, by_token, *repos):
            r.grant_pull(role)
        by_name.grant_pull_push(role)
        by_arn.grant_read(role)
        lambda_.DockerImageFunction(self, "Fn", code=lambda_.DockerImageCode.from_ecr(by_name))
        lambda_.DockerImageFunction(self, "Fn3", code=lambda_.DockerImageCode.from_ecr(repos[0], tag_or_digest="v2"))
        lambda_.DockerImageFunction(self, "Fn4", code=lambda_.DockerImageCode.from_ecr(by_token))
        for i, r in enumerate((by_name, by_arn, by_attrs, by_token, *repos)):
            cdk.CfnOutput(self, f"Uri{i}", value=r.repository_uri)
            cdk.CfnOutput(self, f"Tag{i}", value=r.repository_uri_for_tag("t"))
            cdk.CfnOutput(self, f"Arn{i}", value=r.repository_arn)
            cdk.CfnOutput(self, f"Name{i}", value=r.repository_name)


class CrossAccountStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, repo: ecr.IRepository, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        role = iam.Role(self, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        repo.grant_pull(role)
        fn = lambda_.Function(self, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="a.b", code=lambda_.Code.from_inline("x"))
        repo.grant_read(fn)
        repo.grant(iam.Role.from_role_arn(self, "Ext", "arn:aws:iam::123456789012:role/ext"), "ecr:DescribeImageScanFindings")
        ecr.Repository.from_repository_arn(self, "I", "arn:aws:ecr:eu-west-1:111122223333:repository/o").grant_pull(
            iam.Role(self, "R2", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"), role_name="named")
        )


class SharedStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.repo = ecr.Repository(self, "N", repository_name="shared/images", empty_on_delete=True, removal_policy=cdk.RemovalPolicy.DESTROY)


app = cdk.App()
s = RepoStack(app, "Repos")
ImportStack(app, "Imports", repos=[s.plain, s.full])
env = cdk.Environment(account="123456789012", region="us-east-1")
s2 = RepoStack(app, "ReposEnv", env=env)
ImportStack(app, "ImportsEnv", repos=[s2.plain, s2.full], env=env)
shared = SharedStack(app, "Shared", env=cdk.Environment(account="111122223333", region="eu-west-1"))
CrossAccountStack(app, "CrossAccount", repo=shared.repo, env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
