"""The Lambda function and role, one per stack, that serve a kind of custom resource with code of this
package, laid out as aws-cdk-lib's `CustomResourceProviderBase` lays out its providers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .assets import FileAssetPackaging, add_asset_metadata, fingerprint
from .cfn_resource import CfnResource
from .construct import Construct
from .stack import Stack
from .stage import staged_asset_path
from .stand_in import StandIn
from .tokens.fn import Fn
from .tokens.token import Token

# The runtime aws-cdk-lib 2.275.0 gives its custom resource provider functions.
PROVIDER_RUNTIME = "nodejs24.x"


class CustomResourceProviderBase(Construct):
    """A provider at `<stack>/<id>`: the `Staging` node of its code, its `Role` (basic execution, plus
    `policies` when given) and its `Handler` function, whose code is `code_directory` as a zip asset."""

    _TREE_FQN = "aws-cdk-lib.CustomResourceProviderBase"

    def __init__(
        self,
        stack: Stack,
        id: str,
        *,
        code_directory: Path,
        handler: str = "__entrypoint__.handler",
        policies: Any = None,
        description: str | None = None,
    ) -> None:
        super().__init__(stack, id)
        # aws-cdk-lib marks its custom resource providers in the stack's metadata file.
        self.node.add_metadata("aws:cdk:is-custom-resource-handler-customResourceProvider", True)
        StandIn(self, "Staging", "aws-cdk-lib.AssetStaging")  # the node of aws-cdk-lib's code staging
        role_properties: dict[str, Any] = {
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
        }
        if policies is not None:
            role_properties["Policies"] = policies
        role = CfnResource(self, "Role", type="AWS::IAM::Role", properties=role_properties)
        asset_hash = fingerprint(str(code_directory))
        staged_name = f"asset.{asset_hash}"
        asset_path = staged_asset_path(stack, staged_name)
        location = stack.synthesizer.add_file_asset(
            source_hash=asset_hash,
            file_name=asset_path,
            packaging=FileAssetPackaging.ZIP_DIRECTORY,
            display_name=f"{stack.node.path}/{id} Code",
        )
        stage_asset = getattr(stack.node.root, "stage_asset", None)
        if callable(stage_asset):
            stage_asset(staged_name, str(code_directory))
        handler_properties: dict[str, Any] = {
            "Code": {"S3Bucket": location.bucket_name, "S3Key": location.object_key},
            "Timeout": 900,
            "MemorySize": 128,
            "Handler": handler,
            "Role": role.get_att("Arn"),
            "Runtime": PROVIDER_RUNTIME,
        }
        if description is not None:
            handler_properties["Description"] = description
        function = CfnResource(self, "Handler", type="AWS::Lambda::Function", properties=handler_properties)
        add_asset_metadata(self, function, asset_path, "Code")
        function.add_dependency(role)
        self.service_token: str = Token.as_string(function.get_att("Arn"))
        self.role_arn: str = Token.as_string(role.get_att("Arn"))
        # The hash of the handler code: a resource that carries it (`CodeHash`) is updated with new code.
        self.code_hash = asset_hash
