"""The CloudWatch Logs resource policy that lets EventBridge write to log groups.

CloudFormation has no resource for it, so it is a `Custom::CloudwatchLogResourcePolicy` whose handler calls
CloudWatch Logs' PutResourcePolicy and DeleteResourcePolicy, as aws-cdk-lib's AwsCustomResource does.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..aws_iam import Policy, PolicyStatement
from ..aws_lambda import Code, Runtime, RuntimeFamily, SingletonFunction
from ..core.annotations import Annotations
from ..core.construct import Construct
from ..core.custom_resource import CustomResource
from ..core.duration import Duration
from ..core.feature_flags import FeatureFlags
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack

if TYPE_CHECKING:
    from typing import Any

RESOURCE_TYPE = "Custom::CloudwatchLogResourcePolicy"
# aws-cdk-lib's AwsCustomResource provider: the same uuid and purpose give the same logical IDs, and one
# function per stack serves every such resource.
_PROVIDER_UUID = "679f53fa-c002-430c-b0da-5b7982bd2287"
_PROVIDER_PURPOSE = "AWS"
# Differs from aws-cdk-lib: the handler is this package's own code (same runtime, another asset hash).
_HANDLER_DIRECTORY = Path(__file__).parent / "_aws_custom_resource_handler"
_INSTALL_LATEST_SDK_FLAG = "@aws-cdk/customresources:installLatestAwsSdkDefault"
_SERVICE = "CloudWatchLogs"
_LOG_API_RESPONSE_DATA_BY_DEFAULT = "@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault"


def _installs_latest_sdk(scope: Construct, install_latest_aws_sdk: bool | None) -> bool:
    if install_latest_aws_sdk is not None:
        return install_latest_aws_sdk
    # aws-cdk-lib installs the latest SDK unless the context turns the flag off, and then warns.
    flag = scope.node.try_get_context(_INSTALL_LATEST_SDK_FLAG)
    installs = flag is None or str(flag).lower() not in ("false", "0", "")
    if installs:
        Annotations.of(scope).add_warning_v2(
            "@aws-cdk/custom-resources:installLatestAwsSdkNotSpecified",
            # aws-cdk-lib's text: warnings are compared by content.
            "installLatestAwsSdk was not specified, and defaults to true. You probably do not want this. "
            f"Set the global context flag '{_INSTALL_LATEST_SDK_FLAG}' to false to switch this behavior off "
            "project-wide, or set the property explicitly to true if you know you need to call APIs that are "
            "not in Lambda's built-in SDK version.",
        )
    return installs


class LogGroupResourcePolicy(Construct):
    """A CloudWatch Logs resource policy named after this construct's unique id."""

    # aws-cdk-lib does not export its class, so tree.json names the custom resource construct it extends.
    _TREE_FQN = "aws-cdk-lib.custom_resources.AwsCustomResource"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        policy_statements: list[Mapping[str, Any]],
        install_latest_aws_sdk: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        stack = Stack.of(self)
        policy_name = Names.unique_id(self)
        # The document is JSON text inside the call's JSON, as the API takes it; tokens in it (the log
        # group's ARN) become parts of an Fn::Join.
        document = stack.to_json_string({"Statement": policy_statements, "Version": "2012-10-17"})
        put_call: dict[str, Any] = {
            "service": _SERVICE,
            "action": "putResourcePolicy",
            "parameters": {"policyName": policy_name, "policyDocument": document},
            "physicalResourceId": {"id": id},
        }
        delete_call: dict[str, Any] = {
            "service": _SERVICE,
            "action": "deleteResourcePolicy",
            "parameters": {"policyName": policy_name},
            "ignoreErrorCodesMatching": "ResourceNotFoundException",
        }
        if FeatureFlags.of(self).is_enabled(_LOG_API_RESPONSE_DATA_BY_DEFAULT):
            # aws-cdk-lib's default logging of its SDK calls then says so in each call, last.
            put_call["logApiResponseData"] = True
            delete_call["logApiResponseData"] = True
        provider = SingletonFunction(
            self,
            "Provider",
            uuid=_PROVIDER_UUID,
            lambda_purpose=_PROVIDER_PURPOSE,
            code=Code.from_asset(str(_HANDLER_DIRECTORY)),
            handler="index.handler",
            runtime=Runtime.NODEJS_24_X,
            timeout=Duration.minutes(2),
        )
        # As aws-cdk-lib marks the handlers of its custom resources (RuntimeFamily as its number).
        provider.add_metadata("aws:cdk:is-custom-resource-handler-singleton", True)
        provider.add_metadata(
            "aws:cdk:is-custom-resource-handler-runtime-family",
            list(RuntimeFamily).index(RuntimeFamily.NODEJS),
        )
        resource = CustomResource(
            self,
            "Resource",
            resource_type=RESOURCE_TYPE,
            service_token=provider.function_arn,
            pascal_case_properties=True,
            properties={
                "create": stack.to_json_string(put_call),
                "update": stack.to_json_string(put_call),
                "delete": stack.to_json_string(delete_call),
                "installLatestAwsSdk": _installs_latest_sdk(self, install_latest_aws_sdk),
            },
        )
        policy = Policy(
            self,
            "CustomResourcePolicy",
            statements=[
                PolicyStatement(actions=["logs:PutResourcePolicy"], resources=["*"]),
                PolicyStatement(actions=["logs:DeleteResourcePolicy"], resources=["*"]),
            ],
        )
        if provider.role is not None:
            policy.attach_to_role(provider.role)
        resource.node.add_dependency(policy)
