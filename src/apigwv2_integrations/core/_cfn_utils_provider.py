"""The stack's CfnUtils provider: the custom resources behind CfnJson and the JSON text of list tokens."""

from __future__ import annotations

from pathlib import Path

from .cfn_reference import CfnReference
from .cfn_resource import CfnResource
from .construct import Construct, enclosing_stack
from .custom_resource_provider import CustomResourceProviderBase
from .json_dumps import dumps as json_dumps
from .logical_id import make_unique_id
from .removal_policy import RemovalPolicy
from .runtime_typing import TYPE_CHECKING, cast
from .stand_in import StandIn

if TYPE_CHECKING:
    from typing import Any

    from .stack import Stack

_PROVIDER_ID = "AWSCDKCfnUtilsProviderCustomResourceProvider"
# The handler is this package's own code, so its asset hash differs from aws-cdk-lib's.
_HANDLER_DIRECTORY = Path(__file__).parent / "_cfn_utils_handler"
_STRINGIFY_RESOURCE_TYPE = "Custom::AWSCDKCfnJsonStringify"


class CfnUtilsProvider(CustomResourceProviderBase):
    """One Lambda function and role per stack, shared by every CfnJson and list stringification of it."""

    def __init__(self, stack: Construct) -> None:
        super().__init__(stack, _PROVIDER_ID, code_directory=_HANDLER_DIRECTORY)

    @staticmethod
    def of(scope: Construct) -> CfnUtilsProvider:
        """The provider of the stack of `scope`, made on first use."""
        stack = enclosing_stack(scope)
        existing = stack.node.try_find_child(_PROVIDER_ID)
        if isinstance(existing, CfnUtilsProvider):
            return existing
        return CfnUtilsProvider(stack)


def utils_resource(scope: Construct, id: str, resource_type: str, value: Any) -> CfnResource:
    """A custom resource of the provider that reads `value`, as aws-cdk-lib's CustomResource at `scope/id`."""
    provider = CfnUtilsProvider.of(scope)
    # "Default" is left out of the logical ID, as for aws-cdk-lib's CustomResource.
    holder = StandIn(scope, id, "aws-cdk-lib.CustomResource")
    resource = CfnResource(
        holder,
        "Default",
        type=resource_type,
        properties={"ServiceToken": provider.service_token, "Value": value},
    )
    resource.apply_removal_policy(RemovalPolicy.DESTROY)
    return resource


def stringified_list(scope: Construct, intrinsic: Any) -> CfnReference:
    """The JSON text of a list known only at deploy time, made by a custom resource of the stack of `scope`.

    CloudFormation has no function that writes a list as JSON, so aws-cdk-lib has one custom resource per
    distinct list (named after its intrinsic) and reads its `Value` attribute.
    """
    stack = cast("Stack", enclosing_stack(scope))
    id = make_unique_id(["CdkJsonStringify", json_dumps(intrinsic, separators=(",", ":"))])
    holder = stack.node.try_find_child(id)
    resource = holder.node.default_child if holder is not None else None
    if not isinstance(resource, CfnResource):
        resource = utils_resource(stack, id, _STRINGIFY_RESOURCE_TYPE, intrinsic)
        # Made while the stack renders: it renders again to take the new resources in.
        stack._exports_changed = True
    return resource.get_att("Value")
