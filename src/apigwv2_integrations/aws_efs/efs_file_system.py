"""FileSystem: an Amazon EFS file system (`AWS::EFS::FileSystem`) with its security group, a mount target
in each selected subnet, its file system policy and grants, and imported file systems."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_ec2.connections import Connections
from ..aws_ec2.port import Port
from ..aws_ec2.security_group import SecurityGroup
from ..aws_iam.arn_principals import AnyPrincipal
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_document import PolicyDocument
from ..aws_iam.policy_statement import PolicyStatement
from ..cfn.aws_efs import CfnFileSystem, CfnMountTarget, FileSystemReference
from ..core.arn import Arn, ArnFormat
from ..core.construct import Construct, DependencyGroup
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..core.tags import Tags
from ..core.tokens.lazy import Lazy
from .access_point import AccessPoint, Acl, PosixUser

if TYPE_CHECKING:
    from typing import Any

    from ..aws_ec2 import ISecurityGroup, IVpc, SubnetSelection
    from ..aws_iam.principals import IGrantable
    from ..aws_kms import IKey
    from ..core.construct import IDependable
    from ..core.size import Size

__all__ = [
    "FileSystem",
    "FileSystemAttributes",
    "FileSystemProps",
    "IFileSystem",
    "LifecyclePolicy",
    "OutOfInfrequentAccessPolicy",
    "PerformanceMode",
    "ReplicationOverwriteProtection",
    "ThroughputMode",
]

DENY_ANONYMOUS_ACCESS = "@aws-cdk/aws-efs:denyAnonymousAccess"
MOUNT_TARGET_ORDER_INSENSITIVE_LOGICAL_ID = "@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId"
# NFS: the port clients mount EFS on.
_NFS_PORT = 2049
_CLIENT_MOUNT = "elasticfilesystem:ClientMount"
_CLIENT_WRITE = "elasticfilesystem:ClientWrite"
_CLIENT_ROOT_ACCESS = "elasticfilesystem:ClientRootAccess"
# The condition of the client grants and of the statement that denies anonymous access: through a mount
# target only.
_VIA_MOUNT_TARGET = {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}


class PerformanceMode(SimpleEnum):
    """The performance mode of a file system."""

    GENERAL_PURPOSE = "generalPurpose"
    MAX_IO = "maxIO"


class ThroughputMode(SimpleEnum):
    """The throughput mode of a file system."""

    BURSTING = "bursting"
    PROVISIONED = "provisioned"
    ELASTIC = "elastic"


class LifecyclePolicy(SimpleEnum):
    """How long a file stays unused before it moves to Infrequent Access (or Archive)."""

    AFTER_1_DAY = "AFTER_1_DAY"
    AFTER_7_DAYS = "AFTER_7_DAYS"
    AFTER_14_DAYS = "AFTER_14_DAYS"
    AFTER_30_DAYS = "AFTER_30_DAYS"
    AFTER_60_DAYS = "AFTER_60_DAYS"
    AFTER_90_DAYS = "AFTER_90_DAYS"
    AFTER_180_DAYS = "AFTER_180_DAYS"
    AFTER_270_DAYS = "AFTER_270_DAYS"
    AFTER_365_DAYS = "AFTER_365_DAYS"


class OutOfInfrequentAccessPolicy(SimpleEnum):
    """When a file moves back from Infrequent Access to primary storage."""

    AFTER_1_ACCESS = "AFTER_1_ACCESS"


class ReplicationOverwriteProtection(SimpleEnum):
    """Whether the file system may become the destination of a replication."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


