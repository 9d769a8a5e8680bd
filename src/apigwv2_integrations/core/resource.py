"""Resource: the base of L2 constructs, which own one or more CloudFormation resources."""

from __future__ import annotations

from collections.abc import Callable

from ._digests import sha256
from .arn import ArnFormat, split_arn
from .cfn_reference import ACROSS_ENVIRONMENTS, CfnReference
from .cfn_resource import CfnResource
from .cfn_schema import PHYSICAL_NAME_MARKER
from .construct import Construct
from .errors import ValidationError
from .feature_flags import warn_unimplemented_flags
from .names import Names
from .reference_strength import ReferenceStrength
from .removal_policy import RemovalPolicy
from .resource_types import ResourceEnvironment
from .runtime_typing import TYPE_CHECKING, cast
from .stack import Stack
from .struct import LazyAttrsMeta, lazy_frozen
from .tokens._encoding import TOKEN_MAP
from .tokens.lazy import Lazy
from .tokens.token import Token

if TYPE_CHECKING:
    from typing import Any, ClassVar


@lazy_frozen(kw_only=True)
class ResourceProps(metaclass=LazyAttrsMeta):
    """The keywords of `Resource` as one struct."""

    account: str | None = None
    """The account the resource lives in. Default: the stack's account."""
    environment_from_arn: str | None = None
    """An ARN to take the account and region from. Default: account and region as given."""
    physical_name: str | None = None
    """The physical name of the resource. Default: CloudFormation generates one."""
    region: str | None = None
    """The region the resource lives in. Default: the stack's region."""


class PhysicalName:
    """Markers for physical names."""

    GENERATE_IF_NEEDED = PHYSICAL_NAME_MARKER
    """Let CloudFormation name the resource, unless another environment refers to it: then the name
    is generated from the stack name, the construct's unique id, the account and the region."""


# The parts of a generated physical name: the stack name's start, the unique id's end and a hash.
_STACK_PART_LENGTH = 25
_ID_PART_LENGTH = 24
_HASH_LENGTH = 12


def _generate_physical_name(resource: Resource) -> str:
    stack = resource.stack
    for dimension, value in (("region", stack.region), ("account", stack.account)):
        if Token.is_unresolved(value):
            raise ValidationError(
                resource,
                f"cannot generate a physical name for another environment to use: its stack's {dimension} "
                "is not known; give the stack an env with account and region, or give the resource a name",
            )
    stack_name = stack.stack_name
    unique_id = Names.unique_id(resource)
    digest = sha256((stack_name + unique_id + stack.region + stack.account).encode("utf-8"))
    name = stack_name[:_STACK_PART_LENGTH] + unique_id[-_ID_PART_LENGTH:] + digest.hexdigest()[:_HASH_LENGTH]
    return name.lower()


class _StackOfAResourceOutsideStacks:
    """`Resource.stack` of a resource made outside any stack (an import in the App's scope, which
    aws-cdk-lib allows): reading it is the error. A resource in a stack has `stack` as an attribute,
    which hides this."""

    def __get__(self, instance: Resource | None, owner: type) -> Any:
        if instance is None:
            return self
        return Stack.of(instance)  # raises: the resource is not inside a Stack


