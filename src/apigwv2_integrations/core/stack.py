"""Stack: one CloudFormation template and its place in the cloud assembly."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .app import App
from .arn import Arn, ArnComponents, ArnFormat, split_arn
from .aspects import Aspects, mutating_aspect_priority
from .cfn_element import CfnElement
from .cfn_reference import (
    STRING_LIST_DELIMITER,
    CfnReference,
    ConsumedReference,
    PseudoReference,
    export_id_for,
    is_string_list,
)
from .cfn_resource import CfnResource
from .construct import Construct, Node, enclosing_stack, require_construct
from .environment import Environment, format_environment
from .errors import ArgumentTypeError, InvalidValueError, ValidationError
from .feature_flags import FeatureFlags, warn_unimplemented_flags
from .lazy_pattern import LazyPattern
from .logical_id import make_unique_id
from .names import Names, make_unique_resource_name
from .permissions_boundary import PERMISSIONS_BOUNDARY_CONTEXT, PermissionsBoundary, bind_permissions_boundary
from .reference_strength import ReferenceStrength
from .region_partitions import PARTITION_BY_REGION
from .resource_types import ResourceEnvironment
from .runtime_typing import TYPE_CHECKING, Protocol, cast
from .stage import Stage
from .struct import LazyAttrsMeta, field, lazy_define, lazy_frozen
from .synthesis.synthesizers import (
    DEFAULT_QUALIFIER,
    QUALIFIER_CONTEXT,
    DefaultStackSynthesizer,
    IStackSynthesizer,
    specialize_placeholders,
)
from .tags import TagManager, TagType
from .tokens._resolve import Resolver
from .tokens.json import json_string_token
from .tokens.lazy import Lazy
from .tokens.pseudo import Aws
from .tokens.token import Token, Tokenization

if TYPE_CHECKING:
    from typing import Any

_STACK_NAME_PATTERN = LazyPattern(r"^[A-Za-z][A-Za-z0-9-]*$")
_MAX_STACK_NAME = 128

_MAX_EXPORT_NAME = 255
_AZ_FALLBACK_CONTEXT = "aws:cdk:availability-zones:fallback"
ENABLE_PARTITION_LITERALS = "@aws-cdk/core:enablePartitionLiterals"
STACK_RELATIVE_EXPORTS = "@aws-cdk/core:stackRelativeExports"
_PREFIX_IN_UNIQUE_NAME_FLAG = "@aws-cdk/core:includePrefixInUniqueNameGeneration"
# A v1 flag that aws-cdk-lib v2 rejects when a stack is made with it in the context.
_STACK_NAME_DUPLICATES_FLAG = "@aws-cdk/core:enableStackNameDuplicates"
_NEW_STYLE_STACK_SYNTHESIS_FLAG = "@aws-cdk/core:newStyleStackSynthesis"
_BUNDLING_STACKS = "aws:cdk:bundling-stacks"
# Placeholders a permissions boundary may hold; left in its ARN, CloudFormation could not resolve them.
_BOUNDARY_PLACEHOLDERS = ("${Qualifier}", "${AWS::AccountId}", "${AWS::Region}", "${AWS::Partition}")
_BOUNDED_TYPES = ("AWS::IAM::Role", "AWS::IAM::User")


def _is_plain_stack_name(name: str) -> bool:
    """True for a name of letters, digits and dashes that starts with a letter (no pattern to run)."""
    return name.isascii() and name[:1].isalpha() and name.replace("-", "").isalnum()


class ITemplateOptions(Protocol):
    """Template-level settings, as `Stack.template_options` holds them."""

    description: str | None
    """The template description."""
    template_format_version: str | None
    """The AWSTemplateFormatVersion."""
    transforms: list[str] | None
    """The transforms (macros) the template uses."""
    metadata: dict[str, Any] | None
    """The template Metadata section."""


@lazy_define(kw_only=True)
class TemplateOptions(metaclass=LazyAttrsMeta):
    """Template-level settings: description, format version, transforms and metadata."""

    description: str | None = None
    template_format_version: str | None = None
    transforms: list[str] | None = None
    metadata: dict[str, Any] | None = None


def _to_environment(value: Environment | Mapping[str, Any] | None) -> Environment:
    if value is None:
        return Environment()
    if isinstance(value, Mapping):
        return Environment(**value)
    return value


def _to_optional_environment(value: Environment | Mapping[str, Any] | None) -> Environment | None:
    return Environment(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class StackProps(metaclass=LazyAttrsMeta):
    """The keywords of `Stack` as one struct."""

    analytics_reporting: bool | None = None
    """Include the stack in analytics reporting. Default: the App's `analytics_reporting`."""
    cross_region_references: bool | None = None
    """Allow references to resources of stacks in other regions. Default: False."""
    description: str | None = None
    """The stack description. Default: no description."""
    env: Environment | None = field(default=None, converter=_to_optional_environment)
    """Account and region; a dict is accepted. Default: those of the stage, else environment-agnostic."""
    notification_arns: Sequence[str] | None = None
    """SNS topic ARNs that receive stack events. Default: none."""
    permissions_boundary: PermissionsBoundary | None = None
    """The permissions boundary of the IAM roles and users of the stack. Default: that of the stage."""
    property_injectors: Any = None
    """Property injectors of the stack; not supported, must be left unset. Default: none."""
    stack_name: str | None = None
    """The CloudFormation stack name. Default: derived from the construct path."""
    suppress_template_indentation: bool | None = None
    """Write the template without indentation. Default: False."""
    synthesizer: IStackSynthesizer | None = None
    """The stack synthesizer. Default: the App's `default_stack_synthesizer`, else DefaultStackSynthesizer."""
    tags: Mapping[str, str] | None = None
    """Tags applied to every taggable resource of the stack. Default: none."""
    termination_protection: bool | None = None
    """Enable termination protection. Default: False."""


