"""`Custom::VpcRestrictDefaultSG`: the custom resource that strips a VPC's default security group."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.arn import ArnFormat
from ..core.assets import FileAssetPackaging, fingerprint
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.removal_policy import RemovalPolicy
from ..core.stack import Stack
from ..core.stand_in import StandIn
from ..core.tokens.fn import Fn
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token

_RESOURCE_TYPE = "Custom::VpcRestrictDefaultSG"
_PROVIDER_ID = "Custom::VpcRestrictDefaultSGCustomResourceProvider"
_HANDLER_DIRECTORY = Path(__file__).parent / "_restrict_default_security_group_handler"
# The runtime aws-cdk-lib 2.275.0 gives its custom resource provider functions.
_RUNTIME = "nodejs24.x"
_DESCRIPTION = "Lambda function for removing all inbound/outbound rules from the VPC default security group"
_ACTIONS = [
    "ec2:AuthorizeSecurityGroupIngress",
    "ec2:AuthorizeSecurityGroupEgress",
    "ec2:RevokeSecurityGroupIngress",
    "ec2:RevokeSecurityGroupEgress",
]


class _RestrictDefaultSgProvider(Construct):
    """One Lambda function and role per stack, shared by every VPC that restricts its default group."""

    _TREE_FQN = "aws-cdk-lib.CustomResourceProviderBase"

    def __init__(self, stack: Stack) -> None:
        super().__init__(stack, _PROVIDER_ID)
        # aws-cdk-lib marks its custom resource providers in the stack's metadata file.
        self.node.add_metadata("aws:cdk:is-custom-resource-handler-customResourceProvider", True)
        StandIn(self, "Staging", "aws-cdk-lib.AssetStaging")  # the node of aws-cdk-lib's code staging
        self._statements: list[dict[str, Any]] = []
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
                "Policies": Lazy.any(self._render_policies),
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
        root = stack.node.root
        stage_asset = getattr(root, "stage_asset", None)
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
                "Description": _DESCRIPTION,
            },
        )
        handler.add_dependency(role)
        self.service_token: str = Token.as_string(handler.get_att("Arn"))

    @staticmethod
    def of(stack: Stack) -> _RestrictDefaultSgProvider:
        existing = stack.node.try_find_child(_PROVIDER_ID)
        if isinstance(existing, _RestrictDefaultSgProvider):
            return existing
        return _RestrictDefaultSgProvider(stack)

    def allow_on_security_group(self, security_group_arn: str) -> None:
        self._statements.append(
            {"Effect": "Allow", "Action": list(_ACTIONS), "Resource": [security_group_arn]}
        )

    def _render_policies(self) -> list[dict[str, Any]] | None:
        if not self._statements:
            return None
        return [
            {
                "PolicyName": "Inline",
                "PolicyDocument": {"Version": "2012-10-17", "Statement": list(self._statements)},
            }
        ]


def add_restrict_default_security_group(vpc: Construct, default_security_group_id: str) -> None:
    """Strip the default rules of the default security group of `vpc` at deploy time."""
    stack = Stack.of(vpc)
    provider = _RestrictDefaultSgProvider.of(stack)
    holder = StandIn(vpc, "RestrictDefaultSecurityGroupCustomResource", "aws-cdk-lib.CustomResource")
    resource = CfnResource(
        holder,
        "Default",
        type=_RESOURCE_TYPE,
        properties={
            "ServiceToken": provider.service_token,
            "DefaultSecurityGroupId": default_security_group_id,
            "Account": stack.account,
        },
    )
    resource.apply_removal_policy(RemovalPolicy.DESTROY)
    provider.allow_on_security_group(
        stack.format_arn(
            service="ec2",
            resource="security-group",
            resource_name=default_security_group_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
        )
    )
