"""Hosted zones: HostedZone, PublicHostedZone and PrivateHostedZone, their imports and lookups."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_ec2 import IVpc
from ..aws_iam import PolicyDocument, PolicyStatement, Role
from ..aws_kms import IKey
from ..cfn.aws_route53 import CfnDNSSEC, CfnHostedZone, CfnKeySigningKey, HostedZoneReference
from ..core.construct import Construct
from ..core.context_provider import ContextProvider
from ..core.converters import optional_tuple
from ..core.duration import Duration
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, cast
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from ._util import hosted_zone_arn, strip_trailing_dot, zone_name_problem
from .hosted_zone_grants import HostedZoneGrants
from .hosted_zone_provider import HostedZoneProviderProps
from .hosted_zone_ref import (
    HostedZoneAttributes,
    IHostedZone,
    IPrivateHostedZone,
    IPublicHostedZone,
    PrivateHostedZoneAttributes,
    PublicHostedZoneAttributes,
)
from .key_signing_key import IKeySigningKey, KeySigningKey
from .record_set import CaaAmazonRecord, ZoneDelegationRecord

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam import Grant, IGrantable, IPrincipal

_HOSTED_ZONE_PROVIDER = "hosted-zone"


@lazy_frozen(kw_only=True)
class CommonHostedZoneProps(metaclass=LazyAttrsMeta):
    """What every hosted zone takes."""

    zone_name: str
    """The zone's domain name, e.g. `example.com`."""
    add_trailing_dot: bool | None = None
    """Whether to add a trailing dot to the zone name. Default: True."""
    comment: str | None = None
    """A comment for the zone. Default: none."""
    query_logs_log_group_arn: str | None = None
    """ARN of a CloudWatch Logs log group for DNS query logs. Default: no query logging."""


@lazy_frozen(kw_only=True)
class HostedZoneProps(CommonHostedZoneProps, metaclass=LazyAttrsMeta):
    """Properties of a HostedZone."""

    vpcs: tuple[IVpc, ...] | None = field(default=None, converter=optional_tuple)
    """VPCs to associate the zone with, which makes it private. Default: public."""


@lazy_frozen(kw_only=True)
class PublicHostedZoneProps(CommonHostedZoneProps, metaclass=LazyAttrsMeta):
    """Properties of a PublicHostedZone."""

    accelerated_recovery_enabled: bool | None = None
    """Whether the zone uses accelerated recovery (`HostedZoneFeatures`). Default: not set."""
    caa_amazon: bool | None = None
    """Whether to add a CAA record allowing only Amazon to issue certificates. Default: False."""
    cross_account_zone_delegation_principal: IPrincipal | None = None
    """A principal allowed to create delegation records in this zone. Default: none."""
    cross_account_zone_delegation_role_name: str | None = None
    """Name of the delegation role. Default: generated."""


@lazy_frozen(kw_only=True)
class PrivateHostedZoneProps(CommonHostedZoneProps, metaclass=LazyAttrsMeta):
    """Properties of a PrivateHostedZone."""

    vpc: IVpc
    """A VPC the zone is associated with; `add_vpc` adds more."""


@lazy_frozen(kw_only=True)
class ZoneSigningOptions(metaclass=LazyAttrsMeta):
    """Options of `enable_dnssec`."""

    kms_key: IKey
    """The asymmetric ECC_NIST_P256 KMS key (in us-east-1) that signs."""
    key_signing_key_name: str | None = None
    """Name of the key-signing key. Default: generated."""


@lazy_frozen(kw_only=True)
class ZoneDelegationOptions(metaclass=LazyAttrsMeta):
    """Options of `PublicHostedZone.add_delegation`."""

    comment: str | None = None
    """A comment for the NS record. Default: none."""
    ttl: Duration | None = None
    """The NS record's TTL. Default: 2 days."""


class _HostedZoneBase(Resource):
    """What a zone defined here and an imported zone share."""

    hosted_zone_id: str
    hosted_zone_name_servers: list[str] | None = None

    @property
    def zone_name(self) -> str:
        """FQDN of the hosted zone."""
        raise NotImplementedError

    @property
    def name(self) -> str:
        """Name of the hosted zone (same as `zone_name`)."""
        return self.zone_name

    @property
    def hosted_zone_ref(self) -> HostedZoneReference:
        """A reference to the hosted zone: its ID."""
        # Differs from aws-cdk-lib: for PublicHostedZone.from_public_hosted_zone_attributes() it gives
        # the zone name as the ID; here every zone, imported or not, gives its ID.
        return HostedZoneReference(hosted_zone_id=self.hosted_zone_id)

    @property
    def hosted_zone_arn(self) -> str:
        """ARN of the hosted zone."""
        return hosted_zone_arn(self, self.hosted_zone_id)

    @property
    def grants(self) -> HostedZoneGrants:
        """The grants of this zone."""
        return HostedZoneGrants.from_hosted_zone(self)

    def grant_delegation(
        self, grantee: IGrantable, *, delegated_zone_names: Sequence[str] | None = None
    ) -> Grant:
        """Let `grantee` create and delete NS records (zone delegation) in this zone."""
        return self.grants.delegation(grantee, delegated_zone_names=delegated_zone_names)


