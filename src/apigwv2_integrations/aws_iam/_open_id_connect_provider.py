"""`Custom::AWSCDKOpenIdConnectProvider`: the custom resource behind `OpenIdConnectProvider`, served by one
Lambda function per stack."""

from __future__ import annotations

from pathlib import Path

from ..core.construct import Construct
from ..core.custom_resource_provider import CustomResourceProviderBase
from ..core.stack import Stack

RESOURCE_TYPE = "Custom::AWSCDKOpenIdConnectProvider"
_PROVIDER_ID = "Custom::AWSCDKOpenIdConnectProviderCustomResourceProvider"
_HANDLER_DIRECTORY = Path(__file__).parent / "_open_id_connect_provider_handler"
# What the handler calls; aws-cdk-lib's provider role has these, on every provider of the account.
_ACTIONS = [
    "iam:CreateOpenIDConnectProvider",
    "iam:DeleteOpenIDConnectProvider",
    "iam:UpdateOpenIDConnectProviderThumbprint",
    "iam:AddClientIDToOpenIDConnectProvider",
    "iam:RemoveClientIDFromOpenIDConnectProvider",
]


class OpenIdConnectProviderHandler(CustomResourceProviderBase):
    """The stack's Lambda function and role that create, update and delete OIDC providers."""

    def __init__(self, stack: Stack) -> None:
        super().__init__(
            stack,
            _PROVIDER_ID,
            code_directory=_HANDLER_DIRECTORY,
            policies=[
                {
                    "PolicyName": "Inline",
                    "PolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [{"Effect": "Allow", "Resource": "*", "Action": list(_ACTIONS)}],
                    },
                }
            ],
        )

    @staticmethod
    def of(scope: Construct) -> OpenIdConnectProviderHandler:
        """The handler of the stack of `scope`, created on first use."""
        stack = Stack.of(scope)
        existing = stack.node.try_find_child(_PROVIDER_ID)
        if isinstance(existing, OpenIdConnectProviderHandler):
            return existing
        return OpenIdConnectProviderHandler(stack)
