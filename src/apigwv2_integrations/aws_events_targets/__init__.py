"""Targets for Amazon EventBridge rules."""

__all__: list[str] = []
