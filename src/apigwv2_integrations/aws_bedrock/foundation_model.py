"""FoundationModel and FoundationModelIdentifier: the Bedrock base foundation models, by model id."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ._foundation_model_identifiers import MODEL_IDS, FoundationModelIdentifierConstants

if TYPE_CHECKING:
    from ..core.construct import Construct


class FoundationModelIdentifier(FoundationModelIdentifierConstants):
    """The model id of a Bedrock base foundation model: a constant such as
    `FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1`, or any model id given as a string."""

    def __init__(self, model_id: str) -> None:
        self.model_id = model_id
        """The model id, such as 'amazon.titan-text-express-v1'."""

    def __repr__(self) -> str:
        return f"FoundationModelIdentifier({self.model_id!r})"


for _name, _model_id in MODEL_IDS.items():
    setattr(FoundationModelIdentifier, _name, FoundationModelIdentifier(_model_id))
del _name, _model_id


class FoundationModel:
    """A Bedrock base foundation model, named by its ARN in the region of the stack that uses it.

    Get one with `FoundationModel.from_foundation_model_id`.
    """

    def __init__(self, model_id: str, model_arn: str) -> None:
        self.model_id = model_id
        """The foundation model id, such as 'amazon.titan-text-express-v1'."""
        self.model_arn = model_arn
        """The foundation model ARN."""

    @staticmethod
    def from_foundation_model_id(
        scope: Construct, _id: str, foundation_model_id: FoundationModelIdentifier
    ) -> FoundationModel:
        """The foundation model `foundation_model_id` in the partition and region of `scope`'s stack.

        The id names nothing: a foundation model is not a construct and adds nothing to the tree.
        """
        model_id = foundation_model_id.model_id
        # Foundation models belong to no account: the ARN's account field stays empty.
        model_arn = Stack.of(scope).format_arn(
            service="bedrock", resource="foundation-model", resource_name=model_id, account=""
        )
        return FoundationModel(model_id, model_arn)

    def __repr__(self) -> str:
        return f"FoundationModel({self.model_id!r}, {self.model_arn!r})"
