import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_s3 as s3, aws_sqs as sqs, aws_kms as kms
from constructs import Construct


class PolicyStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        role = iam.Role(self, "App", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
        bucket = s3.Bucket(self, "Data")
        role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=[bucket.arn_for_objects("a/*")]))
        role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=[bucket.arn_for_objects("b/*")]))
        role.add_to_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=[bucket.arn_for_objects("a/*")]))
        role.add_to_policy(iam.PolicyStatement(actions=["s3:*"], resources=["arn:aws:s3:::logs/*"], conditions={"Bool": {"aws:SecureTransport": "true"}}))
        role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::logs/*"], conditions={"Bool": {"aws:SecureTransport": "true"}}))
        role.add_to_policy(iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:DeleteObject"], resources=["*"]))
        role.add_to_policy(iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:DeleteBucket"], resources=["*"]))
        role.add_to_policy(iam.PolicyStatement(not_actions=["iam:*"], resources=["*"], sid="NotIam"))
        role.add_to_policy(iam.PolicyStatement(actions=["sqs:*"], not_resources=["arn:aws:sqs:*:*:secret"]))
        queue = sqs.Queue(self, "Q")
        queue.add_to_resource_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.queue_arn],
                                                         principals=[iam.ServicePrincipal("sns.amazonaws.com")],
                                                         conditions={"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:a"}}))
        queue.add_to_resource_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.queue_arn],
                                                         principals=[iam.ServicePrincipal("sns.amazonaws.com")],
                                                         conditions={"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:b"}}))
        queue.add_to_resource_policy(iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=[queue.queue_arn],
                                                         principals=[iam.AccountPrincipal("111122223333"), iam.AccountPrincipal("444455556666")]))
        queue.add_to_resource_policy(iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=[queue.queue_arn],
                                                         principals=[iam.ArnPrincipal("arn:aws:iam::111122223333:role/r")]))
        bucket.add_to_resource_policy(iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:*"], resources=[bucket.bucket_arn, bucket.arn_for_objects("*")],
                                                          not_principals=[iam.AccountRootPrincipal()], conditions={"StringNotEquals": {"aws:PrincipalOrgID": "o-abcdefghij"}}))
        bucket.add_to_resource_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=[bucket.arn_for_objects("pub/*")], principals=[iam.StarPrincipal()]))
        bucket.add_to_resource_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=[bucket.arn_for_objects("cdn/*")],
                                                          principals=[iam.CanonicalUserPrincipal("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be")]))
        key = kms.Key(self, "K", admins=[iam.AccountRootPrincipal()], policy=iam.PolicyDocument(statements=[
            iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"], principals=[iam.ServicePrincipal("logs.amazonaws.com")])]))
        key.grant_encrypt(role)
        key.grant(iam.ArnPrincipal("arn:aws:iam::111122223333:role/x"), "kms:DescribeKey")
        mp = iam.ManagedPolicy(self, "Mp", document=iam.PolicyDocument(minimize=True, statements=[
            iam.PolicyStatement(actions=["ec2:Describe*"], resources=["*"]),
            iam.PolicyStatement(actions=["ec2:DescribeInstances"], resources=["*"]),
            iam.PolicyStatement(actions=["cloudwatch:PutMetricData"], resources=["*"]),
        ]), roles=[role])
        iam.Policy(self, "Pol", document=iam.PolicyDocument(assign_sids=True, statements=[
            iam.PolicyStatement(actions=["ssm:GetParameter"], resources=["*"]),
            iam.PolicyStatement(actions=["ssm:GetParameters"], resources=["*"])]), roles=[role])


app = cdk.App()
PolicyStack(app, "Policies", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
