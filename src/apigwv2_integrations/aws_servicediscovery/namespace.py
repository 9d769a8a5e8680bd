"""INamespace and NamespaceType: what every Cloud Map namespace has."""

from __future__ import annotations

from ..core.resource_types import IResource
from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen


class NamespaceType(SimpleEnum):
    """The kinds of Cloud Map namespace."""

    HTTP = "HTTP"
    DNS_PRIVATE = "DNS_PRIVATE"
    DNS_PUBLIC = "DNS_PUBLIC"


@runtime_checkable
class INamespace(IResource, Protocol):
    """A Cloud Map namespace, defined here or imported."""

    @property
    def namespace_name(self) -> str:
        """The namespace's name."""
        ...

    @property
    def namespace_id(self) -> str:
        """The namespace's id."""
        ...

    @property
    def namespace_arn(self) -> str:
        """The namespace's ARN."""
        ...

    @property
    def type(self) -> NamespaceType:
        """The kind of namespace."""
        ...


@lazy_frozen(kw_only=True)
class BaseNamespaceProps(metaclass=LazyAttrsMeta):
    """Options of every namespace."""

    name: str
    """The namespace's name."""
    description: str | None = None
    """A description of the namespace. Default: none."""
