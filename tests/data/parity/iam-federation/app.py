import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs
from constructs import Construct

# A SAML metadata document is at least 1,000 characters long.
METADATA = (
    '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com">'
    + "<!-- " + "x" * 900 + " -->"
    + "</EntityDescriptor>"
)

app = cdk.App()
stack = cdk.Stack(app, "IamMore")

github = iam.OidcProviderNative(
    stack,
    "GitHub",
    url="https://token.actions.githubusercontent.com",
    client_ids=["sts.amazonaws.com"],
    thumbprints=["6938fd4d98bab03faadb97b34396831e3780aea1"],
)
iam.Role(
    stack,
    "Deploy",
    assumed_by=iam.OpenIdConnectPrincipal(
        github, {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:org/repo:*"}}
    ),
)
iam.Role(
    stack,
    "Identity",
    assumed_by=iam.WebIdentityPrincipal(
        "cognito-identity.amazonaws.com",
        {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:1234"}},
    ),
)
saml = iam.SamlProvider(
    stack,
    "Saml",
    metadata_document=iam.SamlMetadataDocument.from_xml(METADATA),
    name="corp",
)
iam.Role(stack, "SamlRole", assumed_by=iam.SamlPrincipal(saml, {"StringEquals": {"SAML:aud": "x"}}))
iam.Role(stack, "ConsoleRole", assumed_by=iam.SamlConsolePrincipal(saml))
iam.Role(stack, "Tagged", assumed_by=iam.SessionTagsPrincipal(iam.ServicePrincipal("lambda.amazonaws.com")))
iam.Role(
    stack,
    "TaggedAccount",
    assumed_by=iam.SessionTagsPrincipal(iam.AccountPrincipal("123456789012")),
)
user = iam.User(stack, "Ci")
key = iam.AccessKey(stack, "CiKey", user=user)
iam.AccessKey(stack, "OldKey", user=user, serial=2, status=iam.AccessKeyStatus.INACTIVE)
cdk.CfnOutput(stack, "KeyId", value=key.access_key_id)
profile_role = iam.Role(stack, "Ec2Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
iam.InstanceProfile(stack, "Profile", role=profile_role, instance_profile_name="web", path="/app/")
default_profile = iam.InstanceProfile(stack, "DefaultProfile")
cdk.CfnOutput(stack, "ProfileArn", value=default_profile.instance_profile_arn)
lazy = iam.LazyRole(stack, "Lazy", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
queue = sqs.Queue(stack, "Q")
queue.grant_send_messages(lazy)
iam.LazyRole(stack, "NeverUsed", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
boundary = iam.ManagedPolicy(
    stack, "Boundary", statements=[iam.PolicyStatement(actions=["sqs:*"], resources=["*"])]
)
iam.PermissionsBoundary.of(stack).apply(boundary)
dep = iam.CompositeDependable(queue, user)
other = sqs.Queue(stack, "After")
other.node.add_dependency(dep)
iam.Role(stack, "WebTagged", assumed_by=iam.WebIdentityPrincipal("accounts.google.com").with_session_tags())
imported_queue = sqs.Queue.from_queue_arn(stack, "ImportedQueue", "arn:aws:sqs:us-east-1:123456789012:q")
iam.UnknownPrincipal(resource=imported_queue).add_to_principal_policy(
    iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"])
)
cdk.CfnOutput(stack, "LazyArn", value=lazy.role_arn)
imported_profile = iam.InstanceProfile.from_instance_profile_name(stack, "ImportedProfile", "web")
cdk.CfnOutput(stack, "ImportedProfileArn", value=imported_profile.instance_profile_arn)
unbounded = cdk.Stack(app, "Unbounded")
iam.PermissionsBoundary.of(unbounded).apply(
    iam.ManagedPolicy.from_managed_policy_name(unbounded, "Org", "org-boundary")
)
inner = Construct(unbounded, "Inner")
iam.Role(inner, "Free", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
iam.PermissionsBoundary.of(inner).clear()
iam.Role(
    unbounded,
    "Bounded",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    role_name="bounded",
    description="bounded by the stack",
)
app.synth()
