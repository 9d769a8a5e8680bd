"""What one API is made of, read from its stack's template: routes, integrations, authorizers, stages."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._deployment import Deployment, short_id

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen
class IntegrationModel(metaclass=LazyAttrsMeta):
    """An `AWS::ApiGatewayV2::Integration`, evaluated."""

    logical_id: str
    name: str
    """The integration's construct id (what the request log shows)."""
    type: str
    subtype: str | None
    uri: str | None
    uri_logical_id: str | None
    """The resource the URI (or, for AWS services, a request parameter) refers to, if any."""
    method: str | None
    connection_type: str
    payload_format_version: str
    request_parameters: Mapping[str, str]
    request_templates: Mapping[str, str]
    template_selection_expression: str | None
    response_templates: Mapping[str, str]
    timeout_ms: int
    response_parameters: Mapping[str, tuple[tuple[str, str], ...]]
    """HTTP API response parameter mappings by integration status code: (destination, source) pairs."""


@lazy_frozen
class AuthorizerModel(metaclass=LazyAttrsMeta):
    """An `AWS::ApiGatewayV2::Authorizer`, evaluated."""

    logical_id: str
    name: str
    type: str
    """REQUEST or JWT."""
    uri: str | None
    identity_source: tuple[str, ...]
    payload_format_version: str
    enable_simple_responses: bool
    result_ttl_seconds: int
    jwt_issuer: str | None
    jwt_audience: tuple[str, ...]


@lazy_frozen
class RouteModel(metaclass=LazyAttrsMeta):
    """An `AWS::ApiGatewayV2::Route`, evaluated."""

    logical_id: str
    route_key: str
    integration: IntegrationModel | None
    authorization_type: str
    authorizer: AuthorizerModel | None
    authorization_scopes: tuple[str, ...]
    has_route_response: bool

    @property
    def method(self) -> str:
        """The method of an HTTP route key (`ANY` for `$default`)."""
        return self.route_key.split(" ", 1)[0] if " " in self.route_key else "ANY"

    @property
    def path(self) -> str | None:
        """The path of an HTTP route key; None for `$default`."""
        return self.route_key.split(" ", 1)[1] if " " in self.route_key else None


@lazy_frozen
class StageModel(metaclass=LazyAttrsMeta):
    """An `AWS::ApiGatewayV2::Stage`, evaluated."""

    name: str
    variables: Mapping[str, str]


@lazy_frozen
class ApiModel(metaclass=LazyAttrsMeta):
    """An `AWS::ApiGatewayV2::Api` with everything attached to it."""

    logical_id: str
    api_id: str
    name: str
    protocol: str
    route_selection_expression: str | None
    cors: Mapping[str, Any] | None
    routes: tuple[RouteModel, ...]
    stages: tuple[StageModel, ...]


def _integration_ref(target: Any) -> str | None:
    """The integration logical ID in a raw `Target` (`integrations/<Ref>`)."""
    if isinstance(target, Mapping) and "Fn::Join" in target:
        for part in target["Fn::Join"][1]:
            if isinstance(part, Mapping) and "Ref" in part:
                return str(part["Ref"])
    if isinstance(target, str) and target.startswith("integrations/"):
        return target.split("/", 1)[1]
    return None


def _referenced_logical_id(value: Any, deployment: Deployment) -> str | None:
    """The first resource of the template a raw property value refers to (Ref or GetAtt)."""
    if isinstance(value, Mapping):
        if "Ref" in value and value["Ref"] in deployment.resources:
            return str(value["Ref"])
        if "Fn::GetAtt" in value:
            argument = value["Fn::GetAtt"]
            name = argument[0] if isinstance(argument, list) else str(argument).split(".")[0]
            return str(name) if name in deployment.resources else None
        for item in value.values():
            found = _referenced_logical_id(item, deployment)
            if found is not None:
                return found
    if isinstance(value, list):
        for item in value:
            found = _referenced_logical_id(item, deployment)
            if found is not None:
                return found
    return None


def _refers_to(raw: Any, logical_id: str) -> bool:
    return isinstance(raw, Mapping) and raw.get("Ref") == logical_id


def _construct_id(deployment: Deployment, logical_id: str) -> str:
    construct = deployment.constructs.get(logical_id)
    if construct is None:
        return logical_id
    scope = construct.node.scope
    return scope.node.id if scope is not None and construct.node.id == "Resource" else construct.node.id


