"""Repository: an Amazon ECR repository with its lifecycle and resource policies, imported repositories,
and the grants and image URIs every repository has."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..aws_iam.arn_principals import AccountPrincipal
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_document import PolicyDocument
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable
from ..aws_iam.role import Role
from ..cfn.aws_ecr import CfnRepository, RepositoryReference
from ..core.annotations import Annotations
from ..core.arn import Arn, ArnFormat
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.duration import Duration
from ..core.errors import ArgumentTypeError, InvalidValueError, ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.synthesis.json_text import json_stringify
from ..core.tags import Tags
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token, TokenComparison
from .image_tag_mutability_exclusion_filter import ImageTagMutabilityExclusionFilter
from .lifecycle import LifecycleRule, TagStatus, lifecycle_rule_of

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey

_PULL_ACTIONS = ("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage")
# Pushing checks which layers the registry already has, as pulling does.
_PUSH_ACTIONS = (
    "ecr:CompleteLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:InitiateLayerUpload",
    "ecr:BatchCheckLayerAvailability",
    "ecr:PutImage",
)
# Pull then push actions, each once.
_PULL_PUSH_ACTIONS = tuple(dict.fromkeys((*_PULL_ACTIONS, *_PUSH_ACTIONS)))
_READ_ACTIONS = ("ecr:DescribeRepositories", "ecr:DescribeImages")
_REPOSITORY_NAME = re.compile(r"(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*")
_ARN_SHAPE = "arn:<partition>:ecr:<region>:<account>:repository/<name>"
_DIGEST_PREFIX = "sha256:"
_MAX_EXCLUSION_FILTERS = 5


class TagMutability(SimpleEnum):
    """Whether an image tag can be pushed again to point at another image."""

    MUTABLE = "MUTABLE"
    IMMUTABLE = "IMMUTABLE"
    IMMUTABLE_WITH_EXCLUSION = "IMMUTABLE_WITH_EXCLUSION"
    MUTABLE_WITH_EXCLUSION = "MUTABLE_WITH_EXCLUSION"


class RepositoryEncryption(SimpleEnum):
    """How a repository's images are encrypted at rest."""

    AES_256 = "AES256"
    KMS = "KMS"
    KMS_DSSE = "KMS_DSSE"


@runtime_checkable
class IRepository(IResource, Protocol):
    """An ECR repository, defined in this app or imported."""

    @property
    def repository_name(self) -> str:
        """The repository's name."""
        ...

    @property
    def repository_arn(self) -> str:
        """The repository's ARN."""
        ...

    @property
    def repository_uri(self) -> str:
        """The repository's URI (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME`)."""
        ...

    @property
    def registry_uri(self) -> str:
        """The URI of the repository's registry (`ACCOUNT.dkr.ecr.REGION.amazonaws.com`)."""
        ...

    def repository_uri_for_tag(self, tag: str | None = None) -> str:
        """The URI of the image with `tag`."""
        ...

    def repository_uri_for_digest(self, digest: str | None = None) -> str:
        """The URI of the image with `digest`."""
        ...

    def repository_uri_for_tag_or_digest(self, tag_or_digest: str | None = None) -> str:
        """The URI of the image with a tag, or a digest (`sha256:...`)."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the repository's policy."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the repository."""
        ...

    def grant_pull(self, grantee: IGrantable) -> Grant:
        """Let `grantee` pull images."""
        ...

    def grant_push(self, grantee: IGrantable) -> Grant:
        """Let `grantee` push images."""
        ...

    def grant_pull_push(self, grantee: IGrantable) -> Grant:
        """Let `grantee` pull and push images."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` describe the repository and its images."""
        ...


