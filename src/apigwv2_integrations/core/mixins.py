"""Mixins applied to a chosen set of constructs: `Mixins.of(scope, selector).apply(...)`, the `Mixin` base
and `ConstructSelector`. (`Construct.with_` applies mixins to a whole subtree.)"""

from __future__ import annotations

import abc
import functools

from .cfn_resource import CfnResource
from .construct import MIXIN_METADATA, IConstruct, IMixin, iter_preorder
from .errors import ValidationError
from .glob_pattern import glob_regex
from .runtime_typing import Protocol, runtime_checkable
from .struct import LazyAttrsMeta, lazy_frozen

__all__ = [
    "ConstructSelector",
    "IConstructSelector",
    "Mixin",
    "MixinApplication",
    "MixinApplicator",
    "Mixins",
]


@runtime_checkable
class IConstructSelector(Protocol):
    """Chooses the constructs a `MixinApplicator` applies its mixins to."""

    def select(self, scope: IConstruct) -> list[IConstruct]:
        """The constructs chosen in `scope` (itself included or not)."""
        ...


class Mixin(abc.ABC):
    """A base for mixins: supports every construct unless `supports` says otherwise."""

    @staticmethod
    def is_mixin(x: object) -> bool:
        """True when `x` is a Mixin."""
        return isinstance(x, Mixin)

    def supports(self, construct: IConstruct) -> bool:
        """True when this mixin can be applied to `construct`. Default: every construct."""
        return True

    @abc.abstractmethod
    def apply_to(self, construct: IConstruct) -> None:
        """Apply the mixin to `construct`."""


@lazy_frozen(kw_only=True)
class MixinApplication(metaclass=LazyAttrsMeta):
    """One mixin applied to one construct, as listed by `MixinApplicator.report`."""

    construct: IConstruct
    mixin: IMixin


class _AllConstructs:
    def select(self, scope: IConstruct) -> list[IConstruct]:
        return list(iter_preorder(scope.node.host))


class _DefaultCfnResource:
    def select(self, scope: IConstruct) -> list[IConstruct]:
        if isinstance(scope, CfnResource):
            return [scope]
        default_child = scope.node.default_child
        return [default_child] if isinstance(default_child, CfnResource) else []


class _OnlyItself:
    def select(self, scope: IConstruct) -> list[IConstruct]:
        return [scope]


class _ResourcesOfType:
    def __init__(self, types: tuple[str, ...]) -> None:
        self._types = types

    def select(self, scope: IConstruct) -> list[IConstruct]:
        return [
            construct
            for construct in iter_preorder(scope.node.host)
            if isinstance(construct, CfnResource) and construct.cfn_resource_type in self._types
        ]


class _MatchingPattern:
    """Constructs whose id or path matches a glob: `*` and `?` stay within one path segment, `**` crosses
    segments, `[...]` is a character class and `{a,b}` an alternative (as aws-cdk-lib's minimatch)."""

    def __init__(self, pattern: str, field: str) -> None:
        self._regex = glob_regex(pattern)
        self._field = field

    def select(self, scope: IConstruct) -> list[IConstruct]:
        by_path = self._field == "path"
        return [
            construct
            for construct in iter_preorder(scope.node.host)
            if self._regex.fullmatch(construct.node.path if by_path else construct.node.id)
        ]


class ConstructSelector:
    """The selectors `Mixins.of` takes."""

    @staticmethod
    def all() -> IConstructSelector:
        """The scope and every construct below it (the default)."""
        return _AllConstructs()

    @staticmethod
    def cfn_resource() -> IConstructSelector:
        """The scope when it is a CfnResource, else its CfnResource default child (if any)."""
        return _DefaultCfnResource()

    @staticmethod
    def only_itself() -> IConstructSelector:
        """The scope alone."""
        return _OnlyItself()

    @staticmethod
    def resources_of_type(*types: str) -> IConstructSelector:
        """The CfnResources of these CloudFormation types at or below the scope."""
        return _ResourcesOfType(types)

    @staticmethod
    def by_id(pattern: str) -> IConstructSelector:
        """The constructs at or below the scope whose id matches the glob `pattern`."""
        return _MatchingPattern(pattern, "id")

    @staticmethod
    def by_path(pattern: str) -> IConstructSelector:
        """The constructs at or below the scope whose path matches the glob `pattern`."""
        return _MatchingPattern(pattern, "path")


class MixinApplicator:
    """Applies mixins to the constructs a selector chooses in a scope; get one with `Mixins.of`."""

    def __init__(self, scope: IConstruct, selector: IConstructSelector | None = None) -> None:
        self._scope = scope
        self._selector = selector or ConstructSelector.all()
        self._applications: list[MixinApplication] = []
        self._require_all = False
        self._require_any = False

    @functools.cached_property
    def selected_constructs(self) -> list[IConstruct]:
        """The constructs chosen, listed once (constructs added later are not chosen)."""
        return list(self._selector.select(self._scope))

    @property
    def report(self) -> list[MixinApplication]:
        """Every application made so far, in order."""
        return list(self._applications)

    def apply(self, *mixins: IMixin) -> MixinApplicator:
        """Apply each mixin, in order, to every chosen construct it supports; return this applicator."""
        applications: list[MixinApplication] = []
        for mixin in mixins:
            for construct in self.selected_constructs:
                if mixin.supports(construct):
                    construct.node.add_metadata(MIXIN_METADATA, {"mixin": "*"})
                    mixin.apply_to(construct)
                    applications.append(MixinApplication(construct=construct, mixin=mixin))
                elif self._require_all:
                    raise ValidationError(
                        self._scope,
                        f"mixin {type(mixin).__name__} does not support {construct.node.path!r} "
                        f"({type(construct).__name__}); require_all() asks every selected construct to "
                        "take every mixin, so choose the constructs with a selector",
                    )
        if self._require_any and not applications:
            raise ValidationError(
                self._scope,
                "none of the mixins applies to any selected construct; require_any() asks for at least "
                "one application, so check the selector and the mixins' supports()",
            )
        self._applications.extend(applications)
        return self

    def require_all(self) -> MixinApplicator:
        """From now on, a mixin a chosen construct does not support is an error."""
        self._require_all = True
        return self

    def require_any(self) -> MixinApplicator:
        """From now on, an `apply` that applies nothing is an error."""
        self._require_any = True
        return self


class Mixins:
    """Entry point: `Mixins.of(scope, selector).apply(mixin, ...)`."""

    @staticmethod
    def of(scope: IConstruct, selector: IConstructSelector | None = None) -> MixinApplicator:
        """An applicator for the constructs `selector` chooses in `scope`. Default: all of them."""
        return MixinApplicator(scope, selector)
