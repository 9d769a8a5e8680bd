"""Where a CIDR-routed record answers: a CIDR collection and one of its locations."""

from __future__ import annotations

import re

from ..core.errors import ValidationError
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token

_COLLECTION_ID = re.compile(r"^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$")
_LOCATION_NAME = re.compile(r"^[0-9A-Za-z_\-*]{1,16}$")


@lazy_frozen(kw_only=True)
class CidrRoutingConfigProps(metaclass=LazyAttrsMeta):
    """Properties of a CidrRoutingConfig."""

    collection_id: str
    """ID of the CIDR collection."""
    location_name: str | None = None
    """Name of the location in the collection. Default: '*', the default location."""


class CidrRoutingConfig:
    """The CIDR collection location of a record: `create()` or `with_default_location_name()`."""

    def __init__(self, props: CidrRoutingConfigProps) -> None:
        collection_id, location_name = props.collection_id, props.location_name
        if not Token.is_unresolved(collection_id) and not _COLLECTION_ID.match(collection_id):
            raise ValidationError(
                None,
                f"collection_id={collection_id!r} is not a CIDR collection ID; use a lower-case UUID "
                "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
            )
        # As in aws-cdk-lib, create() needs a location name although the struct marks it optional.
        if not Token.is_unresolved(location_name) and not _LOCATION_NAME.match(location_name or ""):
            raise ValidationError(
                None,
                f"location_name={location_name!r} is not a location name; use 1 to 16 letters, digits, "
                "'_', '-' or '*', or with_default_location_name()",
            )
        self.collection_id = collection_id
        self.location_name = location_name if location_name is not None else "*"

    @staticmethod
    def create(*, collection_id: str, location_name: str | None = None) -> CidrRoutingConfig:
        """A location of a CIDR collection."""
        return CidrRoutingConfig(
            CidrRoutingConfigProps(collection_id=collection_id, location_name=location_name)
        )

    @staticmethod
    def with_default_location_name(collection_id: str) -> CidrRoutingConfig:
        """The default location ('*') of a CIDR collection."""
        return CidrRoutingConfig(CidrRoutingConfigProps(collection_id=collection_id, location_name="*"))

    def __repr__(self) -> str:
        return (
            f"CidrRoutingConfig.create(collection_id={self.collection_id!r}, "
            f"location_name={self.location_name!r})"
        )
