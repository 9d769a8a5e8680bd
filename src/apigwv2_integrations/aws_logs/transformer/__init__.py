"""The log transformer: its processors (parsers, mutators, converters) and the Transformer construct.

This package exports the vocabulary its processors share; aws_logs loads each module on first use.
"""

from ._processor import BaseProcessorProps, DelimiterCharacter, IProcessor

__all__ = ["BaseProcessorProps", "DelimiterCharacter", "IProcessor"]
