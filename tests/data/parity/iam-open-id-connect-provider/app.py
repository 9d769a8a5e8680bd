import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from constructs import Construct


class FederationStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        github = iam.OpenIdConnectProvider(
            self,
            "GitHubProvider",
            url="https://token.actions.githubusercontent.com",
            client_ids=["sts.amazonaws.com"],
        )
        gitlab = iam.OpenIdConnectProvider(
            self,
            "GitLabProvider",
            url="https://gitlab.example.com",
            client_ids=["https://gitlab.example.com", "sts.amazonaws.com"],
            thumbprints=["a" * 40, "B" * 40],
            removal_policy=cdk.RemovalPolicy.RETAIN,
        )
        audiences = cdk.CfnParameter(self, "Audiences", type="CommaDelimitedList")
        issuer_url = cdk.CfnParameter(self, "IssuerUrl")
        iam.OpenIdConnectProvider(
            self,
            "ParameterProvider",
            url=issuer_url.value_as_string,
            client_ids=audiences.value_as_list,
            thumbprints=[],
        )
        iam.OpenIdConnectProvider(
            self, "EmptyAudiences", url="https://auth.example.org/realms/main", client_ids=[]
        )
        artifacts = s3.Bucket(self, "Artifacts")
        deploy = iam.Role(
            self,
            "DeployRole",
            assumed_by=iam.OpenIdConnectPrincipal(github).with_conditions(
                {
                    "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                    "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/shop:*"},
                }
            ),
            max_session_duration=cdk.Duration.hours(2),
        )
        artifacts.grant_read_write(deploy)
        iam.Role(self, "GitLabRole", assumed_by=iam.OpenIdConnectPrincipal(gitlab))
        imported = iam.OpenIdConnectProvider.from_open_id_connect_provider_arn(
            self,
            "Imported",
            "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF",
        )
        iam.Role(
            self,
            "EksRole",
            assumed_by=iam.WebIdentityPrincipal(
                imported.open_id_connect_provider_arn,
                {"StringEquals": {f"{imported.open_id_connect_provider_issuer}:aud": "sts.amazonaws.com"}},
            ),
        )
        cdk.CfnOutput(self, "GitHubArn", value=github.open_id_connect_provider_arn)
        cdk.CfnOutput(self, "GitHubIssuer", value=github.open_id_connect_provider_issuer)
        cdk.CfnOutput(self, "GitLabThumbprints", value=gitlab.open_id_connect_providerthumbprints)
        cdk.CfnOutput(self, "ImportedIssuer", value=imported.open_id_connect_provider_issuer)


class ConsumerStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, provider: iam.IOpenIdConnectProvider, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        iam.Role(self, "ReaderRole", assumed_by=iam.OpenIdConnectPrincipal(provider))
        iam.OpenIdConnectProvider(self, "Own", url="https://login.example.net")


app = cdk.App()
federation = FederationStack(app, "Federation")
provider = iam.OpenIdConnectProvider.from_open_id_connect_provider_arn(
    federation, "ByArn", "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
)
ConsumerStack(app, "Consumer", provider=federation.node.find_child("GitHubProvider"))
app.synth()
