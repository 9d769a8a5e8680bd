"""Alias record targets for Amazon Route 53."""

__all__: list[str] = []
