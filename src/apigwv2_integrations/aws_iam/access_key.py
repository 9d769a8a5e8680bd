"""AccessKey: a long-term access key of an IAM user (`AWS::IAM::AccessKey`)."""

from __future__ import annotations

from ..cfn.aws_iam import AccessKeyReference, CfnAccessKey
from ..core.construct import Construct
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.secret_value import SecretValue
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .user import IUser


class AccessKeyStatus(SimpleEnum):
    """Whether an access key can be used."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


@runtime_checkable
class IAccessKey(IResource, Protocol):
    """An IAM access key."""

    @property
    def access_key_id(self) -> str:
        """The key's ID (`AKIA...`)."""
        ...

    @property
    def secret_access_key(self) -> SecretValue:
        """The key's secret, a resource attribute that never appears in the template."""
        ...

    @property
    def access_key_ref(self) -> AccessKeyReference:
        """A reference to the key: its ID."""
        ...


@lazy_frozen(kw_only=True)
class AccessKeyProps(metaclass=LazyAttrsMeta):
    """Properties of an AccessKey."""

    user: IUser
    """The user the key belongs to."""
    serial: float | None = None
    """Raise it to rotate the key (CloudFormation replaces it). Default: none."""
    status: AccessKeyStatus | None = None
    """Whether the key can be used. Default: ACTIVE."""


class AccessKey(Resource):
    """A long-term access key of an IAM user; keep its secret in Secrets Manager, never in an output."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user: IUser,
        serial: float | None = None,
        status: AccessKeyStatus | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = AccessKeyProps(user=user, serial=serial, status=status)
        resource = CfnAccessKey(
            self,
            "Resource",
            user_name=props.user.user_name,
            serial=props.serial,
            status=props.status.value if props.status is not None else None,
        )
        self.access_key_id: str = resource.ref
        self.secret_access_key: SecretValue = SecretValue.resource_attribute(resource.attr_secret_access_key)

    @property
    def access_key_ref(self) -> AccessKeyReference:
        """A reference to the key: its ID."""
        return AccessKeyReference(access_key_id=self.access_key_id)
