"""CfnJson: a JSON value with deploy-time keys, turned into an object by a custom resource at deploy time."""

from __future__ import annotations

from ._cfn_utils_provider import utils_resource
from .cfn_reference import CfnReference
from .construct import Construct
from .runtime_typing import TYPE_CHECKING
from .stack import Stack
from .tokens.lazy import Lazy
from .tokens.token import IResolvable, IResolveContext, Token

if TYPE_CHECKING:
    from typing import Any

_RESOURCE_TYPE = "Custom::AWSCDKCfnJson"


class CfnJson(Construct, IResolvable):
    """A JSON value whose keys may be deploy-time values (CloudFormation keys must be literal otherwise)."""

    def __init__(self, scope: Construct, id: str, *, value: Any) -> None:
        super().__init__(scope, id)
        stack = Stack.of(self)
        self._json_string = Lazy.uncached_string(lambda: stack.to_json_string(value))
        # As in aws-cdk-lib, a CustomResource named "Resource" holds the resource.
        resource = utils_resource(self, "Resource", _RESOURCE_TYPE, self._json_string)
        self.value: CfnReference = resource.get_att("Value")

    def resolve(self, context: IResolveContext) -> Any:
        """The `Fn::GetAtt` of the parsed value."""
        return self.value

    def to_json(self) -> Any:
        """The reference, as JSON.stringify sees it."""
        return self.value.to_json()

    def to_string(self) -> str:
        """A string token of the parsed value."""
        return Token.as_string(self)

    def __str__(self) -> str:
        return self.to_string()
