"""The base of integrations that call an AWS service action through a role API Gateway assumes."""

from __future__ import annotations

from ...aws_apigatewayv2 import (
    HttpConnectionType,
    HttpIntegrationSubtype,
    HttpIntegrationType,
    HttpRouteIntegration,
    HttpRouteIntegrationConfig,
    IHttpRoute,
    IntegrationCredentials,
    ParameterMapping,
    PayloadFormatVersion,
)
from ...aws_iam import PolicyStatement, Role, ServicePrincipal
from ...core.construct import Construct
from ...core.errors import ArgumentTypeError, ValidationError


def check_subtype(value: object) -> HttpIntegrationSubtype | None:
    """`subtype` as given, after a type check (a TypeError at the call, as for any wrong type)."""
    if value is not None and not isinstance(value, HttpIntegrationSubtype):
        raise ArgumentTypeError(f"subtype={value!r} is not an HttpIntegrationSubtype")
    return value


class _HttpAwsServiceIntegration(HttpRouteIntegration):
    """AWS_PROXY with a subtype: the first route creates an `InvokeRole` allowed to call the action."""

    # What subclasses set: the subtypes they accept, how errors name the service, the statement's Sid.
    _allowed_subtypes: tuple[HttpIntegrationSubtype, ...]
    _service_label: str
    _statement_sid: str

    def __init__(
        self, id: str, *, subtype: HttpIntegrationSubtype | None, parameter_mapping: ParameterMapping | None
    ) -> None:
        super().__init__(id)
        self._subtype = subtype
        self._parameter_mapping = parameter_mapping

    @property
    def _effective_subtype(self) -> HttpIntegrationSubtype:
        return self._subtype or self._allowed_subtypes[0]

    def _check_bind(self, scope: Construct, subtype: HttpIntegrationSubtype) -> None:
        """Reject what this integration cannot do; `scope` is the route that binds it."""
        if subtype not in self._allowed_subtypes:
            allowed = ", ".join(s.name for s in self._allowed_subtypes)
            raise ValidationError(
                scope,
                f"integration {self.id!r}: subtype=HttpIntegrationSubtype.{subtype.name} is not "
                f"{self._service_label} subtype; use {allowed}",
            )

    def _actions(self, subtype: HttpIntegrationSubtype) -> list[str]:
        raise NotImplementedError

    def _resources(self, subtype: HttpIntegrationSubtype, scope: Construct) -> list[str]:
        raise NotImplementedError

    def _default_parameter_mapping(self, subtype: HttpIntegrationSubtype) -> ParameterMapping:
        raise NotImplementedError

    def _parameter_mapping_for(self, subtype: HttpIntegrationSubtype) -> ParameterMapping:
        return self._parameter_mapping or self._default_parameter_mapping(subtype)

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        subtype = self._effective_subtype
        self._check_bind(scope, subtype)
        role = Role(scope, "InvokeRole", assumed_by=ServicePrincipal("apigateway.amazonaws.com"))
        role.add_to_policy(
            PolicyStatement(
                sid=self._statement_sid,
                actions=self._actions(subtype),
                resources=self._resources(subtype, scope),
            )
        )
        return HttpRouteIntegrationConfig(
            type=HttpIntegrationType.AWS_PROXY,
            subtype=subtype,
            credentials=IntegrationCredentials.from_role(role),
            connection_type=HttpConnectionType.INTERNET,
            # AWS service integrations accept only payload format 1.0.
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            parameter_mapping=self._parameter_mapping_for(subtype),
        )
