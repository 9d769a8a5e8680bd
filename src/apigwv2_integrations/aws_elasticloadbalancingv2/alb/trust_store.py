"""TrustStore: the CA certificates an ALB checks client certificates against (mutual TLS)."""

from __future__ import annotations

import re

from ...cfn.aws_elasticloadbalancingv2 import CfnTrustStore, TrustStoreReference
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.names import Names
from ...core.resource import Resource
from ...core.resource_types import IResource
from ...core.runtime_typing import Protocol, runtime_checkable
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.fn import Fn
from ...core.tokens.lazy import Lazy
from ...core.tokens.token import Token
from ...interfaces.aws_elasticloadbalancingv2 import ITrustStoreRef
from ...interfaces.aws_s3 import IBucketRef

_MAX_NAME_LENGTH = 32
_NAME_PATTERN = re.compile(r"^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$")


@runtime_checkable
class ITrustStore(IResource, ITrustStoreRef, Protocol):
    """A trust store."""

    @property
    def trust_store_arn(self) -> str:
        """The trust store's ARN."""
        ...

    @property
    def trust_store_name(self) -> str:
        """The trust store's name."""
        ...


@lazy_frozen(kw_only=True)
class TrustStoreProps(metaclass=LazyAttrsMeta):
    """Properties of a TrustStore."""

    bucket: IBucketRef
    """The bucket holding the CA certificates bundle."""
    key: str
    """The object key of the CA certificates bundle."""
    trust_store_name: str | None = None
    """The trust store's name. Default: generated from the construct path."""
    version: str | None = None
    """The object version of the CA certificates bundle. Default: the latest version."""


class TrustStore(Resource):
    """A trust store (`AWS::ElasticLoadBalancingV2::TrustStore`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        bucket: IBucketRef,
        key: str,
        trust_store_name: str | None = None,
        version: str | None = None,
    ) -> None:
        props = TrustStoreProps(bucket=bucket, key=key, trust_store_name=trust_store_name, version=version)
        name = props.trust_store_name
        if name is not None and not Token.is_unresolved(name):
            if not 1 <= len(name) <= _MAX_NAME_LENGTH:
                raise ValidationError(
                    scope,
                    f"trust_store_name={name!r} has {len(name)} characters; use 1 to {_MAX_NAME_LENGTH}",
                )
            if not _NAME_PATTERN.match(name):
                raise ValidationError(
                    scope,
                    f"trust_store_name={name!r} is invalid; use letters, digits and hyphens, "
                    "not starting or ending with a hyphen",
                )
        super().__init__(scope, id, physical_name=name)
        self._resource = CfnTrustStore(
            self,
            "Resource",
            ca_certificates_bundle_s3_bucket=props.bucket.bucket_ref.bucket_name,
            ca_certificates_bundle_s3_key=props.key,
            ca_certificates_bundle_s3_object_version=props.version,
            # Matches aws-cdk-lib: an unnamed trust store gets a name from its path, at most 32 characters.
            name=name
            if name is not None
            else Lazy.string(lambda: Names.unique_resource_name(self, max_length=_MAX_NAME_LENGTH)),
        )
        self.trust_store_name: str = self._resource.ref
        """The trust store's name."""
        self.trust_store_arn: str = self._resource.attr_trust_store_arn
        """The trust store's ARN."""
        self.number_of_ca_certificates: float = self._resource.attr_number_of_ca_certificates
        """The number of CA certificates in the trust store."""
        self.status: str = self._resource.attr_status
        """The trust store's status."""

    @property
    def trust_store_ref(self) -> TrustStoreReference:
        """A reference to the trust store: its ARN."""
        return TrustStoreReference(trust_store_arn=self.trust_store_arn)

    @classmethod
    def from_trust_store_arn(cls, scope: Construct, id: str, trust_store_arn: str) -> ITrustStore:
        """An existing trust store, by its ARN."""
        return _ImportedTrustStore(scope, id, trust_store_arn)


class _ImportedTrustStore(Resource):
    """A trust store defined elsewhere."""

    def __init__(self, scope: Construct, id: str, trust_store_arn: str) -> None:
        # Matches aws-cdk-lib: the stack's environment, not one parsed from the ARN.
        super().__init__(scope, id)
        self.trust_store_arn = trust_store_arn
        # Matches aws-cdk-lib: the first `/`-separated part of the ARN stands for the name.
        self.trust_store_name: str = Fn.select(0, Fn.split("/", trust_store_arn))

    @property
    def trust_store_ref(self) -> TrustStoreReference:
        """A reference to the trust store: its ARN."""
        return TrustStoreReference(trust_store_arn=self.trust_store_arn)
