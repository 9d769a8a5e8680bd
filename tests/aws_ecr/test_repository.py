"""Repository: properties, lifecycle rules, resource policy, grants, image URIs and imported repositories."""

from __future__ import annotations

import inspect
import json
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Fn, RemovalPolicy, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_ecr import (
    ImageTagMutabilityExclusionFilter,
    IRepository,
    LifecycleRule,
    Repository,
    RepositoryEncryption,
    RepositoryProps,
    TagMutability,
    TagStatus,
)
from apigwv2_integrations.aws_iam import (
    AccountPrincipal,
    AnyPrincipal,
    PolicyStatement,
    Role,
    ServicePrincipal,
)
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.core.errors import ArgumentTypeError, SynthesisError, ValidationError
from tests.aws_apigatewayv2.inspection import properties_of, resource_of

PULL = ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]


def _rules(repository: Repository) -> list[dict[str, Any]]:
    text = properties_of(repository)["LifecyclePolicy"]["LifecyclePolicyText"]
    rules: list[dict[str, Any]] = json.loads(text)["rules"]
    return rules


def _role(stack: Stack, id: str = "Role") -> Role:
    return Role(stack, id, assumed_by=ServicePrincipal("ecs-tasks.amazonaws.com"))


def _policy_statements(stack: Stack, role: Role) -> list[dict[str, Any]]:
    resources = Template.from_stack(stack).to_json()["Resources"]
    policy = next(r for r in resources.values() if r["Type"] == "AWS::IAM::Policy")
    statements: list[dict[str, Any]] = policy["Properties"]["PolicyDocument"]["Statement"]
    return statements


