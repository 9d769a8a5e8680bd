"""The vocabulary of resources every service package shares: `IResource`, `IEnvironmentAware`,
`ResourceEnvironment`.

A leaf: service interfaces (`IFunction`, `IRole`, `IHttpApi`, ...) inherit `IResource` from here
without loading `Resource` and the stack machinery behind it.
"""

from __future__ import annotations

from .construct import IConstruct
from .removal_policy import RemovalPolicy
from .runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from .struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from .stack import Stack

__all__ = ["IEnvironmentAware", "IResource", "ResourceEnvironment"]


@lazy_frozen(kw_only=True)
class ResourceEnvironment(metaclass=LazyAttrsMeta):
    """The account and region a resource lives in (either may be a token)."""

    account: str
    region: str


@runtime_checkable
class IEnvironmentAware(Protocol):
    """Something that knows the account and region it belongs to."""

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region: the stack's for a resource defined in it, the owner's for an
        imported one."""
        ...


@runtime_checkable
class IResource(IConstruct, IEnvironmentAware, Protocol):
    """An L2 resource, defined in a stack or imported into one."""

    @property
    def stack(self) -> Stack:
        """The stack the resource is defined or imported in."""
        ...

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Choose what happens to the resource when it leaves the stack or is replaced."""
        ...