@runtime_checkable
class IFileSystem(IResource, Protocol):
    """An EFS file system, defined in this app or imported."""

    @property
    def connections(self) -> Connections:
        """The security groups of its mount targets (the default port is NFS, 2049)."""
        ...

    @property
    def file_system_id(self) -> str:
        """The file system's ID (`fs-...`)."""
        ...

    @property
    def file_system_arn(self) -> str:
        """The file system's ARN."""
        ...

    @property
    def mount_targets_available(self) -> IDependable:
        """Depend on this to wait until the mount targets exist."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the file system policy."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the file system."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` mount the file system read-only."""
        ...

    def grant_read_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` mount the file system and write to it."""
        ...

    def grant_root_access(self, grantee: IGrantable) -> Grant:
        """Let `grantee` mount the file system, write to it and act as root."""
        ...


def _to_subnet_selection(value: Any) -> Any:
    if isinstance(value, Mapping):
        from ..aws_ec2 import SubnetSelection  # deferred: only a dict given for a selection needs it

        return SubnetSelection(**value)
    return value


@lazy_frozen(kw_only=True)
class FileSystemProps(metaclass=LazyAttrsMeta):
    """Properties of a FileSystem."""

    vpc: IVpc
    """The VPC of the mount targets."""
    allow_anonymous_access: bool | None = None
    """Whether clients that give no IAM identity may write to the file system and act as root. Default:
    False under the `@aws-cdk/aws-efs:denyAnonymousAccess` flag, else True (no policy) until a client
    grant is made."""
    enable_automatic_backups: bool | None = None
    """Back the file system up with AWS Backup. Default: False."""
    encrypted: bool | None = None
    """Encrypt the data at rest. Default: True."""
    file_system_name: str | None = None
    """The `Name` tag of the file system and its security group. Default: the construct path."""
    file_system_policy: PolicyDocument | None = None
    """The file system policy. Default: none (or the statement denying anonymous access)."""
    kms_key: IKey | None = None
    """The KMS key that encrypts the data. Default: the AWS-managed key of EFS."""
    lifecycle_policy: LifecyclePolicy | None = None
    """When unused files move to Infrequent Access. Default: they stay in primary storage."""
    one_zone: bool | None = None
    """Keep the data in one Availability Zone (One Zone storage). Default: False."""
    out_of_infrequent_access_policy: OutOfInfrequentAccessPolicy | None = None
    """When files move back to primary storage. Default: they stay in Infrequent Access."""
    performance_mode: PerformanceMode | None = None
    """The performance mode. Default: PerformanceMode.GENERAL_PURPOSE (not rendered)."""
    provisioned_throughput_per_second: Size | None = None
    """The provisioned throughput, in whole MiB per second (ThroughputMode.PROVISIONED). Default: none."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the file system when it leaves the stack. Default: RemovalPolicy.RETAIN."""
    replication_configuration: Any = None
    """Replication to another file system: not supported here. Default: none."""
    replication_overwrite_protection: ReplicationOverwriteProtection | None = None
    """Whether the file system may become a replication destination. Default: ENABLED (not rendered)."""
    security_group: ISecurityGroup | None = None
    """The security group of the mount targets. Default: a new security group."""
    throughput_mode: ThroughputMode | None = None
    """The throughput mode. Default: ThroughputMode.BURSTING (not rendered)."""
    transition_to_archive_policy: LifecyclePolicy | None = None
    """When unused files move to Archive. Default: they do not."""
    vpc_subnets: SubnetSelection | None = field(default=None, converter=_to_subnet_selection)
    """The subnets to put a mount target in. Default: the VPC's private subnets (one per zone)."""


@lazy_frozen(kw_only=True)
class FileSystemAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing file system: its ID or its ARN (one of them), and its security group."""

    security_group: ISecurityGroup
    """The security group of its mount targets."""
    file_system_arn: str | None = None
    """The file system's ARN. Default: built from file_system_id."""
    file_system_id: str | None = None
    """The file system's ID. Default: read from file_system_arn."""


class _FileSystemBase(Resource):
    """Grants and the resource policy of file systems defined here and imported."""

    file_system_id: str
    file_system_arn: str
    _connections: Connections
    _mount_targets_available: DependencyGroup
    # Set by a client grant: aws-cdk-lib then denies anonymous access unless it is allowed explicitly.
    _has_client_grant = False

    @property
    def connections(self) -> Connections:
        """The security groups of the mount targets (the default port is NFS, 2049)."""
        return self._connections

    @property
    def mount_targets_available(self) -> IDependable:
        """Depend on this to wait until the mount targets exist (a Lambda function mounting it does)."""
        return self._mount_targets_available

    @property
    def file_system_ref(self) -> FileSystemReference:
        """The file system's ID and ARN."""
        return FileSystemReference(file_system_id=self.file_system_id, file_system_arn=self.file_system_arn)

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the file system policy (imported file systems have none to add to)."""
        return AddToResourcePolicyResult(statement_added=False)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the file system."""
        return Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=[self.file_system_arn], resource=self
        )

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` mount the file system (through a mount target) without writing."""
        return self._grant_client(grantee, _CLIENT_MOUNT)

    def grant_read_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` mount the file system (through a mount target) and write to it."""
        return self._grant_client(grantee, _CLIENT_MOUNT, _CLIENT_WRITE)

    def grant_root_access(self, grantee: IGrantable) -> Grant:
        """Let `grantee` mount the file system (through a mount target), write to it and act as root."""
        return self._grant_client(grantee, _CLIENT_MOUNT, _CLIENT_WRITE, _CLIENT_ROOT_ACCESS)

    def _grant_client(self, grantee: IGrantable, *actions: str) -> Grant:
        self._has_client_grant = True
        return Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=list(actions),
            resource_arns=[self.file_system_arn],
            resource=self,
            conditions=_VIA_MOUNT_TARGET,
        )


