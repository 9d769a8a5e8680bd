"""EventBus: an EventBridge event bus, IEventBus, and the EventBusReference integrations take."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..aws_iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement, ServicePrincipal
from ..cfn.aws_events import CfnEventBus, CfnEventBusPolicy
from ..cfn.aws_events import EventBusReference as EventBusReference
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.names import Names
from ..core.resource import PhysicalName, Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from .events_grants import EventBusGrants

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey
    from ..core.duration import Duration

    # aws_sqs sits in this package's layer: the queue is taken by its reference protocol.
    from ..interfaces.aws_sqs import IQueueRef
    from .archive import Archive
    from .event_pattern import EventPattern

_EVENT_SOURCE_NAME = re.compile(r"^aws\.partner(/[.\-_A-Za-z0-9]+){2,}$")
_MAX_DESCRIPTION = 512
_REQUIRE_POLICY_SID = "@aws-cdk/aws-events:requireEventBusPolicySid"
_EVENT_BUS_NAME = re.compile(r"^[/.\-_A-Za-z0-9]{1,256}$")


@runtime_checkable
class IEventBus(IResource, Protocol):
    """An event bus, defined in this app or imported."""

    @property
    def event_bus_arn(self) -> str:
        """The event bus's ARN."""
        ...

    @property
    def event_bus_name(self) -> str:
        """The event bus's name."""
        ...

    @property
    def event_bus_ref(self) -> EventBusReference:
        """The ARN and name, as integrations take them."""
        ...

    def grant_put_events_to(self, grantee: IGrantable, sid: str | None = None) -> Grant:
        """Let `grantee` put events on the bus."""
        ...


class IncludeDetail(SimpleEnum):
    """How much of each event the bus's logs hold."""

    FULL = "FULL"
    """The event, its target input and the target's response."""
    NONE = "NONE"
    """Only the event's metadata."""


class Level(SimpleEnum):
    """Which events the bus logs."""

    INFO = "INFO"
    """Every step of each event, errors included."""
    ERROR = "ERROR"
    """Only failures."""
    TRACE = "TRACE"
    """Every step, with more detail than INFO."""
    OFF = "OFF"
    """Nothing."""


@lazy_frozen(kw_only=True)
class LogConfig(metaclass=LazyAttrsMeta):
    """The bus's logging of the events it handles."""

    include_detail: IncludeDetail | None = None
    """How much of each event is logged. Default: EventBridge's (NONE)."""
    level: Level | None = None
    """Which events are logged. Default: EventBridge's (OFF)."""


@lazy_frozen(kw_only=True)
class EventBusAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing event bus."""

    event_bus_arn: str
    """The bus's ARN."""
    event_bus_name: str
    """The bus's name."""
    event_bus_policy: str
    """The bus's resource policy, as JSON text."""
    event_source_name: str | None = None
    """The partner event source of a partner bus. Default: none."""


@lazy_frozen(kw_only=True)
class EventBusPolicyProps(metaclass=LazyAttrsMeta):
    """Properties of an EventBusPolicy."""

    event_bus: IEventBus
    """The bus the statement is added to."""
    statement: PolicyStatement
    """The statement (with the principals it lets in)."""
    statement_id: str
    """The statement's id in the bus policy."""


@lazy_frozen(kw_only=True)
class EventBusProps(metaclass=LazyAttrsMeta):
    """Properties of an EventBus."""

    dead_letter_queue: IQueueRef | None = None
    """The SQS queue (an `aws_sqs.IQueue`) for events the bus cannot deliver. Default: none."""
    description: str | None = None
    """A description, up to 512 characters. Default: none."""
    event_bus_name: str | None = None
    """The event bus's name; not 'default', no '/'. Default: the construct's unique id."""
    event_source_name: str | None = None
    """The partner event source (`aws.partner/...`) the bus receives from; it is also the bus's name.
    Default: none."""
    kms_key: IKey | None = None
    """The KMS key that encrypts events. Default: an AWS-owned key."""
    log_config: LogConfig | None = None
    """How the bus logs the events it handles. Default: no logging."""


