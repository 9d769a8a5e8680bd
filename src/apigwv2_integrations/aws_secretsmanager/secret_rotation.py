"""SecretRotation: rotation of a database secret by a function deployed from the Serverless Application
Repository (an `AWS::Serverless::Application`), in the database's VPC."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_ec2 import (
    IConnectable,
    IInterfaceVpcEndpoint,
    ISecurityGroup,
    IVpc,
    SecurityGroup,
    SubnetSelection,
)
from ..aws_iam.grant import Grant
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable, IPrincipal
from ..aws_iam.unknown_principal import UnknownPrincipal
from ..core.cfn_mapping import CfnMapping
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ..core.tokens.pseudo import Aws
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from .secret import ISecret

_SERVERLESS_TRANSFORM = "AWS::Serverless-2016-10-31"
# Where the rotation applications are published, per partition: the region and the publishing account.
_PUBLISHERS = {
    "aws": ("us-east-1", "297356227824"),
    "aws-cn": ("cn-north-1", "193023089310"),
    "aws-us-gov": ("us-gov-west-1", "023102451235"),
}
_LONGEST_FUNCTION_NAME = 64


def _to_versions(value: Mapping[str, str] | None) -> Mapping[str, str] | None:
    return dict(value) if value is not None else None


@lazy_frozen(kw_only=True)
class SecretRotationApplicationOptions(metaclass=LazyAttrsMeta):
    """Options of a rotation application."""

    additional_semantic_versions: Mapping[str, str] | None = field(default=None, converter=_to_versions)
    """The application's versions in the other partitions (`aws-cn`, `aws-us-gov`). Default: none."""
    is_multi_user: bool | None = None
    """Whether the application alternates two users (and needs a master secret). Default: False."""


class SecretRotationApplication:
    """A secret rotation application of the Serverless Application Repository, with its versions."""

    DB2_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    """Db2, one user."""
    DB2_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    """Db2, two users alternated."""
    MARIADB_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    """MariaDB, one user."""
    MARIADB_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    """MariaDB, two users alternated."""
    MONGODB_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    """MongoDB, one user."""
    MONGODB_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    """MongoDB, two users alternated."""
    MYSQL_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    """MySQL, one user."""
    MYSQL_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    """MySQL, two users alternated."""
    ORACLE_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    """Oracle, one user."""
    ORACLE_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    """Oracle, two users alternated."""
    POSTGRES_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    """PostgreSQL, one user."""
    POSTGRES_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    """PostgreSQL, two users alternated."""
    REDSHIFT_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    """Redshift, one user."""
    REDSHIFT_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    """Redshift, two users alternated."""
    SQLSERVER_ROTATION_SINGLE_USER: ClassVar[SecretRotationApplication]
    """SQL Server, one user."""
    SQLSERVER_ROTATION_MULTI_USER: ClassVar[SecretRotationApplication]
    """SQL Server, two users alternated."""

    def __init__(
        self,
        application_name: str,
        aws_semantic_version: str,
        *,
        additional_semantic_versions: Mapping[str, str] | None = None,
        is_multi_user: bool | None = None,
    ) -> None:
        options = SecretRotationApplicationOptions(
            additional_semantic_versions=additional_semantic_versions, is_multi_user=is_multi_user
        )
        self._application_name = application_name
        self._versions = {"aws": aws_semantic_version, **(options.additional_semantic_versions or {})}
        self._is_multi_user = bool(options.is_multi_user)

    def __repr__(self) -> str:
        constant = next((k for k, v in vars(SecretRotationApplication).items() if v is self), None)
        if constant is not None:
            return f"SecretRotationApplication.{constant}"
        return f"SecretRotationApplication({self._application_name!r}, {self._versions['aws']!r})"

    @property
    def is_multi_user(self) -> bool:
        """Whether the application alternates two users (and needs a master secret)."""
        return self._is_multi_user

    def _check_partition(self, partition: str) -> None:
        if partition not in _PUBLISHERS or partition not in self._versions:
            known = ", ".join(repr(p) for p in _PUBLISHERS if p in self._versions)
            raise ValidationError(
                None,
                f"{self!r}: partition={partition!r} is not supported; use one of {known} "
                "(other partitions need a version in additional_semantic_versions)",
            )

    def application_arn_for_partition(self, partition: str) -> str:
        """The application's ARN in `partition` (`aws`, `aws-cn` or `aws-us-gov`)."""
        self._check_partition(partition)
        region, account = _PUBLISHERS[partition]
        return f"arn:{partition}:serverlessrepo:{region}:{account}:applications/{self._application_name}"

    def semantic_version_for_partition(self, partition: str) -> str:
        """The application's version in `partition`."""
        self._check_partition(partition)
        return self._versions[partition]


