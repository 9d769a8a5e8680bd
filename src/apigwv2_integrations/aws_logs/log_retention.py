"""LogRetention: sets the retention of a log group that something else creates (a `Custom::LogRetention`)."""

from __future__ import annotations

from pathlib import Path

from ..aws_iam.managed_policy import ManagedPolicy
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import ServicePrincipal
from ..aws_iam.role import IRole, Role
from ..core.arn import ArnFormat
from ..core.asset_types import FileAssetPackaging
from ..core.assets import add_asset_metadata, fingerprint
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.removal_policy import RemovalPolicy
from ..core.stack import Stack
from ..core.stage import staged_asset_path
from ..core.stand_in import file_asset_node
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tags import TagManager, TagType
from ..core.tokens.token import Token
from .log_group import RetentionDays

RESOURCE_TYPE = "Custom::LogRetention"
# The id aws-cdk-lib gives the stack's one handler function: the same logical IDs keep a migrated
# stack's handler in place.
_PROVIDER_ID = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a"
_HANDLER_DIRECTORY = Path(__file__).parent / "_log_retention_handler"
_RUNTIME = "python3.13"
# Bytecode Python may write beside the handler is not part of it (nor of its hash).
_HANDLER_EXCLUDE = ("__pycache__",)


@lazy_frozen(kw_only=True)
class LogRetentionRetryOptions(metaclass=LazyAttrsMeta):
    """Retries of the handler's CloudWatch Logs calls."""

    base: Duration | None = None
    """Unused (deprecated in aws_cdk: the SDK picks the delays). Default: none."""
    max_retries: float | None = None
    """How many times a call is retried. Default: the SDK's."""


@lazy_frozen(kw_only=True)
class LogRetentionProps(metaclass=LazyAttrsMeta):
    """Options of a LogRetention."""

    log_group_name: str
    """The log group whose retention is set (created if it does not exist)."""
    retention: RetentionDays
    """How long its events are kept (INFINITE removes the retention)."""
    log_group_region: str | None = None
    """The group's region. Default: the stack's."""
    log_retention_retry_options: LogRetentionRetryOptions | None = None
    """Retries of the handler's calls. Default: the SDK's."""
    removal_policy: RemovalPolicy | None = None
    """DESTROY deletes the group when the resource is deleted. Default: RETAIN (the group stays)."""
    role: IRole | None = None
    """The role of the stack's handler, if this is the first LogRetention of the stack. Default: a new one."""


class _LogRetentionFunction(Construct):
    """The handler of a stack's `Custom::LogRetention` resources: one function, made by the first of them."""

    def __init__(self, stack: Stack, role: IRole | None) -> None:
        super().__init__(stack, _PROVIDER_ID)
        file_asset_node(self, "Code")
        asset_hash = fingerprint(str(_HANDLER_DIRECTORY), exclude=_HANDLER_EXCLUDE)
        staged_name = f"asset.{asset_hash}"
        stage_asset = getattr(stack.node.root, "stage_asset", None)
        if callable(stage_asset):
            stage_asset(staged_name, str(_HANDLER_DIRECTORY), _HANDLER_EXCLUDE)
        asset_path = staged_asset_path(self, staged_name)
        location = stack.synthesizer.add_file_asset(
            source_hash=asset_hash,
            file_name=asset_path,
            packaging=FileAssetPackaging.ZIP_DIRECTORY,
            display_name=f"{_PROVIDER_ID}/Code",
        )
        self.role: IRole = role or Role(
            self,
            "ServiceRole",
            assumed_by=ServicePrincipal("lambda.amazonaws.com"),
            managed_policies=[
                ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")
            ],
        )
        self.role.add_to_principal_policy(
            PolicyStatement(
                actions=["logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy"], resources=["*"]
            )
        )
        # `Tags.of(...)` tags the handler function through this manager, as in aws-cdk-lib.
        self.tags = TagManager(TagType.KEY_VALUE, "AWS::Lambda::Function")
        resource = CfnResource(
            self,
            "Resource",
            type="AWS::Lambda::Function",
            properties={
                "Handler": "index.handler",
                "Runtime": _RUNTIME,
                "Timeout": 900,
                "Code": {"S3Bucket": location.bucket_name, "S3Key": location.object_key},
                "Role": self.role.role_arn,
                "Tags": self.tags.rendered_tags,
            },
        )
        add_asset_metadata(self, resource, asset_path, "Code", {"aws:asset:is-bundled": False})
        resource.node.add_dependency(self.role)
        self.function_arn: str = Token.as_string(resource.get_att("Arn"))

    @staticmethod
    def of(stack: Stack, role: IRole | None) -> _LogRetentionFunction:
        existing = stack.node.try_find_child(_PROVIDER_ID)
        # As aws-cdk-lib: the role of a LogRetention that does not create the handler is not used.
        return existing if isinstance(existing, _LogRetentionFunction) else _LogRetentionFunction(stack, role)

    def grant_delete_log_group(self, log_group_name: str) -> None:
        stack = Stack.of(self)
        self.role.add_to_principal_policy(
            PolicyStatement(
                actions=["logs:DeleteLogGroup"],
                resources=[
                    stack.format_arn(
                        service="logs",
                        resource="log-group",
                        resource_name=f"{log_group_name}:*",
                        arn_format=ArnFormat.COLON_RESOURCE_NAME,
                    )
                ],
            )
        )


class LogRetention(Construct):
    """Sets the retention of a log group, creating the group if it does not exist (a Lambda function's
    log group, for instance, exists only once the function has logged)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        log_group_name: str,
        retention: RetentionDays,
        log_group_region: str | None = None,
        log_retention_retry_options: LogRetentionRetryOptions | None = None,
        removal_policy: RemovalPolicy | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = LogRetentionProps(
            log_group_name=log_group_name,
            retention=retention,
            log_group_region=log_group_region,
            log_retention_retry_options=log_retention_retry_options,
            removal_policy=removal_policy,
            role=role,
        )
        stack = Stack.of(self)
        provider = _LogRetentionFunction.of(stack, props.role)
        if props.removal_policy is RemovalPolicy.DESTROY:
            provider.grant_delete_log_group(props.log_group_name)
        retry = props.log_retention_retry_options
        resource = CfnResource(
            self,
            "Resource",
            type=RESOURCE_TYPE,
            properties={
                "ServiceToken": provider.function_arn,
                "LogGroupName": props.log_group_name,
                "LogGroupRegion": props.log_group_region,
                "SdkRetry": {"maxRetries": retry.max_retries} if retry is not None else None,
                "RetentionInDays": (
                    None if props.retention is RetentionDays.INFINITE else props.retention.value
                ),
                "RemovalPolicy": props.removal_policy.value if props.removal_policy is not None else None,
            },
        )
        log_group_name_attribute = Token.as_string(resource.get_att("LogGroupName"))
        self.log_group_arn: str = stack.format_arn(
            service="logs",
            resource="log-group",
            region=props.log_group_region,
            resource_name=f"{log_group_name_attribute}:*",
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        """The ARN of the log group (with its `:*` suffix)."""
