"""Secret: generated and given values, keys, imports by name and ARN, grants and dynamic references."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Aws, Environment, Fn, RemovalPolicy, SecretValue, Stack
from apigwv2_integrations.aws_iam import AccountPrincipal, PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_secretsmanager import Secret, SecretProps, SecretStringGenerator
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import resource_of
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _role(stack: Stack) -> Role:
    return Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))


def _role_statements(rendered: dict[str, Any]) -> list[Any]:
    (policy,) = [r for r in rendered["Resources"].values() if r["Type"] == "AWS::IAM::Policy"]
    statements: list[Any] = policy["Properties"]["PolicyDocument"]["Statement"]
    return statements


def test_secret_keywords_match_props_fields() -> None:
    keywords = [p for p in inspect.signature(Secret.__init__).parameters if p not in ("self", "scope", "id")]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(SecretProps))


def test_secret_defaults_to_a_generated_value_and_is_destroyed(stack: Stack) -> None:
    secret = Secret(stack, "Secret")
    assert resource_of(secret) == {
        "Type": "AWS::SecretsManager::Secret",
        "Properties": {"GenerateSecretString": {}},
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }


def test_secret_renders_a_generator_given_as_a_mapping(stack: Stack) -> None:
    secret = Secret(
        stack,
        "Secret",
        secret_name="db",
        removal_policy=RemovalPolicy.RETAIN,
        generate_secret_string={
            "secret_string_template": '{"user":"a"}',
            "generate_string_key": "password",
            "exclude_characters": "/@",
        },
    )
    assert resource_of(secret)["Properties"] == {
        "GenerateSecretString": {
            "ExcludeCharacters": "/@",
            "GenerateStringKey": "password",
            "SecretStringTemplate": '{"user":"a"}',
        },
        "Name": "db",
    }
    assert resource_of(secret)["DeletionPolicy"] == "Retain"


def test_secret_with_a_value_renders_it_and_no_generator(stack: Stack) -> None:
    secret = Secret(stack, "Secret", secret_string_value=SecretValue.unsafe_plain_text("hello"))
    assert resource_of(secret)["Properties"] == {"SecretString": "hello"}


def test_owned_secret_name_is_read_back_from_the_arn(stack: Stack) -> None:
    plain = Secret(stack, "Plain", secret_name="plain")
    assert stack.resolve(plain.secret_name) == {
        "Fn::Select": [
            0,
            {"Fn::Split": ["-", {"Fn::Select": [6, {"Fn::Split": [":", {"Ref": "Plain295EB121"}]}]}]},
        ]
    }
    named = Secret(stack, "Named", secret_name="a-b-c")
    assert len(stack.resolve(named.secret_name)["Fn::Join"][1]) == 3


def test_generator_needs_key_and_template_together(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Secret(stack, "Secret", generate_secret_string=SecretStringGenerator(generate_string_key="password"))
    assert str(error.value) == (
        "Test/Secret: generate_secret_string sets generate_string_key='password' without "
        "secret_string_template; set both or neither"
    )


def test_generator_template_needs_a_key(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Secret(stack, "Secret", generate_secret_string=SecretStringGenerator(secret_string_template="{}"))
    assert str(error.value) == (
        "Test/Secret: generate_secret_string sets secret_string_template='{}' without "
        "generate_string_key; set both or neither"
    )


def test_value_and_generator_are_exclusive(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Secret(
            stack,
            "Secret",
            secret_string_value=SecretValue.unsafe_plain_text("x"),
            generate_secret_string=SecretStringGenerator(),
        )
    assert str(error.value) == (
        "Test/Secret: generate_secret_string and secret_string_value are both set; set only one"
    )


def test_secret_value_is_a_dynamic_reference(stack: Stack) -> None:
    secret = Secret(stack, "Secret")
    assert stack.resolve(secret.secret_value_from_json("password").unsafe_unwrap()) == {
        "Fn::Join": [
            "",
            ["{{resolve:secretsmanager:", {"Ref": "SecretA720EF05"}, ":SecretString:password::}}"],
        ]
    }
    assert stack.resolve(secret.secret_value.unsafe_unwrap()) == {
        "Fn::Join": ["", ["{{resolve:secretsmanager:", {"Ref": "SecretA720EF05"}, ":SecretString:::}}"]]
    }


def test_grants_on_an_owned_secret_use_its_arn(stack: Stack, template: Render) -> None:
    secret = Secret(stack, "Secret")
    role = _role(stack)
    secret.grant_read(role)
    secret.grant_write(role)
    assert _role_statements(template(stack)) == [
        {
            "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
            "Effect": "Allow",
            "Resource": {"Ref": "SecretA720EF05"},
        },
        {
            "Action": [
                "secretsmanager:PutSecretValue",
                "secretsmanager:UpdateSecret",
                "secretsmanager:UpdateSecretVersionStage",
            ],
            "Effect": "Allow",
            "Resource": {"Ref": "SecretA720EF05"},
        },
    ]


def test_grant_read_of_version_stages_adds_a_condition(stack: Stack, template: Render) -> None:
    Secret(stack, "Secret").grant_read(_role(stack), version_stages=["AWSCURRENT"])
    assert _role_statements(template(stack)) == [
        {
            "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
            "Condition": {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": ["AWSCURRENT"]}},
            "Effect": "Allow",
            "Resource": {"Ref": "SecretA720EF05"},
        }
    ]


def _stack_in_account(app: App) -> Stack:
    return Stack(app, "Owner", env=Environment(account="123456789012", region="eu-west-1"))


def test_version_stages_of_a_cross_account_grant_go_on_the_resource_policy(
    app: App, template: Render
) -> None:
    stack = _stack_in_account(app)
    secret = Secret(stack, "Secret", encryption_key=Key(stack, "Key"))
    secret.grant_read(
        Role.from_role_arn(stack, "Other", "arn:aws:iam::999988887777:role/consumer"),
        version_stages=["AWSCURRENT", "AWSPENDING"],
    )
    (policy,) = resources_of_type(template(stack), "AWS::SecretsManager::ResourcePolicy").values()
    (statement,) = policy["Properties"]["ResourcePolicy"]["Statement"]
    assert statement == {
        "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
        "Condition": {
            "ForAnyValue:StringEquals": {"secretsmanager:VersionStage": ["AWSCURRENT", "AWSPENDING"]}
        },
        "Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::999988887777:role/consumer"},
        "Resource": {"Ref": "SecretA720EF05"},
    }


_NEEDS_KEY = (
    "goes through the secret's resource policy, and a KMS key must be provided for cross account access to "
    "Secret; pass encryption_key= to Secret(...) with a key the grantee may use"
)


@pytest.mark.parametrize(
    ("grant", "message"),
    [
        (
            lambda secret, stack: secret.grant_read(
                Role.from_role_arn(stack, "Other", "arn:aws:iam::999988887777:role/consumer")
            ),
            f"Owner/Secret: grant_read() to account '999988887777' {_NEEDS_KEY}",
        ),
        (
            lambda secret, stack: secret.grant_write(AccountPrincipal("555566667777")),
            f"Owner/Secret: grant_write() to account '555566667777' {_NEEDS_KEY}",
        ),
        (
            lambda secret, stack: secret.grant_read(ServicePrincipal("lambda.amazonaws.com")),
            f"Owner/Secret: grant_read() to ServicePrincipal(lambda.amazonaws.com) {_NEEDS_KEY}",
        ),
    ],
)
def test_cross_account_grant_on_a_secret_without_a_key_is_an_error(
    app: App, grant: Callable[[Secret, Stack], Any], message: str
) -> None:
    stack = _stack_in_account(app)
    with pytest.raises(ValidationError) as error:
        grant(Secret(stack, "Secret"), stack)
    assert str(error.value) == message


def test_cross_account_read_of_an_imported_secret_needs_no_key(app: App) -> None:
    stack = _stack_in_account(app)
    other = Role.from_role_arn(stack, "Other", "arn:aws:iam::999988887777:role/consumer")
    assert Secret.from_secret_name_v2(stack, "Imported", "shared").grant_read(other).resource_statements


def test_read_from_an_env_agnostic_stack_needs_no_key(stack: Stack) -> None:
    other = Role.from_role_arn(stack, "Other", "arn:aws:iam::999988887777:role/consumer")
    assert Secret(stack, "Secret").grant_read(other).success


def test_cfn_dynamic_reference_key_names_field_stage_and_version(app: App) -> None:
    stack = _stack_in_account(app)
    secret = Secret(stack, "Secret")
    imported = Secret.from_secret_name_v2(stack, "Imported", "shared")
    assert [
        stack.resolve(secret.cfn_dynamic_reference_key()),
        stack.resolve(secret.cfn_dynamic_reference_key(json_field="user", version_stage="AWSPREVIOUS")),
        stack.resolve(imported.cfn_dynamic_reference_key(json_field="p", version_id="v-1")),
    ] == [
        {"Fn::Join": ["", [{"Ref": "SecretA720EF05"}, ":SecretString:::"]]},
        {"Fn::Join": ["", [{"Ref": "SecretA720EF05"}, ":SecretString:user:AWSPREVIOUS:"]]},
        {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":secretsmanager:eu-west-1:123456789012:secret:shared:SecretString:p::v-1",
                ],
            ]
        },
    ]


def test_partial_arns_are_granted_with_a_suffix_wildcard(stack: Stack, template: Render) -> None:
    secret = Secret.from_secret_partial_arn(stack, "Partial", "arn:aws:secretsmanager:us-east-1:1:secret:db")
    assert (secret.secret_name, secret.secret_full_arn) == ("db", None)
    secret.grant_read(_role(stack))
    assert (
        _role_statements(template(stack))[0]["Resource"]
        == "arn:aws:secretsmanager:us-east-1:1:secret:db-??????"
    )


def test_complete_arn_gives_the_name_without_suffix(stack: Stack) -> None:
    arn = "arn:aws:secretsmanager:us-east-1:1:secret:db-AbCdEf"
    secret = Secret.from_secret_complete_arn(stack, "Complete", arn)
    assert (secret.secret_name, secret.secret_full_arn) == ("db", arn)


def test_complete_arn_without_suffix_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Secret.from_secret_complete_arn(stack, "Complete", "arn:aws:secretsmanager:us-east-1:1:secret:db")
    assert str(error.value) == (
        "Test: secret_complete_arn='arn:aws:secretsmanager:us-east-1:1:secret:db' does not end with the "
        "six-character suffix Secrets Manager adds ('-' and six letters or digits); pass the complete ARN, "
        "or use from_secret_partial_arn"
    )


def test_partial_arn_that_is_no_arn_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Secret.from_secret_partial_arn(stack, "Partial", "db")
    assert str(error.value) == (
        "Test: secret_partial_arn='db' is not a secret ARN; "
        "use arn:<partition>:secretsmanager:<region>:<account>:secret:<name>"
    )


def test_attributes_need_exactly_one_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Secret.from_secret_attributes(stack, "Attrs")
    assert str(error.value) == (
        "Test: secret_complete_arn=None and secret_partial_arn=None; set exactly one of them"
    )


def test_token_arns_select_the_name(stack: Stack) -> None:
    secret = Secret.from_secret_complete_arn(stack, "Complete", Fn.import_value("Arn"))
    assert stack.resolve(secret.secret_name) == {
        "Fn::Select": [6, {"Fn::Split": [":", {"Fn::ImportValue": "Arn"}]}]
    }


def test_secret_by_name_formats_its_arn(stack: Stack) -> None:
    secret = Secret.from_secret_name_v2(stack, "ByName", "shared/key")
    assert secret.secret_name == "shared/key"
    assert secret.secret_full_arn is None
    assert stack.resolve(secret.secret_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":secretsmanager:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":secret:shared/key",
            ],
        ]
    }


def test_resource_policy_is_created_on_first_statement(stack: Stack, template: Render) -> None:
    secret = Secret(stack, "Secret")
    result = secret.add_to_resource_policy(
        PolicyStatement(
            actions=["secretsmanager:GetSecretValue"],
            principals=[ServicePrincipal("a.amazonaws.com")],
            resources=["*"],
        )
    )
    assert result.statement_added is True
    (policy,) = [
        r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::SecretsManager::ResourcePolicy"
    ]
    assert policy["Properties"]["SecretId"] == {"Ref": "SecretA720EF05"}
    imported = Secret.from_secret_name_v2(stack, "ByName", "x")
    assert imported.add_to_resource_policy(PolicyStatement(actions=["a:b"])).statement_added is False


def test_add_replica_region_appends_to_the_given_regions(stack: Stack) -> None:
    secret = Secret(stack, "Secret", replica_regions=[{"region": "eu-west-2"}])
    secret.add_replica_region("eu-west-1")
    assert resource_of(secret)["Properties"]["ReplicaRegions"] == [
        {"Region": "eu-west-2"},
        {"Region": "eu-west-1"},
    ]


def test_replica_region_cannot_be_the_stack_region(app: App) -> None:
    stack = Stack(app, "Test", env={"region": "us-east-1"})
    secret = Secret(stack, "Secret")
    with pytest.raises(ValidationError) as error:
        secret.add_replica_region("us-east-1")
    assert (
        str(error.value)
        == "Test/Secret: region='us-east-1' is the stack's own region; replicate to other regions only"
    )


def test_deny_account_root_delete_adds_a_resource_policy_statement(stack: Stack, template: Render) -> None:
    Secret(stack, "Secret").deny_account_root_delete()
    (policy,) = [
        r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::SecretsManager::ResourcePolicy"
    ]
    assert policy["Properties"]["ResourcePolicy"]["Statement"] == [
        {
            "Action": "secretsmanager:DeleteSecret",
            "Effect": "Deny",
            "Principal": {
                "AWS": {
                    "Fn::Join": [
                        "",
                        ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":root"],
                    ]
                }
            },
            "Resource": "*",
        }
    ]


def test_is_secret_recognises_secrets_the_app_defines(stack: Stack) -> None:
    assert Secret.is_secret(Secret(stack, "Secret")) is True
    assert Secret.is_secret(Secret.from_secret_name_v2(stack, "ByName", "x")) is False
    assert Secret.is_secret(stack) is False


def test_secret_object_value_is_written_as_json(stack: Stack) -> None:
    secret = Secret(
        stack,
        "Secret",
        secret_object_value={
            "user": SecretValue.unsafe_plain_text("admin"),
            "region": SecretValue.unsafe_plain_text(Aws.REGION),
        },
    )
    assert resource_of(secret)["Properties"] == {
        "SecretString": {"Fn::Join": ["", ['{"user":"admin","region":"', {"Ref": "AWS::Region"}, '"}']]}
    }


def test_value_sources_are_exclusive(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Secret(
            stack,
            "Secret",
            generate_secret_string=SecretStringGenerator(),
            secret_string_value=SecretValue.unsafe_plain_text("x"),
            secret_object_value={"a": SecretValue.unsafe_plain_text("y")},
        )
    assert str(error.value) == (
        "Test/Secret: generate_secret_string, secret_string_value and secret_object_value are all set; "
        "set only one"
    )


def test_secret_exposes_the_excluded_characters_of_its_generator(stack: Stack) -> None:
    generated = Secret(
        stack, "Generated", generate_secret_string=SecretStringGenerator(exclude_characters='/@"')
    )
    assert generated.exclude_characters == '/@"'
    assert Secret(stack, "Plain").exclude_characters is None