class Resource(Construct):
    """An L2 construct: knows its stack, its environment and its physical name."""

    _records_mixins = True
    stack: Stack = _StackOfAResourceOutsideStacks()  # type: ignore[assignment]

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        stack = cast("Stack | None", self.node._stack)
        if stack is not None:
            self.stack = stack
            warn_unimplemented_flags(self, stack)
        if environment_from_arn is not None:
            # As in aws-cdk-lib, an ARN with tokens is split too: the literal account and region of
            # `arn:aws:sqs:us-east-1:123456789012:${name}`, or Fn::Select parts of an ARN that is a token.
            parsed = split_arn(environment_from_arn, ArnFormat.NO_RESOURCE_NAME, self)
            account = account or parsed.account
            region = region or parsed.region
        # Outside any stack, the stack's account and region are read (and fail) only when `env` is.
        self._env_account: str | None = account or (stack.account if stack is not None else None)
        self._env_region: str | None = region or (stack.region if stack is not None else None)
        self._env: ResourceEnvironment | None = None  # made when first read: most resources never are
        # A resource with a name (or GENERATE_IF_NEEDED) can be used by stacks of other environments.
        self._allow_cross_environment = physical_name is not None
        # The name as given, or generated once another environment reads the resource by its name.
        self._name_across_environments = physical_name
        if physical_name == PhysicalName.GENERATE_IF_NEEDED:
            self._name_across_environments = None
            physical_name = Lazy.uncached_string(lambda: self._name_across_environments)
        self.physical_name = physical_name

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region the resource is in (its stack's, unless it was given others)."""
        env = self._env
        if env is None:
            if self._env_account is None or self._env_region is None:
                self.stack.account  # noqa: B018 - outside any stack, the error of aws-cdk-lib
            env = self._env = ResourceEnvironment(
                account=cast("str", self._env_account), region=cast("str", self._env_region)
            )
        return env

    @env.setter
    def env(self, value: ResourceEnvironment) -> None:
        self._env = value

    @staticmethod
    def is_resource(construct: Any) -> bool:
        """True when `construct` is a Resource."""
        return isinstance(construct, Resource)

    @staticmethod
    def is_owned_resource(construct: Any) -> bool:
        """True when `construct` is a Resource defined in this app (not imported)."""
        return isinstance(construct, Resource) and construct.node.default_child is not None

    def apply_cross_stack_reference_strength(self, strength: ReferenceStrength) -> None:
        """Reference this resource from other stacks with `strength`, whatever their context says.

        Useful to weaken only the references that block a change (a producer cannot delete an export in
        use) without changing the app's default.
        """
        child = self.node.default_child
        if not isinstance(child, CfnResource):
            raise ValidationError(
                self,
                f"cannot apply_cross_stack_reference_strength({strength}): it has no CfnResource default "
                "child; apply it to the CfnResource itself",
            )
        child.apply_cross_stack_reference_strength(strength)

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Apply a removal policy to the main CloudFormation resource."""
        child = self.node.default_child
        if not isinstance(child, CfnResource):
            raise TypeError(f"{self.node.path}: cannot apply a removal policy: it has no CfnResource child")
        child.apply_removal_policy(policy)

    def get_resource_arn_attribute(
        self,
        arn_attr: str,
        *,
        resource: str,
        service: str,
        account: str | None = None,
        arn_format: ArnFormat | None = None,
        partition: str | None = None,
        region: str | None = None,
        resource_name: str | None = None,
    ) -> str:
        """`arn_attr` for stacks of this resource's environment; stacks of another account (or region)
        get the ARN made of the given components, which name the resource by its physical name."""
        components = {
            "service": service,
            "resource": resource,
            "account": account,
            "arn_format": arn_format,
            "partition": partition,
            "region": region,
            "resource_name": resource_name,
        }
        return _read_across_environments(arn_attr, lambda consumer: self._arn_across(consumer, components))

    def get_resource_name_attribute(self, name_attr: str) -> str:
        """`name_attr` for stacks of this resource's environment; stacks of another environment get the
        physical name."""
        return _read_across_environments(name_attr, self._name_across)

    # aws_cdk's Python names for the protected members a subclass of Resource uses.
    _get_resource_arn_attribute = get_resource_arn_attribute
    _get_resource_name_attribute = get_resource_name_attribute

    @property
    def _physical_name(self) -> str:
        """The physical name (`physicalName` in aws-cdk-lib): as given, a token of the name generated when
        another environment reads it (`PhysicalName.GENERATE_IF_NEEDED`), or, without one, a token that
        resolves to nothing (a property given it is left out), as aws-cdk-lib's."""
        if self.physical_name is not None:
            return self.physical_name
        absent: str | None = self.__dict__.get("_absent_physical_name")
        if absent is None:
            absent = self.__dict__["_absent_physical_name"] = Token.as_string(None)
        return absent

    def _generate_physical_name(self) -> str:
        """A name unique to this resource's path, as aws-cdk-lib generates it for other environments."""
        return _generate_physical_name(self)

    # The attributes of the default child that stacks of other environments read by physical name: the
    # resource's ARN and its name (`Ref` or an `Fn::GetAtt` attribute). Each L2 with a physical name
    # declares them, with `_arn_components`, instead of calling `get_resource_*_attribute` per resource.
    if TYPE_CHECKING:  # declared for mypy alone, as Construct's class attributes
        _ARN_ATTRIBUTE: ClassVar[str | None]
        _NAME_ATTRIBUTE: ClassVar[str | None]
    _ARN_ATTRIBUTE = None
    _NAME_ATTRIBUTE = None

    def _arn_components(self) -> dict[str, Any]:
        """The `Stack.format_arn` keywords of the ARN other environments read (for `_ARN_ATTRIBUTE`)."""
        raise NotImplementedError(f"{type(self).__name__} declares _ARN_ATTRIBUTE without _arn_components")

    def _read_by_name_across_environments(self, element: Any, attribute: str, consumer: Stack) -> Any:
        """What `consumer`, a stack of another environment than maybe this resource's, reads for the
        `attribute` of `element`; None when it imports it as usual."""
        if element is not self.node.default_child:
            return None
        if attribute == self._ARN_ATTRIBUTE:
            return self._arn_across(consumer, self._arn_components())
        if attribute == self._NAME_ATTRIBUTE:
            return self._name_across(consumer)
        return None

    def _reads_by_physical_name(self, consumer: Stack) -> bool:
        """Whether `consumer` reads this resource's ARN and name by its physical name (another account, or
        another region when `consumer` does not reference other regions through `cross_region_references`),
        not through a reference, as in aws-cdk-lib."""
        stack = self.stack
        deployed = consumer
        while deployed.nested_stack_parent is not None:  # a nested stack reads through its top-level stack
            deployed = deployed.nested_stack_parent
        return stack.account != consumer.account or (
            stack.region != consumer.region and not deployed._cross_region_references
        )

    def _arn_across(self, consumer: Stack, components: dict[str, Any]) -> str | None:
        if not self._reads_by_physical_name(consumer):
            return None
        self._enable_cross_environment(consumer)
        return self.stack.format_arn(**components)

    def _name_across(self, consumer: Stack) -> str | None:
        if not self._reads_by_physical_name(consumer):
            return None
        self._enable_cross_environment(consumer)
        return self.physical_name

    def _enable_cross_environment(self, consumer: Stack) -> None:
        if not self._allow_cross_environment:
            raise ValidationError(
                self,
                f"is read by stack {consumer.node.path!r} of environment {consumer.environment}, another "
                f"than its own ({self.stack.environment}), which can only refer to it by its physical name; "
                "give it a name (its name property) or PhysicalName.GENERATE_IF_NEEDED",
            )
        if self._name_across_environments is None:
            self._name_across_environments = _generate_physical_name(self)
            # The producer's template may have been rendered without the name: render it again.
            self.stack._exports_changed = True


def _read_across_environments(attribute: str, across: Callable[[Stack], Any]) -> str:
    """Let stacks of other environments read `attribute` (a `Ref` or `Fn::GetAtt` token) as `across`
    gives it, and return it unchanged.

    Differs from aws-cdk-lib, which returns a new token and leaves the L1 attribute to fail across
    environments: here the L1 attribute reads the same, and no token is made per resource.
    """
    reference = TOKEN_MAP.lookup_string(attribute)
    if isinstance(reference, CfnReference):
        readers = reference.target.__dict__.setdefault(ACROSS_ENVIRONMENTS, {})
        readers[reference.attribute] = across
    return attribute
