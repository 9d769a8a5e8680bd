"""References to template elements: `Ref` and `Fn::GetAtt`, rendered per consuming stack."""

from __future__ import annotations

from .annotations import Annotations
from .construct import enclosing_stack
from .errors import ValidationError
from .feature_flags import flag_value
from .json_dumps import dumps as json_dumps
from .reference_strength import DEFAULT_CROSS_STACK_REFERENCES, ReferenceStrength
from .runtime_typing import TYPE_CHECKING, cast
from .tokens.token import Intrinsic, IResolveContext, ResolutionTypeHint

if TYPE_CHECKING:
    from typing import Any

    from .cfn_element import CfnElement
    from .nested_stack import NestedStack
    from .stack import Stack

_REFERENCE_STRENGTHS = tuple(strength.value for strength in ReferenceStrength)

# aws-cdk-lib passes a list attribute to another stack as one string joined with this delimiter.
STRING_LIST_DELIMITER = "||"

# An element's attribute -> what a stack of another environment reads instead of importing it (a
# function of that stack, giving None when the environments are the same after all); set by
# `Resource.get_resource_arn_attribute` / `get_resource_name_attribute`. The L2s of the package declare
# theirs on their class instead (`Resource._read_by_name_across_environments`).
ACROSS_ENVIRONMENTS = "_read_across_environments"


class Reference(Intrinsic):
    """An intrinsic that points at a construct."""

    def __init__(
        self,
        value: Any,
        target: Any,
        display_name: str | None = None,
        type_hint: ResolutionTypeHint | None = None,
    ) -> None:
        super().__init__(value, type_hint=type_hint)
        self.target = target
        self.display_name = display_name

    @staticmethod
    def is_reference(x: Any) -> bool:
        """True when `x` is a Reference."""
        return isinstance(x, Reference)

    def _display_hint(self) -> str:
        return self.display_name or "TOKEN"


class CfnReference(Reference):
    """`Ref` or `Fn::GetAtt` of a CfnElement; becomes an import when used from another stack."""

    target: CfnElement

    def __init__(self, target: CfnElement, attribute: str, type_hint: ResolutionTypeHint | None) -> None:
        # What Reference's and Intrinsic's constructors set, set here: thousands are made per synth, and
        # those public constructors are wrapped by the type checks.
        self.value = None
        self.type_hint = type_hint
        self.target = target
        self.display_name = f"{target.node.id}.{attribute}"
        self.attribute = attribute

    @staticmethod
    def for_(target: CfnElement, attribute: str, type_hint: ResolutionTypeHint | None = None) -> CfnReference:
        """Return the one reference object for this attribute of `target`."""
        return reference_for(target, attribute, type_hint)

    @property
    def producer(self) -> Stack:
        """The stack the referenced value belongs to."""
        return self.target.stack

    def requested_strength(self) -> ReferenceStrength | None:
        """The strength the target asks to be referenced with (`apply_cross_stack_reference_strength`)."""
        return self.target._cross_stack_reference_strength

    def local_value(self) -> dict[str, Any]:
        """The reference as written inside its own stack."""
        logical_id = self.target.logical_id
        if self.attribute == "Ref":
            return {"Ref": logical_id}
        return {"Fn::GetAtt": [logical_id, self.attribute]}

    def resolve(self, context: IResolveContext) -> Any:
        producer = self.producer
        scope = context.scope
        if scope is producer:
            return self.local_value()
        consumer = cast("Stack", enclosing_stack(scope))
        if consumer is producer:
            return self.local_value()
        value = self._read_by_name(consumer)
        if value is not None:
            return value
        return import_across_stacks(self, producer, consumer)

    def _read_by_name(self, consumer: Stack) -> Any:
        """The literal a stack of another environment reads instead of importing the attribute (an ARN or
        name made of the resource's physical name), or None."""
        readers = self.target.__dict__.get(ACROSS_ENVIRONMENTS)
        if readers is not None and self.attribute in readers:
            return readers[self.attribute](consumer)
        owner = self.target.node.scope
        read = getattr(owner, "_read_by_name_across_environments", None)
        return read(self.target, self.attribute, consumer) if read is not None else None

    def __repr__(self) -> str:
        return f"CfnReference({self.target.node.path!r}, {self.attribute!r})"


