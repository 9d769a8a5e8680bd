"""Record sets: RecordSet and the A, AAAA, CNAME, TXT, MX and NS records built on it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cfn.aws_route53 import CfnRecordSet, RecordSetReference
from ..core.annotations import Annotations
from ..core.construct import Construct
from ..core.converters import optional_tuple, to_tuple
from ..core.duration import Duration, TimeUnit, whole_units
from ..core.errors import ValidationError
from ..core.js_number import js_number_text
from ..core.json_dumps import dumps as json_dumps
from ..core.names import Names
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, fields_of, lazy_frozen
from ..core.struct_callbacks import struct_returned_by
from ..core.tokens.token import Token
from ._util import fully_qualified_domain_name
from .alias_record_target import AliasRecordTargetConfig, IAliasRecordTarget
from .cidr_routing_config import CidrRoutingConfig
from .geo_location import GeoLocation
from .health_check import IHealthCheck
from .hosted_zone_ref import IHostedZone

if TYPE_CHECKING:
    from typing import Any

_DEFAULT_TTL_SECONDS = 1800
_TXT_CHUNK = 255


class RecordType(SimpleEnum):
    """The DNS record type."""

    A = "A"
    AAAA = "AAAA"
    CAA = "CAA"
    CNAME = "CNAME"
    DS = "DS"
    HTTPS = "HTTPS"
    MX = "MX"
    NAPTR = "NAPTR"
    NS = "NS"
    PTR = "PTR"
    SOA = "SOA"
    SPF = "SPF"
    SRV = "SRV"
    SSHFP = "SSHFP"
    SVCB = "SVCB"
    TLSA = "TLSA"
    TXT = "TXT"


class Failover(SimpleEnum):
    """The role of a record in failover routing."""

    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"


@runtime_checkable
class IRecordSet(IResource, Protocol):
    """A record set."""

    @property
    def domain_name(self) -> str:
        """The domain name of the record."""
        ...

    @property
    def record_set_ref(self) -> RecordSetReference:
        """A reference to the record set: its name and type."""
        ...


class RecordTarget:
    """What a record answers: values (`from_values`, `from_ip_addresses`) or an alias (`from_alias`)."""

    def __init__(
        self, values: Sequence[str] | None = None, alias_target: IAliasRecordTarget | None = None
    ) -> None:
        self.values: list[str] | None = None if values is None else list(values)
        self.alias_target = alias_target

    @staticmethod
    def from_values(*values: str) -> RecordTarget:
        """Answer with these values."""
        return RecordTarget(values)

    @staticmethod
    def from_ip_addresses(*ip_addresses: str) -> RecordTarget:
        """Answer with these IP addresses."""
        return RecordTarget(ip_addresses)

    @staticmethod
    def from_alias(alias_target: IAliasRecordTarget) -> RecordTarget:
        """Answer as the AWS resource `alias_target` does (an alias record)."""
        return RecordTarget(None, alias_target)

    def __repr__(self) -> str:
        if self.alias_target is not None:
            return f"RecordTarget.from_alias({self.alias_target!r})"
        return f"RecordTarget.from_values({', '.join(repr(v) for v in self.values or ())})"


@lazy_frozen(kw_only=True)
class RecordSetOptions(metaclass=LazyAttrsMeta):
    """What every record takes."""

    zone: IHostedZone
    """The hosted zone the record is in."""
    cidr_routing_config: CidrRoutingConfig | None = None
    """The CIDR collection location the record answers for in CIDR routing. Default: no CIDR routing."""
    comment: str | None = None
    """A comment for the record. Default: none."""
    delete_existing: bool | None = None
    """Whether to delete an existing record of the same name and type first. Default: False."""
    failover: Failover | None = None
    """The record's role in failover routing. Default: no failover routing."""
    geo_location: GeoLocation | None = None
    """The location the record answers for in geolocation routing. Default: no geolocation routing."""
    health_check: IHealthCheck | None = None
    """The health check Route 53 consults before answering with the record. Default: none."""
    multi_value_answer: bool | None = None
    """Whether Route 53 answers with up to eight healthy records at random. Default: False."""
    record_name: str | None = None
    """The record's name, relative to the zone or fully qualified. Default: the zone's name."""
    region: str | None = None
    """The AWS region for latency-based routing. Default: no latency routing."""
    set_identifier: str | None = None
    """Distinguishes records of the same name and type under a routing policy. Default: generated."""
    ttl: Duration | None = None
    """How long resolvers cache the answer. Default: Duration.minutes(30)."""
    weight: float | None = None
    """The record's weight (0 to 255) in weighted routing. Default: no weighted routing."""