def _with_name_of(origin: str) -> str:
    """The imports that know a zone's name, for a zone imported by ID with `origin`."""
    if origin.startswith("PublicHostedZone."):
        return "PublicHostedZone.from_public_hosted_zone_attributes()"
    return "HostedZone.from_hosted_zone_attributes() or HostedZone.from_lookup()"


class _ImportedHostedZone(_HostedZoneBase):
    def __init__(
        self, scope: Construct, id: str, hosted_zone_id: str, zone_name: str | None, origin: str
    ) -> None:
        super().__init__(scope, id)
        self.hosted_zone_id = hosted_zone_id
        self._zone_name = zone_name
        self._origin = origin

    @property
    def zone_name(self) -> str:
        """FQDN of the hosted zone; unknown for a zone imported by ID."""
        if self._zone_name is None:
            raise ValidationError(
                self,
                f"zone_name is unknown: the zone was imported with {self._origin}(), "
                f"which gives only its ID; import it with {_with_name_of(self._origin)} "
                "when its name is needed",
            )
        return self._zone_name


class HostedZone(_HostedZoneBase):
    """A Route 53 hosted zone (`AWS::Route53::HostedZone`); private when given VPCs."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone_name: str,
        add_trailing_dot: bool | None = None,
        comment: str | None = None,
        query_logs_log_group_arn: str | None = None,
        vpcs: Sequence[IVpc] | None = None,
    ) -> None:
        props = HostedZoneProps(
            zone_name=zone_name,
            add_trailing_dot=add_trailing_dot,
            comment=comment,
            query_logs_log_group_arn=query_logs_log_group_arn,
            vpcs=vpcs,
        )
        self._build(scope, id, props)
        for vpc in props.vpcs or ():
            self.add_vpc(vpc)

    def _build(self, scope: Construct, id: str, props: CommonHostedZoneProps) -> None:
        super().__init__(scope, id)
        if not isinstance(props.zone_name, str):
            raise ArgumentTypeError(
                f"{self.node.path}: zone_name={props.zone_name!r} is not a str; use a domain name"
            )
        if not Token.is_unresolved(props.zone_name):
            problem = zone_name_problem(props.zone_name)
            if problem is not None:
                raise ValidationError(self, f"zone_name={props.zone_name!r} {problem}")
        keep_as_given = props.add_trailing_dot is False or props.zone_name.endswith(".")
        resource = CfnHostedZone(
            self,
            "Resource",
            name=props.zone_name if keep_as_given else props.zone_name + ".",
            hosted_zone_config={"comment": props.comment} if props.comment else None,
            query_logging_config=(
                {"cloud_watch_logs_log_group_arn": props.query_logs_log_group_arn}
                if props.query_logs_log_group_arn
                else None
            ),
        )
        self._resource = resource
        self._vpcs: list[CfnHostedZone.VPCProperty] = []
        self._key_signing_key: KeySigningKey | None = None
        self.hosted_zone_id = resource.ref
        self.hosted_zone_name_servers = resource.attr_name_servers
        self._zone_name = props.zone_name

    @property
    def zone_name(self) -> str:
        """FQDN of the hosted zone, as given."""
        return self._zone_name

    def enable_dnssec(self, *, kms_key: IKey, key_signing_key_name: str | None = None) -> IKeySigningKey:
        """Sign the zone with a key-signing key backed by `kms_key` (once per zone)."""
        options = ZoneSigningOptions(kms_key=kms_key, key_signing_key_name=key_signing_key_name)
        if self._key_signing_key is not None:
            raise ValidationError(
                self, "enable_dnssec() was already called; a zone has one key-signing key here"
            )
        key_signing_key = KeySigningKey(
            self,
            "KeySigningKey",
            hosted_zone=self,
            kms_key=options.kms_key,
            key_signing_key_name=options.key_signing_key_name,
        )
        self._key_signing_key = key_signing_key
        dnssec = CfnDNSSEC(self, "DNSSEC", hosted_zone_id=self.hosted_zone_id)
        dnssec.add_resource_dependency(cast("CfnKeySigningKey", key_signing_key.node.default_child))
        return key_signing_key

    @property
    def vpcs(self) -> list[CfnHostedZone.VPCProperty]:
        """The VPCs the zone is associated with."""
        return list(self._vpcs)

    def add_vpc(self, vpc: IVpc) -> None:
        """Associate the zone with another VPC, which makes it private."""
        region = getattr(getattr(vpc, "env", None), "region", None) or Stack.of(cast("Construct", vpc)).region
        self._vpcs.append(CfnHostedZone.VPCProperty(vpc_id=vpc.vpc_id, vpc_region=region))
        self._resource.vpcs = list(self._vpcs)

    @staticmethod
    def from_hosted_zone_id(scope: Construct, id: str, hosted_zone_id: str) -> IHostedZone:
        """An existing zone by ID; its `zone_name` is unknown."""
        return _ImportedHostedZone(scope, id, hosted_zone_id, None, "HostedZone.from_hosted_zone_id")

    @staticmethod
    def from_hosted_zone_attributes(
        scope: Construct, id: str, *, hosted_zone_id: str, zone_name: str
    ) -> IHostedZone:
        """An existing zone by ID and name."""
        attributes = HostedZoneAttributes(hosted_zone_id=hosted_zone_id, zone_name=zone_name)
        return _ImportedHostedZone(
            scope,
            id,
            attributes.hosted_zone_id,
            attributes.zone_name,
            "HostedZone.from_hosted_zone_attributes",
        )

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        domain_name: str,
        private_zone: bool | None = None,
        vpc_id: str | None = None,
    ) -> IHostedZone:
        """An existing zone found by the CDK CLI from its name; the answer is cached in context.

        Until the CLI has looked it up, the zone's ID is `DUMMY` and the lookup is listed under
        `missing` in the cloud assembly manifest.
        """
        query = HostedZoneProviderProps(domain_name=domain_name, private_zone=private_zone, vpc_id=vpc_id)
        if not query.domain_name:
            raise ValidationError(
                scope, f"domain_name={query.domain_name!r} is empty; give the zone's domain name"
            )
        response = _lookup(scope, query)
        zone_id = str(response.get("Id", "")).replace("/hostedzone/", "")
        return _ImportedHostedZone(
            scope, id, zone_id, strip_trailing_dot(str(response.get("Name", ""))), "HostedZone.from_lookup"
        )


def _lookup(scope: Construct, query: HostedZoneProviderProps) -> dict[str, Any]:
    """The context value for `query`, or aws-cdk-lib's dummy zone after recording the lookup as missing."""
    stack = Stack.of(scope)
    if stack.is_environment_agnostic:
        raise ValidationError(
            scope,
            f"HostedZone.from_lookup(domain_name={query.domain_name!r}) needs the stack's account and "
            "region; give the Stack an env=Environment(account=..., region=...), or use "
            "HostedZone.from_hosted_zone_attributes()",
        )
    props: dict[str, Any] = {
        "domainName": query.domain_name,
        "privateZone": query.private_zone,
        "vpcId": query.vpc_id,
    }
    dummy = {"Id": "DUMMY", "Name": query.domain_name}
    value: object = ContextProvider.get_value(
        scope, provider=_HOSTED_ZONE_PROVIDER, props=props, dummy_value=dummy
    ).value
    if value is dummy:
        return dummy
    if not isinstance(value, dict) or "Id" not in value or "Name" not in value:
        key = ContextProvider.get_key(scope, provider=_HOSTED_ZONE_PROVIDER, props=props).key
        raise ValidationError(
            scope, f"context {key!r}={value!r} is not a hosted zone; it needs an 'Id' and a 'Name'"
        )
    return value