class FileSystem(_FileSystemBase):
    """An EFS file system (`AWS::EFS::FileSystem`) with a mount target in each selected subnet."""

    DEFAULT_PORT = _NFS_PORT

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        allow_anonymous_access: bool | None = None,
        enable_automatic_backups: bool | None = None,
        encrypted: bool | None = None,
        file_system_name: str | None = None,
        file_system_policy: PolicyDocument | None = None,
        kms_key: IKey | None = None,
        lifecycle_policy: LifecyclePolicy | None = None,
        one_zone: bool | None = None,
        out_of_infrequent_access_policy: OutOfInfrequentAccessPolicy | None = None,
        performance_mode: PerformanceMode | None = None,
        provisioned_throughput_per_second: Size | None = None,
        removal_policy: RemovalPolicy | None = None,
        replication_configuration: Any = None,
        replication_overwrite_protection: ReplicationOverwriteProtection | None = None,
        security_group: ISecurityGroup | None = None,
        throughput_mode: ThroughputMode | None = None,
        transition_to_archive_policy: LifecyclePolicy | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = FileSystemProps(
            vpc=vpc,
            allow_anonymous_access=allow_anonymous_access,
            enable_automatic_backups=enable_automatic_backups,
            encrypted=encrypted,
            file_system_name=file_system_name,
            file_system_policy=file_system_policy,
            kms_key=kms_key,
            lifecycle_policy=lifecycle_policy,
            one_zone=one_zone,
            out_of_infrequent_access_policy=out_of_infrequent_access_policy,
            performance_mode=performance_mode,
            provisioned_throughput_per_second=provisioned_throughput_per_second,
            removal_policy=removal_policy,
            replication_configuration=replication_configuration,
            replication_overwrite_protection=replication_overwrite_protection,
            security_group=security_group,
            throughput_mode=throughput_mode,
            transition_to_archive_policy=transition_to_archive_policy,
            vpc_subnets=vpc_subnets,
        )
        self._check(props)
        self._allow_anonymous_access = props.allow_anonymous_access
        self._policy_document: PolicyDocument | None = props.file_system_policy
        availability_zone = self._one_zone_availability_zone(props)
        resource = CfnFileSystem(
            self,
            "Resource",
            availability_zone_name=availability_zone,
            encrypted=True if props.encrypted is None else props.encrypted,
            kms_key_id=props.kms_key.key_arn if props.kms_key is not None else None,
            lifecycle_policies=self._lifecycle_policies(props),
            performance_mode=props.performance_mode.value if props.performance_mode is not None else None,
            throughput_mode=props.throughput_mode.value if props.throughput_mode is not None else None,
            provisioned_throughput_in_mibps=props.provisioned_throughput_per_second.to_mebibytes()
            if props.provisioned_throughput_per_second is not None
            else None,
            backup_policy={"status": "ENABLED"} if props.enable_automatic_backups else None,
            file_system_policy=Lazy.any(self._render_policy),
            file_system_protection={
                "replication_overwrite_protection": props.replication_overwrite_protection.value
            }
            if props.replication_overwrite_protection is not None
            else None,
        )
        resource.apply_removal_policy(props.removal_policy or RemovalPolicy.RETAIN)
        self._resource = resource
        self.file_system_id = resource.ref
        self.file_system_arn = resource.attr_arn
        Tags.of(self).add("Name", props.file_system_name or self.node.path)

        security_group_of_targets = props.security_group or SecurityGroup(
            self, "EfsSecurityGroup", vpc=props.vpc
        )
        self._connections = Connections(
            security_groups=[security_group_of_targets], default_port=Port.tcp(_NFS_PORT)
        )
        self._mount_targets_available = DependencyGroup()
        selection = props.vpc_subnets
        if props.one_zone and selection is None:
            selection_options: dict[str, Any] = {"availability_zones": [availability_zone]}
        else:
            selection_options = as_dict(selection) if selection is not None else {}
        from ..aws_ec2 import SubnetSelection  # deferred: the package's selection struct, loaded with the VPC

        subnets = call_with_struct(props.vpc.select_subnets, SubnetSelection, **selection_options).subnets
        if props.one_zone:
            subnets = subnets[:1]  # a One Zone file system has one mount target
        order_insensitive = FeatureFlags.of(self).is_enabled(MOUNT_TARGET_ORDER_INSENSITIVE_LOGICAL_ID)
        for index, subnet in enumerate(subnets, start=1):
            target_id = f"EfsMountTarget-{subnet.node.id}" if order_insensitive else f"EfsMountTarget{index}"
            target = CfnMountTarget(
                self,
                target_id,
                file_system_id=self.file_system_id,
                security_groups=[security_group_of_targets.security_group_id],
                subnet_id=subnet.subnet_id,
            )
            self._mount_targets_available.add(target)

    def _check(self, props: FileSystemProps) -> None:
        if props.replication_configuration is not None:
            raise ValidationError(
                self,
                "replication_configuration is not supported yet (ReplicationConfiguration is not provided); "
                "leave it out",
            )
        if (
            props.throughput_mode is ThroughputMode.PROVISIONED
            and props.provisioned_throughput_per_second is None
        ):
            raise ValidationError(
                self,
                "throughput_mode=ThroughputMode.PROVISIONED needs provisioned_throughput_per_second; give "
                "it, e.g. Size.mebibytes(10)",
            )
        if (
            props.throughput_mode is ThroughputMode.ELASTIC
            and props.performance_mode is PerformanceMode.MAX_IO
        ):
            raise ValidationError(
                self,
                "throughput_mode=ThroughputMode.ELASTIC cannot be combined with "
                "performance_mode=PerformanceMode.MAX_IO; use PerformanceMode.GENERAL_PURPOSE or another "
                "throughput mode",
            )
        if props.one_zone and props.performance_mode is PerformanceMode.MAX_IO:
            raise ValidationError(
                self,
                "performance_mode=PerformanceMode.MAX_IO is not available for a One Zone file system "
                "(one_zone=True); use PerformanceMode.GENERAL_PURPOSE",
            )
        if props.one_zone and props.vpc_subnets is not None and not props.vpc_subnets.availability_zones:
            raise ValidationError(
                self,
                "vpc_subnets of a One Zone file system (one_zone=True) must name its zone; give "
                "SubnetSelection(availability_zones=[...]) or leave vpc_subnets out",
            )

    def _one_zone_availability_zone(self, props: FileSystemProps) -> str | None:
        if not props.one_zone:
            return None
        if props.vpc_subnets is not None and props.vpc_subnets.availability_zones:
            return str(props.vpc_subnets.availability_zones[0])
        return str(props.vpc.availability_zones[0])

    @staticmethod
    def _lifecycle_policies(props: FileSystemProps) -> list[Any] | None:
        policies: list[Any] = []
        if props.lifecycle_policy is not None:
            policies.append({"transition_to_ia": props.lifecycle_policy.value})
        if props.out_of_infrequent_access_policy is not None:
            policies.append(
                {"transition_to_primary_storage_class": props.out_of_infrequent_access_policy.value}
            )
        if props.transition_to_archive_policy is not None:
            policies.append({"transition_to_archive": props.transition_to_archive_policy.value})
        return policies or None

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the file system policy (`FileSystemPolicy`)."""
        if self._policy_document is None:
            self._policy_document = PolicyDocument()
        self._policy_document.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self)

    def add_access_point(
        self,
        id: str,
        *,
        client_token: str | None = None,
        create_acl: Acl | Mapping[str, Any] | None = None,
        path: str | None = None,
        posix_user: PosixUser | Mapping[str, Any] | None = None,
    ) -> AccessPoint:
        """A new access point of this file system, under it in the construct tree."""
        return AccessPoint(
            self,
            id,
            file_system=self,
            client_token=client_token,
            create_acl=create_acl,
            path=path,
            posix_user=posix_user,
        )

    def _denies_anonymous_access(self) -> bool:
        allowed = self._allow_anonymous_access
        if allowed is not None:
            return not allowed
        return self._has_client_grant or FeatureFlags.of(self).is_enabled(DENY_ANONYMOUS_ACCESS)

    def _render_policy(self) -> PolicyDocument | None:
        document = self._policy_document
        if self._denies_anonymous_access():
            # Added at synth, after every other statement: grants may still be made until then.
            document = PolicyDocument(statements=list(document.statements) if document is not None else [])
            document.add_statements(
                PolicyStatement(
                    principals=[AnyPrincipal()],
                    actions=[_CLIENT_WRITE, _CLIENT_ROOT_ACCESS],
                    conditions=_VIA_MOUNT_TARGET,
                )
            )
        return document if document is not None and not document.is_empty else None

    @staticmethod
    def from_file_system_attributes(
        scope: Construct,
        id: str,
        *,
        security_group: ISecurityGroup,
        file_system_arn: str | None = None,
        file_system_id: str | None = None,
    ) -> IFileSystem:
        """An existing file system by ID or ARN, with the security group of its mount targets."""
        attributes = FileSystemAttributes(
            security_group=security_group, file_system_arn=file_system_arn, file_system_id=file_system_id
        )
        return _ImportedFileSystem(scope, id, attributes)


class _ImportedFileSystem(_FileSystemBase):
    def __init__(self, scope: Construct, id: str, attributes: FileSystemAttributes) -> None:
        super().__init__(scope, id)
        if (attributes.file_system_id is None) == (attributes.file_system_arn is None):
            raise ValidationError(
                self,
                "file_system_id and file_system_arn: give exactly one of them, not "
                + ("both" if attributes.file_system_id is not None else "neither"),
            )
        if attributes.file_system_arn is not None:
            self.file_system_arn = attributes.file_system_arn
            self.file_system_id = (
                Arn.split(attributes.file_system_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
            )
        else:
            self.file_system_id = attributes.file_system_id or ""
            self.file_system_arn = Stack.of(self).format_arn(
                service="elasticfilesystem", resource="file-system", resource_name=self.file_system_id
            )
        self._connections = Connections(
            security_groups=[attributes.security_group], default_port=Port.tcp(_NFS_PORT)
        )
        self._mount_targets_available = DependencyGroup()
