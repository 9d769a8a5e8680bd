"""PrefixList: a managed prefix list (a named set of CIDR ranges), a peer of security group rules."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..cfn.aws_ec2 import CfnPrefixList, PrefixListReference
from ..core.construct import Construct
from ..core.context_provider import ContextProvider
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from .connections import Connections
from .peer import IPeer

if TYPE_CHECKING:
    from typing import Any

# The provider that looks resources up through the Cloud Control API.
_CC_API_PROVIDER = "cc-api-provider"
_DUMMY_PREFIX_LIST_ID = "pl-xxxxxxxx"
# AWS names its own lists `com.amazonaws.<region>.<service>`; a list of yours may not look like one.
_RESERVED_NAME_PREFIX = "com.amazonaws"
_MAX_NAME_LENGTH = 255

# The ranges aws-cdk-lib accepts: the mask is optional, and an IPv4 address's numbers are not range-checked.
_IPV4_RANGE = re.compile(r"^(\d{1,3}\.){3}\d{1,3}(/([0-9]|[12][0-9]|3[0-2]))?$")
_IPV6_MASK = re.compile(r"^([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8])$")
_IPV6_GROUP = re.compile(r"^[0-9a-f]{1,4}$", re.IGNORECASE)
_IPV6_ZONE = re.compile(r"^%[0-9a-z]+$", re.IGNORECASE)


class AddressFamily(SimpleEnum):
    """The IP version of the ranges of a prefix list."""

    IP_V4 = "IPv4"
    """IPv4 ranges."""
    IP_V6 = "IPv6"
    """IPv6 ranges."""


def _to_entry(value: CfnPrefixList.EntryProperty | Mapping[str, Any]) -> CfnPrefixList.EntryProperty:
    return CfnPrefixList.EntryProperty(**value) if isinstance(value, Mapping) else value


def _to_entries(
    value: Sequence[CfnPrefixList.EntryProperty | Mapping[str, Any]] | None,
) -> tuple[CfnPrefixList.EntryProperty, ...] | None:
    return None if value is None else tuple(_to_entry(entry) for entry in value)


@lazy_frozen(kw_only=True)
class PrefixListOptions(metaclass=LazyAttrsMeta):
    """Options of a prefix list."""

    max_entries: float | None = None
    """How many entries the list can hold. Default: the number of `entries`, at least 1."""


@lazy_frozen(kw_only=True)
class PrefixListProps(PrefixListOptions, metaclass=LazyAttrsMeta):
    """Properties of a PrefixList."""

    address_family: AddressFamily | None = None
    """The IP version of the entries. Default: IP_V4."""
    entries: Sequence[CfnPrefixList.EntryProperty] | None = field(default=None, converter=_to_entries)
    """The CIDR ranges of the list, with optional descriptions. Default: none."""
    prefix_list_name: str | None = None
    """The list's name: at most 255 characters, not starting with `com.amazonaws`. Default: generated."""


@lazy_frozen(kw_only=True)
class PrefixListLookupOptions(metaclass=LazyAttrsMeta):
    """Which existing prefix list `PrefixList.from_lookup` finds."""

    prefix_list_name: str
    """The list's name."""
    address_family: AddressFamily | None = None
    """The IP version of the list. Default: any."""
    owner_id: str | None = None
    """The account that owns the list. Default: any."""


@runtime_checkable
class IPrefixList(IResource, IPeer, Protocol):
    """A managed prefix list, defined here or imported; a security group rule can point at it."""

    @property
    def prefix_list_id(self) -> str:
        """The list's id."""
        ...


class _PrefixListBase(Resource):
    """What defined and imported lists share: being the peer of a security group rule."""

    prefix_list_id: str
    # aws-cdk-lib always renders prefix-list rules as separate ingress/egress resources.
    can_inline_rule = False

    def __init__(self, scope: Construct, id: str, *, physical_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=physical_name)
        self.connections: Connections = Connections(peer=self)

    @property
    def unique_id(self) -> str:
        """The list's id, which names the security group rules that point at it."""
        return self.prefix_list_id

    def to_ingress_rule_config(self) -> dict[str, Any]:
        """The source fields of an ingress rule, with aws_cdk's camelCase keys."""
        return {"sourcePrefixListId": self.prefix_list_id}

    def to_egress_rule_config(self) -> dict[str, Any]:
        """The destination fields of an egress rule, with aws_cdk's camelCase keys."""
        return {"destinationPrefixListId": self.prefix_list_id}

    @property
    def prefix_list_ref(self) -> PrefixListReference:
        """A reference to the list: its id and ARN."""
        arn = self.stack.format_arn(service="ec2", resource="prefix-list", resource_name=self.prefix_list_id)
        return PrefixListReference(prefix_list_arn=arn, prefix_list_id=self.prefix_list_id)


class _ImportedPrefixList(_PrefixListBase):
    def __init__(self, scope: Construct, id: str, prefix_list_id: str) -> None:
        self.prefix_list_id = prefix_list_id
        super().__init__(scope, id)

    def __repr__(self) -> str:
        return f"PrefixList.from_prefix_list_id(..., {self.prefix_list_id!r})"


