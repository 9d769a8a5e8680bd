"""IModel: a Bedrock model a policy or a task can name by its ARN."""

from __future__ import annotations

from ..core.runtime_typing import Protocol, runtime_checkable


@runtime_checkable
class IModel(Protocol):
    """A Bedrock model: a foundation model, a custom model or a provisioned model."""

    @property
    def model_arn(self) -> str:
        """The ARN of the model, the resource of an IAM statement that lets a principal invoke it."""
        ...
