"""Test helpers for synthesized templates, as `aws_cdk.assertions`."""

from .template import Template

__all__ = ["Template"]
