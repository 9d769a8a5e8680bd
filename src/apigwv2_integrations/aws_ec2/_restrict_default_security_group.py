"""`Custom::VpcRestrictDefaultSG`: the custom resource that strips a VPC's default security group."""

from __future__ import annotations

from pathlib import Path

from ..core.arn import ArnFormat
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.custom_resource_provider import CustomResourceProviderBase
from ..core.removal_policy import RemovalPolicy
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.stand_in import StandIn
from ..core.tokens.lazy import Lazy

if TYPE_CHECKING:
    from typing import Any

_RESOURCE_TYPE = "Custom::VpcRestrictDefaultSG"
_PROVIDER_ID = "Custom::VpcRestrictDefaultSGCustomResourceProvider"
_HANDLER_DIRECTORY = Path(__file__).parent / "_restrict_default_security_group_handler"
_DESCRIPTION = "Lambda function for removing all inbound/outbound rules from the VPC default security group"
_ACTIONS = [
    "ec2:AuthorizeSecurityGroupIngress",
    "ec2:AuthorizeSecurityGroupEgress",
    "ec2:RevokeSecurityGroupIngress",
    "ec2:RevokeSecurityGroupEgress",
]


class _RestrictDefaultSgProvider(CustomResourceProviderBase):
    """One Lambda function and role per stack, shared by every VPC that restricts its default group."""

    def __init__(self, stack: Stack) -> None:
        self._statements: list[dict[str, Any]] = []
        super().__init__(
            stack,
            _PROVIDER_ID,
            code_directory=_HANDLER_DIRECTORY,
            policies=Lazy.any(self._render_policies),
            description=_DESCRIPTION,
        )

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