def is_string_list(reference: Reference) -> bool:
    """True for a list attribute (`attr_*` typed `list[str]`), which crosses stacks joined with `||`."""
    return reference.type_hint == ResolutionTypeHint.STRING_LIST


def read_as_list(reference: CfnReference, value: dict[str, Any]) -> dict[str, Any]:
    """`value` (how another stack reads `reference`), split back into a list when `reference` is one."""
    if not is_string_list(reference):
        return value
    return {"Fn::Split": [STRING_LIST_DELIMITER, value]}


def reference_for(
    target: CfnElement, attribute: str, type_hint: ResolutionTypeHint | None = None
) -> CfnReference:
    """`CfnReference.for_` for the package's own calls (`ref`, `attr_*`: thousands per app), which the
    public method's argument checks would only slow down."""
    cache: dict[str, CfnReference] = target.__dict__.setdefault("_references", {})
    reference = cache.get(attribute)
    if reference is None:
        reference = CfnReference(target, attribute, type_hint)
        cache[attribute] = reference
    return reference


class PseudoReference(CfnReference):
    """A pseudo parameter (`AWS::StackName`, ...) of one stack: read from another stack, it is exported
    from its stack like a resource attribute (`ScopedAws`)."""

    def __init__(self, name: str, stack: Stack) -> None:
        # The stack stands where a CfnReference has its element: it names the producer in messages.
        Reference.__init__(self, None, stack, name.replace("::", "."))
        self.attribute = name
        self._stack = stack

    @staticmethod
    def for_pseudo(name: str, stack: Stack) -> PseudoReference:
        """The one reference to the pseudo parameter `name` of `stack`."""
        cache: dict[str, PseudoReference] = stack.__dict__.setdefault("_pseudo_references", {})
        reference = cache.get(name)
        if reference is None:
            reference = cache[name] = PseudoReference(name, stack)
        return reference

    @property
    def producer(self) -> Stack:
        return self._stack

    def requested_strength(self) -> ReferenceStrength | None:
        return None

    def local_value(self) -> dict[str, Any]:
        return {"Ref": self.attribute}

    def __repr__(self) -> str:
        return f"PseudoReference({self.attribute!r}, {self._stack.node.path!r})"


class ConsumedReference(Intrinsic):
    """A resource attribute read with a strength chosen by the consumer (`Stack.consume_reference`)."""

    def __init__(self, reference: CfnReference, strength: ReferenceStrength) -> None:
        super().__init__(None, type_hint=reference.type_hint)
        self.reference = reference
        self.strength = strength

    def resolve(self, context: IResolveContext) -> Any:
        producer = self.reference.producer
        consumer = cast("Stack", enclosing_stack(context.scope))
        if consumer is producer:
            return self.reference.local_value()
        return import_across_stacks(self.reference, producer, consumer, self.strength.value)

    def _display_hint(self) -> str:
        return self.reference._display_hint()


