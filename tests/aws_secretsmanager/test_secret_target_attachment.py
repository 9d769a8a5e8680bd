"""SecretTargetAttachment, Secret.attach and SecretStringValueBeta1 (aws_secretsmanager/secret.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_secretsmanager as secretsmanager
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
FLAG = "@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments"
ATTACHMENT_TYPE = "AWS::SecretsManager::SecretTargetAttachment"


class Database:
    def __init__(
        self,
        target_id: str,
        kind: secretsmanager.AttachmentTargetType = secretsmanager.AttachmentTargetType.RDS_DB_CLUSTER,
    ) -> None:
        self.target_id = target_id
        self.kind = kind

    def as_secret_attachment_target(self) -> secretsmanager.SecretAttachmentTargetProps:
        return secretsmanager.SecretAttachmentTargetProps(target_id=self.target_id, target_type=self.kind)

    def __repr__(self) -> str:
        return f"Database({self.target_id!r})"


def test_attach_writes_the_target_and_reads_as_a_secret(stack: Stack, template: Render) -> None:
    secret = secretsmanager.Secret(stack, "Secret")
    attached = secret.attach(Database("cluster-1"))
    rendered = template(stack)
    assert resources_of_type(rendered, ATTACHMENT_TYPE) == {
        "SecretAttachment2E1B7C3B": {
            "Type": ATTACHMENT_TYPE,
            "Properties": {
                "SecretId": {"Ref": "SecretA720EF05"},
                "TargetId": "cluster-1",
                "TargetType": "AWS::RDS::DBCluster",
            },
        }
    }
    assert stack.resolve(attached.secret_arn) == {"Ref": "SecretAttachment2E1B7C3B"}
    assert stack.resolve(attached.secret_name) == stack.resolve(secret.secret_name)


@pytest.mark.parametrize(
    ("kind", "resource_type"),
    [
        (secretsmanager.AttachmentTargetType.RDS_DB_INSTANCE, "AWS::RDS::DBInstance"),
        (secretsmanager.AttachmentTargetType.RDS_DB_PROXY, "AWS::RDS::DBProxy"),
        (secretsmanager.AttachmentTargetType.REDSHIFT_CLUSTER, "AWS::Redshift::Cluster"),
        (secretsmanager.AttachmentTargetType.DOCDB_DB_INSTANCE, "AWS::DocDB::DBInstance"),
        (secretsmanager.AttachmentTargetType.DOCDB_DB_CLUSTER, "AWS::DocDB::DBCluster"),
    ],
)
def test_each_kind_of_target_has_its_resource_type(
    stack: Stack, template: Render, kind: secretsmanager.AttachmentTargetType, resource_type: str
) -> None:
    secret = secretsmanager.Secret(stack, "Secret")
    secretsmanager.SecretTargetAttachment(stack, "Attachment", secret=secret, target=Database("t", kind))
    (attachment,) = resources_of_type(template(stack), ATTACHMENT_TYPE).values()
    assert attachment["Properties"]["TargetType"] == resource_type


def test_a_secret_is_attached_once(stack: Stack) -> None:
    secret = secretsmanager.Secret(stack, "Secret")
    secret.attach(Database("cluster-1"))
    with pytest.raises(ValidationError) as error:
        secret.attach(Database("cluster-2"))
    assert str(error.value) == (
        "Test/Secret: attach(target=Database('cluster-2')): the secret is already attached to a target; "
        "attach it once"
    )


def test_grant_read_on_an_attachment_uses_its_arn(stack: Stack, template: Render) -> None:
    user = iam.User(stack, "User")
    secretsmanager.Secret(stack, "Secret").attach(Database("cluster-1")).grant_read(user)
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"][0]["Resource"] == {
        "Ref": "SecretAttachment2E1B7C3B"
    }


@pytest.mark.parametrize(
    ("flag", "policy_secret"), [(False, "SecretAttachment2E1B7C3B"), (True, "SecretA720EF05")]
)
def test_resource_policy_of_an_attachment_follows_the_flag(
    flag: bool, policy_secret: str, template: Render
) -> None:
    stack = Stack(App(context={FLAG: flag}), "Test")
    attached = secretsmanager.Secret(stack, "Secret").attach(Database("cluster-1"))
    attached.add_to_resource_policy(
        iam.PolicyStatement(
            actions=["secretsmanager:GetSecretValue"], resources=["*"], principals=[iam.AnyPrincipal()]
        )
    )
    (policy,) = resources_of_type(template(stack), "AWS::SecretsManager::ResourcePolicy").values()
    assert policy["Properties"]["SecretId"] == {"Ref": policy_secret}


def test_imported_attachment_reads_its_name_from_the_arn(stack: Stack) -> None:
    arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:database-AbCdEf"
    imported = secretsmanager.SecretTargetAttachment.from_secret_target_attachment_secret_arn(
        stack, "Imported", arn
    )
    assert (imported.secret_arn, imported.secret_name) == (arn, "database")
    assert imported.secret_target_attachment_secret_arn == arn


def test_secret_string_beta1_is_the_secret_string(stack: Stack, template: Render) -> None:
    value = secretsmanager.SecretStringValueBeta1.from_unsafe_plaintext("hello")
    assert value.secret_value() == "hello"
    secretsmanager.Secret(stack, "Secret", secret_string_beta1=value)
    (secret,) = resources_of_type(template(stack), "AWS::SecretsManager::Secret").values()
    assert secret["Properties"] == {"SecretString": "hello"}


def test_secret_string_beta1_from_token_refuses_a_plain_string() -> None:
    with pytest.raises(ValidationError) as error:
        secretsmanager.SecretStringValueBeta1.from_token("hello")
    assert str(error.value) == (
        "secret_value_from_token='hello' is a plain string, which would be written into the template; use "
        "SecretStringValueBeta1.from_unsafe_plaintext if this is intentional"
    )


def test_secret_string_beta1_is_one_source_of_the_value(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        secretsmanager.Secret(
            stack,
            "Secret",
            secret_string_beta1=secretsmanager.SecretStringValueBeta1.from_unsafe_plaintext("x"),
            generate_secret_string=secretsmanager.SecretStringGenerator(),
        )
    assert (
        str(error.value)
        == "Test/Secret: generate_secret_string and secret_string_beta1 are both set; set only one"
    )