def test_repository_keywords_match_props_fields() -> None:
    keywords = [
        p for p in inspect.signature(Repository.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(RepositoryProps))


def test_repository_defaults_are_retained_and_render_no_properties(stack: Stack) -> None:
    repository = Repository(stack, "Repo")
    assert resource_of(repository) == {
        "Type": "AWS::ECR::Repository",
        "UpdateReplacePolicy": "Retain",
        "DeletionPolicy": "Retain",
    }
    assert isinstance(repository, IRepository)


def test_repository_renders_its_options(stack: Stack) -> None:
    key = Key(stack, "Key")
    repository = Repository(
        stack,
        "Repo",
        repository_name="team/app",
        image_scan_on_push=False,
        image_tag_mutability=TagMutability.IMMUTABLE_WITH_EXCLUSION,
        image_tag_mutability_exclusion_filters=[ImageTagMutabilityExclusionFilter.wildcard("dev-*")],
        encryption_key=key,
        empty_on_delete=True,
        removal_policy=RemovalPolicy.DESTROY,
        lifecycle_registry_id="123456789012",
    )
    assert resource_of(repository) == {
        "Type": "AWS::ECR::Repository",
        "Properties": {
            "EmptyOnDelete": True,
            "EncryptionConfiguration": {
                "EncryptionType": "KMS",
                "KmsKey": {"Fn::GetAtt": ["Key961B73FD", "Arn"]},
            },
            "ImageScanningConfiguration": {"ScanOnPush": False},
            "ImageTagMutability": "IMMUTABLE_WITH_EXCLUSION",
            "ImageTagMutabilityExclusionFilters": [
                {
                    "ImageTagMutabilityExclusionFilterType": "WILDCARD",
                    "ImageTagMutabilityExclusionFilterValue": "dev-*",
                }
            ],
            "LifecyclePolicy": {"RegistryId": "123456789012"},
            "RepositoryName": "team/app",
        },
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }


def test_aes_256_encryption_is_the_default_and_renders_nothing(stack: Stack) -> None:
    assert "EncryptionConfiguration" not in resource_of(
        Repository(stack, "Repo", encryption=RepositoryEncryption.AES_256)
    ).get("Properties", {})
    assert properties_of(Repository(stack, "Dsse", encryption=RepositoryEncryption.KMS_DSSE)) == {
        "EncryptionConfiguration": {"EncryptionType": "KMS_DSSE"}
    }


def test_a_key_with_aes_256_encryption_is_refused(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Repository(stack, "Repo", encryption=RepositoryEncryption.AES_256, encryption_key=Key(stack, "Key"))
    assert str(error.value) == (
        "Test/Repo: encryption=RepositoryEncryption.AES_256 does not use encryption_key; use "
        "RepositoryEncryption.KMS with a key, or drop encryption_key"
    )


def test_empty_on_delete_needs_the_destroy_removal_policy(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Repository(stack, "Repo", empty_on_delete=True)
    assert str(error.value) == (
        "Test/Repo: empty_on_delete=True needs removal_policy=RemovalPolicy.DESTROY, not None; set it, or "
        "drop empty_on_delete"
    )


def test_auto_delete_images_is_refused(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Repository(stack, "Repo", auto_delete_images=True, removal_policy=RemovalPolicy.DESTROY)
    assert str(error.value) == (
        "Test/Repo: auto_delete_images=True is not supported (it is deprecated in aws_cdk); use "
        "empty_on_delete=True with removal_policy=RemovalPolicy.DESTROY"
    )


@pytest.mark.parametrize("name", ["Bad_Name", "a", "-abc", "a" * 257])
def test_invalid_repository_names_are_refused(stack: Stack, name: str) -> None:
    with pytest.raises(ValidationError) as error:
        Repository(stack, "Repo", repository_name=name)
    assert str(error.value) == (
        f"Test/Repo: repository_name={name!r} is not a valid ECR repository name; use 2 to 256 lowercase "
        "letters, digits, '.', '_', '-' and '/', each separator between letters or digits"
    )


def test_exclusion_filters_need_a_with_exclusion_mutability(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Repository(
            stack,
            "Repo",
            image_tag_mutability=TagMutability.IMMUTABLE,
            image_tag_mutability_exclusion_filters=[ImageTagMutabilityExclusionFilter.wildcard("x")],
        )
    assert str(error.value) == (
        "Test/Repo: image_tag_mutability_exclusion_filters needs image_tag_mutability set to "
        "TagMutability.IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION, not TagMutability.IMMUTABLE"
    )


def test_exclusion_filter_patterns_are_checked() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        ImageTagMutabilityExclusionFilter.wildcard("bad pattern")
    assert str(error.value) == (
        "ImageTagMutabilityExclusionFilter.wildcard: pattern='bad pattern' has characters a tag pattern cannot "
        "have; use 1 to 128 letters, digits, '.', '_', '-' and '*'"
    )


def test_lifecycle_rules_are_numbered_after_the_given_priorities_with_the_any_rule_last(stack: Stack) -> None:
    repository = Repository(
        stack,
        "Repo",
        lifecycle_rules=[
            LifecycleRule(max_image_count=5),
            {"max_image_count": 3, "tag_status": TagStatus.UNTAGGED, "description": "untagged"},
            LifecycleRule(max_image_age=Duration.hours(48), tag_prefix_list=["v"], rule_priority=4),
        ],
    )
    repository.add_lifecycle_rule(tag_pattern_list=["prod*"], max_image_count=2)
    assert _rules(repository) == [
        {
            "rulePriority": 4,
            "selection": {
                "tagStatus": "tagged",
                "tagPrefixList": ["v"],
                "countType": "sinceImagePushed",
                "countNumber": 2,
                "countUnit": "days",
            },
            "action": {"type": "expire"},
        },
        {
            "rulePriority": 5,
            "description": "untagged",
            "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 3},
            "action": {"type": "expire"},
        },
        {
            "rulePriority": 6,
            "selection": {
                "tagStatus": "tagged",
                "tagPatternList": ["prod*"],
                "countType": "imageCountMoreThan",
                "countNumber": 2,
            },
            "action": {"type": "expire"},
        },
        {
            "rulePriority": 7,
            "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 5},
            "action": {"type": "expire"},
        },
    ]


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        (
            LifecycleRule(),
            "lifecycle rule LifecycleRule(description=None, max_image_age=None, max_image_count=None, "
            "rule_priority=None, tag_pattern_list=None, tag_prefix_list=None, tag_status=None) needs exactly one of "
            "max_image_age and max_image_count",
        ),
        (
            LifecycleRule(tag_status=TagStatus.TAGGED, max_image_count=1),
            "a lifecycle rule with tag_status=TagStatus.TAGGED selects no tags; give it tag_prefix_list or "
            "tag_pattern_list",
        ),
        (
            LifecycleRule(tag_status=TagStatus.UNTAGGED, tag_prefix_list=["a"], max_image_count=1),
            "a lifecycle rule with tag_status=TagStatus.UNTAGGED has a tag list; tag_prefix_list and "
            "tag_pattern_list need tag_status=TagStatus.TAGGED",
        ),
        (
            LifecycleRule(tag_prefix_list=["a"], tag_pattern_list=["b"], max_image_count=1),
            "a lifecycle rule has both tag_prefix_list and tag_pattern_list; give one of them",
        ),
        (
            LifecycleRule(max_image_age=Duration.hours(5)),
            "max_image_age=Duration.hours(5) is not a whole number of days; use Duration.days(...)",
        ),
    ],
)
def test_bad_lifecycle_rules_are_refused_at_the_call(stack: Stack, rule: LifecycleRule, problem: str) -> None:
    with pytest.raises(ValidationError) as error:
        Repository(stack, "Repo", lifecycle_rules=[rule])
    assert str(error.value) == f"Test/Repo: {problem}"


def test_a_second_any_rule_is_refused(stack: Stack) -> None:
    repository = Repository(stack, "Repo", lifecycle_rules=[LifecycleRule(max_image_count=1)])
    with pytest.raises(ValidationError) as error:
        repository.add_lifecycle_rule(max_image_count=2)
    assert str(error.value) == (
        "Test/Repo: the lifecycle policy already has a TagStatus.ANY rule; a policy can have only one"
    )


def test_an_any_rule_below_another_priority_is_reported_at_synth(stack: Stack) -> None:
    Repository(
        stack,
        "Repo",
        lifecycle_rules=[
            LifecycleRule(max_image_count=1, rule_priority=1),
            LifecycleRule(max_image_count=2, tag_status=TagStatus.UNTAGGED, rule_priority=2),
        ],
    )
    with pytest.raises(SynthesisError) as error:
        Template.from_stack(stack)
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Repo: the TagStatus.ANY lifecycle rule has rule_priority=1, lower than another rule's 2; give "
        "it the highest priority"
    )


def test_resource_policy_statements_name_no_resource(stack: Stack) -> None:
    repository = Repository(stack, "Repo")
    repository.grant(AccountPrincipal("111122223333"), "ecr:BatchGetImage")
    result = repository.add_to_resource_policy(
        PolicyStatement(actions=["ecr:ListImages"], principals=[AnyPrincipal()])
    )
    assert result.statement_added
    assert properties_of(repository)["RepositoryPolicyText"]["Statement"] == [
        {
            "Action": "ecr:BatchGetImage",
            "Effect": "Allow",
            "Principal": {
                "AWS": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::111122223333:root"]]}
            },
        },
        {"Action": "ecr:ListImages", "Effect": "Allow", "Principal": {"AWS": "*"}},
    ]


def test_a_policy_statement_without_principal_is_reported_at_synth(stack: Stack) -> None:
    Repository(stack, "Repo").add_to_resource_policy(PolicyStatement(actions=["ecr:ListImages"]))
    with pytest.raises(SynthesisError) as error:
        Template.from_stack(stack)
    assert "Test/Repo: " in str(error.value)
    assert "principal" in str(error.value)


def test_grants_to_a_role_of_the_account(stack: Stack) -> None:
    repository = Repository(stack, "Repo")
    role = _role(stack)
    repository.grant_pull_push(role)
    repository.grant_read(role)
    arn = {"Fn::GetAtt": ["Repo02AC86CF", "Arn"]}
    assert _policy_statements(stack, role) == [
        {
            "Action": [
                *PULL,
                "ecr:CompleteLayerUpload",
                "ecr:UploadLayerPart",
                "ecr:InitiateLayerUpload",
                "ecr:PutImage",
            ],
            "Effect": "Allow",
            "Resource": arn,
        },
        {"Action": "ecr:GetAuthorizationToken", "Effect": "Allow", "Resource": "*"},
        {"Action": ["ecr:DescribeRepositories", "ecr:DescribeImages"], "Effect": "Allow", "Resource": arn},
    ]
    assert "RepositoryPolicyText" not in resource_of(repository).get("Properties", {})


def test_a_role_of_another_account_is_trusted_by_its_tag(app: Any) -> None:
    producer = Stack(app, "Producer", env={"account": "111122223333", "region": "eu-west-1"})
    consumer = Stack(app, "Consumer", env={"account": "123456789012", "region": "eu-west-1"})
    repository = Repository(producer, "Repo", repository_name="shared")
    role = _role(consumer)
    repository.grant_pull(role)
    tag = f"Consumer_{role.node.addr}"
    assert properties_of(role)["Tags"] == [{"Key": "aws-cdk:id", "Value": tag}]
    assert properties_of(repository)["RepositoryPolicyText"]["Statement"] == [
        {
            "Action": PULL,
            "Condition": {"StringEquals": {"aws:PrincipalTag/aws-cdk:id": tag}},
            "Effect": "Allow",
            "Principal": {
                "AWS": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::123456789012:root"]]}
            },
        }
    ]


def test_image_uris_of_a_repository(stack: Stack) -> None:
    repository = Repository(stack, "Repo")
    arn = {"Fn::GetAtt": ["Repo02AC86CF", "Arn"]}

    def uri(suffix: str) -> Any:
        parts: list[Any] = [
            {"Fn::Select": [4, {"Fn::Split": [":", arn]}]},
            ".dkr.ecr.",
            {"Fn::Select": [3, {"Fn::Split": [":", arn]}]},
            ".",
            {"Ref": "AWS::URLSuffix"},
            "/",
            {"Ref": "Repo02AC86CF"},
        ]
        return {"Fn::Join": ["", [*parts, suffix] if suffix else parts]}

    assert stack.resolve(repository.repository_uri) == uri("")
    assert stack.resolve(repository.repository_uri_for_tag("v1")) == uri(":v1")
    assert stack.resolve(repository.repository_uri_for_digest("sha256:ab")) == uri("@sha256:ab")
    assert stack.resolve(repository.repository_uri_for_tag_or_digest("sha256:ab")) == uri("@sha256:ab")
    assert stack.resolve(repository.repository_uri_for_tag_or_digest("v2")) == uri(":v2")


def test_imported_repositories(stack: Stack) -> None:
    by_arn = Repository.from_repository_arn(
        stack, "ByArn", "arn:aws:ecr:eu-west-1:111122223333:repository/a/b"
    )
    assert by_arn.repository_name == "a/b"
    assert stack.resolve(by_arn.repository_uri_for_tag("t")) == {
        "Fn::Join": ["", ["111122223333.dkr.ecr.eu-west-1.", {"Ref": "AWS::URLSuffix"}, "/a/b:t"]]
    }
    by_name = Repository.from_repository_name(stack, "ByName", "app")
    assert stack.resolve(by_name.repository_uri) == {
        "Fn::Join": [
            "",
            [
                {"Ref": "AWS::AccountId"},
                ".dkr.ecr.",
                {"Ref": "AWS::Region"},
                ".",
                {"Ref": "AWS::URLSuffix"},
                "/app",
            ],
        ]
    }
    result = by_name.add_to_resource_policy(
        PolicyStatement(actions=["ecr:ListImages"], principals=[AnyPrincipal()])
    )
    assert not result.statement_added


@pytest.mark.parametrize(
    "arn", ["notarn", "arn:aws:ecr:us-east-1:1:repository", "arn:aws:ecr:us-east-1:1:repo/x"]
)
def test_a_malformed_repository_arn_is_refused(stack: Stack, arn: str) -> None:
    with pytest.raises(ValidationError) as error:
        Repository.from_repository_arn(stack, "Repo", arn)
    assert str(error.value) == (
        f"Test: repository_arn={arn!r} is not a repository ARN; use "
        "'arn:<partition>:ecr:<region>:<account>:repository/<name>'"
    )


def test_a_token_repository_arn_needs_the_name(stack: Stack) -> None:
    arn = Fn.import_value("RepoArn")
    with pytest.raises(ValidationError) as error:
        Repository.from_repository_arn(stack, "Repo", arn)
    assert str(error.value) == (
        f"Test: repository_arn={arn!r} is a token, so the repository's name cannot be read from it; use "
        "Repository.from_repository_attributes with repository_name"
    )