@lazy_frozen(kw_only=True)
class RecordSetProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of a RecordSet."""

    record_type: RecordType
    """The DNS record type."""
    target: RecordTarget
    """What the record answers."""


@lazy_frozen(kw_only=True)
class ARecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of an ARecord."""

    target: RecordTarget
    """What the record answers."""


@lazy_frozen(kw_only=True)
class AaaaRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of an AaaaRecord."""

    target: RecordTarget
    """What the record answers."""


@lazy_frozen(kw_only=True)
class CnameRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of a CnameRecord."""

    domain_name: str
    """The domain name the record points to."""


@lazy_frozen(kw_only=True)
class TxtRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of a TxtRecord."""

    values: tuple[str, ...] = field(converter=to_tuple)
    """The text values; each is quoted, and split in 255-character strings."""


@lazy_frozen(kw_only=True)
class NsRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of an NsRecord."""

    values: tuple[str, ...] = field(converter=to_tuple)
    """The name servers."""


@lazy_frozen(kw_only=True)
class MxRecordValue(metaclass=LazyAttrsMeta):
    """One mail server of an MX record."""

    host_name: str
    """The mail server's host name."""
    priority: float
    """Its priority; lower is preferred."""


def _to_structs(struct: type[Any], value: Sequence[Any]) -> tuple[Any, ...]:
    # The value converters below share this body; each keeps its own parameter annotation, which the
    # run-time type check reads.
    return tuple(struct(**v) if isinstance(v, Mapping) else v for v in value)


def _to_mx_values(value: Sequence[MxRecordValue | Mapping[str, Any]]) -> tuple[MxRecordValue, ...]:
    return _to_structs(MxRecordValue, value)


@lazy_frozen(kw_only=True)
class MxRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of an MxRecord."""

    values: tuple[MxRecordValue, ...] = field(converter=_to_mx_values)
    """The mail servers."""


class CaaTag(SimpleEnum):
    """The tag of a CAA record value."""

    ISSUE = "issue"
    ISSUEWILD = "issuewild"
    IODEF = "iodef"


@lazy_frozen(kw_only=True)
class CaaRecordValue(metaclass=LazyAttrsMeta):
    """One value of a CAA record."""

    flag: float
    """The flag (0 to 255)."""
    tag: CaaTag
    """The tag."""
    value: str
    """The value of the tag, e.g. the allowed issuer."""


def _to_caa_values(value: Sequence[CaaRecordValue | Mapping[str, Any]]) -> tuple[CaaRecordValue, ...]:
    return _to_structs(CaaRecordValue, value)


@lazy_frozen(kw_only=True)
class CaaRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of a CaaRecord."""

    values: tuple[CaaRecordValue, ...] = field(converter=_to_caa_values)
    """The CAA values."""


@lazy_frozen(kw_only=True)
class CaaAmazonRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of a CaaAmazonRecord."""


@lazy_frozen(kw_only=True)
class SrvRecordValue(metaclass=LazyAttrsMeta):
    """One target of an SRV record."""

    host_name: str
    """The host name of the service."""
    port: float
    """The port of the service."""
    priority: float
    """The priority; lower is preferred."""
    weight: float
    """The weight among targets of the same priority."""


def _to_srv_values(value: Sequence[SrvRecordValue | Mapping[str, Any]]) -> tuple[SrvRecordValue, ...]:
    return _to_structs(SrvRecordValue, value)


@lazy_frozen(kw_only=True)
class SrvRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of an SrvRecord."""

    values: tuple[SrvRecordValue, ...] = field(converter=_to_srv_values)
    """The SRV targets."""


