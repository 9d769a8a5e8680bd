"""What happens to a resource when it leaves the stack."""

from __future__ import annotations

import enum


class RemovalPolicy(enum.Enum):
    """The DeletionPolicy and UpdateReplacePolicy a resource gets."""

    DESTROY = "destroy"
    RETAIN = "retain"
    SNAPSHOT = "snapshot"
    RETAIN_ON_UPDATE_OR_DELETE = "retain-on-update-or-delete"