class _EventBusBase(Resource):
    event_bus_arn: str
    event_bus_name: str
    event_bus_policy: str | None = None
    """The bus's resource policy as JSON text (empty for an imported bus unless given)."""
    event_source_name: str | None = None
    """The partner event source of a partner bus."""

    @property
    def event_bus_ref(self) -> EventBusReference:
        """The ARN and name, as integrations take them."""
        return EventBusReference(event_bus_arn=self.event_bus_arn, event_bus_name=self.event_bus_name)

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement (it needs a `sid`) to the bus's resource policy; an imported bus adds nothing."""
        return AddToResourcePolicyResult(statement_added=False)

    def archive(
        self,
        id: str,
        *,
        event_pattern: EventPattern | Mapping[str, Any],
        archive_name: str | None = None,
        description: str | None = None,
        kms_key: IKey | None = None,
        retention: Duration | None = None,
    ) -> Archive:
        """Keep the bus's events that match `event_pattern` in an archive, for replay.

        Default description: "Event Archive for <bus name> Event Bus".
        """
        from .archive import Archive  # deferred: most buses have no archive

        return Archive(
            self,
            id,
            source_event_bus=self,
            event_pattern=event_pattern,
            archive_name=archive_name,
            # As aws-cdk-lib: an empty description also gets the default.
            description=description or f"Event Archive for {self.event_bus_name} Event Bus",
            # Differs from aws-cdk-lib, which drops kms_key here: the archive uses the key asked for.
            kms_key=kms_key,
            retention=retention,
        )

    def grant_put_events_to(self, grantee: IGrantable, sid: str | None = None) -> Grant:
        """Let `grantee` put events on this bus (a service principal through the bus policy, with `sid`)."""
        actions, resources = ["events:PutEvents"], [self.event_bus_arn]
        grant = Grant.add_to_principal(grantee=grantee, actions=actions, resource_arns=resources)
        if grant.success:
            return grant
        if FeatureFlags.of(self).is_enabled(_REQUIRE_POLICY_SID):
            statement = PolicyStatement(
                actions=actions, resources=resources, principals=[grantee.grant_principal], sid=sid
            )
            added = self.add_to_resource_policy(statement)
            return Grant(
                options={"grantee": grantee, "actions": actions, "resource_arns": resources},
                resource_statement=statement,
                policy_dependable=added.policy_dependable if added.statement_added else None,
            )
        # A service principal has no identity policy; without the flag aws-cdk-lib warns and drops the grant.
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-events:eventBusServicePrincipalGrant",
            "Unable to grant PutEvents to service principal: Statement ID is required for EventBus resource "
            "policies. Either provide a 'sid' parameter or enable the "
            "'@aws-cdk/aws-events:requireEventBusPolicySid' "
            "feature flag.",
        )
        return Grant.drop(grantee, "")