class RepositoryBase(Resource):
    """The grants, resource policy and image URIs of repositories defined here and imported."""

    repository_name: str
    repository_arn: str

    @property
    def repository_ref(self) -> RepositoryReference:
        """The repository's name and ARN."""
        return RepositoryReference(repository_arn=self.repository_arn, repository_name=self.repository_name)

    @property
    def registry_uri(self) -> str:
        """The URI of the repository's registry (`ACCOUNT.dkr.ecr.REGION.amazonaws.com`)."""
        parts = Arn.split(self.repository_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return f"{parts.account}.dkr.ecr.{parts.region}.{self.stack.url_suffix}"

    @property
    def repository_uri(self) -> str:
        """The repository's URI (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME`)."""
        return self.repository_uri_for_tag()

    def repository_uri_for_tag(self, tag: str | None = None) -> str:
        """The URI of the image with `tag`. Default: the repository's URI, without a tag."""
        return self._uri_with_suffix(f":{tag}" if tag else "")

    def repository_uri_for_digest(self, digest: str | None = None) -> str:
        """The URI of the image with `digest` (`sha256:...`). Default: the repository's URI, without one."""
        return self._uri_with_suffix(f"@{digest}" if digest else "")

    def repository_uri_for_tag_or_digest(self, tag_or_digest: str | None = None) -> str:
        """The URI of the image with a digest (a value starting with `sha256:`) or else a tag."""
        if tag_or_digest and tag_or_digest.startswith(_DIGEST_PREFIX):
            return self.repository_uri_for_digest(tag_or_digest)
        return self.repository_uri_for_tag(tag_or_digest)

    def _uri_with_suffix(self, suffix: str) -> str:
        return f"{self.registry_uri}/{self.repository_name}{suffix}"

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the repository's policy (imported repositories have none to add to)."""
        return AddToResourcePolicyResult(statement_added=False)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the repository: in its own policy in this account, else in the
        repository's policy (whose statements name no resource)."""
        principal = grantee.grant_principal
        if isinstance(principal, Role) and self._is_in_other_account(principal.principal_account):
            return self._grant_to_role_of_other_account(grantee, principal, actions)
        return Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=list(actions),
            resource_arns=[self.repository_arn],
            resource_self_arns=[],
            resource=self,
        )

    def _is_in_other_account(self, account: str | None) -> bool:
        if not account:
            return False
        return Token.compare_strings(self.env.account, account) not in (
            TokenComparison.SAME,
            TokenComparison.BOTH_UNRESOLVED,
        )

    def _grant_to_role_of_other_account(
        self, grantee: IGrantable, role: Role, actions: Sequence[str]
    ) -> Grant:
        # As aws-cdk-lib: the repository's policy cannot name a role of another account that has no name
        # yet, so it trusts that account for principals with the role's tag, and the role gets the tag.
        tag = f"{Stack.of(role).stack_name}_{role.node.addr}"
        Tags.of(role).add("aws-cdk:id", tag)
        Grant.add_to_principal(
            grantee=grantee, actions=actions, resource_arns=[self.repository_arn], scope=self
        )
        statement = PolicyStatement(
            actions=actions,
            principals=[AccountPrincipal(role.principal_account)],
            conditions={"StringEquals": {"aws:PrincipalTag/aws-cdk:id": tag}},
        )
        return Grant.add_statement_to_resource_policy(
            actions=actions,
            grantee=grantee,
            resource_arns=[self.repository_arn],
            resource=self,
            statement=statement,
        )

    def grant_pull(self, grantee: IGrantable) -> Grant:
        """Let `grantee` pull images (and get the registry's authorization token)."""
        result = self.grant(grantee, *_PULL_ACTIONS)
        self._grant_authorization_token(grantee)
        return result

    def grant_push(self, grantee: IGrantable) -> Grant:
        """Let `grantee` push images (and get the registry's authorization token)."""
        result = self.grant(grantee, *_PUSH_ACTIONS)
        self._grant_authorization_token(grantee)
        return result

    def grant_pull_push(self, grantee: IGrantable) -> Grant:
        """Let `grantee` pull and push images (and get the registry's authorization token)."""
        result = self.grant(grantee, *_PULL_PUSH_ACTIONS)
        self._grant_authorization_token(grantee)
        return result

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` describe the repository and its images."""
        return self.grant(grantee, *_READ_ACTIONS)

    def _grant_authorization_token(self, grantee: IGrantable) -> None:
        # The token is for the whole registry: only an identity policy can give it.
        Grant.add_to_principal(
            grantee=grantee, actions=["ecr:GetAuthorizationToken"], resource_arns=["*"], scope=self
        )


@lazy_frozen(kw_only=True)
class RepositoryAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing repository."""

    repository_arn: str
    """The repository's ARN."""
    repository_name: str
    """The repository's name."""


def _optional_lifecycle_rules(
    value: Sequence[LifecycleRule | Mapping[str, Any]] | None,
) -> tuple[LifecycleRule, ...] | None:
    return None if value is None else tuple(lifecycle_rule_of(rule) for rule in value)


@lazy_frozen(kw_only=True)
class RepositoryProps(metaclass=LazyAttrsMeta):
    """Properties of a Repository."""

    auto_delete_images: bool | None = None
    """Deprecated in aws_cdk: use `empty_on_delete`. Only `False` or `None` is accepted here."""
    empty_on_delete: bool | None = None
    """Delete the images with the repository; requires `removal_policy=RemovalPolicy.DESTROY`.
    Default: False."""
    encryption: RepositoryEncryption | None = None
    """How images are encrypted at rest. Default: KMS when `encryption_key` is given, else AES-256."""
    encryption_key: IKey | None = None
    """The KMS key of KMS encryption. Default: the AWS managed key of ECR."""
    image_scan_on_push: bool | None = None
    """Scan images for vulnerabilities when they are pushed. Default: not set (no scan)."""
    image_tag_mutability: TagMutability | None = None
    """Whether tags can be overwritten. Default: not set (mutable)."""
    image_tag_mutability_exclusion_filters: tuple[ImageTagMutabilityExclusionFilter, ...] | None = field(
        default=None, converter=optional_tuple
    )
    """Tags exempt from `image_tag_mutability` (1 to 5); only with the `*_WITH_EXCLUSION` settings.
    Default: none."""
    lifecycle_registry_id: str | None = None
    """The account ID of the registry of the lifecycle policy. Default: the repository's account."""
    lifecycle_rules: tuple[LifecycleRule, ...] | None = field(
        default=None, converter=_optional_lifecycle_rules
    )
    """The lifecycle rules. Default: none (images are kept)."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the repository when it leaves the stack. Default: RemovalPolicy.RETAIN."""
    repository_name: str | None = None
    """The repository's name. Default: generated by CloudFormation."""


class Repository(RepositoryBase):
    """An ECR repository (`AWS::ECR::Repository`)."""

    _ARN_ATTRIBUTE = "Arn"
    _NAME_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {"service": "ecr", "resource": "repository", "resource_name": self.physical_name}

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_delete_images: bool | None = None,
        empty_on_delete: bool | None = None,
        encryption: RepositoryEncryption | None = None,
        encryption_key: IKey | None = None,
        image_scan_on_push: bool | None = None,
        image_tag_mutability: TagMutability | None = None,
        image_tag_mutability_exclusion_filters: Sequence[ImageTagMutabilityExclusionFilter] | None = None,
        lifecycle_registry_id: str | None = None,
        lifecycle_rules: Sequence[LifecycleRule | Mapping[str, Any]] | None = None,
        removal_policy: RemovalPolicy | None = None,
        repository_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=repository_name)
        props = RepositoryProps(
            auto_delete_images=auto_delete_images,
            empty_on_delete=empty_on_delete,
            encryption=encryption,
            encryption_key=encryption_key,
            image_scan_on_push=image_scan_on_push,
            image_tag_mutability=image_tag_mutability,
            image_tag_mutability_exclusion_filters=image_tag_mutability_exclusion_filters,
            lifecycle_registry_id=lifecycle_registry_id,
            lifecycle_rules=lifecycle_rules,
            removal_policy=removal_policy,
            repository_name=self.physical_name,  # a token for PhysicalName.GENERATE_IF_NEEDED
        )
        self._check_name(self.physical_name)
        self._check_removal(props)
        self._lifecycle_rules: list[LifecycleRule] = []
        self._lifecycle_registry_id = props.lifecycle_registry_id
        self._policy_document: PolicyDocument | None = None
        resource = CfnRepository(
            self,
            "Resource",
            repository_name=props.repository_name,
            empty_on_delete=props.empty_on_delete,
            encryption_configuration=self._encryption_configuration(props),
            image_scanning_configuration=(
                {"scan_on_push": props.image_scan_on_push} if props.image_scan_on_push is not None else None
            ),
            image_tag_mutability=props.image_tag_mutability.value if props.image_tag_mutability else None,
            image_tag_mutability_exclusion_filters=self._exclusion_filters(props),
            lifecycle_policy=Lazy.any(self._render_lifecycle_policy),
            repository_policy_text=Lazy.any(self._render_policy),
        )
        resource.apply_removal_policy(props.removal_policy or RemovalPolicy.RETAIN)
        self.repository_name = self.get_resource_name_attribute(resource.ref)
        self.repository_arn = self.get_resource_arn_attribute(
            resource.attr_arn, service="ecr", resource="repository", resource_name=self.physical_name
        )
        for rule in props.lifecycle_rules or ():
            self._add_rule(rule)
        self.node.add_validation(_RepositoryChecks(self))

    # --- lifecycle rules ---------------------------------------------------------------------------

    def add_lifecycle_rule(
        self,
        *,
        description: str | None = None,
        max_image_age: Any = None,
        max_image_count: float | None = None,
        rule_priority: float | None = None,
        tag_pattern_list: Sequence[str] | None = None,
        tag_prefix_list: Sequence[str] | None = None,
        tag_status: TagStatus | None = None,
    ) -> None:
        """Add a rule to the repository's lifecycle policy."""
        self._add_rule(
            LifecycleRule(
                description=description,
                max_image_age=max_image_age,
                max_image_count=max_image_count,
                rule_priority=rule_priority,
                tag_pattern_list=tag_pattern_list,
                tag_prefix_list=tag_prefix_list,
                tag_status=tag_status,
            )
        )

    def _add_rule(self, rule: LifecycleRule) -> None:
        if not isinstance(rule, LifecycleRule):
            raise ArgumentTypeError(
                f"{self.node.path}: lifecycle rule {rule!r} is a {type(rule).__name__}; use an "
                "ecr.LifecycleRule or a dict of its keywords"
            )
        has_tag_list = bool(rule.tag_prefix_list or rule.tag_pattern_list)
        status = rule.tag_status or (TagStatus.TAGGED if has_tag_list else TagStatus.ANY)
        if status is TagStatus.TAGGED and not has_tag_list:
            raise ValidationError(
                self,
                "a lifecycle rule with tag_status=TagStatus.TAGGED selects no tags; give it tag_prefix_list "
                "or tag_pattern_list",
            )
        if status is not TagStatus.TAGGED and has_tag_list:
            raise ValidationError(
                self,
                f"a lifecycle rule with tag_status=TagStatus.{status.name} has a tag list; tag_prefix_list "
                "and tag_pattern_list need tag_status=TagStatus.TAGGED",
            )
        if rule.tag_prefix_list and rule.tag_pattern_list:
            raise ValidationError(
                self, "a lifecycle rule has both tag_prefix_list and tag_pattern_list; give one of them"
            )
        if (rule.max_image_age is None) == (rule.max_image_count is None):
            raise ValidationError(
                self,
                f"lifecycle rule {rule!r} needs exactly one of max_image_age and max_image_count",
            )
        if rule.max_image_age is not None:
            self._check_age(rule.max_image_age)
        if status is TagStatus.ANY and any(r.tag_status is TagStatus.ANY for r in self._lifecycle_rules):
            raise ValidationError(
                self, "the lifecycle policy already has a TagStatus.ANY rule; a policy can have only one"
            )
        self._lifecycle_rules.append(
            LifecycleRule(
                description=rule.description,
                max_image_age=rule.max_image_age,
                max_image_count=rule.max_image_count,
                rule_priority=rule.rule_priority,
                tag_pattern_list=rule.tag_pattern_list,
                tag_prefix_list=rule.tag_prefix_list,
                tag_status=status,
            )
        )

    def _check_age(self, age: Any) -> None:
        if not isinstance(age, Duration):
            raise ArgumentTypeError(
                f"{self.node.path}: max_image_age={age!r} is a {type(age).__name__}; use a Duration, "
                "e.g. Duration.days(30)"
            )
        try:
            age.to_days()
        except InvalidValueError:
            raise ValidationError(
                self, f"max_image_age={age!r} is not a whole number of days; use Duration.days(...)"
            ) from None

    def _prioritized_rules(self) -> list[tuple[float, LifecycleRule]]:
        """The rules with their priorities: those given one first, then the others in the order added
        (numbered after the highest given), the TagStatus.ANY rule last, as aws-cdk-lib does."""
        given = [r for r in self._lifecycle_rules if r.rule_priority is not None]
        unnumbered = [r for r in self._lifecycle_rules if r.rule_priority is None]
        ordered = [
            *(r for r in unnumbered if r.tag_status is not TagStatus.ANY),
            *(r for r in unnumbered if r.tag_status is TagStatus.ANY),
        ]
        start = max((float(r.rule_priority) for r in given if r.rule_priority is not None), default=0) + 1
        return [
            *((r.rule_priority, r) for r in given if r.rule_priority is not None),
            *((start + offset, r) for offset, r in enumerate(ordered)),
        ]

    def _lifecycle_rule_problems(self) -> list[str]:
        any_rule = next((r for r in self._lifecycle_rules if r.tag_status is TagStatus.ANY), None)
        if any_rule is None or any_rule.rule_priority is None:
            return []
        if any(r.rule_priority is None for r in self._lifecycle_rules):
            return [
                f"the TagStatus.ANY lifecycle rule has rule_priority={any_rule.rule_priority!r} but other "
                "rules have none; remove its rule_priority (it is then applied last) or give every rule one"
            ]
        highest = max(float(r.rule_priority) for r in self._lifecycle_rules if r.rule_priority is not None)
        if float(any_rule.rule_priority) < highest:
            return [
                f"the TagStatus.ANY lifecycle rule has rule_priority={any_rule.rule_priority!r}, lower than "
                f"another rule's {highest:g}; give it the highest priority"
            ]
        return []

    def _render_rule(self, priority: float, rule: LifecycleRule) -> dict[str, Any]:
        status = rule.tag_status or TagStatus.ANY
        selection: dict[str, Any] = {"tagStatus": status.value}
        if rule.tag_prefix_list:
            selection["tagPrefixList"] = list(rule.tag_prefix_list)
        if rule.tag_pattern_list:
            selection["tagPatternList"] = list(rule.tag_pattern_list)
        if rule.max_image_count is not None:
            selection["countType"] = "imageCountMoreThan"
            selection["countNumber"] = rule.max_image_count
        else:
            selection["countType"] = "sinceImagePushed"
            selection["countNumber"] = rule.max_image_age.to_days() if rule.max_image_age else None
            selection["countUnit"] = "days"
        rendered: dict[str, Any] = {"rulePriority": priority}
        if rule.description is not None:
            rendered["description"] = rule.description
        rendered["selection"] = selection
        rendered["action"] = {"type": "expire"}
        return rendered

    def _render_lifecycle_policy(self) -> CfnRepository.LifecyclePolicyProperty | None:
        if not self._lifecycle_rules and self._lifecycle_registry_id is None:
            return None
        if self._lifecycle_rule_problems():
            return None  # reported by the repository's checks
        text = None
        if self._lifecycle_rules:
            rules = [self._render_rule(priority, rule) for priority, rule in self._prioritized_rules()]
            text = json_stringify({"rules": rules})
        return CfnRepository.LifecyclePolicyProperty(
            lifecycle_policy_text=text, registry_id=self._lifecycle_registry_id
        )

    # --- resource policy --------------------------------------------------------------------------

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the repository's policy (`RepositoryPolicyText`)."""
        if statement.resources:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ecr:noResourceStatements",
                "ECR resource policy does not allow resource statements.",
            )
        if self._policy_document is None:
            self._policy_document = PolicyDocument()
        self._policy_document.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True)

    def _render_policy(self) -> PolicyDocument | None:
        document = self._policy_document
        return document if document is not None and not document.is_empty else None

    # --- checks made at the call ------------------------------------------------------------------

    def _check_name(self, name: str | None) -> None:
        if name is None or Token.is_unresolved(name):
            return
        if not isinstance(name, str):
            raise ArgumentTypeError(
                f"{self.node.path}: repository_name={name!r} is a {type(name).__name__}; use a str"
            )
        if not (2 <= len(name) <= 256) or not _REPOSITORY_NAME.fullmatch(name):
            raise ValidationError(
                self,
                f"repository_name={name!r} is not a valid ECR repository name; use 2 to 256 lowercase "
                "letters, digits, '.', '_', '-' and '/', each separator between letters or digits",
            )

    def _check_removal(self, props: RepositoryProps) -> None:
        if props.auto_delete_images:
            # aws-cdk-lib deletes the images with a custom resource of its own handler code.
            raise ValidationError(
                self,
                "auto_delete_images=True is not supported (it is deprecated in aws_cdk); use "
                "empty_on_delete=True with removal_policy=RemovalPolicy.DESTROY",
            )
        if props.empty_on_delete and props.removal_policy is not RemovalPolicy.DESTROY:
            raise ValidationError(
                self,
                "empty_on_delete=True needs removal_policy=RemovalPolicy.DESTROY, not "
                f"{props.removal_policy!r}; set it, or drop empty_on_delete",
            )

    def _encryption_configuration(self, props: RepositoryProps) -> dict[str, Any] | None:
        encryption = props.encryption
        key = props.encryption_key
        if encryption is None and key is not None:
            encryption = RepositoryEncryption.KMS
        if key is not None and encryption is RepositoryEncryption.KMS_DSSE:
            # aws-cdk-lib takes a key only with KMS encryption.
            raise ValidationError(
                self,
                "encryption=RepositoryEncryption.KMS_DSSE does not take encryption_key; use "
                "RepositoryEncryption.KMS with a key, or drop encryption_key",
            )
        if key is not None and encryption is not RepositoryEncryption.KMS:
            raise ValidationError(
                self,
                f"encryption=RepositoryEncryption.{encryption.name if encryption else None} does not use "
                "encryption_key; use RepositoryEncryption.KMS with a key, or drop encryption_key",
            )
        if encryption is None or encryption is RepositoryEncryption.AES_256:
            return None  # AES-256 is ECR's default: aws-cdk-lib writes no configuration for it
        configuration: dict[str, Any] = {"encryption_type": encryption.value}
        if key is not None:
            configuration["kms_key"] = key.key_arn
        return configuration

    def _exclusion_filters(self, props: RepositoryProps) -> list[dict[str, Any]] | None:
        filters = props.image_tag_mutability_exclusion_filters
        mutability = props.image_tag_mutability
        with_exclusion = mutability in (
            TagMutability.IMMUTABLE_WITH_EXCLUSION,
            TagMutability.MUTABLE_WITH_EXCLUSION,
        )
        if filters is None:
            if with_exclusion:
                raise ValidationError(
                    self,
                    f"image_tag_mutability=TagMutability.{mutability.name if mutability else None} needs "
                    "image_tag_mutability_exclusion_filters; give "
                    "1 to 5 ImageTagMutabilityExclusionFilter.wildcard(...) filters",
                )
            return None
        if not with_exclusion:
            raise ValidationError(
                self,
                "image_tag_mutability_exclusion_filters needs image_tag_mutability set to "
                "TagMutability.IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION, not "
                + (f"TagMutability.{mutability.name}" if mutability else "None"),
            )
        if not 1 <= len(filters) <= _MAX_EXCLUSION_FILTERS:
            raise ValidationError(
                self,
                f"image_tag_mutability_exclusion_filters has {len(filters)} filters; give 1 to 5",
            )
        for item in filters:
            if not isinstance(item, ImageTagMutabilityExclusionFilter):
                raise ArgumentTypeError(
                    f"{self.node.path}: image_tag_mutability_exclusion_filters has {item!r}, a "
                    f"{type(item).__name__}; use ImageTagMutabilityExclusionFilter.wildcard(...)"
                )
        return [item._render() for item in filters]

    # --- imports ----------------------------------------------------------------------------------

    @staticmethod
    def arn_for_local_repository(repository_name: str, scope: Construct, account: str | None = None) -> str:
        """The ARN of the repository `repository_name` in the region (and account, unless given) of
        `scope`'s stack."""
        return Stack.of(scope).format_arn(
            service="ecr", resource="repository", resource_name=repository_name, account=account
        )

    @staticmethod
    def from_repository_name(scope: Construct, id: str, repository_name: str) -> IRepository:
        """A repository of `scope`'s account and region, by name."""
        arn = Repository.arn_for_local_repository(repository_name, scope)
        attributes = RepositoryAttributes(repository_arn=arn, repository_name=repository_name)
        return _ImportedRepository(scope, id, attributes, environment_from_arn=False)

    @staticmethod
    def from_repository_arn(scope: Construct, id: str, repository_arn: str) -> IRepository:
        """A repository by its ARN (a literal: the name is read from it)."""
        if Token.is_unresolved(repository_arn):
            raise ValidationError(
                scope,
                f"repository_arn={repository_arn!r} is a token, so the repository's name cannot be read "
                "from it; use Repository.from_repository_attributes with repository_name",
            )
        parts = repository_arn.split(":", 5) if isinstance(repository_arn, str) else []
        resource = parts[5] if len(parts) == 6 else ""
        if not (repository_arn.startswith("arn:") and resource.startswith("repository/") and resource[11:]):
            raise ValidationError(
                scope, f"repository_arn={repository_arn!r} is not a repository ARN; use '{_ARN_SHAPE}'"
            )
        attributes = RepositoryAttributes(repository_arn=repository_arn, repository_name=resource[11:])
        return _ImportedRepository(scope, id, attributes, environment_from_arn=True)

    @staticmethod
    def from_repository_attributes(
        scope: Construct, id: str, *, repository_arn: str, repository_name: str
    ) -> IRepository:
        """A repository by its ARN and name."""
        # As aws-cdk-lib: a repository imported by attributes is in the account and region of `scope`'s
        # stack, whatever its ARN says (so grants to roles of that stack need no cross-account trust).
        attributes = RepositoryAttributes(repository_arn=repository_arn, repository_name=repository_name)
        return _ImportedRepository(scope, id, attributes, environment_from_arn=False)


class _ImportedRepository(RepositoryBase):
    def __init__(
        self, scope: Construct, id: str, attributes: RepositoryAttributes, *, environment_from_arn: bool
    ) -> None:
        super().__init__(
            scope, id, environment_from_arn=attributes.repository_arn if environment_from_arn else None
        )
        self.repository_arn = attributes.repository_arn
        self.repository_name = attributes.repository_name


class _RepositoryChecks:
    """The synth-time checks of a repository: its lifecycle rules' priorities and its policy."""

    def __init__(self, repository: Repository) -> None:
        self._repository = repository

    def validate(self) -> list[str]:
        problems = self._repository._lifecycle_rule_problems()
        document = self._repository._policy_document
        if document is not None:
            # ECR policies apply to their repository: their statements name no resource.
            problems.extend(document.validate_for_resource_policy(skip_resource_validation=True))
        return problems
