"""Test helpers for synthesized templates, as `aws_cdk.assertions`."""

from ._matcher import MatchCapture, Matcher, MatchFailure, MatchResult
from .capture import Capture
from .match import Match
from .template import Template

__all__ = ["Capture", "Match", "MatchCapture", "MatchFailure", "MatchResult", "Matcher", "Template"]