@lazy_frozen(kw_only=True)
class ExportValueOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Stack.export_value` and `Stack.export_string_list_value`."""

    description: str | None = None
    """The description of the output. Default: no description."""
    name: str | None = None
    """The export name. Default: a name derived from the exported value."""


class Stack(Construct):
    """A deployable unit: one CloudFormation stack."""

    _records_mixins = True

    def __init__(
        self,
        scope: Construct | None = None,
        id: str | None = None,
        *,
        analytics_reporting: bool | None = None,
        cross_region_references: bool | None = None,
        description: str | None = None,
        env: Environment | Mapping[str, Any] | None = None,
        notification_arns: Sequence[str] | None = None,
        permissions_boundary: PermissionsBoundary | None = None,
        property_injectors: Any = None,
        stack_name: str | None = None,
        suppress_template_indentation: bool | None = None,
        synthesizer: IStackSynthesizer | None = None,
        tags: Mapping[str, str] | None = None,
        termination_protection: bool | None = None,
    ) -> None:
        if scope is None:
            # A stack built without an app (in a unit test, say) gets an app of its own that is never
            # synthesized at exit, as in aws-cdk-lib: it must not overwrite the assembly of the real app.
            scope = App(auto_synth=False)
        super().__init__(scope, id if id is not None else "Default")
        # Constructs made below this one find it as their stack (`Stack.of`).
        self.node._stack = self
        if property_injectors:
            raise ValidationError(
                self, f"property_injectors={property_injectors!r} is not supported; leave it unset"
            )
        if permissions_boundary is not None:
            bind_permissions_boundary(self, permissions_boundary)
        environment = _to_environment(env)
        # A stack without account or region takes those of its stage (as aws-cdk-lib does).
        stage = Stage.of(self)
        # The stage that owns the stack's constructs (it notes changes made after it was synthesized).
        self._owning_stage = stage
        account = environment.account or (stage.account if stage is not None else None)
        region = environment.region or (stage.region if stage is not None else None)
        self._env_account = account if not Token.is_unresolved(account) else None
        self._env_region = region if not Token.is_unresolved(region) else None
        self.account: str = account or Aws.ACCOUNT_ID
        self.region: str = region or Aws.REGION
        self.environment = format_environment(self._env_account, self._env_region)
        self.template_options = TemplateOptions(description=description)
        self.tags = TagManager(TagType.KEY_VALUE, "aws:cdk:stack", dict(tags) if tags else None)
        self.termination_protection = bool(termination_protection)
        # The SNS topics the deployment notifies; the manifest lists them (see `notification_arns`).
        self._notification_arns = list(notification_arns) if notification_arns else None
        self.analytics_reporting = analytics_reporting
        self.suppress_template_indentation = bool(suppress_template_indentation)
        self.artifact_id = self._generate_stack_name(self.node.scopes[1:])
        self._stack_name_given = stack_name is not None
        self.stack_name: str = stack_name if stack_name is not None else self._default_stack_name(stage)
        self._validate_stack_name(self.stack_name)
        FeatureFlags.of(self).is_enabled(_STACK_NAME_DUPLICATES_FLAG)  # raises when the flag is set
        self.template_file = f"{self.artifact_id}.template.json"
        self._stack_dependencies: dict[int, tuple[Stack, list[str]]] = {}
        self._missing_context: list[dict[str, Any]] = []
        self._literal_azs_acknowledged = False
        self._logical_id_renames: dict[str, str] = {}
        # Construct id -> logical ID of the elements the synthesizer adds to the template (see
        # `_synthesized_logical_id`), filled when the template is rendered.
        self._synthesized_logical_ids: dict[str, str] = {}
        self._exports_changed = False
        # Strong references to other regions of the account go through SSM parameters (either stack's
        # setting turns that on; see core/_cross_region_exports.py).
        self._cross_region_references = bool(cross_region_references)
        if description is not None and len(description) > 1024:
            raise ValidationError(
                self, f"description is {len(description)} characters long; use at most 1024"
            )
        given: IStackSynthesizer = (
            synthesizer
            or getattr(self.node.root, "default_stack_synthesizer", None)
            or self._flagged_default_synthesizer()
        )
        # As aws-cdk-lib: a synthesizer that can serve many stacks binds a copy of itself to each.
        reusable_bind = getattr(given, "reusable_bind", None)
        if reusable_bind is not None:
            self.synthesizer: IStackSynthesizer = reusable_bind(self)
        else:
            self.synthesizer = given
            self.synthesizer.bind(self)
        boundary_arn = self._permissions_boundary_arn()
        if boundary_arn is not None:
            Aspects.of(self).add(
                _PermissionsBoundaryAspect(boundary_arn), priority=mutating_aspect_priority(self)
            )
        warn_unimplemented_flags(self, self)

    # --- identity ------------------------------------------------------------------------------

    def _flagged_default_synthesizer(self) -> IStackSynthesizer:
        """DefaultStackSynthesizer, or the legacy one where `core:newStyleStackSynthesis` is false."""
        if FeatureFlags.of(self).is_enabled(_NEW_STYLE_STACK_SYNTHESIS_FLAG):
            return DefaultStackSynthesizer()
        from .synthesis.legacy_synthesizer import LegacyStackSynthesizer  # deferred: rarely used

        return LegacyStackSynthesizer()

    @staticmethod
    def of(construct: Construct) -> Stack:
        """The stack that `construct` belongs to."""
        require_construct(construct, "Stack.of", "construct")
        # Only a Stack enters itself as the enclosing stack of the nodes below it.
        return cast("Stack", enclosing_stack(construct))

    @staticmethod
    def consume_reference(value: str, strength: ReferenceStrength | None = None) -> str:
        """`value` (a resource attribute, like `bucket.bucket_arn`) read from other stacks with `strength`,
        whatever the resource or the consuming stack asks for. Default: ReferenceStrength.BOTH."""
        return Token.as_string(_consumed_reference(value, strength, "consume_reference"))

    @staticmethod
    def consume_list_reference(value: Sequence[str], strength: ReferenceStrength | None = None) -> list[str]:
        """The list form of `consume_reference`. Default: ReferenceStrength.BOTH."""
        return Token.as_list(_consumed_reference(value, strength, "consume_list_reference"))

    @staticmethod
    def is_stack(x: Any) -> bool:
        """True when `x` is a Stack."""
        return isinstance(x, Stack)

    def _permissions_boundary_arn(self) -> str | None:
        """The ARN of the boundary the context gives this stack (its own or its stage's), filled in."""
        context = self.node.try_get_context(PERMISSIONS_BOUNDARY_CONTEXT)
        if not isinstance(context, Mapping):
            return None
        qualifier = getattr(self.synthesizer, "qualifier", None) or str(
            self.node.try_get_context(QUALIFIER_CONTEXT) or DEFAULT_QUALIFIER
        )
        if context.get("arn"):
            arn = specialize_placeholders(str(context["arn"]), self, qualifier)
        elif context.get("name"):
            policy_arn = self.format_arn(
                service="iam", resource="policy", region="", resource_name=context["name"]
            )
            arn = specialize_placeholders(policy_arn, self, qualifier)
        else:
            return None
        if any(placeholder in arn for placeholder in _BOUNDARY_PLACEHOLDERS):
            raise ValidationError(
                self,
                f"permissions_boundary={arn!r} holds a placeholder that an environment-agnostic stack cannot "
                "fill in; give the stack an account and region (env=...) or name the policy literally",
            )
        return arn

    def _generate_stack_name(self, scopes: Sequence[Construct], prefix: str = "") -> str:
        ids = [scope.node.id for scope in scopes]
        if len(ids) == 1 and len(prefix + ids[0]) <= _MAX_STACK_NAME:
            return prefix + ids[0]
        return make_unique_resource_name(ids, max_length=_MAX_STACK_NAME, prefix=prefix)

    def _default_stack_name(self, stage: Construct | None) -> str:
        """`<stage name>-<path below the stage>`; the artifact id for stacks directly in the App."""
        stage_name = getattr(stage, "stage_name", "")
        if not stage_name:
            return self.artifact_id
        scopes = self.node.scopes
        below_stage = scopes[scopes.index(stage) + 1 :] if stage is not None else scopes[1:]
        prefix = f"{stage_name}-"
        if FeatureFlags.of(self).is_enabled(_PREFIX_IN_UNIQUE_NAME_FLAG):
            return self._generate_stack_name(below_stage, prefix)
        return prefix + self._generate_stack_name(below_stage)

    def _validate_stack_name(self, name: str) -> None:
        # A stack name is no template value CloudFormation could resolve: the manifest names the stack
        # the CLI deploys, so it must be known now.
        if Token.is_unresolved(name):
            raise ValidationError(
                self,
                f"stack_name={name!r} is a token; a stack name must be a literal string, known when the "
                "app is synthesized",
            )
        if len(name) > _MAX_STACK_NAME:
            hint = (
                ""
                if self._stack_name_given
                else " (it is the default name, from the stage name and the construct path: pass "
                "stack_name=... or use shorter ids)"
            )
            raise ValidationError(
                self,
                f"stack_name={name!r} is {len(name)} characters long; use at most {_MAX_STACK_NAME}{hint}",
            )
        if not _is_plain_stack_name(name) and not _STACK_NAME_PATTERN.match(name):
            raise ValidationError(
                self,
                f"stack_name={name!r} is not a valid stack name; start with a letter and use only "
                "letters, digits and hyphens (the id is the default name: pass stack_name=... "
                "to choose another)",
            )

    @property
    def partition(self) -> str:
        """The partition: literal when `@aws-cdk/core:enablePartitionLiterals` is on and the region is known
        (e.g. `aws-cn` for `cn-north-1`), else a `Ref` to `AWS::Partition`."""
        if self._env_region is None or not FeatureFlags.of(self).is_enabled(ENABLE_PARTITION_LITERALS):
            return Aws.PARTITION
        return PARTITION_BY_REGION.get(self._env_region, Aws.PARTITION)

    @property
    def bundling_required(self) -> bool:
        """True when the stack's assets are bundled: its path matches a glob of the `aws:cdk:bundling-stacks`
        context (the cdk CLI sets it for `--exclusively`). Default: every stack."""
        patterns = self.node.try_get_context(_BUNDLING_STACKS)
        if patterns is None:
            return True  # every stack: "**" matches every path
        from .glob_pattern import glob_regex  # deferred: only apps with bundled assets ask

        return any(glob_regex(pattern).fullmatch(self.node.path) for pattern in patterns)

    @property
    def env(self) -> ResourceEnvironment:
        """The stack's account and region (tokens when they are not known at synth)."""
        return ResourceEnvironment(account=self.account, region=self.region)

    def add_stack_tag(self, tag_name: str, tag_value: str) -> None:
        """Tag the stack (and, through CloudFormation, the resources that take stack tags)."""
        self.tags.set_tag(tag_name, tag_value)

    def remove_stack_tag(self, tag_name: str) -> None:
        """Remove a tag set with `add_stack_tag` or `Stack(tags=...)`."""
        self.tags.remove_tag(tag_name, 0)

    @property
    def notification_arns(self) -> list[str]:
        """The stack's `AWS::NotificationARNs`, as aws-cdk-lib gives them: a reference to the pseudo
        parameter (whatever `notification_arns=` held), which another stack reads through an export."""
        return Token.as_list(PseudoReference.for_pseudo("AWS::NotificationARNs", self))

    @property
    def url_suffix(self) -> str:
        """The URL suffix, as a `Ref` to `AWS::URLSuffix`."""
        return Aws.URL_SUFFIX

    @property
    def stack_id(self) -> str:
        """The stack's ID, as a `Ref` to `AWS::StackId`."""
        return Aws.STACK_ID

    @property
    def nested(self) -> bool:
        """False: a NestedStack is nested."""
        return False

    @property
    def nested_stack_resource(self) -> CfnResource | None:
        """None: a NestedStack has the resource that deploys it."""
        return None

    @property
    def nested_stack_parent(self) -> Stack | None:
        """None: a NestedStack has the stack that deploys it."""
        return None

    @property
    def template_full_path(self) -> str:
        """Where the template is written, relative to the assembly directory."""
        return self.template_file

    @property
    def dependencies(self) -> list[Stack]:
        """Stacks this stack depends on."""
        return [stack for stack, _ in self._stack_dependencies.values()]

    @property
    def is_environment_agnostic(self) -> bool:
        """True when account or region is not known at synth."""
        return self._env_account is None or self._env_region is None

    @property
    def availability_zones(self) -> list[str]:
        """The AZs of the stack: two `Fn::GetAZs` selections when agnostic, else from context."""
        from .tokens.fn import Fn  # deferred: most apps never call Fn

        acknowledge_literal_availability_zones(self)
        if self.is_environment_agnostic:
            fallback = self.node.try_get_context(_AZ_FALLBACK_CONTEXT)
            if fallback:
                return list(fallback)
            return [Fn.select(0, Fn.get_azs()), Fn.select(1, Fn.get_azs())]
        key = f"availability-zones:account={self._env_account}:region={self._env_region}"
        value = self.node.try_get_context(key)
        if value is None:
            self.report_missing_context_key(
                key=key,
                provider="availability-zones",
                props={
                    "dummyValue": ["dummy1a", "dummy1b", "dummy1c"],
                    "account": self._env_account,
                    "region": self._env_region,
                },
            )
            return ["dummy1a", "dummy1b", "dummy1c"]
        if not isinstance(value, list):
            raise ValidationError(
                self, f"context {key!r} must be a list of availability zones, got {value!r}"
            )
        return value

    def report_missing_context_key(self, *, key: str, provider: str, props: dict[str, Any]) -> None:
        """Record a context value the CLI must look up."""
        self._missing_context.append({"key": key, "provider": provider, "props": props})

    # --- logical ids ---------------------------------------------------------------------------

    def get_logical_id(self, element: CfnElement) -> str:
        """The logical ID `element` gets in this stack's template."""
        allocated = self._allocate_logical_id(element)
        return self._logical_id_renames.get(allocated, allocated)

    # aws_cdk's Python name for this protected hook has the leading underscore; an app's override of
    # `allocate_logical_id` (without it) is an unrelated method there, and so it is here.
    def _allocate_logical_id(self, cfn_element: CfnElement) -> str:
        """Compute a logical ID from the element's path below this stack (override to customise)."""
        # Ids never contain "/" (the construct tree turns it into "--"), so the path splits into ids.
        stack_path = self.node.path
        relative = cfn_element.node.path[len(stack_path) + 1 :] if stack_path else cfn_element.node.path
        return make_unique_id(relative.split("/"))

    def _synthesized_logical_id(self, construct_id: str, section: str) -> str:
        """The logical ID of a `Parameters` or `Rules` element the synthesizer adds to the template (the
        bootstrap version parameter and rule), given as for any element of the stack: aws-cdk-lib adds
        them to the stack as a CfnParameter and a CfnRule when it synthesizes it, so overrides of
        `get_logical_id` and `_allocate_logical_id` and `rename_logical_id` apply to them too."""
        kind = type(self)
        if (
            kind.get_logical_id is Stack.get_logical_id
            and kind._allocate_logical_id is Stack._allocate_logical_id
        ):
            # A direct child's allocated ID is its own id (an alphanumeric one).
            logical_id = self._logical_id_renames.get(construct_id, construct_id)
        else:
            # Deferred for import speed: only a stack that overrides a hook needs them. The hook is given
            # such an element at its place under the stack, not added to the tree (the template gets it
            # from the synthesizer).
            from .cfn_parameter import CfnParameter
            from .cfn_rule import CfnRule

            element_kind: type[CfnElement] = CfnParameter if section == "Parameters" else CfnRule
            element = element_kind.__new__(element_kind)
            element.node = Node(element, self, construct_id)
            element.stack = self
            element._logical_id_override = None
            element._allocated_logical_id = None
            logical_id = self.get_logical_id(element)
        self._synthesized_logical_ids[construct_id] = logical_id
        return logical_id

    def rename_logical_id(self, old_id: str, new_id: str) -> None:
        """Use `new_id` wherever `old_id` would be allocated."""
        if not self._logical_id_renames:
            self.node.add_validation(_RenamesFindTheirIds(self))
        self._logical_id_renames[old_id] = new_id

    def _unfound_logical_id_renames(self) -> list[str]:
        """The IDs given to `rename_logical_id` that no element of the stack is allocated (an element with
        `override_logical_id` is not allocated one)."""
        allocated: set[str] = set()
        for construct in self.node.find_all():
            if (
                isinstance(construct, CfnElement)
                and construct.stack is self
                and construct._logical_id_override is None
            ):
                allocated.add(self._allocate_logical_id(construct))
        # The bootstrap version parameter and rule the synthesizer adds are allocated IDs too.
        self.synthesizer.template_additions(self)
        allocated.update(self._synthesized_logical_ids)
        return [old_id for old_id in self._logical_id_renames if old_id not in allocated]

    # --- template and values -------------------------------------------------------------------

    def resolve(self, obj: Any) -> Any:
        """Resolve tokens in `obj` as they render in this stack."""
        return Resolver(self).resolve(obj)

    def to_json_string(self, obj: Any, space: int | None = None) -> str:
        """A JSON string of `obj`; values known only at deploy time become an `Fn::Join`."""
        return json_string_token(obj, space, _stringified_list)

    def add_transform(self, transform: str) -> None:
        """Add a template transform."""
        # Every call is kept: a transform added twice renders as a list, as in aws-cdk-lib.
        self.template_options.transforms = [*(self.template_options.transforms or []), transform]

    def add_metadata(self, key: str, value: Any) -> None:
        """Add a key to the template's Metadata section."""
        metadata = self.template_options.metadata or {}
        metadata[key] = value
        self.template_options.metadata = metadata

    def format_arn(
        self,
        *,
        service: str,
        resource: str,
        account: str | None = None,
        arn_format: ArnFormat | None = None,
        partition: str | None = None,
        region: str | None = None,
        resource_name: str | None = None,
    ) -> str:
        """An ARN in this stack's partition, region and account unless given."""
        return Arn.format(
            ArnComponents(
                service=service,
                resource=resource,
                account=account,
                arn_format=arn_format,
                partition=partition,
                region=region,
                resource_name=resource_name,
            ),
            self,
        )

    def split_arn(self, arn: str, arn_format: ArnFormat) -> ArnComponents:
        """Take an ARN apart; a malformed ARN is reported at this stack."""
        return split_arn(arn, arn_format, self)

    # --- dependencies and exports --------------------------------------------------------------

    def add_dependency(self, target: Stack, reason: str | None = None) -> None:
        """Deploy `target` before this stack."""
        if target is self:
            return
        if target.node.root is not self.node.root:
            raise ValidationError(self, f"cannot depend on {target.node.path!r}: it belongs to another app")
        if self.nested_stack_parent is not None or target.nested_stack_parent is not None:
            self._add_dependency_across_nesting(target, reason)
            return
        own_stage, target_stage = Stage.of(self), Stage.of(target)
        if own_stage is not target_stage:
            raise ValidationError(
                self,
                f"cannot depend on {target.node.path!r}{f' ({reason})' if reason else ''}: it is in "
                f"{_describe_stage(target_stage)} and this stack in {_describe_stage(own_stage)}; "
                "dependencies and references cannot cross stage boundaries, so pass the value "
                "another way (for example an SSM parameter or a fixed name)",
            )
        if target._depends_on(self):
            direct = target._stack_dependencies.get(id(self))
            existing = ", ".join(direct[1]) if direct is not None else ""
            raise ValidationError(
                self,
                f"depends on {target.node.path!r}{f' ({reason})' if reason else ''}, which already depends "
                f"on {self.node.path!r}{f' ({existing})' if existing else ''}; this would create a cycle",
            )
        entry = self._stack_dependencies.setdefault(id(target), (target, []))
        if reason and reason not in entry[1]:
            entry[1].append(reason)

    def _add_dependency_across_nesting(self, target: Stack, reason: str | None) -> None:
        """A dependency that involves a nested stack, lifted as in aws-cdk-lib: between the top-level stacks
        of the two, or, below a common stack, between the resources that deploy their nested stacks."""
        own_chain, target_chain = _stack_chain(self), _stack_chain(target)
        common = next((s for s in own_chain if any(s is t for t in target_chain)), None)
        if common is self:
            return  # `target` is nested below this stack, which deploys it before itself anyway
        if common is target:
            raise ValidationError(
                self,
                f"cannot depend on {target.node.path!r}: a nested stack cannot depend on a stack it is "
                "nested in, which deploys it (a parent deploys its nested stacks before itself)",
            )
        source = own_chain[_index_of(own_chain, common) - 1] if common is not None else own_chain[-1]
        lifted = target_chain[_index_of(target_chain, common) - 1] if common is not None else target_chain[-1]
        if common is None:
            source.add_dependency(lifted, reason)
            return
        source_resource, target_resource = source.nested_stack_resource, lifted.nested_stack_resource
        if source_resource is not None and target_resource is not None:
            source_resource.add_dependency(target_resource)

    def _resources_in_common_stack(
        self, source: CfnResource, target: CfnResource
    ) -> tuple[CfnResource, CfnResource] | None:
        """For a dependency of `source` (a resource of this stack) on `target` in another stack: the two
        resources of their deepest common stack that deploy them (each itself, or the resource of the nested
        stack holding it), as aws-cdk-lib lifts it; None when the two have no common stack."""
        own_chain, target_chain = _stack_chain(self), _stack_chain(target.stack)
        common = next((s for s in own_chain if any(s is t for t in target_chain)), None)
        if common is None:
            return None
        lifted = []
        for resource, chain in ((source, own_chain), (target, target_chain)):
            if resource.stack is common:
                lifted.append(resource)
                continue
            deployer = chain[_index_of(chain, common) - 1].nested_stack_resource
            if deployer is None:
                return None
            lifted.append(deployer)
        return lifted[0], lifted[1]

    def add_stack_dependency(self, target: Stack, reason: str | None = None) -> None:
        """Deploy `target` before this stack (the same as `add_dependency`)."""
        self.add_dependency(target, reason or f"<{self.node.path}>.addStackDependency(<{target.node.path}>)")

    def _depends_on(self, other: Stack) -> bool:
        pending = [self]
        seen: set[int] = set()
        while pending:
            stack = pending.pop()
            if stack is other:
                return True
            if id(stack) in seen:
                continue
            seen.add(id(stack))
            pending.extend(dep for dep, _ in stack._stack_dependencies.values())
        return False

    def export_value(
        self, exported_value: Any, *, name: str | None = None, description: str | None = None
    ) -> str:
        """Export a value of this stack and return the `Fn::ImportValue` for other stacks."""
        from .cfn_output import CfnOutput  # deferred: most stacks export nothing
        from .tokens.fn import Fn  # deferred: most apps never call Fn

        if name is not None:
            CfnOutput(self, f"Export{name}", value=exported_value, export_name=name, description=description)
            return Fn.import_value(name)
        reference = Tokenization.reverse(exported_value, fail_concat=False)
        if not isinstance(reference, CfnReference):
            raise ValidationError(
                self,
                f"export_value({exported_value!r}) needs name=... or a resource attribute "
                "(like queue.attr_arn)",
            )
        self._check_exported_reference(reference, "export_value")
        return Fn.import_value(self._export_name_for(reference, description))

    def export_string_list_value(
        self, exported_value: Any, *, name: str | None = None, description: str | None = None
    ) -> list[str]:
        """Export a list of strings (joined with `||`) and return the `Fn::Split` of its import."""
        from .cfn_output import CfnOutput  # deferred: most stacks export nothing
        from .tokens.fn import Fn  # deferred: most apps never call Fn

        # A str would be joined character by character; aws-cdk-lib fails on it at synth.
        if isinstance(exported_value, str) and not Token.is_unresolved(exported_value):
            raise ArgumentTypeError(
                f"{self.node.path}: export_string_list_value(exported_value={exported_value!r}) is a str; "
                "use a list of strings, e.g. [value]"
            )
        if name is not None:
            CfnOutput(
                self,
                f"Export{name}",
                value=Fn.join(STRING_LIST_DELIMITER, exported_value),
                export_name=name,
                description=description,
            )
            return Fn.split(STRING_LIST_DELIMITER, Fn.import_value(name))
        reference = Tokenization.reverse(exported_value, fail_concat=False)
        if not isinstance(reference, CfnReference):
            raise ValidationError(
                self,
                f"export_string_list_value({exported_value!r}) needs name=... or a list attribute of a "
                "resource (like endpoint.attr_dns_entries)",
            )
        self._check_exported_reference(reference, "export_string_list_value")
        export_name = self._export_name_for(reference, description, as_list=True)
        return Fn.split(STRING_LIST_DELIMITER, Fn.import_value(export_name))

    def _check_exported_reference(self, reference: CfnReference, method: str) -> None:
        """A stack exports only values of its own resources (or of its nested stacks): other stacks
        export theirs, and a reference to them is wired by the consumer."""
        owner: Stack | None = Stack.of(reference.target)
        while owner is not None and owner is not self:
            owner = owner.nested_stack_parent
        if owner is None:
            raise ValidationError(
                self,
                f"{method}() got a reference to {reference.target.node.path!r}, which is not in this stack; "
                f"call {method}() on the stack that holds it ({Stack.of(reference.target).node.path!r})",
            )

    @staticmethod
    def _output_value_of(reference: CfnReference, *, as_list: bool = False) -> Any:
        """What the output that passes `reference` to other stacks holds: a list joined with `||`."""
        from .tokens.fn import Fn  # deferred: most apps never call Fn

        if as_list or is_string_list(reference):
            return Fn.join(STRING_LIST_DELIMITER, Token.as_list(reference))
        return Token.as_string(reference)

    def _export_name_for(
        self, reference: CfnReference, description: str | None = None, *, as_list: bool = False
    ) -> str:
        from .cfn_output import CfnOutput  # deferred: most stacks export nothing

        exports = self.node.try_find_child("Exports") or Construct(self, "Exports")
        output_id = export_id_for(reference.local_value())
        prefix = f"{self.stack_name}:"
        local_part = self._export_local_name(output_id)
        export_name = prefix + local_part[max(0, len(local_part) - _MAX_EXPORT_NAME + len(prefix)) :]
        # A nested stack's name is known only at deploy time; aws-cdk-lib refuses to generate from it.
        if Token.is_unresolved(export_name):
            raise ValidationError(
                self,
                f"the export name generated for {reference.local_value()!r} is unresolved "
                f"({_compact_json(self.resolve(export_name))}); give the export a name, "
                "e.g. export_value(value, name='MyExport')",
            )
        if exports.node.try_find_child(output_id) is None:
            CfnOutput(
                exports,
                output_id,
                value=self._output_value_of(reference, as_list=as_list),
                export_name=export_name,
                description=description,
            )
            self._exports_changed = True
        return export_name

    def _export_local_name(self, output_id: str) -> str:
        """The export name's part after `<stack name>:`, from the path of the output below `Exports`.

        Without `@aws-cdk/core:stackRelativeExports` the path above the stack (a Stage) is part of it.
        """
        above = [] if FeatureFlags.of(self).is_enabled(STACK_RELATIVE_EXPORTS) else self.node.scopes[2:]
        return make_unique_id([*(scope.node.id for scope in above), "Exports", output_id])

    def _published_output_for(self, reference: CfnReference) -> str:
        """The logical ID of the plain output (under `Publish`) that weak references to `reference` read."""
        from .cfn_output import CfnOutput  # deferred: most stacks export nothing

        publish = self.node.try_find_child("Publish") or Construct(self, "Publish")
        output_id = export_id_for(reference.local_value())
        output = publish.node.try_find_child(output_id)
        if not isinstance(output, CfnOutput):
            output = CfnOutput(publish, output_id, value=self._output_value_of(reference))
            self._exports_changed = True
        return output.logical_id

    def _stack_output_for_account(self, reference: CfnReference, consumer_role: str) -> dict[str, Any]:
        """`Fn::GetStackOutput` of `reference` for a stack of another account whose CloudFormation role is
        `consumer_role`: the output, and the role (with its policy) under `Publish` that such roles assume
        to read it, named and shaped as aws-cdk-lib makes them."""
        from .tokens.fn import Fn  # deferred: most apps never call Fn

        output_name = self._published_output_for(reference)
        publish = self.node.find_child("Publish")
        role = publish.node.try_find_child("GetStackOutputRole")
        if not isinstance(role, _GetStackOutputRole):
            role = _GetStackOutputRole(publish, "GetStackOutputRole")
            self._exports_changed = True
        if role.add_consumer(consumer_role):
            self._exports_changed = True
        role_arn = self.format_arn(
            service="iam",
            resource="role",
            resource_name=role.role_name,
            account=self._env_account,
            region="",
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
        )
        if publish.node.try_find_child("GetStackOutputPolicy") is None:
            stack_arn = self.format_arn(
                service="cloudformation",
                resource="stack",
                resource_name=f"{self.stack_name}/*",
                region=self._env_region,
                account=self._env_account,
            )
            policy = CfnResource(
                publish,
                "GetStackOutputPolicy",
                type="AWS::IAM::Policy",
                properties={
                    "Roles": [Fn.ref(role.logical_id)],
                    "PolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Action": "cloudformation:DescribeStacks",
                                "Resource": stack_arn,
                            }
                        ],
                    },
                },
            )
            policy.add_property_override("PolicyName", Names.unique_resource_name(policy, max_length=128))
            self._exports_changed = True
        return {
            "Fn::GetStackOutput": {
                "StackName": self.stack_name,
                "Region": self._env_region,
                "RoleArn": role_arn,
                "OutputName": output_name,
            }
        }

    def __repr__(self) -> str:
        return f"<Stack {self.node.path}>"


class _GetStackOutputRole(CfnResource):
    """The role stacks of other accounts assume to read this stack's outputs (`Fn::GetStackOutput`)."""

    def __init__(self, scope: Construct, id: str) -> None:
        self._consumers: dict[str, None] = {}
        super().__init__(
            scope,
            id,
            type="AWS::IAM::Role",
            properties={
                "AssumeRolePolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Principal": {"AWS": Lazy.any(self._principals)},
                            "Action": ["sts:AssumeRole"],
                        }
                    ],
                }
            },
        )
        self.role_name = Names.unique_resource_name(self, max_length=64)
        self.add_property_override("RoleName", self.role_name)

    def add_consumer(self, role_arn: str) -> bool:
        """Let CloudFormation roles `role_arn` assume this role; False when it already may."""
        if role_arn in self._consumers:
            return False
        self._consumers[role_arn] = None
        return True

    def _principals(self) -> Any:
        principals = [{"Fn::Sub": arn} for arn in self._consumers]
        return principals[0] if len(principals) == 1 else principals


class _PermissionsBoundaryAspect:
    """Sets the PermissionsBoundary of every IAM role and user it visits (whatever they set themselves)."""

    def __init__(self, arn: str) -> None:
        self._arn = arn

    def visit(self, node: Any) -> None:
        if isinstance(node, CfnResource) and node.cfn_resource_type in _BOUNDED_TYPES:
            node.add_property_override("PermissionsBoundary", self._arn)


def _consumed_reference(value: Any, strength: ReferenceStrength | None, method: str) -> ConsumedReference:
    # Differs from aws-cdk-lib: the attributes of L2 resources are references here, so they are accepted
    # (aws-cdk-lib wraps them and accepts only L1 attributes, although its documentation passes L2 ones).
    reference = Tokenization.reverse(list(value) if not isinstance(value, str) else value, fail_concat=False)
    if not isinstance(reference, CfnReference):
        raise InvalidValueError(
            f"Stack.{method}: value={value!r} is not a resource attribute; pass one, like bucket.bucket_arn"
        )
    return ConsumedReference(reference, strength or ReferenceStrength.BOTH)


def _stack_chain(stack: Stack) -> list[Stack]:
    """The stack, then the stacks that deploy it, up to its top-level stack."""
    chain = [stack]
    parent = stack.nested_stack_parent
    while parent is not None:
        chain.append(parent)
        parent = parent.nested_stack_parent
    return chain


def _index_of(chain: list[Stack], stack: Stack | None) -> int:
    return next(i for i, s in enumerate(chain) if s is stack)


def _describe_stage(stage: Construct | None) -> str:
    if stage is None or not stage.node.path:
        return "the App"
    return f"stage {stage.node.path!r}"


def acknowledge_literal_availability_zones(stack: Stack) -> None:
    """Record, once per stack, that its template may hold literal AZs (aws-cdk-lib's template validator
    would warn about them); reading `availability_zones` or looking a VPC up does this."""
    if not stack._literal_azs_acknowledged:
        stack._literal_azs_acknowledged = True
        stack.node.add_metadata(
            "aws:cdk:acknowledged-rules",
            {
                "CloudFormation-Validate::W3010": "Literal AZs in template are the result of accessing "
                "stack.availabilityZones, this is expected and safe"
            },
        )


def _stringified_list(scope: Construct, intrinsic: Any) -> Any:
    """The JSON text of a deploy-time list, written by a CfnUtils custom resource of the stack of `scope`."""
    # Deferred for import speed: the custom resource provider loads only for apps that stringify a list.
    from ._cfn_utils_provider import stringified_list

    return stringified_list(scope, intrinsic)


def _compact_json(value: Any) -> str:
    from .synthesis.json_text import json_stringify  # deferred: only an error message needs it

    return json_stringify(value)


class _RenamesFindTheirIds:
    """Checks at synth that each ID given to `rename_logical_id` is one the stack allocates, as
    aws-cdk-lib refuses renames that find nothing."""

    def __init__(self, stack: Stack) -> None:
        self._stack = stack

    def validate(self) -> list[str]:
        unfound = self._stack._unfound_logical_id_renames()
        if not unfound:
            return []
        shown = ", ".join(repr(old_id) for old_id in unfound)
        return [
            f"rename_logical_id() was given {shown}, which no element of the stack is allocated; "
            "rename the logical IDs its elements get (not ones set with override_logical_id())"
        ]
