"""Handler: the handler value of container-image functions."""

from __future__ import annotations


class Handler:
    """Special handler values."""

    FROM_IMAGE = "FROM_IMAGE"
    """The handler is defined by the container image."""
