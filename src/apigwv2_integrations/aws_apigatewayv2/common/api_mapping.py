"""ApiMapping: maps a stage of an API to a custom domain name."""

from __future__ import annotations

import re

from ...cfn.aws_apigatewayv2 import ApiMappingReference, CfnApiMapping
from ...core.construct import Construct, ledger
from ...core.errors import ValidationError
from ...core.lookup_placeholders import known_at_synth
from ...core.resource import Resource
from ...core.resource_types import IResource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.lazy import Lazy
from ...core.tokens.token import Token
from ._types import IStage
from .domain_name import IDomainName

if TYPE_CHECKING:
    from typing import ClassVar

    from ...interfaces.aws_apigatewayv2 import IApiRef, IDomainNameRef

# Kept on the app root: the mappings of each domain name in the order they were made, as
# (path, "WebSocket" or "HTTP"). A domain is its literal name when it has one (two imports of one name are
# one domain), else its construct's path.
_MAPPINGS_OF_DOMAINS = "apigatewayv2:mappings-of-domains"


@runtime_checkable
class IApiMapping(IResource, Protocol):
    """A mapping of an API stage to a custom domain, defined here or imported."""

    @property
    def api_mapping_id(self) -> str:
        """The mapping's identifier."""
        ...

    @property
    def api_mapping_ref(self) -> ApiMappingReference:
        """A reference to this API mapping (`ApiMappingReference`)."""
        ...


@lazy_frozen(kw_only=True)
class ApiMappingProps(metaclass=LazyAttrsMeta):
    """Properties of an ApiMapping."""

    api: IApiRef
    """The API to map (an L2 API, an imported one or a `CfnApi`)."""
    domain_name: IDomainNameRef
    """The custom domain name to map to (a `DomainName`, an imported one or a `CfnDomainName`)."""
    api_mapping_key: str | None = None
    """The path under the domain. Default: the domain's root."""
    stage: IStage | None = None
    """The stage to map. Default: the API's default stage."""


@lazy_frozen(kw_only=True)
class ApiMappingAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing API mapping."""

    api_mapping_id: str
    """The mapping's identifier."""
    domain_name: IDomainName | None = None
    """The custom domain name of the mapping. Default: not known."""


class _ImportedApiMapping(Resource):
    def __init__(self, scope: Construct, id: str, attributes: ApiMappingAttributes) -> None:
        super().__init__(scope, id)
        self.api_mapping_id = attributes.api_mapping_id
        self._domain_name = attributes.domain_name

    @property
    def api_mapping_ref(self) -> ApiMappingReference:
        """A reference to this API mapping (`ApiMappingReference`).

        Without the domain name, its `domain_name` is a token that reports the missing name when it is
        rendered (aws-cdk-lib reports it when the field is read).
        """
        # Differs from aws-cdk-lib: it raises as soon as the reference is read.
        known = self._domain_name
        domain_name = known.name if known is not None else Lazy.string(lambda: self.domain_name.name)
        return ApiMappingReference(api_mapping_id=self.api_mapping_id, domain_name=domain_name)

    @property
    def domain_name(self) -> IDomainName:
        """The custom domain name, when it was given to `from_api_mapping_attributes`."""
        if self._domain_name is None:
            raise ValidationError(
                self,
                "domain_name is not known; pass domain_name=... to ApiMapping.from_api_mapping_attributes",
            )
        return self._domain_name


