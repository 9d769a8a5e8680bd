import json

import jsii

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_secretsmanager as secretsmanager


@jsii.implements(secretsmanager.ISecretAttachmentTarget)
class Database:
    """Stands for a database construct: a secret attachment reads its id and kind."""

    def __init__(self, target_id, target_type):
        self.target_id = target_id
        self.target_type = target_type

    def as_secret_attachment_target(self):
        return secretsmanager.SecretAttachmentTargetProps(target_id=self.target_id, target_type=self.target_type)


app = cdk.App()
stack = cdk.Stack(app, "SecretGaps")
user = iam.User(stack, "User")
access_key = iam.AccessKey(stack, "AccessKey", user=user)
# SecretStringValueBeta1: a value built from tokens, and a literal one.
secretsmanager.Secret(
    stack,
    "FromToken",
    secret_string_beta1=secretsmanager.SecretStringValueBeta1.from_token(
        json.dumps(
            {
                "username": user.user_name,
                "accessKeyId": access_key.access_key_id,
                "secretAccessKey": access_key.secret_access_key.unsafe_unwrap(),
            }
        )
    ),
)
secretsmanager.Secret(
    stack,
    "Plaintext",
    description="literal value",
    secret_string_beta1=secretsmanager.SecretStringValueBeta1.from_unsafe_plaintext("not-so-secret"),
)

# Secret.attach, and what the attachment does as a secret.
key = kms.Key(stack, "Key")
database_secret = secretsmanager.Secret(stack, "DatabaseSecret", encryption_key=key)
attached = database_secret.attach(Database("db-instance-1", secretsmanager.AttachmentTargetType.RDS_DB_INSTANCE))
attached.grant_read(user)
cdk.CfnOutput(stack, "Password", value=attached.secret_value_from_json("password").unsafe_unwrap())

# SecretTargetAttachment directly, for each kind of target, with a resource policy.
for index, kind in enumerate(secretsmanager.AttachmentTargetType):
    secret = secretsmanager.Secret(stack, f"Secret{index}")
    attachment = secretsmanager.SecretTargetAttachment(
        stack, f"Attachment{index}", secret=secret, target=Database(f"target-{index}", kind)
    )
    cdk.CfnOutput(stack, f"AttachmentArn{index}", value=attachment.secret_target_attachment_secret_arn)
attachment.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["secretsmanager:GetSecretValue"], resources=["*"], principals=[iam.AccountRootPrincipal()]
    )
)
attachment.grant_write(user)

imported = secretsmanager.SecretTargetAttachment.from_secret_target_attachment_secret_arn(
    stack, "Imported", "arn:aws:secretsmanager:us-east-1:123456789012:secret:database-AbCdEf"
)
imported.grant_read(user)
cdk.CfnOutput(stack, "ImportedName", value=imported.secret_name)

app.synth()
