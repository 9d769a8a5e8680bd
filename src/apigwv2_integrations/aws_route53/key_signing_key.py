"""KeySigningKey: the KMS-backed key that signs a hosted zone for DNSSEC (`AWS::Route53::KeySigningKey`)."""

from __future__ import annotations

from ..aws_iam import ServicePrincipal
from ..aws_kms import IKey
from ..cfn.aws_route53 import CfnKeySigningKey, KeySigningKeyReference
from ..core.construct import Construct
from ..core.names import Names
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from .hosted_zone_ref import IHostedZone

_DNSSEC_SERVICE = "dnssec-route53.amazonaws.com"


class KeySigningKeyStatus(SimpleEnum):
    """Whether Route 53 signs with the key."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


@runtime_checkable
class IKeySigningKey(IResource, Protocol):
    """A key-signing key, defined here or imported."""

    @property
    def hosted_zone(self) -> IHostedZone:
        """The zone the key signs."""
        ...

    @property
    def key_signing_key_name(self) -> str:
        """Name of the key-signing key."""
        ...

    @property
    def key_signing_key_id(self) -> str:
        """ID of the key-signing key (`<zone id>|<name>`)."""
        ...

    @property
    def key_signing_key_ref(self) -> KeySigningKeyReference:
        """A reference to the key: its zone's ID and its name."""
        ...


@lazy_frozen(kw_only=True)
class KeySigningKeyAttributes(metaclass=LazyAttrsMeta):
    """An existing key-signing key."""

    hosted_zone: IHostedZone
    """The zone the key signs."""
    key_signing_key_name: str
    """Name of the key-signing key."""


@lazy_frozen(kw_only=True)
class KeySigningKeyProps(metaclass=LazyAttrsMeta):
    """Properties of a KeySigningKey."""

    hosted_zone: IHostedZone
    """The zone to sign."""
    kms_key: IKey
    """The asymmetric ECC_NIST_P256 KMS key (in us-east-1) that signs."""
    key_signing_key_name: str | None = None
    """Name of the key-signing key. Default: generated from the construct path."""
    status: KeySigningKeyStatus | None = None
    """Whether Route 53 signs with the key. Default: KeySigningKeyStatus.ACTIVE."""


class _ImportedKeySigningKey(Resource):
    def __init__(self, scope: Construct, id: str, attributes: KeySigningKeyAttributes) -> None:
        super().__init__(scope, id)
        self.hosted_zone = attributes.hosted_zone
        self.key_signing_key_name = attributes.key_signing_key_name

    @property
    def key_signing_key_id(self) -> str:
        """ID of the key-signing key (`<zone id>|<name>`)."""
        return f"{self.hosted_zone.hosted_zone_id}|{self.key_signing_key_name}"

    @property
    def key_signing_key_ref(self) -> KeySigningKeyReference:
        """A reference to the key: its zone's ID and its name."""
        return KeySigningKeyReference(
            hosted_zone_id=self.hosted_zone.hosted_zone_id, key_signing_key_name=self.key_signing_key_name
        )


class KeySigningKey(Resource):
    """A key-signing key for DNSSEC; the KMS key is granted to Route 53's DNSSEC service for this zone."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        hosted_zone: IHostedZone,
        kms_key: IKey,
        key_signing_key_name: str | None = None,
        status: KeySigningKeyStatus | None = None,
    ) -> None:
        props = KeySigningKeyProps(
            hosted_zone=hosted_zone, kms_key=kms_key, key_signing_key_name=key_signing_key_name, status=status
        )
        name = props.key_signing_key_name or Lazy.string(
            lambda: Names.unique_resource_name(self, max_length=128, allowed_special_characters="_")
        )
        super().__init__(scope, id, physical_name=name)
        zone_condition = {"ArnEquals": {"aws:SourceArn": props.hosted_zone.hosted_zone_arn}}
        props.kms_key.grant(
            ServicePrincipal(_DNSSEC_SERVICE, conditions=zone_condition),
            "kms:DescribeKey",
            "kms:GetPublicKey",
            "kms:Sign",
        )
        props.kms_key.grant(
            ServicePrincipal(_DNSSEC_SERVICE, conditions={"Bool": {"kms:GrantIsForAWSResource": True}}),
            "kms:CreateGrant",
        )
        resource = CfnKeySigningKey(
            self,
            "Resource",
            hosted_zone_id=props.hosted_zone.hosted_zone_id,
            key_management_service_arn=props.kms_key.key_arn,
            name=name,
            status=(props.status or KeySigningKeyStatus.ACTIVE).value,
        )
        self.key_signing_key_id: str = resource.ref
        self.hosted_zone = props.hosted_zone
        self.key_signing_key_name: str = name

    @property
    def key_signing_key_ref(self) -> KeySigningKeyReference:
        """A reference to the key: its zone's ID and its name."""
        return KeySigningKeyReference(
            hosted_zone_id=self.hosted_zone.hosted_zone_id, key_signing_key_name=self.key_signing_key_name
        )

    @staticmethod
    def from_key_signing_key_attributes(
        scope: Construct, id: str, *, hosted_zone: IHostedZone, key_signing_key_name: str
    ) -> IKeySigningKey:
        """An existing key-signing key."""
        return _ImportedKeySigningKey(
            scope,
            id,
            KeySigningKeyAttributes(hosted_zone=hosted_zone, key_signing_key_name=key_signing_key_name),
        )