@lazy_frozen(kw_only=True)
class DsRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of a DsRecord."""

    values: tuple[str, ...] = field(converter=to_tuple)
    """The DS values (key tag, algorithm, digest type and digest)."""


@lazy_frozen(kw_only=True)
class ZoneDelegationRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of a ZoneDelegationRecord."""

    name_servers: tuple[str, ...] = field(converter=to_tuple)
    """The name servers of the delegated zone; a trailing dot is added where missing."""


@lazy_frozen(kw_only=True)
class ARecordAttrs(RecordSetOptions, metaclass=LazyAttrsMeta):
    """An A record that aliases an existing A record, by its DNS name."""

    target_dns: str
    """The DNS name the alias points to (in the same zone)."""


class Alpn:
    """An ALPN protocol of an SVCB or HTTPS record value: `Alpn.H2`, `Alpn.of("...")`."""

    HTTP1_1: Alpn
    H2: Alpn
    H3: Alpn

    def __init__(self, protocol: str) -> None:
        self.protocol = protocol

    @staticmethod
    def of(protocol: str) -> Alpn:
        """An ALPN protocol by its identifier."""
        return Alpn(protocol)

    def __repr__(self) -> str:
        return f"Alpn.of({self.protocol!r})"


Alpn.HTTP1_1 = Alpn("http1.1")
Alpn.H2 = Alpn("h2")
Alpn.H3 = Alpn("h3")


