import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
named = cdk.Stack(
    app, "core-boundary-name", permissions_boundary=cdk.PermissionsBoundary.from_name("boundary-${Qualifier}")
)
iam.Role(named, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
iam.User(named, "User")
cdk.CfnResource(named, "Queue", type="AWS::SQS::Queue")

arn = cdk.Stack(
    app,
    "core-boundary-arn",
    env=cdk.Environment(account="123456789012", region="eu-west-1"),
    synthesizer=cdk.DefaultStackSynthesizer(qualifier="custom"),
    permissions_boundary=cdk.PermissionsBoundary.from_arn(
        "arn:aws:iam::${AWS::AccountId}:policy/boundary-${Qualifier}-${AWS::Region}"
    ),
)
iam.Role(
    arn,
    "Own",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    permissions_boundary=iam.ManagedPolicy.from_managed_policy_name(arn, "OwnBoundary", "own"),
)
iam.CfnRole(arn, "L1Role", assume_role_policy_document={"Statement": []})

app.synth()
