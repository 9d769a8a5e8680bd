"""AccessPoint: an application entry point into an EFS file system (`AWS::EFS::AccessPoint`), its POSIX
user and root directory, and imported access points."""

from __future__ import annotations

from collections.abc import Mapping

from ..cfn.aws_efs import AccessPointReference, CfnAccessPoint
from ..core.arn import Arn, ArnFormat
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tags import Tags

if TYPE_CHECKING:
    from typing import Any

    from .efs_file_system import IFileSystem

__all__ = [
    "AccessPoint",
    "AccessPointAttributes",
    "AccessPointOptions",
    "AccessPointProps",
    "Acl",
    "IAccessPoint",
    "PosixUser",
]


@runtime_checkable
class IAccessPoint(IResource, Protocol):
    """An EFS access point, defined in this app or imported."""

    @property
    def access_point_id(self) -> str:
        """The access point's ID (`fsap-...`)."""
        ...

    @property
    def access_point_arn(self) -> str:
        """The access point's ARN."""
        ...

    @property
    def file_system(self) -> IFileSystem:
        """The file system the access point belongs to."""
        ...


@lazy_frozen(kw_only=True)
class Acl(metaclass=LazyAttrsMeta):
    """Owner and permissions EFS gives the access point's root directory when it creates it."""

    owner_gid: str
    """The POSIX group ID of the directory's owner."""
    owner_uid: str
    """The POSIX user ID of the directory's owner."""
    permissions: str
    """The directory's POSIX permissions as an octal string, such as "750"."""


@lazy_frozen(kw_only=True)
class PosixUser(metaclass=LazyAttrsMeta):
    """The POSIX identity every request through the access point uses."""

    gid: str
    """The POSIX group ID."""
    uid: str
    """The POSIX user ID."""
    secondary_gids: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Further POSIX group IDs. Default: none."""


def _to_acl(value: Acl | Mapping[str, Any] | None) -> Acl | None:
    return Acl(**value) if isinstance(value, Mapping) else value


def _to_posix_user(value: PosixUser | Mapping[str, Any] | None) -> PosixUser | None:
    return PosixUser(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class AccessPointOptions(metaclass=LazyAttrsMeta):
    """The options of an access point (`FileSystem.add_access_point`)."""

    client_token: str | None = None
    """A token that makes the creation idempotent. Default: none."""
    create_acl: Acl | None = field(default=None, converter=_to_acl)
    """Owner and permissions of the root directory, which EFS creates when it is missing. Default: the
    directory must exist."""
    path: str | None = None
    """The path of the access point's root directory in the file system. Default: "/"."""
    posix_user: PosixUser | None = field(default=None, converter=_to_posix_user)
    """The identity every request uses. Default: the client's own identity."""


@lazy_frozen(kw_only=True)
class AccessPointProps(AccessPointOptions, metaclass=LazyAttrsMeta):
    """Properties of an AccessPoint."""

    file_system: IFileSystem
    """The file system the access point is for."""


@lazy_frozen(kw_only=True)
class AccessPointAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing access point: its ID or its ARN (one of them)."""

    access_point_arn: str | None = None
    """The access point's ARN. Default: built from access_point_id."""
    access_point_id: str | None = None
    """The access point's ID. Default: read from access_point_arn."""
    file_system: IFileSystem | None = None
    """Its file system, which a Lambda function mounting it needs. Default: unknown."""


class _AccessPointBase(Resource):
    access_point_id: str
    access_point_arn: str

    @property
    def access_point_ref(self) -> AccessPointReference:
        """The access point's ID and ARN."""
        return AccessPointReference(
            access_point_id=self.access_point_id, access_point_arn=self.access_point_arn
        )


def _access_point_arn(scope: Construct, access_point_id: str) -> str:
    return Stack.of(scope).format_arn(
        service="elasticfilesystem", resource="access-point", resource_name=access_point_id
    )


class AccessPoint(_AccessPointBase):
    """An access point of an EFS file system (`AWS::EFS::AccessPoint`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        file_system: IFileSystem,
        client_token: str | None = None,
        create_acl: Acl | Mapping[str, Any] | None = None,
        path: str | None = None,
        posix_user: PosixUser | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = AccessPointProps(
            file_system=file_system,
            client_token=client_token,
            create_acl=create_acl,
            path=path,
            posix_user=posix_user,
        )
        acl = props.create_acl
        user = props.posix_user
        resource = CfnAccessPoint(
            self,
            "Resource",
            file_system_id=props.file_system.file_system_id,
            # Rendered even when empty ({}), as aws-cdk-lib renders it.
            root_directory=CfnAccessPoint.RootDirectoryProperty(
                path=props.path,
                creation_info=CfnAccessPoint.CreationInfoProperty(
                    owner_gid=acl.owner_gid, owner_uid=acl.owner_uid, permissions=acl.permissions
                )
                if acl is not None
                else None,
            ),
            posix_user=CfnAccessPoint.PosixUserProperty(
                gid=user.gid,
                uid=user.uid,
                secondary_gids=list(user.secondary_gids) if user.secondary_gids else None,
            )
            if user is not None
            else None,
            client_token=props.client_token,
        )
        Tags.of(self).add("Name", self.node.path)
        self.access_point_id = resource.ref
        self.access_point_arn = _access_point_arn(self, resource.ref)
        self._file_system = props.file_system

    @property
    def file_system(self) -> IFileSystem:
        """The file system the access point belongs to."""
        return self._file_system

    @staticmethod
    def from_access_point_id(scope: Construct, id: str, access_point_id: str) -> IAccessPoint:
        """An existing access point by ID; its `file_system` is unknown."""
        return _ImportedAccessPoint(scope, id, AccessPointAttributes(access_point_id=access_point_id))

    @staticmethod
    def from_access_point_attributes(
        scope: Construct,
        id: str,
        *,
        access_point_arn: str | None = None,
        access_point_id: str | None = None,
        file_system: IFileSystem | None = None,
    ) -> IAccessPoint:
        """An existing access point by ID or ARN, with its file system if given."""
        attributes = AccessPointAttributes(
            access_point_arn=access_point_arn, access_point_id=access_point_id, file_system=file_system
        )
        return _ImportedAccessPoint(scope, id, attributes)


class _ImportedAccessPoint(_AccessPointBase):
    def __init__(self, scope: Construct, id: str, attributes: AccessPointAttributes) -> None:
        super().__init__(scope, id)
        if (attributes.access_point_id is None) == (attributes.access_point_arn is None):
            raise ValidationError(
                self,
                "access_point_id and access_point_arn: give exactly one of them, not "
                + ("both" if attributes.access_point_id is not None else "neither"),
            )
        if attributes.access_point_arn is not None:
            self.access_point_arn = attributes.access_point_arn
            self.access_point_id = (
                Arn.split(attributes.access_point_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
            )
        else:
            self.access_point_id = attributes.access_point_id or ""
            self.access_point_arn = _access_point_arn(self, self.access_point_id)
        self._file_system = attributes.file_system

    @property
    def file_system(self) -> IFileSystem:
        """The file system given to `from_access_point_attributes`."""
        if self._file_system is None:
            raise ValidationError(
                self,
                "file_system is unknown for an access point imported without one; import it with "
                "AccessPoint.from_access_point_attributes(..., file_system=...)",
            )
        return self._file_system
