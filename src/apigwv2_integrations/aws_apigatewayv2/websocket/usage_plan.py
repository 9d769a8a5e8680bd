"""UsagePlan: throttling and quotas for the API keys of WebSocket API stages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...cfn.aws_apigateway import CfnUsagePlan, CfnUsagePlanKey, UsagePlanReference
from ...core.construct import Construct
from ...core.errors import ArgumentTypeError, ValidationError
from ...core.names import Names
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.lazy import Lazy
from ...core.tokens.token import Token
from ..common.stage import ThrottleSettings, check_throttle, to_throttle_settings
from ._types import IWebSocketApi, IWebSocketStage

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ...interfaces.aws_apigateway import IApiKeyRef

# The usage plan resources are API Gateway (v1) resources, shared by REST and WebSocket APIs.


class Period(SimpleEnum):
    """The time period a quota applies to."""

    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


@lazy_frozen(kw_only=True)
class QuotaSettings(metaclass=LazyAttrsMeta):
    """How many requests a key may make in a period."""

    limit: float | None = None
    """The number of requests, a whole number. Default: no limit."""
    offset: float | None = None
    """Requests subtracted from the limit in the first period. Default: none."""
    period: Period | None = None
    """The period the limit applies to. Default: none."""


def to_quota_settings(value: QuotaSettings | Mapping[str, Any] | None) -> QuotaSettings | None:
    """Accept a QuotaSettings or a dict of its fields."""
    return QuotaSettings(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class UsagePlanPerApiStage(metaclass=LazyAttrsMeta):
    """A stage of an API that a usage plan covers."""

    api: IWebSocketApi | None = None
    """The API of the stage. Default: none."""
    stage: IWebSocketStage | None = None
    """The stage. Default: none (nothing is rendered)."""


def _to_api_stage(value: UsagePlanPerApiStage | Mapping[str, Any]) -> UsagePlanPerApiStage:
    return UsagePlanPerApiStage(**value) if isinstance(value, Mapping) else value


def to_api_stages(
    value: Sequence[UsagePlanPerApiStage | Mapping[str, Any]] | None,
) -> tuple[UsagePlanPerApiStage, ...] | None:
    """Accept a list of UsagePlanPerApiStage or of dicts of their fields."""
    return None if value is None else tuple(_to_api_stage(item) for item in value)


@lazy_frozen(kw_only=True)
class AddApiKeyOptions(metaclass=LazyAttrsMeta):
    """Options of `UsagePlan.add_api_key`."""

    override_logical_id: str | None = None
    """The logical id of the UsagePlanKey resource. Default: generated from the construct path."""


@lazy_frozen(kw_only=True)
class UsagePlanProps(metaclass=LazyAttrsMeta):
    """Properties of a UsagePlan."""

    api_stages: Sequence[UsagePlanPerApiStage] | None = field(default=None, converter=to_api_stages)
    """The API stages the plan covers. Default: none."""
    description: str | None = None
    """Description of the plan. Default: none."""
    quota: QuotaSettings | None = field(default=None, converter=to_quota_settings)
    """How many requests a key may make per period. Default: no quota."""
    throttle: ThrottleSettings | None = field(default=None, converter=to_throttle_settings)
    """Request rate and burst of each key. Default: no throttling."""
    usage_plan_name: str | None = None
    """Name of the plan. Default: none."""


def _is_fractional(value: float | None) -> bool:
    return value is not None and not Token.is_unresolved(value) and not float(value).is_integer()


def render_quota(scope: Construct, quota: QuotaSettings | None) -> dict[str, Any] | None:
    """The Quota property; the limit must be a whole number."""
    if quota is None:
        return None
    for name, value in (("limit", quota.limit), ("offset", quota.offset)):
        if _is_fractional(value) or (value is not None and not Token.is_unresolved(value) and value < 0):
            raise ValidationError(
                scope,
                f"quota {name}={value!r} is not a whole number from 0; use an integer number of requests",
            )
    if quota.offset is not None and quota.period is None:
        raise ValidationError(
            scope,
            f"quota offset={quota.offset!r} is set without a period; API Gateway counts the offset within "
            "a period, pass period=Period.DAY, Period.WEEK or Period.MONTH",
        )
    values = {
        "Limit": quota.limit,
        "Offset": quota.offset,
        "Period": quota.period.value if quota.period else None,
    }
    return {k: v for k, v in values.items() if v is not None}


def render_throttle(scope: Construct, throttle: ThrottleSettings | None) -> dict[str, Any] | None:
    """The Throttle property; the burst limit must be a whole number."""
    if throttle is None:
        return None
    check_throttle(scope, throttle)
    values = {"BurstLimit": throttle.burst_limit, "RateLimit": throttle.rate_limit}
    return {k: v for k, v in values.items() if v is not None}


class _UsagePlanBase(Resource):
    """What defined and imported usage plans share: adding API keys."""

    usage_plan_id: str

    @property
    def usage_plan_ref(self) -> UsagePlanReference:
        """A reference to this usage plan (`UsagePlanReference`)."""
        return UsagePlanReference(usage_plan_id=self.usage_plan_id)

    def add_api_key(self, api_key: IApiKeyRef, *, override_logical_id: str | None = None) -> None:
        """Let `api_key` use this plan (an `AWS::ApiGateway::UsagePlanKey`): an ApiKey, imported or defined
        here, or the L1 `CfnApiKey`, as in aws_cdk."""
        options = AddApiKeyOptions(override_logical_id=override_logical_id)
        if not isinstance(api_key, Construct):
            raise ArgumentTypeError(
                f"{self.node.path}: api_key={api_key!r} is not a construct; use an ApiKey"
            )
        key_resource_id = f"UsagePlanKeyResource:{Names.node_unique_id(api_key.node)}"
        # The key's id names the resource, so a second add would otherwise fail as a duplicate id.
        if self.node.try_find_child(key_resource_id) is not None:
            raise ValidationError(
                self, f"api_key={api_key!r} is already added to this usage plan; add each API key once"
            )
        resource = CfnUsagePlanKey(
            self,
            key_resource_id,
            key_id=api_key.api_key_ref.api_key_id,
            key_type="API_KEY",
            usage_plan_id=self.usage_plan_id,
        )
        if options.override_logical_id is not None:
            resource.override_logical_id(options.override_logical_id)


class _ImportedUsagePlan(_UsagePlanBase):
    def __init__(self, scope: Construct, id: str, usage_plan_id: str) -> None:
        super().__init__(scope, id)
        self.usage_plan_id = usage_plan_id


class UsagePlan(_UsagePlanBase):
    """A usage plan of WebSocket API stages (`AWS::ApiGateway::UsagePlan`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.websocket.UsagePlan"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_stages: Sequence[UsagePlanPerApiStage | Mapping[str, Any]] | None = None,
        description: str | None = None,
        quota: QuotaSettings | Mapping[str, Any] | None = None,
        throttle: ThrottleSettings | Mapping[str, Any] | None = None,
        usage_plan_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = UsagePlanProps(
            api_stages=api_stages,
            description=description,
            quota=quota,
            throttle=throttle,
            usage_plan_name=usage_plan_name,
        )
        self._api_stages: list[UsagePlanPerApiStage] = list(props.api_stages or ())
        quota = render_quota(self, props.quota)
        throttle = render_throttle(self, props.throttle)
        resource = CfnUsagePlan(
            self,
            "Resource",
            api_stages=Lazy.any(self._render_api_stages),
            description=props.description,
            quota=CfnUsagePlan.QuotaSettingsProperty(
                limit=quota.get("Limit"), offset=quota.get("Offset"), period=quota.get("Period")
            )
            if quota is not None
            else None,
            throttle=CfnUsagePlan.ThrottleSettingsProperty(
                burst_limit=throttle.get("BurstLimit"), rate_limit=throttle.get("RateLimit")
            )
            if throttle is not None
            else None,
            usage_plan_name=props.usage_plan_name,
        )
        self.usage_plan_id: str = resource.ref
        # As aws-cdk-lib: the plan waits for the stages and APIs given here (not for later add_api_stage).
        for api_stage in props.api_stages or ():
            if isinstance(api_stage.stage, Construct):
                self.node.add_dependency(api_stage.stage)
            if isinstance(api_stage.api, Construct):
                self.node.add_dependency(api_stage.api)

    @staticmethod
    def from_usage_plan_id(scope: Construct, id: str, usage_plan_id: str) -> _UsagePlanBase:
        """An existing usage plan."""
        return _ImportedUsagePlan(scope, id, usage_plan_id)

    def add_api_stage(
        self, *, api: IWebSocketApi | None = None, stage: IWebSocketStage | None = None
    ) -> None:
        """Cover one more API stage."""
        self._api_stages.append(UsagePlanPerApiStage(api=api, stage=stage))

    def _render_api_stages(self) -> list[dict[str, Any]] | None:
        # Entries without a stage render nothing, as in aws-cdk-lib.
        stages = [
            {"ApiId": api_stage.stage.api.api_id, "Stage": api_stage.stage.stage_name}
            for api_stage in self._api_stages
            if api_stage.stage is not None
        ]
        return stages or None