def read_integration(deployment: Deployment, logical_id: str) -> IntegrationModel:
    """The integration with this logical ID, with its integration responses."""
    raw = deployment.resources[logical_id].get("Properties", {})
    props = deployment.properties(logical_id)
    response_templates: dict[str, str] = {}
    for response_id in deployment.of_type("AWS::ApiGatewayV2::IntegrationResponse"):
        response_raw = deployment.resources[response_id].get("Properties", {})
        if _refers_to(response_raw.get("IntegrationId"), logical_id):
            response_templates.update(deployment.properties(response_id).get("ResponseTemplates") or {})
    uri = props.get("IntegrationUri")
    return IntegrationModel(
        logical_id=logical_id,
        name=_construct_id(deployment, logical_id),
        type=str(props.get("IntegrationType", "")),
        subtype=props.get("IntegrationSubtype"),
        uri=str(uri) if uri is not None else None,
        uri_logical_id=_referenced_logical_id(
            raw.get("IntegrationUri") or raw.get("RequestParameters"), deployment
        ),
        method=props.get("IntegrationMethod"),
        connection_type=str(props.get("ConnectionType") or "INTERNET"),
        payload_format_version=str(props.get("PayloadFormatVersion") or "1.0"),
        request_parameters={str(k): str(v) for k, v in (props.get("RequestParameters") or {}).items()},
        request_templates=dict(props.get("RequestTemplates") or {}),
        template_selection_expression=props.get("TemplateSelectionExpression"),
        response_templates=response_templates,
        timeout_ms=int(props.get("TimeoutInMillis") or 30000),
        response_parameters=_response_parameters(props.get("ResponseParameters")),
    )


def _response_parameters(raw: Any) -> dict[str, tuple[tuple[str, str], ...]]:
    """`{"404": {"ResponseParameters": [{"Destination": ..., "Source": ...}]}}` as pairs by status code."""
    if not isinstance(raw, Mapping):
        return {}
    result: dict[str, tuple[tuple[str, str], ...]] = {}
    for status, entry in raw.items():
        listed = entry.get("ResponseParameters") if isinstance(entry, Mapping) else None
        result[str(status)] = tuple(
            (str(item.get("Destination")), str(item.get("Source", "")))
            for item in listed or ()
            if isinstance(item, Mapping)
        )
    return result


def read_authorizer(deployment: Deployment, logical_id: str) -> AuthorizerModel:
    """The authorizer with this logical ID."""
    props = deployment.properties(logical_id)
    jwt = props.get("JwtConfiguration") or {}
    return AuthorizerModel(
        logical_id=logical_id,
        name=str(props.get("Name", logical_id)),
        type=str(props.get("AuthorizerType", "REQUEST")),
        uri=props.get("AuthorizerUri"),
        identity_source=tuple(props.get("IdentitySource") or ()),
        payload_format_version=str(props.get("AuthorizerPayloadFormatVersion") or "1.0"),
        enable_simple_responses=bool(props.get("EnableSimpleResponses")),
        result_ttl_seconds=int(props.get("AuthorizerResultTtlInSeconds") or 0),
        jwt_issuer=jwt.get("Issuer"),
        jwt_audience=tuple(jwt.get("Audience") or ()),
    )


def read_api(deployment: Deployment, api_logical_id: str) -> ApiModel:
    """The API with this logical ID and the routes, integrations, authorizers and stages that name it."""
    props = deployment.properties(api_logical_id)

    def belongs(logical_id: str) -> bool:
        return _refers_to(deployment.resources[logical_id].get("Properties", {}).get("ApiId"), api_logical_id)

    integrations = {
        logical_id: read_integration(deployment, logical_id)
        for logical_id in deployment.of_type("AWS::ApiGatewayV2::Integration")
        if belongs(logical_id)
    }
    authorizers = {
        logical_id: read_authorizer(deployment, logical_id)
        for logical_id in deployment.of_type("AWS::ApiGatewayV2::Authorizer")
        if belongs(logical_id)
    }
    route_responses = {
        str(deployment.resources[logical_id]["Properties"].get("RouteId", {}).get("Ref"))
        for logical_id in deployment.of_type("AWS::ApiGatewayV2::RouteResponse")
        if belongs(logical_id)
    }
    routes = []
    for logical_id in deployment.of_type("AWS::ApiGatewayV2::Route"):
        if not belongs(logical_id):
            continue
        raw = deployment.resources[logical_id].get("Properties", {})
        route_props = deployment.properties(logical_id)
        integration_id = _integration_ref(raw.get("Target"))
        authorizer_ref = raw.get("AuthorizerId")
        authorizer_id = authorizer_ref.get("Ref") if isinstance(authorizer_ref, Mapping) else None
        routes.append(
            RouteModel(
                logical_id=logical_id,
                route_key=str(route_props.get("RouteKey")),
                integration=integrations.get(integration_id) if integration_id else None,
                authorization_type=str(route_props.get("AuthorizationType") or "NONE"),
                authorizer=authorizers.get(str(authorizer_id)) if authorizer_id else None,
                authorization_scopes=tuple(route_props.get("AuthorizationScopes") or ()),
                has_route_response=logical_id in route_responses
                and route_props.get("RouteResponseSelectionExpression") is not None,
            )
        )
    stages = [
        StageModel(
            name=str(deployment.properties(logical_id).get("StageName")),
            variables=dict(deployment.properties(logical_id).get("StageVariables") or {}),
        )
        for logical_id in deployment.of_type("AWS::ApiGatewayV2::Stage")
        if belongs(logical_id)
    ]
    return ApiModel(
        logical_id=api_logical_id,
        api_id=short_id(api_logical_id),
        name=str(props.get("Name", api_logical_id)),
        protocol=str(props.get("ProtocolType", "HTTP")),
        route_selection_expression=props.get("RouteSelectionExpression"),
        cors=props.get("CorsConfiguration"),
        routes=tuple(routes),
        stages=tuple(stages),
    )
