"""CfnJson: a JSON value with deploy-time keys, turned into an object by a custom resource at deploy time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .cfn_reference import CfnReference
from .cfn_resource import CfnResource
from .construct import Construct
from .custom_resource_provider import CustomResourceProviderBase
from .removal_policy import RemovalPolicy
from .stack import Stack
from .stand_in import StandIn
from .tokens.lazy import Lazy
from .tokens.token import IResolvable, IResolveContext, Token

_RESOURCE_TYPE = "Custom::AWSCDKCfnJson"
_PROVIDER_ID = "AWSCDKCfnUtilsProviderCustomResourceProvider"
# The handler is this package's own code, so its asset hash differs from aws-cdk-lib's.
_HANDLER_DIRECTORY = Path(__file__).parent / "_cfn_utils_handler"


class _CfnUtilsProvider(CustomResourceProviderBase):
    """One Lambda function and role per stack, shared by every CfnJson of the stack."""

    def __init__(self, stack: Stack) -> None:
        super().__init__(stack, _PROVIDER_ID, code_directory=_HANDLER_DIRECTORY)

    @staticmethod
    def of(stack: Stack) -> _CfnUtilsProvider:
        existing = stack.node.try_find_child(_PROVIDER_ID)
        if isinstance(existing, _CfnUtilsProvider):
            return existing
        return _CfnUtilsProvider(stack)


class CfnJson(Construct, IResolvable):
    """A JSON value whose keys may be deploy-time values (CloudFormation keys must be literal otherwise)."""

    def __init__(self, scope: Construct, id: str, *, value: Any) -> None:
        super().__init__(scope, id)
        stack = Stack.of(self)
        self._json_string = Lazy.uncached_string(lambda: stack.to_json_string(value))
        provider = _CfnUtilsProvider.of(stack)
        # As in aws-cdk-lib, a CustomResource named "Resource" holds the resource; "Default" is left out of
        # the logical ID.
        holder = StandIn(self, "Resource", "aws-cdk-lib.CustomResource")
        resource = CfnResource(
            holder,
            "Default",
            type=_RESOURCE_TYPE,
            properties={"ServiceToken": provider.service_token, "Value": self._json_string},
        )
        resource.apply_removal_policy(RemovalPolicy.DESTROY)
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