def import_across_stacks(
    reference: CfnReference, producer: Stack, consumer: Stack, strength: str | None = None
) -> dict[str, Any]:
    """Export `reference` from its stack and return what the consumer reads it with.

    `strength` (from `Stack.consume_reference`) wins over the resource's own strength, which wins over the
    consumer's context.
    """
    if producer.node.root is not consumer.node.root:
        raise ValidationError(
            consumer,
            f"references {reference.target.node.path!r}, which belongs to another app; "
            "stacks can only reference stacks of the same app",
        )
    nested_value = _across_nested_stacks(reference, producer, consumer, strength)
    if nested_value is not None:
        return nested_value
    _warn_about_context_strength(consumer)
    strength = strength or _strength_of(reference, consumer)
    if producer._env_account != consumer._env_account and (
        producer._env_region is not None and consumer._env_region is not None
    ):
        return _import_across_accounts(reference, producer, consumer, strength)
    if _environments_differ(producer, consumer) and (
        producer._env_region is None or consumer._env_region is None
    ):
        raise ValidationError(
            consumer,
            f"references {reference.target.node.path!r} in stack {producer.stack_name!r} of environment "
            f"{producer.environment!r}, but this stack is in {consumer.environment!r}; references across "
            "environments need both stacks to name their region (env=Environment(account=..., region=...))",
        )
    # Another region of the same account: strong references go through SSM parameters (an export writer
    # in the producer, a reader in the consumer) whether or not either stack sets cross_region_references,
    # as in aws-cdk-lib; that setting only decides how L2 resources name themselves across regions.
    crosses_regions = _environments_differ(producer, consumer)
    consumer.add_dependency(
        producer, f"{consumer.node.path} -> {reference.target.node.path}.{reference.attribute}"
    )
    if crosses_regions and strength != "weak":
        # Deferred: only apps with references across regions load the writer and reader.
        from ._cross_region_exports import read_across_regions, write_across_regions

        if strength == "strong":
            return read_as_list(reference, read_across_regions(reference, producer, consumer))
        write_across_regions(reference, producer, consumer)  # "both": written, and read as an output
        return _read_published_output(reference, producer)
    if strength == "strong":
        return read_as_list(reference, {"Fn::ImportValue": producer._export_name_for(reference)})
    if strength == "both":
        producer._export_name_for(reference)
    return _read_published_output(reference, producer)


def _read_published_output(reference: CfnReference, producer: Stack) -> dict[str, Any]:
    """The weak read of `reference`: `Fn::GetStackOutput` of a plain output of its stack."""
    stack_output = {
        "Fn::GetStackOutput": {
            "StackName": producer.stack_name,
            "Region": producer._env_region or {"Ref": "AWS::Region"},
            "OutputName": producer._published_output_for(reference),
        }
    }
    return read_as_list(reference, stack_output)


def _import_across_accounts(
    reference: CfnReference, producer: Stack, consumer: Stack, strength: str
) -> dict[str, Any]:
    """A reference to another account, always weak as in aws-cdk-lib: the consumer reads a plain output of
    the producer with `Fn::GetStackOutput`, through a role of the producer's account that the consumer's
    CloudFormation execution role may assume."""
    if strength == "strong":
        Annotations.of(consumer).add_warning_v2(
            "@aws-cdk/core:crossAccountRefsAreAlwaysWeak",
            "Strong references requested, but cross-account references can only be weak. Acknowledge this "
            f'warning or set "{DEFAULT_CROSS_STACK_REFERENCES}" to "weak" to remove this message.',
        )
    place = (
        f"references {reference.target.node.path!r} in stack {producer.stack_name!r} of environment "
        f"{producer.environment!r}, but this stack is in {consumer.environment!r}"
    )
    consumer_role = getattr(consumer.synthesizer, "cloud_formation_execution_role", None)
    if consumer_role is None:
        raise ValidationError(
            consumer,
            f"{place}; a stack reads a value of another account with the role CloudFormation deploys it "
            "with, and its synthesizer names none: use DefaultStackSynthesizer (the bootstrap stack's "
            "role) or a synthesizer given a CloudFormation execution role",
        )
    # Differs from aws-cdk-lib: an unknown account is an error (aws-cdk-lib writes 'unknown-account' into
    # the ARNs of the role and of the stack).
    if producer._env_account is None or consumer._env_account is None:
        raise ValidationError(
            consumer,
            f"{place}; references across accounts need both stacks to name their account "
            "(env=Environment(account=..., region=...))",
        )
    return read_as_list(reference, producer._stack_output_for_account(reference, consumer_role))


