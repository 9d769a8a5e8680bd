"""ProvisionedModel: a Bedrock provisioned throughput model, imported by its ARN."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.construct import Construct
    from .model_base import IModel


class ProvisionedModel:
    """A Bedrock provisioned model, made outside this app (CloudFormation has no resource that creates one).

    Import one with `ProvisionedModel.from_provisioned_model_arn`.
    """

    def __init__(self, model_arn: str) -> None:
        self.model_arn = model_arn
        """The ARN of the provisioned model."""

    @staticmethod
    def from_provisioned_model_arn(_scope: Construct, _id: str, provisioned_model_arn: str) -> IModel:
        """The provisioned model with ARN `provisioned_model_arn`; scope and id add nothing to the tree."""
        return ProvisionedModel(provisioned_model_arn)

    def __repr__(self) -> str:
        return f"ProvisionedModel({self.model_arn!r})"