class PrefixList(_PrefixListBase):
    """A managed prefix list (`AWS::EC2::PrefixList`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        address_family: AddressFamily | None = None,
        entries: Sequence[CfnPrefixList.EntryProperty | Mapping[str, Any]] | None = None,
        prefix_list_name: str | None = None,
        max_entries: float | None = None,
    ) -> None:
        props = PrefixListProps(
            address_family=address_family,
            entries=entries,
            prefix_list_name=prefix_list_name,
            max_entries=max_entries,
        )
        name = props.prefix_list_name
        if name is None:
            name = Lazy.string(
                lambda: Names.unique_resource_name(self, max_length=_MAX_NAME_LENGTH, separator="")
            )
        super().__init__(scope, id, physical_name=name)
        self._check_name(props.prefix_list_name)
        family = props.address_family or AddressFamily.IP_V4
        for index, entry in enumerate(props.entries or ()):
            self._check_entry(index, entry, family)
        resource = CfnPrefixList(
            self,
            "Resource",
            address_family=family.value,
            # aws-cdk-lib writes `Entries: []` for a list without entries.
            entries=list(props.entries or ()),
            # A max_entries of 0 is not a size either: as in aws-cdk-lib, the default applies.
            max_entries=props.max_entries or len(props.entries or ()) or 1,
            prefix_list_name=name,
        )
        self.prefix_list_id: str = resource.attr_prefix_list_id
        self.prefix_list_arn: str = resource.attr_arn
        self.owner_id: str = resource.attr_owner_id
        self.version: float = resource.attr_version
        self.address_family: str = resource.address_family
        self.prefix_list_name: str = name
        self._resource = resource

    @property
    def prefix_list_ref(self) -> PrefixListReference:
        """A reference to the list: its id and ARN."""
        return self._resource.prefix_list_ref

    def _check_name(self, name: str | None) -> None:
        if name is None or Token.is_unresolved(name):
            return
        if name.startswith(_RESERVED_NAME_PREFIX):
            raise ValidationError(
                self,
                f"prefix_list_name={name!r} starts with {_RESERVED_NAME_PREFIX!r}, which AWS keeps for its "
                "own prefix lists; choose another name",
            )
        if len(name) > _MAX_NAME_LENGTH:
            raise ValidationError(
                self,
                f"prefix_list_name={name!r} is {len(name)} characters long; use at most {_MAX_NAME_LENGTH}",
            )

    def _check_entry(self, index: int, entry: Any, family: AddressFamily) -> None:
        cidr = getattr(entry, "cidr", None)
        # Differs from aws-cdk-lib, which rejects every token here: a token is left to CloudFormation.
        if not isinstance(cidr, str) or Token.is_unresolved(cidr):
            return
        if family is AddressFamily.IP_V6:
            if not _is_ipv6_range(cidr):
                raise ValidationError(
                    self,
                    f"entries[{index}].cidr={cidr!r} is not an IPv6 range, and address_family is "
                    "AddressFamily.IP_V6; write it as address/mask with a mask of 0 to 128, "
                    "e.g. '2001:db8::/32'",
                )
        elif _IPV4_RANGE.match(cidr) is None:
            raise ValidationError(
                self,
                f"entries[{index}].cidr={cidr!r} is not an IPv4 range; write it as a.b.c.d/mask with a "
                "mask of 0 to 32, e.g. '10.0.0.0/16', or pass address_family=AddressFamily.IP_V6",
            )

    @staticmethod
    def from_prefix_list_id(scope: Construct, id: str, prefix_list_id: str) -> IPrefixList:
        """An existing prefix list."""
        return _ImportedPrefixList(scope, id, prefix_list_id)

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        prefix_list_name: str,
        address_family: AddressFamily | None = None,
        owner_id: str | None = None,
    ) -> IPrefixList:
        """An existing prefix list that the CDK CLI looks up by name (cached in `cdk.context.json`)."""
        options = PrefixListLookupOptions(
            prefix_list_name=prefix_list_name, address_family=address_family, owner_id=owner_id
        )
        match: dict[str, str] = {"PrefixListName": options.prefix_list_name}
        if options.owner_id is not None:
            match["OwnerId"] = options.owner_id
        if options.address_family is not None:
            match["AddressFamily"] = options.address_family.value
        for name, value in (("prefix_list_name", options.prefix_list_name), ("owner_id", options.owner_id)):
            if value is not None and Token.is_unresolved(value):
                raise ValidationError(
                    scope,
                    f"{name}={value!r} is a token, and the CDK CLI looks the prefix list {id!r} up before "
                    "deployment; pass the literal value",
                )
        value = ContextProvider.get_value(
            scope,
            provider=_CC_API_PROVIDER,
            props={
                "typeName": CfnPrefixList.CFN_RESOURCE_TYPE_NAME,
                "propertyMatch": match,
                "propertiesToReturn": ["PrefixListId"],
                "expectedMatchCount": "exactly-one",
            },
            dummy_value=[{"PrefixListId": _DUMMY_PREFIX_LIST_ID}],
        ).value
        if (
            not isinstance(value, list)
            or len(value) != 1
            or not isinstance(value[0], Mapping)
            or not isinstance(value[0].get("PrefixListId"), str)
        ):
            raise ValidationError(
                scope,
                f"the context value of the prefix list lookup {id!r} is {value!r}, not one prefix list; "
                "clear it from cdk.context.json (cdk context --reset) so the CLI looks the list up again",
            )
        return PrefixList.from_prefix_list_id(scope, id, value[0]["PrefixListId"])


def _is_ipv6_range(cidr: str) -> bool:
    """Whether `cidr` is an IPv6 address with an optional zone and an optional mask of 0 to 128."""
    address, has_mask, mask = cidr.partition("/")
    if has_mask and _IPV6_MASK.match(mask) is None:
        return False
    if "%" in address:
        address, zone = address.split("%", 1)
        if _IPV6_ZONE.match("%" + zone) is None:
            return False
    if address.count("::") > 1:
        return False
    if "::" in address:
        head, tail = address.split("::")
        groups = (head.split(":") if head else []) + (tail.split(":") if tail else [])
        fits = len(groups) <= 7
    else:
        groups = address.split(":")
        fits = len(groups) == 8
    return fits and all(_IPV6_GROUP.match(group) for group in groups)