class EventBusPolicy(Resource):
    """One statement of an event bus's resource policy (`AWS::Events::EventBusPolicy`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        event_bus: IEventBus,
        statement: PolicyStatement,
        statement_id: str,
    ) -> None:
        super().__init__(scope, id)
        CfnEventBusPolicy(
            self,
            "Resource",
            statement_id=statement_id,
            statement=statement.to_json(),
            event_bus_name=event_bus.event_bus_name,
        )


class EventBus(_EventBusBase):
    """A custom EventBridge event bus (`AWS::Events::EventBus`)."""

    _ARN_ATTRIBUTE = "Arn"
    _NAME_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {"service": "events", "resource": "event-bus", "resource_name": self.physical_name}

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        dead_letter_queue: IQueueRef | None = None,
        description: str | None = None,
        event_bus_name: str | None = None,
        event_source_name: str | None = None,
        kms_key: IKey | None = None,
        log_config: LogConfig | None = None,
    ) -> None:
        props = EventBusProps(
            dead_letter_queue=dead_letter_queue,
            description=description,
            event_bus_name=event_bus_name,
            event_source_name=event_source_name,
            kms_key=kms_key,
            log_config=log_config,
        )
        super().__init__(scope, id, physical_name=props.event_bus_name or props.event_source_name)
        name = props.event_bus_name
        if name == PhysicalName.GENERATE_IF_NEEDED:
            # Differs from aws-cdk-lib, which fails when no other environment needs the name: a bus
            # must have one, so it gets the name an unnamed bus gets.
            name = Lazy.uncached_string(lambda: self._name_across_environments or Names.unique_id(self))
        if name is not None and props.event_source_name is not None:
            raise ValidationError(
                self,
                f"event_bus_name={name!r} and event_source_name={props.event_source_name!r} are both set; "
                "a partner bus takes its name from the event source, so set only one",
            )
        if name is not None and not Token.is_unresolved(name):
            problem = _event_bus_name_problem(name)
            if problem is not None:
                raise ValidationError(self, f"event_bus_name={name!r} {problem}")
        source = props.event_source_name
        if source is not None and not Token.is_unresolved(source) and not _EVENT_SOURCE_NAME.match(source):
            raise ValidationError(
                self,
                f"event_source_name={source!r} is not a partner event source name; "
                "use 'aws.partner/<partner>/<source>'",
            )
        text = props.description
        if text is not None and not Token.is_unresolved(text) and len(text) > _MAX_DESCRIPTION:
            raise ValidationError(
                self, f"description is {len(text)} characters long; use at most {_MAX_DESCRIPTION}"
            )
        bus_name = name if name is not None else source if source is not None else Names.unique_id(self)
        queue = props.dead_letter_queue
        resource = CfnEventBus(
            self,
            "Resource",
            name=bus_name,
            event_source_name=source,
            dead_letter_config=CfnEventBus.DeadLetterConfigProperty(arn=queue.queue_ref.queue_arn)
            if queue
            else None,
            description=text,
            kms_key_identifier=props.kms_key.key_arn if props.kms_key is not None else None,
            log_config=_log_config(props.log_config),
        )
        self.event_bus_arn = resource.attr_arn
        self.event_bus_name = resource.ref
        self.event_bus_policy = Token.as_string(resource.attr_policy)
        self.event_source_name = source
        if props.kms_key is not None:
            bus_arn = self.stack.format_arn(service="events", resource="event-bus", resource_name=bus_name)
            props.kms_key.add_to_resource_policy(
                PolicyStatement(
                    resources=["*"],
                    actions=["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"],
                    principals=[ServicePrincipal("events.amazonaws.com")],
                    conditions={
                        "StringEquals": {
                            "aws:SourceAccount": self.stack.account,
                            "aws:SourceArn": bus_arn,
                            "kms:EncryptionContext:aws:events:event-bus:arn": bus_arn,
                        }
                    },
                )
            )

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the bus's resource policy; the statement needs a `sid`."""
        if statement.sid is None:
            raise ValidationError(
                self,
                "the statement given to add_to_resource_policy has no sid; bus policy statements need one, "
                "e.g. PolicyStatement(sid='AllowPutEvents', ...)",
            )
        statement_id = f"cdk-{statement.sid}"[:64]
        statement.sid = statement_id
        policy = EventBusPolicy(
            self, statement_id, event_bus=self, statement=statement, statement_id=statement_id
        )
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=policy)

    @property
    def grants(self) -> EventBusGrants:
        """The bus's grants (`grants.actions(...)`, `grants.all_put_events(...)`)."""
        return EventBusGrants.from_event_bus(self)

    @staticmethod
    def from_event_bus_arn(scope: Construct, id: str, event_bus_arn: str) -> IEventBus:
        """An existing event bus, by ARN: its name is taken from the ARN."""
        return _ImportedEventBus(scope, id, event_bus_arn, None)

    @staticmethod
    def from_event_bus_name(scope: Construct, id: str, event_bus_name: str) -> IEventBus:
        """An existing event bus of this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(resource="event-bus", service="events", resource_name=event_bus_name)
        return _ImportedEventBus(scope, id, arn, event_bus_name)

    @staticmethod
    def from_event_bus_attributes(
        scope: Construct,
        id: str,
        *,
        event_bus_arn: str,
        event_bus_name: str,
        event_bus_policy: str | None = None,
        event_source_name: str | None = None,
    ) -> IEventBus:
        """An existing event bus, by ARN and name."""
        bus = _ImportedEventBus(scope, id, event_bus_arn, event_bus_name)
        if event_bus_policy is not None:
            bus.event_bus_policy = event_bus_policy
        bus.event_source_name = event_source_name
        return bus

    @staticmethod
    def grant_all_put_events(grantee: IGrantable) -> Grant:
        """Let `grantee` put events on every bus."""
        return Grant.add_to_principal(grantee=grantee, actions=["events:PutEvents"], resource_arns=["*"])


def _log_config(config: LogConfig | None) -> CfnEventBus.LogConfigProperty | None:
    if config is None:
        return None
    return CfnEventBus.LogConfigProperty(
        include_detail=config.include_detail.value if config.include_detail is not None else None,
        level=config.level.value if config.level is not None else None,
    )


def _event_bus_name_problem(name: str) -> str | None:
    if name == "default":
        return "is the account's default bus; choose another name"
    if "/" in name:
        return "contains '/', which only partner event buses have; remove it"
    if not _EVENT_BUS_NAME.match(name):
        return "is not a valid name; use 1 to 256 letters, digits or the characters ._-"
    return None


class _ImportedEventBus(_EventBusBase):
    def __init__(self, scope: Construct, id: str, event_bus_arn: str, event_bus_name: str | None) -> None:
        if not Token.is_unresolved(event_bus_arn) and (
            not event_bus_arn.startswith("arn:") or len(event_bus_arn.split(":")) < 6
        ):
            raise ValidationError(
                scope,
                f"event_bus_arn={event_bus_arn!r} is not an ARN; "
                "use 'arn:<partition>:events:<region>:<account>:event-bus/<name>'",
            )
        super().__init__(scope, id, environment_from_arn=event_bus_arn)
        self.event_bus_arn = event_bus_arn
        # As in aws-cdk-lib, an imported bus's policy is empty text.
        self.event_bus_policy = ""
        if event_bus_name is None:
            event_bus_name = (
                self.stack.split_arn(event_bus_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
            )
        self.event_bus_name = event_bus_name
