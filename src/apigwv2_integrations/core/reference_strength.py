"""How a stack reads a value of another stack: `ReferenceStrength` and the context key that sets it."""

from __future__ import annotations

from .simple_enum import SimpleEnum

__all__ = ["DEFAULT_CROSS_STACK_REFERENCES", "ReferenceStrength"]

# Read from the consuming stack's context; a resource's own strength (`apply_cross_stack_reference_strength`)
# wins over it.
DEFAULT_CROSS_STACK_REFERENCES = "@aws-cdk/core:defaultCrossStackReferences"


class ReferenceStrength(SimpleEnum):
    """How cross-stack references are made; the values are those the context key accepts."""

    STRONG = "strong"
    """`Fn::ImportValue` of an export: the producer cannot change or delete the value while it is used."""
    WEAK = "weak"
    """`Fn::GetStackOutput` of a plain output: the producer can change or delete it independently."""
    BOTH = "both"
    """The step from strong to weak: the producer keeps the export and adds the output; the consumer reads
    the output."""