class PublicHostedZone(HostedZone):
    """A public Route 53 hosted zone."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone_name: str,
        add_trailing_dot: bool | None = None,
        comment: str | None = None,
        query_logs_log_group_arn: str | None = None,
        accelerated_recovery_enabled: bool | None = None,
        caa_amazon: bool | None = None,
        cross_account_zone_delegation_principal: IPrincipal | None = None,
        cross_account_zone_delegation_role_name: str | None = None,
    ) -> None:
        props = PublicHostedZoneProps(
            zone_name=zone_name,
            add_trailing_dot=add_trailing_dot,
            comment=comment,
            query_logs_log_group_arn=query_logs_log_group_arn,
            accelerated_recovery_enabled=accelerated_recovery_enabled,
            caa_amazon=caa_amazon,
            cross_account_zone_delegation_principal=cross_account_zone_delegation_principal,
            cross_account_zone_delegation_role_name=cross_account_zone_delegation_role_name,
        )
        self._build(scope, id, props)
        self.cross_account_zone_delegation_role: Role | None = None
        if props.accelerated_recovery_enabled is not None:
            self._resource.hosted_zone_features = CfnHostedZone.HostedZoneFeaturesProperty(
                enable_accelerated_recovery=props.accelerated_recovery_enabled
            )
        if props.caa_amazon:
            CaaAmazonRecord(self, "CaaAmazon", zone=self)
        principal = props.cross_account_zone_delegation_principal
        if principal is None and props.cross_account_zone_delegation_role_name is not None:
            raise ValidationError(
                self,
                "cross_account_zone_delegation_role_name="
                f"{props.cross_account_zone_delegation_role_name!r} needs a "
                "cross_account_zone_delegation_principal; give the principal or leave the name unset",
            )
        if principal is not None:
            self.cross_account_zone_delegation_role = Role(
                self,
                "CrossAccountZoneDelegationRole",
                role_name=props.cross_account_zone_delegation_role_name,
                assumed_by=principal,
                inline_policies={
                    "delegation": PolicyDocument(
                        statements=[
                            PolicyStatement(
                                actions=["route53:ChangeResourceRecordSets"],
                                resources=[self.hosted_zone_arn],
                                conditions={
                                    "ForAllValues:StringEquals": {
                                        "route53:ChangeResourceRecordSetsRecordTypes": ["NS"],
                                        "route53:ChangeResourceRecordSetsActions": ["UPSERT", "DELETE"],
                                    }
                                },
                            ),
                            PolicyStatement(actions=["route53:ListHostedZonesByName"], resources=["*"]),
                        ]
                    )
                },
            )

    def add_delegation(
        self, delegate: IPublicHostedZone, *, comment: str | None = None, ttl: Duration | None = None
    ) -> None:
        """Delegate `delegate` (a subdomain zone) to its name servers with an NS record in this zone."""
        options = ZoneDelegationOptions(comment=comment, ttl=ttl)
        name_servers = delegate.hosted_zone_name_servers
        if name_servers is None:
            raise ValidationError(
                self,
                f"add_delegation() needs the name servers of {delegate.zone_name!r}, which an imported zone "
                "does not know; add a ZoneDelegationRecord with name_servers instead",
            )
        ZoneDelegationRecord(
            self,
            f"{self.zone_name} -> {delegate.zone_name}",
            zone=self,
            record_name=delegate.zone_name,
            name_servers=name_servers,
            comment=options.comment,
            ttl=options.ttl,
        )

    def add_vpc(self, vpc: IVpc) -> None:
        """Refused: a public zone cannot be associated with a VPC."""
        raise ValidationError(
            self, "add_vpc() cannot associate a public hosted zone with a VPC; use a PrivateHostedZone"
        )

    @staticmethod
    def from_public_hosted_zone_id(
        scope: Construct, id: str, public_hosted_zone_id: str
    ) -> IPublicHostedZone:
        """An existing public zone by ID; its `zone_name` is unknown."""
        return _ImportedHostedZone(
            scope, id, public_hosted_zone_id, None, "PublicHostedZone.from_public_hosted_zone_id"
        )

    @staticmethod
    def from_public_hosted_zone_attributes(
        scope: Construct, id: str, *, hosted_zone_id: str, zone_name: str
    ) -> IPublicHostedZone:
        """An existing public zone by ID and name."""
        attributes = PublicHostedZoneAttributes(hosted_zone_id=hosted_zone_id, zone_name=zone_name)
        return _ImportedHostedZone(
            scope,
            id,
            attributes.hosted_zone_id,
            attributes.zone_name,
            "PublicHostedZone.from_public_hosted_zone_attributes",
        )


class PrivateHostedZone(HostedZone):
    """A private Route 53 hosted zone, associated with one or more VPCs."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone_name: str,
        vpc: IVpc,
        add_trailing_dot: bool | None = None,
        comment: str | None = None,
        query_logs_log_group_arn: str | None = None,
    ) -> None:
        props = PrivateHostedZoneProps(
            zone_name=zone_name,
            vpc=vpc,
            add_trailing_dot=add_trailing_dot,
            comment=comment,
            query_logs_log_group_arn=query_logs_log_group_arn,
        )
        self._build(scope, id, props)
        self.add_vpc(props.vpc)

    @staticmethod
    def from_private_hosted_zone_id(
        scope: Construct, id: str, private_hosted_zone_id: str
    ) -> IPrivateHostedZone:
        """An existing private zone by ID; its `zone_name` is unknown."""
        return _ImportedHostedZone(
            scope, id, private_hosted_zone_id, None, "PrivateHostedZone.from_private_hosted_zone_id"
        )

    @staticmethod
    def from_private_hosted_zone_attributes(
        scope: Construct, id: str, *, hosted_zone_id: str, zone_name: str
    ) -> IPrivateHostedZone:
        """An existing private zone by ID and name."""
        attributes = PrivateHostedZoneAttributes(hosted_zone_id=hosted_zone_id, zone_name=zone_name)
        return _ImportedHostedZone(
            scope,
            id,
            attributes.hosted_zone_id,
            attributes.zone_name,
            "PrivateHostedZone.from_private_hosted_zone_attributes",
        )