# The published applications and their versions in aws, aws-cn and aws-us-gov (as aws-cdk-lib 2.275 pins).
for _constant, _application, _aws, _cn, _gov, _multi in (
    (
        "DB2_ROTATION_SINGLE_USER",
        "SecretsManagerRDSDb2RotationSingleUser",
        "1.1.271",
        "1.1.242",
        "1.1.222",
        False,
    ),
    (
        "DB2_ROTATION_MULTI_USER",
        "SecretsManagerRDSDb2RotationMultiUser",
        "1.1.272",
        "1.1.240",
        "1.1.223",
        True,
    ),
    (
        "MARIADB_ROTATION_SINGLE_USER",
        "SecretsManagerRDSMariaDBRotationSingleUser",
        "1.1.670",
        "1.1.442",
        "1.1.383",
        False,
    ),
    (
        "MARIADB_ROTATION_MULTI_USER",
        "SecretsManagerRDSMariaDBRotationMultiUser",
        "1.1.670",
        "1.1.441",
        "1.1.383",
        True,
    ),
    (
        "MONGODB_ROTATION_SINGLE_USER",
        "SecretsManagerMongoDBRotationSingleUser",
        "1.1.671",
        "1.1.440",
        "1.1.384",
        False,
    ),
    (
        "MONGODB_ROTATION_MULTI_USER",
        "SecretsManagerMongoDBRotationMultiUser",
        "1.1.671",
        "1.1.441",
        "1.1.384",
        True,
    ),
    (
        "MYSQL_ROTATION_SINGLE_USER",
        "SecretsManagerRDSMySQLRotationSingleUser",
        "1.1.671",
        "1.1.440",
        "1.1.384",
        False,
    ),
    (
        "MYSQL_ROTATION_MULTI_USER",
        "SecretsManagerRDSMySQLRotationMultiUser",
        "1.1.671",
        "1.1.440",
        "1.1.383",
        True,
    ),
    (
        "ORACLE_ROTATION_SINGLE_USER",
        "SecretsManagerRDSOracleRotationSingleUser",
        "1.1.671",
        "1.1.441",
        "1.1.382",
        False,
    ),
    (
        "ORACLE_ROTATION_MULTI_USER",
        "SecretsManagerRDSOracleRotationMultiUser",
        "1.1.671",
        "1.1.441",
        "1.1.383",
        True,
    ),
    (
        "POSTGRES_ROTATION_SINGLE_USER",
        "SecretsManagerRDSPostgreSQLRotationSingleUser",
        "1.1.671",
        "1.1.440",
        "1.1.383",
        False,
    ),
    (
        "POSTGRES_ROTATION_MULTI_USER",
        "SecretsManagerRDSPostgreSQLRotationMultiUser",
        "1.1.671",
        "1.1.440",
        "1.1.383",
        True,
    ),
    (
        "REDSHIFT_ROTATION_SINGLE_USER",
        "SecretsManagerRedshiftRotationSingleUser",
        "1.1.671",
        "1.1.441",
        "1.1.383",
        False,
    ),
    (
        "REDSHIFT_ROTATION_MULTI_USER",
        "SecretsManagerRedshiftRotationMultiUser",
        "1.1.671",
        "1.1.440",
        "1.1.383",
        True,
    ),
    (
        "SQLSERVER_ROTATION_SINGLE_USER",
        "SecretsManagerRDSSQLServerRotationSingleUser",
        "1.1.670",
        "1.1.441",
        "1.1.383",
        False,
    ),
    (
        "SQLSERVER_ROTATION_MULTI_USER",
        "SecretsManagerRDSSQLServerRotationMultiUser",
        "1.1.671",
        "1.1.441",
        "1.1.384",
        True,
    ),
):
    setattr(
        SecretRotationApplication,
        _constant,
        SecretRotationApplication(
            _application,
            _aws,
            additional_semantic_versions={"aws-cn": _cn, "aws-us-gov": _gov},
            is_multi_user=_multi,
        ),
    )


