"""`Custom::S3BucketNotifications`: the custom resource that puts a bucket's notification configuration.

Each bucket with notifications gets one resource (`<bucket>/Notifications/Resource`) and an inline policy
for the stack's handler; the handler is one Lambda function per stack, whose code is
`_bucket_notifications_handler.py`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from ..aws_iam.managed_policy import ManagedPolicy
from ..aws_iam.policy import Policy
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import ServicePrincipal
from ..aws_iam.role import IRole, Role
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.tags import TagManager, TagType
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from .destination import BucketNotificationDestinationType

if TYPE_CHECKING:
    from typing import Any

    from .bucket import BucketBase, EventType, NotificationKeyFilter
    from .destination import IBucketNotificationDestination

RESOURCE_TYPE = "Custom::S3BucketNotifications"
KEEP_NOTIFICATION_IN_IMPORTED_BUCKET = "@aws-cdk/aws-s3:keepNotificationInImportedBucket"
# aws-cdk-lib's id of the handler, one per stack (the suffix is a fixed UUID), and its function's settings.
_HANDLER_ID = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834"
_HANDLER_DESCRIPTION = (
    'AWS CloudFormation handler for "Custom::S3BucketNotifications" resources (@aws-cdk/aws-s3)'
)
_HANDLER_RESOURCE_TYPE = "AWS::Lambda::Function"
_HANDLER_RUNTIME = "python3.13"
_HANDLER_TIMEOUT_SECONDS = 300
_HANDLER_SOURCE = Path(__file__).parent / "_bucket_notifications_handler.py"

# The list of the notification configuration each kind of destination goes in, and the key of its ARN.
_CONFIGURATION_KEYS = {
    BucketNotificationDestinationType.LAMBDA: ("LambdaFunctionConfigurations", "LambdaFunctionArn"),
    BucketNotificationDestinationType.QUEUE: ("QueueConfigurations", "QueueArn"),
    BucketNotificationDestinationType.TOPIC: ("TopicConfigurations", "TopicArn"),
}


@functools.cache
def handler_source() -> str:
    """The handler's code, inlined into the template (`Code.ZipFile`)."""
    # Differs from aws-cdk-lib: the code is this package's own handler, not a copy of aws-cdk-lib's.
    return _HANDLER_SOURCE.read_text(encoding="utf-8")


class _InlineFunction(CfnResource):
    """The handler's `AWS::Lambda::Function`: a plain resource that `Tags.of(...)` tags, as in aws-cdk-lib."""

    def __init__(self, scope: Construct, id: str, *, properties: dict[str, Any]) -> None:
        super().__init__(scope, id, type=_HANDLER_RESOURCE_TYPE, properties=properties)
        self.tags = TagManager(TagType.STANDARD, _HANDLER_RESOURCE_TYPE, tag_property_name="Tags")