@lazy_frozen(kw_only=True)
class SvcbRecordServiceModeProps(metaclass=LazyAttrsMeta):
    """The service parameters of an SVCB (or HTTPS) record value in service mode."""

    alpn: tuple[Alpn, ...] | None = field(default=None, converter=optional_tuple)
    """The supported protocols. Default: none."""
    ipv4hint: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """IPv4 address hints. Default: none."""
    ipv6hint: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """IPv6 address hints. Default: none."""
    mandatory: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The keys a client must understand. Default: none."""
    no_default_alpn: bool | None = None
    """Whether the default protocol is not supported. Default: False."""
    port: float | None = None
    """The port. Default: the default port of the protocol."""
    priority: float | None = None
    """The priority (1 or more in service mode). Default: 1."""
    target_name: str | None = None
    """The target domain name. Default: '.', the owner name."""


@lazy_frozen(kw_only=True)
class HttpsRecordServiceModeProps(SvcbRecordServiceModeProps, metaclass=LazyAttrsMeta):
    """The service parameters of an HTTPS record value in service mode."""


class _SvcbRecordValueBase:
    """An SVCB-style value: priority, target and service parameters, rendered as DNS presentation text."""

    def __init__(self, priority: float, target_name: str, service: SvcbRecordServiceModeProps | None) -> None:
        self.priority = priority
        self.target_name = target_name
        self._service_props = service

    def __str__(self) -> str:
        parts = [js_number_text(self.priority), self.target_name]
        service = self._service_props
        if service is not None:
            if service.mandatory:
                parts.append(f'mandatory="{",".join(service.mandatory)}"')
            if service.alpn:
                parts.append(f'alpn="{",".join(a.protocol for a in service.alpn)}"')
            if service.no_default_alpn:
                parts.append("no-default-alpn")
            if service.port is not None:
                parts.append(f"port={js_number_text(service.port)}")
            if service.ipv4hint:
                parts.append(f'ipv4hint="{",".join(service.ipv4hint)}"')
            if service.ipv6hint:
                parts.append(f'ipv6hint="{",".join(service.ipv6hint)}"')
        return " ".join(parts)

    def to_string(self) -> str:
        """The value as DNS presentation text (aws_cdk's name for `str(value)`)."""
        return str(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


def _service_mode(props: SvcbRecordServiceModeProps) -> tuple[float, str]:
    priority = props.priority if props.priority is not None else 1
    return priority, props.target_name if props.target_name is not None else "."


class SvcbRecordValue(_SvcbRecordValueBase):
    """A value of an SVCB record: `alias(target_name)` or `service(...)`."""

    @staticmethod
    def alias(target_name: str) -> SvcbRecordValue:
        """Alias mode: clients look up `target_name` instead."""
        return SvcbRecordValue(0, target_name, None)

    @staticmethod
    def service(
        *,
        alpn: Sequence[Alpn] | None = None,
        ipv4hint: Sequence[str] | None = None,
        ipv6hint: Sequence[str] | None = None,
        mandatory: Sequence[str] | None = None,
        no_default_alpn: bool | None = None,
        port: float | None = None,
        priority: float | None = None,
        target_name: str | None = None,
    ) -> SvcbRecordValue:
        """Service mode: the endpoint and its parameters."""
        props = SvcbRecordServiceModeProps(
            alpn=alpn,
            ipv4hint=ipv4hint,
            ipv6hint=ipv6hint,
            mandatory=mandatory,
            no_default_alpn=no_default_alpn,
            port=port,
            priority=priority,
            target_name=target_name,
        )
        return SvcbRecordValue(*_service_mode(props), props)


class HttpsRecordValue(_SvcbRecordValueBase):
    """A value of an HTTPS record: `alias(target_name)` or `service(...)`."""

    @staticmethod
    def alias(target_name: str) -> HttpsRecordValue:
        """Alias mode: clients look up `target_name` instead."""
        return HttpsRecordValue(0, target_name, None)

    @staticmethod
    def service(
        *,
        alpn: Sequence[Alpn] | None = None,
        ipv4hint: Sequence[str] | None = None,
        ipv6hint: Sequence[str] | None = None,
        mandatory: Sequence[str] | None = None,
        no_default_alpn: bool | None = None,
        port: float | None = None,
        priority: float | None = None,
        target_name: str | None = None,
    ) -> HttpsRecordValue:
        """Service mode: the endpoint and its parameters."""
        props = HttpsRecordServiceModeProps(
            alpn=alpn,
            ipv4hint=ipv4hint,
            ipv6hint=ipv6hint,
            mandatory=mandatory,
            no_default_alpn=no_default_alpn,
            port=port,
            priority=priority,
            target_name=target_name,
        )
        return HttpsRecordValue(*_service_mode(props), props)


@lazy_frozen(kw_only=True)
class SvcbRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of an SvcbRecord."""

    values: tuple[SvcbRecordValue, ...] = field(converter=to_tuple)
    """The SVCB values."""


@lazy_frozen(kw_only=True)
class HttpsRecordProps(RecordSetOptions, metaclass=LazyAttrsMeta):
    """Properties of an HttpsRecord: `values` or an alias `target`, not both."""

    target: RecordTarget | None = None
    """An alias target (e.g. a CloudFront distribution). Default: none; give values."""
    values: tuple[HttpsRecordValue, ...] | None = field(default=None, converter=optional_tuple)
    """The HTTPS values. Default: none; give target."""


class RecordSet(Resource):
    """A DNS record set (`AWS::Route53::RecordSet`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        record_type: RecordType,
        target: RecordTarget,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = RecordSetProps(
            record_type=record_type,
            target=target,
            zone=zone,
            cidr_routing_config=cidr_routing_config,
            comment=comment,
            delete_existing=delete_existing,
            failover=failover,
            geo_location=geo_location,
            health_check=health_check,
            multi_value_answer=multi_value_answer,
            record_name=record_name,
            region=region,
            set_identifier=set_identifier,
            ttl=ttl,
            weight=weight,
        )
        alias = props.target.alias_target
        # Bound once: a target's bind may create constructs, and the checks read its config too.
        alias_config = (
            struct_returned_by(
                alias.bind(self, props.zone),
                AliasRecordTargetConfig,
                where=self.node.path,
                method=f"{type(alias).__name__}.bind",
            )
            if alias is not None
            else None
        )
        self._check(props, alias_config)
        self.record_type = props.record_type
        if alias is not None and props.ttl is not None:
            Annotations.of(self).add_warning_v2(
                "aws-cdk-lib/aws-route53:ttlIgnored", "Ignoring ttl since 'target' uses an alias target"
            )
        seconds = (
            whole_units(self, "ttl", props.ttl, TimeUnit.SECONDS)
            if props.ttl is not None
            else _DEFAULT_TTL_SECONDS
        )
        rendered_ttl = None if alias is not None else js_number_text(seconds)
        record_name = fully_qualified_domain_name(props.record_name or props.zone.zone_name, props.zone)
        resource = CfnRecordSet(
            self,
            "Resource",
            hosted_zone_id=props.zone.hosted_zone_id,
            name=record_name,
            type=props.record_type.value,
            resource_records=props.target.values,
            alias_target=_render_alias(alias_config),
            ttl=rendered_ttl,
            comment=props.comment,
            multi_value_answer=props.multi_value_answer,
            set_identifier=props.set_identifier or self._set_identifier(props),
            weight=props.weight,
            region=props.region,
            failover=props.failover.value if props.failover else None,
            geo_location=_render_geo_location(props.geo_location),
            health_check_id=props.health_check.health_check_id if props.health_check else None,
            cidr_routing_config=(
                CfnRecordSet.CidrRoutingConfigProperty(
                    collection_id=props.cidr_routing_config.collection_id,
                    location_name=props.cidr_routing_config.location_name,
                )
                if props.cidr_routing_config
                else None
            ),
        )
        self.domain_name: str = resource.ref

    @property
    def record_set_ref(self) -> RecordSetReference:
        """A reference to the record set: its name and type."""
        return RecordSetReference(record_set_name=self.domain_name, type=self.record_type.value)

    def _check(self, props: RecordSetProps, alias_config: AliasRecordTargetConfig | None) -> None:
        if props.delete_existing:
            # Differs from aws-cdk-lib: its delete_existing (deprecated there) runs a custom resource.
            raise ValidationError(
                self, "delete_existing=True is not supported; delete the existing record before deploying"
            )
        weight = props.weight
        if weight is not None and not Token.is_unresolved(weight) and not 0 <= weight <= 255:
            raise ValidationError(self, f"weight={weight!r} is out of range; use 0 to 255")
        identifier = props.set_identifier
        if identifier is not None and not Token.is_unresolved(identifier) and not 1 <= len(identifier) <= 128:
            raise ValidationError(
                self, f"set_identifier={identifier!r} is {len(identifier)} characters long; use 1 to 128"
            )
        policies = [
            name
            for name in (
                "geo_location",
                "region",
                "weight",
                "multi_value_answer",
                "cidr_routing_config",
                "failover",
            )
            if getattr(props, name) is not None
        ]
        if identifier and not policies:
            raise ValidationError(
                self,
                f"set_identifier={identifier!r} is only for routing policies; also set one of geo_location, "
                "weight, region, multi_value_answer, cidr_routing_config or failover, or leave "
                "set_identifier unset",
            )
        if len(policies) > 1:
            raise ValidationError(
                self,
                f"{' and '.join(policies)} are {'both' if len(policies) == 2 else 'all'} set; use only one "
                "of geo_location, region, weight, multi_value_answer, cidr_routing_config or failover",
            )
        if props.multi_value_answer and props.target.alias_target is not None:
            raise ValidationError(
                self,
                "multi_value_answer=True cannot be used with an alias target; use RecordTarget.from_values()",
            )
        if (
            props.failover is Failover.PRIMARY
            and props.health_check is None
            and props.target.alias_target is None
        ):
            raise ValidationError(
                self,
                "failover=Failover.PRIMARY needs a health_check (or an alias target that evaluates its "
                "health); give health_check=HealthCheck(...)",
            )
        if props.failover is not None and alias_config is not None:
            evaluate = alias_config.evaluate_target_health
            if not Token.is_unresolved(evaluate) and evaluate is not True:
                raise ValidationError(
                    self,
                    f"failover={props.failover} with an alias target needs evaluate_target_health=True on "
                    f"the target, got {evaluate!r}",
                )

    def _set_identifier(self, props: RecordSetProps) -> str | None:
        if props.failover is not None:
            return self._identifier(f"FAILOVER_{props.failover.value}_ID_")
        geo = props.geo_location
        if geo is not None:
            identifier = "GEO"
            if geo.continent_code is not None:
                identifier += "_CONTINENT_" + geo.continent_code.value
            if geo.country_code:
                identifier += "_COUNTRY_" + geo.country_code
            if geo.subdivision_code:
                identifier += "_SUBDIVISION_" + geo.subdivision_code
            return identifier
        if props.weight is not None:
            if Token.is_unresolved(props.weight):
                return self._identifier("WEIGHT_XXX_ID_").replace("XXX", Token.as_string(props.weight))
            return self._identifier(f"WEIGHT_{js_number_text(props.weight)}_ID_")
        if props.region is not None:
            return self._identifier(f"REGION_{props.region}_ID_")
        if props.multi_value_answer:
            return self._identifier("MVA_ID_")
        return None

    def _identifier(self, prefix: str) -> str:
        return prefix + Names.unique_resource_name(self, max_length=64 - len(prefix))


def _render_alias(config: AliasRecordTargetConfig | None) -> CfnRecordSet.AliasTargetProperty | None:
    if config is None:
        return None
    return CfnRecordSet.AliasTargetProperty(
        dns_name=config.dns_name,
        hosted_zone_id=config.hosted_zone_id,
        evaluate_target_health=config.evaluate_target_health,
    )


def _render_geo_location(geo: GeoLocation | None) -> CfnRecordSet.GeoLocationProperty | None:
    if geo is None:
        return None
    return CfnRecordSet.GeoLocationProperty(
        continent_code=geo.continent_code.value if geo.continent_code is not None else None,
        country_code=geo.country_code,
        subdivision_code=geo.subdivision_code,
    )


def _format_txt(value: str) -> str:
    # Route 53 takes at most 255 characters per string; longer values become several quoted strings.
    chunks = [value[i : i + _TXT_CHUNK] for i in range(0, len(value), _TXT_CHUNK)]
    return "".join(json_dumps(chunk, ensure_ascii=False) for chunk in chunks)


def _options(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The RecordSetOptions among a record constructor's arguments (its `locals()`), passed on as they are."""
    return {attribute.name: arguments[attribute.name] for attribute in fields_of(RecordSetOptions)}


class ARecord(RecordSet):
    """A DNS A record."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target: RecordTarget,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.A,
            target=target,
            **_options(locals()),
        )

    @staticmethod
    def from_a_record_attributes(
        scope: Construct,
        id: str,
        *,
        target_dns: str,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> ARecord:
        """An A record aliasing the existing record `target_dns` in the same zone."""
        attributes = ARecordAttrs(
            target_dns=target_dns,
            **_options(locals()),
        )
        return ARecord(
            scope,
            id,
            target=RecordTarget.from_alias(_RecordAsAliasTarget(attributes.target_dns, attributes.zone)),
            **{f.name: getattr(attributes, f.name) for f in fields_of(RecordSetOptions)},
        )


class AaaaRecord(RecordSet):
    """A DNS AAAA record."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target: RecordTarget,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.AAAA,
            target=target,
            **_options(locals()),
        )


class CnameRecord(RecordSet):
    """A DNS CNAME record."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain_name: str,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.CNAME,
            target=RecordTarget.from_values(domain_name),
            **_options(locals()),
        )


class TxtRecord(RecordSet):
    """A DNS TXT record; long values are split in 255-character strings."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[str],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.TXT,
            target=RecordTarget.from_values(*(_format_txt(v) for v in values)),
            **_options(locals()),
        )


class MxRecord(RecordSet):
    """A DNS MX record."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[MxRecordValue | Mapping[str, Any]],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.MX,
            target=RecordTarget.from_values(
                *(f"{js_number_text(v.priority)} {v.host_name}" for v in _to_mx_values(values))
            ),
            **_options(locals()),
        )


class NsRecord(RecordSet):
    """A DNS NS record."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[str],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.NS,
            target=RecordTarget.from_values(*values),
            **_options(locals()),
        )


class DsRecord(RecordSet):
    """A DNS DS record."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[str],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.DS,
            target=RecordTarget.from_values(*values),
            **_options(locals()),
        )


class SrvRecord(RecordSet):
    """A DNS SRV record."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[SrvRecordValue | Mapping[str, Any]],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.SRV,
            target=RecordTarget.from_values(
                *(
                    " ".join((*(js_number_text(n) for n in (v.priority, v.weight, v.port)), v.host_name))
                    for v in _to_srv_values(values)
                )
            ),
            **_options(locals()),
        )