class ApiMapping(Resource):
    """Maps an API stage to a custom domain (`AWS::ApiGatewayV2::ApiMapping`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.ApiMapping"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    @property
    def api_mapping_ref(self) -> ApiMappingReference:
        """A reference to this API mapping (`ApiMappingReference`)."""
        return ApiMappingReference(
            api_mapping_id=self.api_mapping_id, domain_name=self._domain_name.domain_name_ref.domain_name
        )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api: IApiRef,
        domain_name: IDomainNameRef,
        api_mapping_key: str | None = None,
        stage: IStage | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = ApiMappingProps(
            api=api, domain_name=domain_name, api_mapping_key=api_mapping_key, stage=stage
        )
        # Only HTTP APIs have a default stage, so IApi declares none (as in aws-cdk-lib).
        chosen_stage: IStage | None = (
            props.stage if props.stage is not None else getattr(props.api, "default_stage", None)
        )
        if chosen_stage is None:
            raise ValidationError(self, "stage=None and the API has no default stage; pass stage=...")
        if _is_bad_mapping_key(api_mapping_key):
            raise ValidationError(
                self,
                f"api_mapping_key={api_mapping_key!r} is rejected by API Gateway; omit it, or use up to "
                f"{_MAX_MAPPING_KEY} letters, digits and $-_.+!*'() in levels joined by single slashes, "
                "with no slash first or last, e.g. 'orders' or 'orders/v1'",
            )
        key = api_mapping_key or ""
        if known_at_synth(key):
            keys: dict[str, str] = ledger(domain_name, "apigatewayv2:mapping-keys")
            if key in keys:
                raise ValidationError(
                    self,
                    f"api_mapping_key={api_mapping_key!r} is already mapped by {keys[key]} on the same "
                    "domain name; give each mapping of a domain its own key",
                )
            keys[key] = self.node.path
        resource = CfnApiMapping(
            self,
            "Resource",
            api_id=api.api_ref.api_id,
            domain_name=domain_name.domain_name_ref.domain_name,
            stage=chosen_stage.stage_name,
            api_mapping_key=api_mapping_key,
        )
        # As aws-cdk-lib: the mapping waits for its stage; the domain name is only referenced.
        if isinstance(chosen_stage, Construct):
            self.node.add_dependency(chosen_stage)
        self.api_mapping_id = resource.ref
        self.mapping_key = api_mapping_key
        self._domain_name = domain_name
        protocol = _protocol_of(api)
        # Differs from aws-cdk-lib: it renders WebSocket and HTTP mappings of one domain name, which API
        # Gateway rejects at deployment.
        if protocol is not None:
            domains: dict[tuple[str, str], list[tuple[str, str]]] = ledger(
                self.node.root, _MAPPINGS_OF_DOMAINS
            )
            mappings = domains.setdefault(_domain_identity(domain_name), [])
            mappings.append((self.node.path, protocol))
            self.node.add_validation(_OneProtocolPerDomain(domain_name, protocol, mappings))

    @staticmethod
    def from_api_mapping_attributes(
        scope: Construct, id: str, *, api_mapping_id: str, domain_name: IDomainName | None = None
    ) -> IApiMapping:
        """An existing API mapping."""
        return _ImportedApiMapping(
            scope, id, ApiMappingAttributes(api_mapping_id=api_mapping_id, domain_name=domain_name)
        )

    @property
    def domain_name(self) -> IDomainName:
        """The custom domain name of the mapping (an error for a `CfnDomainName`, as in aws-cdk-lib)."""
        given = self._domain_name
        if hasattr(given, "regional_domain_name") and hasattr(given, "regional_hosted_zone_id"):
            return given  # type: ignore[return-value]
        raise ValidationError(
            self,
            f"domain_name is a {type(given).__name__}, not an IDomainName; read the domain from the "
            "construct you passed, or pass a DomainName or DomainName.from_domain_name_attributes(...)",
        )

    @property
    def domain_url(self) -> str:
        """The URL of the mapped stage: `https://{domain}/{api_mapping_key}`."""
        return f"https://{self._domain_name.domain_name_ref.domain_name}/{self.mapping_key or ''}"


# API Gateway's API mapping keys: levels of letters, digits and $-_.+!*'() joined by single slashes.
_MAPPING_KEY = re.compile(r"^[A-Za-z0-9$\-_.+!*'()]+(/[A-Za-z0-9$\-_.+!*'()]+)*$")
_MAX_MAPPING_KEY = 300


def _is_bad_mapping_key(key: str | None) -> bool:
    if key is None or not known_at_synth(key):
        return False
    return len(key) > _MAX_MAPPING_KEY or not _MAPPING_KEY.match(key)


def _protocol_of(api: IApiRef) -> str | None:
    """The kind of API, "WebSocket" or "HTTP"; None for an API that tells neither."""
    if getattr(api, "is_websocket_api", False) is True:
        return "WebSocket"
    if getattr(api, "is_http_api", False) is True:
        return "HTTP"
    return None


def _domain_identity(domain_name: IDomainNameRef) -> tuple[str, str]:
    name = domain_name.domain_name_ref.domain_name
    return ("construct", domain_name.node.path) if Token.is_unresolved(name) else ("name", name.lower())


class _OneProtocolPerDomain:
    """A domain name serves WebSocket APIs or HTTP APIs, not both.

    API Gateway Developer Guide, "Map API stages to a custom domain name for WebSocket APIs", Restrictions:
    a custom domain name that an HTTP or REST API is mapped to takes no WebSocket API. The first mapping of a
    domain name decides; each later mapping of the other kind is reported, naming that first one.
    """

    def __init__(self, domain_name: IDomainNameRef, protocol: str, mappings: list[tuple[str, str]]) -> None:
        self._domain_name = domain_name
        self._protocol = protocol
        self._mappings = mappings

    def validate(self) -> list[str]:
        first_path, first_protocol = self._mappings[0]
        if first_protocol == self._protocol:
            return []
        name = self._domain_name.domain_name_ref.domain_name
        # Imported domain names are private classes; both kinds show as the DomainName they stand for.
        shown = f"<DomainName {self._domain_name.node.path}>" if Token.is_unresolved(name) else repr(name)
        return [
            f"domain_name={shown} maps {_with_article(self._protocol)} API here, but {first_path} maps "
            f"{_with_article(first_protocol)} API to it, and API Gateway keeps WebSocket APIs and HTTP or "
            f"REST APIs on separate custom domain names; map this {self._protocol} API to a domain name of "
            "its own"
        ]


def _with_article(protocol: str) -> str:
    return f"a {protocol}" if protocol == "WebSocket" else f"an {protocol}"