class _NotificationsHandler(Construct):
    """The stack's one Lambda function behind every `Custom::S3BucketNotifications` resource."""

    def __init__(self, stack: Stack, role: IRole | None) -> None:
        super().__init__(stack, _HANDLER_ID)
        self.role: IRole = role or Role(self, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
        self.role.add_managed_policy(
            ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")
        )
        # A plain resource, as in aws-cdk-lib (aws_s3 sits below aws_lambda).
        function = _InlineFunction(
            self,
            "Resource",
            properties={
                "Description": _HANDLER_DESCRIPTION,
                "Code": {"ZipFile": handler_source()},
                "Handler": "index.handler",
                "Role": self.role.role_arn,
                "Runtime": _HANDLER_RUNTIME,
                "Timeout": _HANDLER_TIMEOUT_SECONDS,
            },
        )
        function.node.add_dependency(self.role)
        self.function_arn: str = Token.as_string(function.get_att("Arn"))

    @staticmethod
    def of(stack: Stack, role: IRole | None) -> _NotificationsHandler:
        """The stack's handler; the first bucket that needs it decides its role, as in aws-cdk-lib."""
        existing = stack.node.try_find_child(_HANDLER_ID)
        if isinstance(existing, _NotificationsHandler):
            return existing
        return _NotificationsHandler(stack, role)


class _PolicyOfBucket:
    """The bucket's policy as a dependency, looked up at synth (it may be created after the notifications)."""

    def __init__(self, bucket: BucketBase) -> None:
        self._bucket = bucket

    def dependency_roots(self) -> list[Construct]:
        policy = self._bucket.policy
        return [policy] if policy is not None else []


class BucketNotifications(Construct):
    """The notification configuration of one bucket, and the resource that puts it."""

    # tree.json names aws-cdk-lib's internal class by its base, as aws-cdk-lib does.
    _TREE_FQN = "constructs.Construct"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        bucket: BucketBase,
        is_defined_here: bool,
        handler_role: IRole | None,
        skip_destination_validation: bool,
    ) -> None:
        super().__init__(scope, id)
        self._bucket = bucket
        # A managed configuration replaces the bucket's; otherwise the handler keeps the configurations it
        # did not put (an imported bucket's, or any bucket's under the flag).
        self._is_managed = is_defined_here and not FeatureFlags.of(self).is_enabled(
            KEEP_NOTIFICATION_IN_IMPORTED_BUCKET
        )
        self._handler_role = handler_role
        self._skip_destination_validation = skip_destination_validation
        self._event_bridge_enabled = False
        self._configurations: dict[str, list[dict[str, Any]]] = {
            list_key: [] for list_key, _ in _CONFIGURATION_KEYS.values()
        }
        self._resource: CfnResource | None = None

    def add_notification(
        self, event: EventType, target: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Send `event` for keys matching `filters` to `target` (bound now, so its permissions exist)."""
        key_filter = self._render_filter(filters)
        resource = self._resource_once()
        config = target.bind(self, self._bucket)
        if config.dependencies:
            resource.node.add_dependency(*config.dependencies)
        list_key, arn_key = _CONFIGURATION_KEYS[config.type]
        configuration: dict[str, Any] = {"Events": [event.value]}
        if key_filter is not None:
            configuration["Filter"] = key_filter
        configuration[arn_key] = config.arn
        self._configurations[list_key].append(configuration)

    def enable_event_bridge_notification(self) -> None:
        """Send every event of the bucket to EventBridge."""
        self._resource_once()
        self._event_bridge_enabled = True

    def _resource_once(self) -> CfnResource:
        if self._resource is not None:
            return self._resource
        bucket = self._bucket
        handler = _NotificationsHandler.of(Stack.of(bucket), self._handler_role)
        statements = [PolicyStatement(actions=["s3:PutBucketNotification"], resources=[bucket.bucket_arn])]
        if not self._is_managed:
            # The handler reads the configurations it must keep.
            statements.append(
                PolicyStatement(actions=["s3:GetBucketNotification"], resources=[bucket.bucket_arn])
            )
        policy = Policy(self, "HandlerPolicy", statements=statements, roles=[handler.role])
        resource = CfnResource(
            self,
            "Resource",
            type=RESOURCE_TYPE,
            properties={
                "ServiceToken": handler.function_arn,
                "BucketName": bucket.bucket_name,
                "NotificationConfiguration": Lazy.any(self._render_configuration),
                "Managed": self._is_managed,
                "SkipDestinationValidation": self._skip_destination_validation,
            },
        )
        resource.node.add_dependency(policy)
        # S3 refuses to change a bucket's policy and its notifications at the same time.
        resource.node.add_dependency(_PolicyOfBucket(bucket))
        self._resource = resource
        return resource

    def _render_configuration(self) -> dict[str, Any]:
        rendered: dict[str, Any] = {}
        if self._event_bridge_enabled:
            rendered["EventBridgeConfiguration"] = {}
        for list_key, configurations in self._configurations.items():
            if configurations:
                rendered[list_key] = configurations
        return rendered

    def _render_filter(self, filters: Sequence[NotificationKeyFilter]) -> dict[str, Any] | None:
        if not filters:
            return None
        rules = []
        for key_filter in filters:
            if not key_filter.prefix and not key_filter.suffix:
                raise ValidationError(
                    self._bucket,
                    f"filters={tuple(filters)!r} has a filter with neither prefix nor suffix; "
                    "set prefix=..., suffix=... or both",
                )
            # aws-cdk-lib renders the suffix rule first.
            if key_filter.suffix:
                rules.append({"Name": "suffix", "Value": key_filter.suffix})
            if key_filter.prefix:
                rules.append({"Name": "prefix", "Value": key_filter.prefix})
        for name in ("prefix", "suffix"):
            if sum(rule["Name"] == name for rule in rules) > 1:
                raise ValidationError(
                    self._bucket,
                    f"filters={tuple(filters)!r} has more than one {name}; S3 takes one {name} per "
                    f"notification: keep one, or add a notification for each {name}",
                )
        return {"Key": {"FilterRules": rules}}