def _to_subnet_selection(value: SubnetSelection | Mapping[str, Any] | None) -> SubnetSelection | None:
    return SubnetSelection(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class SecretRotationProps(metaclass=LazyAttrsMeta):
    """Properties of a SecretRotation."""

    application: SecretRotationApplication
    """The rotation application to deploy."""
    secret: ISecret
    """The secret to rotate (its JSON holds the connection: engine, host, username, password...)."""
    target: IConnectable
    """The database; its connections need a default port, opened to the rotation function."""
    vpc: IVpc
    """The VPC the rotation function runs in."""
    automatically_after: Duration | None = None
    """How long after a rotation the next one happens; Duration.days(0) turns automatic rotation off.
    Default: Duration.days(30)."""
    endpoint: IInterfaceVpcEndpoint | None = None
    """A Secrets Manager interface endpoint the function reaches the service through (its security groups
    must let the function in). Default: the public endpoint of the region."""
    exclude_characters: str | None = None
    """Characters the new password must not contain. Default: the application's default."""
    master_secret: ISecret | None = None
    """The secret whose user changes the users' passwords (multi-user applications). Default: none."""
    rotate_immediately_on_update: bool | None = None
    """Whether the secret rotates as soon as the schedule is deployed. Default: True (the service's)."""
    security_group: ISecurityGroup | None = None
    """The function's security group. Default: a new group in `vpc`."""
    vpc_subnets: SubnetSelection | None = field(default=None, converter=_to_subnet_selection)
    """The subnets of `vpc` the function runs in. Default: the VPC's private subnets."""


class _ApplicationRotationFunction(Resource):
    """The rotation function the application deploys, known by its ARN only (so it is granted nothing)."""

    def __init__(self, scope: Construct, id: str, function_arn: str) -> None:
        super().__init__(scope, id)
        self.function_arn = function_arn

    @property
    def grant_principal(self) -> IPrincipal:
        """A principal standing for the function's role, which this app cannot change."""
        return UnknownPrincipal(resource=self)

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Nothing: the application gives Secrets Manager the permission itself."""
        return Grant.drop(grantee, "lambda:InvokeFunction")

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Nothing: the application's role has the permissions it needs."""


class SecretRotation(Construct):
    """Rotation of a database secret by a Serverless Application Repository application in the VPC."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        application: SecretRotationApplication,
        secret: ISecret,
        target: IConnectable,
        vpc: IVpc,
        automatically_after: Duration | None = None,
        endpoint: IInterfaceVpcEndpoint | None = None,
        exclude_characters: str | None = None,
        master_secret: ISecret | None = None,
        rotate_immediately_on_update: bool | None = None,
        security_group: ISecurityGroup | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = SecretRotationProps(
            application=application,
            secret=secret,
            target=target,
            vpc=vpc,
            automatically_after=automatically_after,
            endpoint=endpoint,
            exclude_characters=exclude_characters,
            master_secret=master_secret,
            rotate_immediately_on_update=rotate_immediately_on_update,
            security_group=security_group,
            vpc_subnets=vpc_subnets,
        )
        if props.target.connections.default_port is None:
            raise ValidationError(
                self,
                "target has connections without a default port; give them the database's port "
                "(Connections(default_port=Port.tcp(...)))",
            )
        if props.application.is_multi_user and props.master_secret is None:
            raise ValidationError(
                self,
                f"master_secret is not set; application={props.application!r} alternates two users "
                "and changes them with the master secret's user",
            )
        group = props.security_group or SecurityGroup(self, "SecurityGroup", vpc=props.vpc)
        props.target.connections.allow_default_port_from(group)
        selection = props.vpc_subnets
        selected = props.vpc.select_subnets(**(as_dict(selection) if selection else {}))
        endpoint_prefix = f"{props.endpoint.vpc_endpoint_id}." if props.endpoint is not None else ""
        stack = Stack.of(self)
        unique_id = Names.unique_id(self)
        parameters: dict[str, Any] = {
            # The stack's region and URL suffix: literals when the stack has a region, as in aws-cdk-lib.
            "endpoint": f"https://{endpoint_prefix}secretsmanager.{stack.region}.{stack.url_suffix}",
            # Lambda function names have at most 64 characters: the end of the unique id is kept.
            "functionName": unique_id[-_LONGEST_FUNCTION_NAME:],
            # Joined as strings (tokens and all), as aws-cdk-lib writes them.
            "vpcSubnetIds": ",".join(selected.subnet_ids),
            "vpcSecurityGroupIds": group.security_group_id,
        }
        if props.exclude_characters is not None:
            parameters["excludeCharacters"] = props.exclude_characters
        if props.secret.encryption_key is not None:
            parameters["kmsKeyArn"] = props.secret.encryption_key.key_arn
        master = props.master_secret
        if master is not None:
            parameters["masterSecretArn"] = master.secret_arn
            if master.encryption_key is not None:
                parameters["masterSecretKmsKeyArn"] = master.encryption_key.key_arn
        mapping = CfnMapping(
            self,
            "SARMapping",
            mapping={
                partition: {
                    "applicationId": props.application.application_arn_for_partition(partition),
                    "semanticVersion": props.application.semantic_version_for_partition(partition),
                }
                for partition in _PUBLISHERS
            },
        )
        application_resource = CfnResource(
            self,
            "Resource",
            type="AWS::Serverless::Application",
            properties={
                "Location": {
                    "ApplicationId": mapping.find_in_map(Aws.PARTITION, "applicationId"),
                    "SemanticVersion": mapping.find_in_map(Aws.PARTITION, "semanticVersion"),
                },
                "Parameters": parameters,
            },
        )
        application_resource.apply_removal_policy(RemovalPolicy.DESTROY)
        Stack.of(self).add_transform(_SERVERLESS_TRANSFORM)
        rotation_function = _ApplicationRotationFunction(
            self, "RotationLambda", Token.as_string(application_resource.get_att("Outputs.RotationLambdaARN"))
        )
        props.secret.add_rotation_schedule(
            "RotationSchedule",
            rotation_lambda=rotation_function,
            automatically_after=props.automatically_after,
            rotate_immediately_on_update=props.rotate_immediately_on_update,
        )
        if master is not None:
            master.deny_account_root_delete()
