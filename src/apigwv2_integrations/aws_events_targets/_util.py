"""What the targets share: retry and dead-letter settings, the events role, permissions."""

from __future__ import annotations

from ..aws_iam import Effect, IRole, PolicyStatement, Role, ServicePrincipal
from ..aws_lambda.permission import Permission
from ..cfn.aws_events import CfnRule
from ..core.annotations import Annotations
from ..core.construct import Construct
from ..core.duration import Duration, TimeUnit, whole_units
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from ..aws_events import IRule
    from ..aws_lambda import IFunction
    from ..aws_sqs import IQueue


@lazy_frozen(kw_only=True)
class TargetBaseProps(metaclass=LazyAttrsMeta):
    """Retry and dead-letter settings every target has."""

    dead_letter_queue: IQueue | None = None
    """A queue for events that cannot be delivered (an `aws_sqs.IQueue`). Default: none."""
    max_event_age: Duration | None = None
    """How long EventBridge keeps retrying. Default: 24 hours."""
    retry_attempts: float | None = None
    """How many times EventBridge retries. Default: 185."""


def bind_base_target_config(props: TargetBaseProps) -> dict[str, Any]:
    """The dead_letter_config and retry_policy of a target."""
    queue = props.dead_letter_queue
    retry = props.retry_attempts
    age = props.max_event_age
    has_retry = (retry is not None and retry >= 0) or age is not None
    return {
        "dead_letter_config": CfnRule.DeadLetterConfigProperty(arn=queue.queue_arn)
        if queue is not None
        else None,
        "retry_policy": CfnRule.RetryPolicyProperty(
            maximum_retry_attempts=retry,
            maximum_event_age_in_seconds=(
                whole_units(None, "max_event_age", age, TimeUnit.SECONDS) if age is not None else None
            ),
        )
        if has_retry
        else None,
    }


def singleton_event_role(scope: Construct) -> IRole:
    """The role EventBridge assumes to reach targets of `scope`, created once."""
    existing = scope.node.try_find_child("EventsRole")
    if isinstance(existing, Role):
        return existing
    # aws-cdk-lib names the role GENERATE_IF_NEEDED; the name renders only for cross-environment
    # targets, which this package does not support, so no name is given.
    return Role(scope, "EventsRole", assumed_by=ServicePrincipal("events.amazonaws.com"))


def add_lambda_permission(rule: IRule, handler: IFunction) -> None:
    """Let the rule invoke `handler` (one permission per rule and function)."""
    permission_id = f"AllowEventRule{Names.node_unique_id(handler.node)}"
    scope = rule if isinstance(rule, Construct) else None
    node = rule.node if isinstance(rule, Construct) else handler.permissions_node  # type: ignore[attr-defined]
    if node.try_find_child(permission_id) is not None:
        return
    call_with_struct(
        handler.add_permission,
        Permission,
        permission_id,
        scope=scope,
        action="lambda:InvokeFunction",
        principal=ServicePrincipal("events.amazonaws.com"),
        source_arn=rule.rule_arn,
    )


def _same_dimension(a: str | None, b: str | None) -> bool:
    return a == b or a is None or b is None or Token.is_unresolved(a) or Token.is_unresolved(b)


def add_to_dead_letter_queue_resource_policy(rule: IRule, queue: IQueue) -> None:
    """Let the rule send undeliverable events to `queue`."""
    rule_env = rule.env
    queue_env = queue.env
    rule_id = Names.node_unique_id(rule.node)
    if not _same_dimension(rule_env.region, queue_env.region):
        raise ValidationError(
            rule,
            f"dead_letter_queue is in region {queue_env.region}, the rule {rule_id} in {rule_env.region}; "
            "use a queue in the rule's region",
        )
    if _same_dimension(rule_env.account, queue_env.account):
        queue.add_to_resource_policy(  # type: ignore[attr-defined]
            PolicyStatement(
                sid=f"AllowEventRule{rule_id}",
                principals=[ServicePrincipal("events.amazonaws.com")],
                effect=Effect.ALLOW,
                actions=["sqs:SendMessage"],
                resources=[queue.queue_arn],
                conditions={"ArnEquals": {"aws:SourceArn": rule.rule_arn}},
            )
        )
    else:
        Annotations.of(rule).add_warning_v2(  # type: ignore[arg-type]
            "@aws-cdk/aws-events-targets:manuallyAddDLQResourcePolicy",
            f"Cannot add a resource policy to your dead letter queue associated with rule {rule.rule_arn} "
            "because the queue is in a different account. You must add the resource policy manually to the "
            f"dead letter queue in account {queue_env.account}.",
        )
