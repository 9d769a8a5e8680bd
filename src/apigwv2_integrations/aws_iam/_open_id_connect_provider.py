"""`Custom::AWSCDKOpenIdConnectProvider`: the custom resource behind `OpenIdConnectProvider`, served by one
Lambda function per stack."""

from __future__ import annotations

from pathlib import Path

from ..core.assets import FileAssetPackaging, fingerprint
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.stack import Stack
from ..core.stand_in import StandIn
from ..core.tokens.fn import Fn
from ..core.tokens.token import Token

RESOURCE_TYPE = "Custom::AWSCDKOpenIdConnectProvider"
_PROVIDER_ID = "Custom::AWSCDKOpenIdConnectProviderCustomResourceProvider"
_HANDLER_DIRECTORY = Path(__file__).parent / "_open_id_connect_provider_handler"
# The runtime aws-cdk-lib 2.275.0 gives its custom resource provider functions.
_RUNTIME = "nodejs24.x"
# What the handler calls; aws-cdk-lib's provider role has these, on every provider of the account.
_ACTIONS = [
    "iam:CreateOpenIDConnectProvider",
    "iam:DeleteOpenIDConnectProvider",
    "iam:UpdateOpenIDConnectProviderThumbprint",
    "iam:AddClientIDToOpenIDConnectProvider",
    "iam:RemoveClientIDFromOpenIDConnectProvider",
]


class OpenIdConnectProviderHandler(Construct):
    """The stack's Lambda function and role that create, update and delete OIDC providers."""

    _TREE_FQN = "aws-cdk-lib.CustomResourceProviderBase"

    def __init__(self, stack: Stack) -> None:
        super().__init__(stack, _PROVIDER_ID)
        # aws-cdk-lib marks its custom resource providers in the stack's metadata file.
        self.node.add_metadata("aws:cdk:is-custom-resource-handler-customResourceProvider", True)
        StandIn(self, "Staging", "aws-cdk-lib.AssetStaging")  # the node of aws-cdk-lib's code staging
        role = CfnResource(
            self,
            "Role",
            type="AWS::IAM::Role",
            properties={
                "AssumeRolePolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Action": "sts:AssumeRole",
                            "Effect": "Allow",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                        }
                    ],
                },
                "ManagedPolicyArns": [
                    Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
                ],
                "Policies": [
                    {
                        "PolicyName": "Inline",
                        "PolicyDocument": {
                            "Version": "2012-10-17",
                            "Statement": [{"Effect": "Allow", "Resource": "*", "Action": list(_ACTIONS)}],
                        },
                    }
                ],
            },
        )
        asset_hash = fingerprint(str(_HANDLER_DIRECTORY))
        staged_name = f"asset.{asset_hash}"
        location = stack.synthesizer.add_file_asset(
            source_hash=asset_hash,
            file_name=staged_name,
            packaging=FileAssetPackaging.ZIP_DIRECTORY,
            display_name=f"{stack.node.path}/{_PROVIDER_ID} Code",
        )
        stage_asset = getattr(stack.node.root, "stage_asset", None)
        if callable(stage_asset):
            stage_asset(staged_name, str(_HANDLER_DIRECTORY))
        handler = CfnResource(
            self,
            "Handler",
            type="AWS::Lambda::Function",
            properties={
                "Code": {"S3Bucket": location.bucket_name, "S3Key": location.object_key},
                "Timeout": 900,
                "MemorySize": 128,
                "Handler": "__entrypoint__.handler",
                "Role": role.get_att("Arn"),
                "Runtime": _RUNTIME,
            },
        )
        handler.add_dependency(role)
        self.service_token: str = Token.as_string(handler.get_att("Arn"))
        # Every provider resource carries it, so that a new handler updates each provider once.
        self.code_hash = asset_hash

    @staticmethod
    def of(scope: Construct) -> OpenIdConnectProviderHandler:
        """The handler of the stack of `scope`, created on first use."""
        stack = Stack.of(scope)
        existing = stack.node.try_find_child(_PROVIDER_ID)
        if isinstance(existing, OpenIdConnectProviderHandler):
            return existing
        return OpenIdConnectProviderHandler(stack)
