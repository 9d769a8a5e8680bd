"""HostedRotation: the excluded characters and master secret ARN it takes from the secrets it is given."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_secretsmanager import HostedRotation, Secret, SecretStringGenerator
from tests.aws_apigatewayv2.inspection import logical_id_of, properties_of

_DEFAULT_EXCLUDE = " %+~`#$&*()|[]{}:;<>?!'/@\"\\"
_COMPLETE_ARN = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:ops/admin-a1B2c3"


def test_hosted_rotation_leaves_out_what_the_secret_was_generated_without(stack: Stack) -> None:
    secret = Secret(stack, "Login", generate_secret_string=SecretStringGenerator(exclude_characters="&@/"))
    schedule = secret.add_rotation_schedule("Rotation", hosted_rotation=HostedRotation.mysql_single_user())
    assert properties_of(schedule)["HostedRotationLambda"]["ExcludeCharacters"] == "&@/"


def test_hosted_rotation_exclusions_given_win_over_the_secrets(stack: Stack) -> None:
    secret = Secret(stack, "Login", generate_secret_string=SecretStringGenerator(exclude_characters="&@/"))
    hosted = HostedRotation.mysql_single_user(exclude_characters="'")
    schedule = secret.add_rotation_schedule("Rotation", hosted_rotation=hosted)
    assert properties_of(schedule)["HostedRotationLambda"]["ExcludeCharacters"] == "'"


@pytest.mark.parametrize("generator", [None, SecretStringGenerator(password_length=20)])
def test_hosted_rotation_of_a_secret_without_exclusions_uses_the_default_ones(
    stack: Stack, generator: SecretStringGenerator | None
) -> None:
    secret = Secret(stack, "Login", generate_secret_string=generator)
    schedule = secret.add_rotation_schedule("Rotation", hosted_rotation=HostedRotation.mysql_single_user())
    assert properties_of(schedule)["HostedRotationLambda"]["ExcludeCharacters"] == _DEFAULT_EXCLUDE


def test_hosted_rotation_of_an_imported_secret_uses_the_default_exclusions(stack: Stack) -> None:
    imported = Secret.from_secret_complete_arn(stack, "Imported", _COMPLETE_ARN)
    schedule = imported.add_rotation_schedule("Rotation", hosted_rotation=HostedRotation.mysql_single_user())
    assert properties_of(schedule)["HostedRotationLambda"]["ExcludeCharacters"] == _DEFAULT_EXCLUDE


def test_master_secret_imported_by_name_is_matched_with_any_suffix(stack: Stack) -> None:
    master = Secret.from_secret_name_v2(stack, "Master", "ops/admin")
    hosted = HostedRotation.postgre_sql_multi_user(master_secret=master)
    schedule = Secret(stack, "Login").add_rotation_schedule("Rotation", hosted_rotation=hosted)
    assert properties_of(schedule)["HostedRotationLambda"]["MasterSecretArn"] == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":secretsmanager:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":secret:ops/admin-??????",
            ],
        ]
    }


def test_master_secret_with_a_complete_arn_is_named_by_it(stack: Stack) -> None:
    master = Secret.from_secret_complete_arn(stack, "Master", _COMPLETE_ARN)
    hosted = HostedRotation.maria_db_multi_user(master_secret=master)
    schedule = Secret(stack, "Login").add_rotation_schedule("Rotation", hosted_rotation=hosted)
    assert properties_of(schedule)["HostedRotationLambda"]["MasterSecretArn"] == _COMPLETE_ARN


def test_master_secret_of_the_app_is_named_by_its_ref(stack: Stack) -> None:
    master = Secret(stack, "Master")
    hosted = HostedRotation.maria_db_multi_user(master_secret=master)
    schedule = Secret(stack, "Login").add_rotation_schedule("Rotation", hosted_rotation=hosted)
    resource = master.node.default_child
    assert resource is not None
    assert properties_of(schedule)["HostedRotationLambda"]["MasterSecretArn"] == {
        "Ref": logical_id_of(resource)
    }
