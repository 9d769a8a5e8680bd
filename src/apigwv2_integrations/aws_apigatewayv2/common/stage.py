"""What HTTP and WebSocket stages share: throttling, stage variables, domain mappings, metrics."""

from __future__ import annotations

from collections.abc import Mapping

from ...cfn.aws_apigatewayv2 import CfnStage, StageReference
from ...core.annotations import Annotations
from ...core.construct import Construct, ledger
from ...core.errors import ValidationError
from ...core.lazy_pattern import LazyPattern
from ...core.lookup_placeholders import known_at_synth
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING, Protocol
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.lazy import Lazy
from ...core.tokens.token import Token
from ._base import IApi
from ._metrics import MetricSource

if TYPE_CHECKING:
    # Only for annotations: domain names are loaded by the apps that create or import one, and the access
    # log format by the apps that log.
    from typing import Any

    from ...aws_apigateway.access_log import AccessLogFormat
    from ...interfaces.aws_apigatewayv2 import IApiRef, IDomainNameRef
    from .access_log import IAccessLogSettings


class IApiId(Protocol):
    """Anything with an API id (what a stage needs of its API)."""

    @property
    def api_id(self) -> str:
        """The API's identifier."""
        ...


@lazy_frozen(kw_only=True)
class ThrottleSettings(metaclass=LazyAttrsMeta):
    """Request throttling of a stage's default route settings."""

    rate_limit: float | None = None
    burst_limit: float | None = None