def _across_nested_stacks(
    reference: CfnReference, producer: Stack, consumer: Stack, strength: str | None
) -> dict[str, Any] | None:
    """How `consumer` reads `reference` when one of the two is a nested stack, as aws-cdk-lib wires it:
    a stack above the consumer passes the value in as a parameter, and a nested producer publishes it as
    an output its parent reads with `Fn::GetAtt Outputs.<name>`. None when neither applies."""
    if consumer.nested_stack_parent is not None and _is_nested_in(consumer, producer):
        return cast("NestedStack", consumer)._parameter_for(reference)
    if producer.nested_stack_parent is not None:
        output = cast("NestedStack", producer)._output_for(reference)
        parent = output.producer
        if consumer is parent:
            return read_as_list(reference, output.local_value())
        return read_as_list(reference, import_across_stacks(output, parent, consumer, strength))
    return None


def _is_nested_in(nested: Stack, ancestor: Stack) -> bool:
    parent = nested.nested_stack_parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.nested_stack_parent
    return False


_STRENGTH_WARNED = "_cross_stack_strength_warned"


def _warn_about_context_strength(consumer: Stack) -> None:
    """Warn once per app, as aws-cdk-lib does, when the context leaves the strength to its default or
    sets the transitional "both"."""
    root = consumer.node.root
    if getattr(root, _STRENGTH_WARNED, False):
        return
    value = consumer.node.try_get_context(DEFAULT_CROSS_STACK_REFERENCES)
    guide = (
        "(See: https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/README.md#reference-strength)"
    )
    if value is None:
        setattr(root, _STRENGTH_WARNED, True)
        Annotations.of(consumer).add_warning_v2(
            "@aws-cdk/core:crossStackReferencesDefaultStrong",
            'No cross-stack-reference strength configured, defaulting to "strong". We recommend you set '
            f'feature flag "{DEFAULT_CROSS_STACK_REFERENCES}" to "both", then deploy everywhere, then set it '
            'to "weak". Alternatively, set it to "strong" explicitly to lock in the current '
            f"producer-protecting behavior. {guide}",
        )
    elif value == "both":
        setattr(root, _STRENGTH_WARNED, True)
        Annotations.of(consumer).add_warning_v2(
            "@aws-cdk/core:crossStackReferencesBothTransitional",
            f'Feature flag "{DEFAULT_CROSS_STACK_REFERENCES}" currently set to "both". This is a '
            "transitory state. After you have finished deploying this application everywhere, set it to "
            f'"weak". {guide}',
        )


def reference_strength(consumer: Stack) -> str:
    """How `consumer` references other stacks: `@aws-cdk/core:defaultCrossStackReferences`.

    "strong" exports the value and imports it (`Fn::ImportValue`, the producer cannot change it while it
    is imported); "weak" publishes it as a plain output read with `Fn::GetStackOutput`; "both" does both
    and reads the output, the step between the two.
    """
    value = flag_value(consumer, DEFAULT_CROSS_STACK_REFERENCES)
    if value not in _REFERENCE_STRENGTHS:
        raise ValidationError(
            consumer,
            f"context {DEFAULT_CROSS_STACK_REFERENCES}={value!r} is not a reference strength; "
            'use "strong", "weak" or "both"',
        )
    return str(value)


def _strength_of(reference: CfnReference, consumer: Stack) -> str:
    """The strength the target resource asks for (`apply_cross_stack_reference_strength`), else the
    consumer's context."""
    own = reference.requested_strength()
    return own.value if own is not None else reference_strength(consumer)


def _environments_differ(a: Stack, b: Stack) -> bool:
    """True unless both stacks name the same account and region, or leave the same ones unknown.

    An environment-agnostic stack can be deployed anywhere, so it is another environment than any stack
    that names one, as aws-cdk-lib sees it.
    """
    return a._env_account != b._env_account or a._env_region != b._env_region


def export_id_for(resolved: Any) -> str:
    """The construct id of the output that exports a resolved reference (as aws-cdk-lib names it)."""
    return "Output" + json_dumps(resolved, separators=(",", ":"), ensure_ascii=False)
