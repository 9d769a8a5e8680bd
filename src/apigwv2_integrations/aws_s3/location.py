"""Location: an object in an S3 bucket, by bucket name, key and (optionally) version."""

from __future__ import annotations

from ..core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class Location(metaclass=LazyAttrsMeta):
    """Where an S3 object is."""

    bucket_name: str
    """The name of the bucket."""
    object_key: str
    """The key of the object in the bucket."""
    object_version: str | None = None
    """The version of the object. Default: the latest version."""