def to_throttle_settings(value: ThrottleSettings | Mapping[str, Any] | None) -> ThrottleSettings | None:
    """Accept a ThrottleSettings or a dict of its fields."""
    return ThrottleSettings(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class DomainMappingOptions(metaclass=LazyAttrsMeta):
    """A custom domain name to map a stage to."""

    domain_name: IDomainNameRef
    """The domain name (a `DomainName`, an imported one or a `CfnDomainName`)."""
    mapping_key: str | None = None


def to_domain_mapping(value: DomainMappingOptions | Mapping[str, Any] | None) -> DomainMappingOptions | None:
    """Accept a DomainMappingOptions or a dict of its fields."""
    return DomainMappingOptions(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class StageOptions(metaclass=LazyAttrsMeta):
    """Options of any stage."""

    auto_deploy: bool | None = None
    """Deploy changes automatically. Default: False."""
    description: str | None = None
    """Description of the stage."""
    detailed_metrics_enabled: bool | None = None
    """Turn on detailed CloudWatch metrics. Default: off."""
    domain_mapping: DomainMappingOptions | None = field(default=None, converter=to_domain_mapping)
    """Map the stage to a custom domain name."""
    throttle: ThrottleSettings | None = field(default=None, converter=to_throttle_settings)
    """Throttle settings of the default route. Default: none."""
    access_log_settings: IAccessLogSettings | None = None
    """Access logging (destination and format). Default: none."""
    stage_variables: Mapping[str, str] | None = None
    """Stage variables. Default: none."""


@lazy_frozen(kw_only=True)
class StageAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing stage."""

    stage_name: str
    """The name of the stage."""


# API Gateway's account-level throttle quota (requests per second, and the burst bucket) in most Regions;
# a stage or plan limit above it has no effect until the account's quota is raised, so it warns.
_ACCOUNT_RATE_QUOTA = 10_000
_ACCOUNT_BURST_QUOTA = 5_000


def check_throttle(scope: Construct, throttle: ThrottleSettings | None, prop: str = "throttle") -> None:
    """Raise for throttle limits API Gateway rejects; warn for limits above the default account quota."""
    if throttle is None:
        return
    rate, burst = throttle.rate_limit, throttle.burst_limit
    if rate is not None and not Token.is_unresolved(rate):
        if rate < 0:
            raise ValidationError(
                scope, f"{prop} rate_limit={rate!r} is negative; use a number of requests per second from 0"
            )
        if rate > _ACCOUNT_RATE_QUOTA:
            Annotations.of(scope).add_warning_v2(
                "apigwv2:throttle-quota",
                f"{prop} rate_limit={rate!r} is above the account's default throttle quota of "
                f"{_ACCOUNT_RATE_QUOTA} requests per second; ask for a quota increase before deploying",
            )
    if burst is not None and not Token.is_unresolved(burst):
        if burst < 0 or not float(burst).is_integer():
            raise ValidationError(
                scope,
                f"{prop} burst_limit={burst!r} is not a whole number from 0; "
                "use an integer number of requests",
            )
        if burst > _ACCOUNT_BURST_QUOTA:
            Annotations.of(scope).add_warning_v2(
                "apigwv2:throttle-quota",
                f"{prop} burst_limit={burst!r} is above the account's default burst quota of "
                f"{_ACCOUNT_BURST_QUOTA} requests; ask for a quota increase before deploying",
            )


def render_default_route_settings(
    throttle: ThrottleSettings | None, detailed_metrics_enabled: bool | None
) -> dict[str, Any] | None:
    """DefaultRouteSettings, only when throttling is set or detailed metrics are on (as aws-cdk-lib:
    `detailed_metrics_enabled=False` alone writes nothing, the service's default)."""
    if throttle is None and not detailed_metrics_enabled:
        return None
    return {
        "throttling_burst_limit": throttle.burst_limit if throttle else None,
        "throttling_rate_limit": throttle.rate_limit if throttle else None,
        "detailed_metrics_enabled": detailed_metrics_enabled,
    }


# API Gateway accepts stage names of letters, digits, hyphens and underscores, and `$default`.
_STAGE_NAME = LazyPattern(r"^[A-Za-z0-9_-]{1,128}$")
# The default quota of stages per API; it can be raised, so more is a warning.
_STAGES_PER_API_QUOTA = 10


# API Gateway's fixed limits of stage variables: names of letters, digits and underscores.
_STAGE_VARIABLE_NAME = LazyPattern(r"^[A-Za-z0-9_]+$")
_MAX_STAGE_VARIABLES = 100
_MAX_STAGE_VARIABLE_NAME = 64
_MAX_STAGE_VARIABLE_VALUE = 512


class _StageVariableChecks:
    """Stage variables API Gateway would reject (checked at synth: `add_stage_variable` may come later)."""

    def __init__(self, stage: StageBase) -> None:
        self._stage = stage

    def validate(self) -> list[str]:
        variables = self._stage._stage_variables
        problems: list[str] = []
        if len(variables) > _MAX_STAGE_VARIABLES:
            problems.append(
                f"stage_variables has {len(variables)} variables; API Gateway allows at most "
                f"{_MAX_STAGE_VARIABLES} per stage"
            )
        for name, value in variables.items():
            if Token.is_unresolved(name):
                continue
            if len(name) > _MAX_STAGE_VARIABLE_NAME or not _STAGE_VARIABLE_NAME.match(name):
                problems.append(
                    f"stage_variables name {name!r} is rejected by API Gateway; use 1 to "
                    f"{_MAX_STAGE_VARIABLE_NAME} letters, digits and underscores"
                )
            if (
                isinstance(value, str)
                and not Token.is_unresolved(value)
                and len(value) > _MAX_STAGE_VARIABLE_VALUE
            ):
                problems.append(
                    f"stage_variables[{name!r}] is {len(value)} characters long; API Gateway allows at most "
                    f"{_MAX_STAGE_VARIABLE_VALUE}"
                )
        return problems


class StageBase(Resource, MetricSource):
    """Base of HTTP and WebSocket stages."""

    # aws-cdk-lib's StageBase has no name of its own in tree.json (an imported stage shows as Resource).
    _TREE_FQN = "aws-cdk-lib.Resource"

    stage_name: str
    api: IApi

    @property
    def stage_ref(self) -> StageReference:
        """A reference to this stage (`StageReference`)."""
        return StageReference(api_id=self.api.api_id, stage_name=self.stage_name)

    def __init__(self, scope: Construct, id: str, *, physical_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=physical_name)
        self._stage_variables: dict[str, str] = {}
        self.node.add_validation(_StageVariableChecks(self))

    @property
    def _base_api(self) -> IApi:
        """The stage's API (aws-cdk-lib's protected `baseApi`), the same object as `api`."""
        return self.api

    @property
    def _given_api(self) -> IApiRef:
        """The API construct the stage was given: `api`, or an L1 `CfnApi` where a stage takes one."""
        return self.api

    @property
    def url(self) -> str:
        """The URL of the stage."""
        raise NotImplementedError(f"{type(self).__name__} must define url")

    def default_access_log_format(self) -> AccessLogFormat:
        """The access log format used when `access_log_settings` names none: Common Log Format."""
        from ...aws_apigateway.access_log import AccessLogFormat  # deferred: only a stage that logs needs it

        return AccessLogFormat.clf()

    def _render_access_log_settings(self, settings: IAccessLogSettings | None) -> dict[str, Any] | None:
        if settings is None:
            return None
        from .access_log import render_access_log_settings  # deferred: only a stage that logs needs it

        return render_access_log_settings(self, settings, self.default_access_log_format)

    def _create_stage_resource(self, props: StageOptions) -> None:
        """Check the options and add the `AWS::ApiGatewayV2::Stage`, once `api` and `stage_name` are set."""
        self._check_stage_name()
        check_throttle(self, props.throttle)
        self._stage_variables.update(props.stage_variables or {})
        resource = CfnStage(
            self,
            "Resource",
            api_id=self._given_api.api_ref.api_id,
            stage_name=self.stage_name,
            description=props.description,
            auto_deploy=props.auto_deploy,
            default_route_settings=render_default_route_settings(
                props.throttle, props.detailed_metrics_enabled
            ),
            access_log_settings=self._render_access_log_settings(props.access_log_settings),
            stage_variables=Lazy.any(self._render_stage_variables),
        )
        self.stage_id: str = resource.ref
        if props.domain_mapping is not None:
            self._add_domain_mapping(props.domain_mapping)

    def _check_stage_name(self) -> None:
        """Deploy-time rules: a valid name, used once per API; past the stage quota, a warning."""
        name = self.stage_name
        if not known_at_synth(name):
            return
        if name != "$default" and not _STAGE_NAME.match(name):
            raise ValidationError(
                self,
                f"stage_name={name!r} is rejected by API Gateway; use 1 to 128 letters, digits, hyphens "
                "and underscores, or '$default'",
            )
        stages: dict[str, str] = ledger(self._given_api, "apigatewayv2:stage-names")
        if name in stages:
            raise ValidationError(
                self,
                f"stage_name={name!r} is already the name of {stages[name]} on the same API; "
                "give each stage of an API its own name",
            )
        stages[name] = self.node.path
        if len(stages) == _STAGES_PER_API_QUOTA + 1:
            Annotations.of(self).add_warning_v2(
                "apigwv2:stage-quota",
                f"the API has more than {_STAGES_PER_API_QUOTA} stages, API Gateway's default quota; "
                "ask for a quota increase before deploying",
            )

    def add_stage_variable(self, name: str, value: str) -> None:
        """Add a stage variable (rendered at synth, so later additions count)."""
        self._stage_variables[name] = value

    def _render_stage_variables(self) -> dict[str, str] | None:
        return dict(self._stage_variables) if self._stage_variables else None

    def _add_domain_mapping(self, domain_mapping: DomainMappingOptions) -> None:
        # aws-cdk-lib builds this id from the domain construct's path and the key, "undefined" when unset.
        mapping_key = domain_mapping.mapping_key
        if Token.is_unresolved(mapping_key):
            # The key names the mapping's construct, and a logical id cannot be made from a token.
            raise ValidationError(
                self,
                f"domain_mapping mapping_key={mapping_key!r} holds a value known only at deployment, but the "
                "stage names its API mapping construct after the key; use a literal key, or an ApiMapping "
                "with an id of your own",
            )
        # Deferred for import speed: only stages with a custom domain need api_mapping.py.
        from .api_mapping import ApiMapping

        ApiMapping(
            self,
            f"{domain_mapping.domain_name}{'undefined' if mapping_key is None else mapping_key}",
            api=self._base_api,
            domain_name=domain_mapping.domain_name,
            stage=self,
            api_mapping_key=mapping_key,
        )
        self.node.add_dependency(domain_mapping.domain_name)

    def _metric_dimensions(self, dimensions_map: Mapping[str, str] | None) -> Mapping[str, str]:
        # As aws-cdk-lib: a stage's metrics always select ApiId and Stage, whatever `dimensions_map` says.
        return {"ApiId": self._base_api.api_id, "Stage": self.stage_name}


class _ImportedStage(StageBase):
    """An existing stage of an existing or defined API: its name and API, and no URL."""

    def __init__(self, scope: Construct, id: str, api: IApi, stage_name: str) -> None:
        super().__init__(scope, id)
        self.api = api
        self.stage_name = stage_name

    @property
    def url(self) -> str:
        raise ValidationError(self, "url is not known for an imported stage; build it from the API id")