class CaaRecord(RecordSet):
    """A DNS CAA record."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[CaaRecordValue | Mapping[str, Any]],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.CAA,
            target=RecordTarget.from_values(
                *(f'{js_number_text(v.flag)} {v.tag.value} "{v.value}"' for v in _to_caa_values(values))
            ),
            **_options(locals()),
        )


class CaaAmazonRecord(CaaRecord):
    """A CAA record that lets only Amazon issue certificates for the zone."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            values=[CaaRecordValue(flag=0, tag=CaaTag.ISSUE, value="amazon.com")],
            **_options(locals()),
        )


class ZoneDelegationRecord(RecordSet):
    """An NS record that delegates a subdomain to other name servers."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name_servers: Sequence[str],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.NS,
            target=RecordTarget.from_values(*_dotted_name_servers(name_servers)),
            zone=zone,
            cidr_routing_config=cidr_routing_config,
            comment=comment,
            delete_existing=delete_existing,
            failover=failover,
            geo_location=geo_location,
            health_check=health_check,
            multi_value_answer=multi_value_answer,
            record_name=record_name,
            region=region,
            set_identifier=set_identifier,
            ttl=ttl if ttl is not None else Duration.days(2),
            weight=weight,
        )


class SvcbRecord(RecordSet):
    """A DNS SVCB record."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[SvcbRecordValue],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.SVCB,
            target=RecordTarget.from_values(*(str(v) for v in values)),
            **_options(locals()),
        )


class HttpsRecord(RecordSet):
    """A DNS HTTPS record: service parameters as `values`, or an alias `target`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone: IHostedZone,
        target: RecordTarget | None = None,
        values: Sequence[HttpsRecordValue] | None = None,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            record_type=RecordType.HTTPS,
            target=target
            if target is not None
            else RecordTarget.from_values(*(str(v) for v in values or ())),
            **_options(locals()),
        )
        if (values is None) == (target is None):
            raise ValidationError(self, "give exactly one of values and target")


class _RecordAsAliasTarget:
    """An alias to another record of the same zone, by DNS name."""

    def __init__(self, target_dns: str, zone: IHostedZone) -> None:
        self.target_dns = target_dns
        self.zone = zone

    def bind(self, record: IRecordSet, zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        return AliasRecordTargetConfig(dns_name=self.target_dns, hosted_zone_id=self.zone.hosted_zone_id)


def _dotted_name_servers(name_servers: Sequence[str]) -> list[str]:
    # NS values are absolute names; aws-cdk-lib adds the trailing dot to every known one.
    if Token.is_unresolved(name_servers):
        return list(name_servers)
    return [ns if Token.is_unresolved(ns) or ns.endswith(".") else ns + "." for ns in name_servers]
