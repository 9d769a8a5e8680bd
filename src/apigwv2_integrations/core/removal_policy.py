"""What happens to a resource when it leaves the stack."""

from __future__ import annotations

from .simple_enum import SimpleEnum
from .struct import LazyAttrsMeta, lazy_frozen


class RemovalPolicy(SimpleEnum):
    """The DeletionPolicy and UpdateReplacePolicy a resource gets."""

    DESTROY = "destroy"
    RETAIN = "retain"
    SNAPSHOT = "snapshot"
    RETAIN_ON_UPDATE_OR_DELETE = "retain-on-update-or-delete"


@lazy_frozen(kw_only=True)
class RemovalPolicyOptions(metaclass=LazyAttrsMeta):
    """The keywords of `CfnResource.apply_removal_policy`."""

    apply_to_update_replace_policy: bool | None = None
    """Set the UpdateReplacePolicy as well as the DeletionPolicy. Default: True."""
    default: RemovalPolicy | None = None
    """The policy used when none is given. Default: RemovalPolicy.RETAIN."""
