"""RotationSchedule: when and how a secret rotates (`AWS::SecretsManager::RotationSchedule`), with a function
of the app or a rotation function Secrets Manager hosts (`HostedRotation`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_ec2 import Connections, ISecurityGroup, IVpc, SecurityGroup, SubnetSelection
from ..aws_iam.grant import Grant
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable, ServicePrincipal
from ..aws_kms import ViaServicePrincipal
from ..cfn.aws_secretsmanager import CfnRotationSchedule
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from .secret import ISecret

# The transform that deploys the rotation functions Secrets Manager hosts (as aws-cdk-lib 2.275 writes it).
_HOSTED_ROTATION_TRANSFORM = "AWS::SecretsManager-2024-09-16"
# Characters left out of generated passwords by default: those that break connection strings and shells.
_DEFAULT_EXCLUDE_CHARACTERS = " %+~`#$&*()|[]{}:;<>?!'/@\"\\"
_ROTATION_ACTIONS = (
    "secretsmanager:DescribeSecret",
    "secretsmanager:GetSecretValue",
    "secretsmanager:PutSecretValue",
    "secretsmanager:UpdateSecretVersionStage",
)
_SHORTEST_INTERVAL = Duration.hours(4)
_LONGEST_INTERVAL = Duration.days(1000)
_INTERVAL_RANGE = "use 4 hours to 1000 days, or Duration.days(0) to turn automatic rotation off"


class _RotationFunction(IGrantable, Protocol):
    """What a rotation schedule needs of a function (any aws_lambda IFunction has it)."""

    @property
    def function_arn(self) -> str:
        """The function's ARN."""
        ...

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Allow `grantee` to invoke the function."""
        ...

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the function's execution role."""
        ...


class HostedRotationType:
    """A rotation function template Secrets Manager hosts: the database and single or alternating users."""

    MARIADB_SINGLE_USER: ClassVar[HostedRotationType]
    """MariaDB, one user."""
    MARIADB_MULTI_USER: ClassVar[HostedRotationType]
    """MariaDB, two users alternated (a master secret changes them)."""
    MONGODB_SINGLE_USER: ClassVar[HostedRotationType]
    """MongoDB, one user."""
    MONGODB_MULTI_USER: ClassVar[HostedRotationType]
    """MongoDB, two users alternated."""
    MYSQL_SINGLE_USER: ClassVar[HostedRotationType]
    """MySQL, one user."""
    MYSQL_MULTI_USER: ClassVar[HostedRotationType]
    """MySQL, two users alternated."""
    ORACLE_SINGLE_USER: ClassVar[HostedRotationType]
    """Oracle, one user."""
    ORACLE_MULTI_USER: ClassVar[HostedRotationType]
    """Oracle, two users alternated."""
    POSTGRESQL_SINGLE_USER: ClassVar[HostedRotationType]
    """PostgreSQL, one user."""
    POSTGRESQL_MULTI_USER: ClassVar[HostedRotationType]
    """PostgreSQL, two users alternated."""
    REDSHIFT_SINGLE_USER: ClassVar[HostedRotationType]
    """Redshift, one user."""
    REDSHIFT_MULTI_USER: ClassVar[HostedRotationType]
    """Redshift, two users alternated."""
    SQLSERVER_SINGLE_USER: ClassVar[HostedRotationType]
    """SQL Server, one user."""
    SQLSERVER_MULTI_USER: ClassVar[HostedRotationType]
    """SQL Server, two users alternated."""

    def __init__(self, name: str, is_multi_user: bool | None = None) -> None:
        self._name = name
        self._is_multi_user = is_multi_user

    @property
    def name(self) -> str:
        """The rotation type as CloudFormation names it (`MySQLSingleUser`)."""
        return self._name

    @property
    def is_multi_user(self) -> bool | None:
        """True for the alternating-users types; None for the single-user ones (as in aws_cdk)."""
        return self._is_multi_user

    def __repr__(self) -> str:
        constant = next((k for k, v in vars(HostedRotationType).items() if v is self), None)
        return f"HostedRotationType.{constant}" if constant else f"HostedRotationType({self._name!r})"


# Per database: the constant prefix of HostedRotationType, the CloudFormation name, the HostedRotation
# factory prefix.
_ENGINES = (
    ("MARIADB", "MariaDB", "maria_db"),
    ("MONGODB", "MongoDB", "mongo_db"),
    ("MYSQL", "MySQL", "mysql"),
    ("ORACLE", "Oracle", "oracle"),
    ("POSTGRESQL", "PostgreSQL", "postgre_sql"),
    ("REDSHIFT", "Redshift", "redshift"),
    ("SQLSERVER", "SQLServer", "sql_server"),
)
_FACTORY_OF_TYPE: dict[str, str] = {}
for _constant, _name, _factory in _ENGINES:
    setattr(HostedRotationType, f"{_constant}_SINGLE_USER", HostedRotationType(f"{_name}SingleUser"))
    setattr(HostedRotationType, f"{_constant}_MULTI_USER", HostedRotationType(f"{_name}MultiUser", True))
    _FACTORY_OF_TYPE[f"{_name}SingleUser"] = f"{_factory}_single_user"
    _FACTORY_OF_TYPE[f"{_name}MultiUser"] = f"{_factory}_multi_user"


def _to_subnet_selection(value: SubnetSelection | Mapping[str, Any] | None) -> SubnetSelection | None:
    return SubnetSelection(**value) if isinstance(value, Mapping) else value


def _to_security_groups(value: Sequence[ISecurityGroup] | None) -> tuple[ISecurityGroup, ...] | None:
    return tuple(value) if value is not None else None


@lazy_frozen(kw_only=True)
class SingleUserHostedRotationOptions(metaclass=LazyAttrsMeta):
    """Options of a hosted rotation that changes the password of the secret's own user."""

    exclude_characters: str | None = None
    """Characters the new password must not contain. Default: space and ``%+~`#$&*()|[]{}:;<>?!'/@"\\``."""
    function_name: str | None = None
    """The name of the rotation function. Default: chosen by CloudFormation."""
    security_groups: tuple[ISecurityGroup, ...] | None = field(default=None, converter=_to_security_groups)
    """The function's security groups (needs `vpc`). Default: a new group, when `vpc` is set."""
    vpc: IVpc | None = None
    """The VPC the function runs in (that of the database). Default: none, the function runs outside VPCs."""
    vpc_subnets: SubnetSelection | None = field(default=None, converter=_to_subnet_selection)
    """The subnets of `vpc` the function runs in. Default: the VPC's default subnets."""


@lazy_frozen(kw_only=True)
class MultiUserHostedRotationOptions(SingleUserHostedRotationOptions, metaclass=LazyAttrsMeta):
    """Options of a hosted rotation that alternates two users, changed with a master secret's user."""

    master_secret: ISecret
    """The secret whose user may change the users' passwords."""


class HostedRotation:
    """A rotation function Secrets Manager deploys and hosts; build it with one of the static factories."""

    def __init__(self, rotation_type: HostedRotationType, options: SingleUserHostedRotationOptions) -> None:
        self._type = rotation_type
        self._options = options
        self._master_secret = (
            options.master_secret if isinstance(options, MultiUserHostedRotationOptions) else None
        )
        self._connections: Connections | None = None

    def __repr__(self) -> str:
        factory = _FACTORY_OF_TYPE.get(self._type.name)
        return f"HostedRotation.{factory}(...)" if factory else f"HostedRotation({self._type!r}, ...)"

    @staticmethod
    def _single(
        rotation_type: HostedRotationType,
        exclude_characters: str | None,
        function_name: str | None,
        security_groups: Sequence[ISecurityGroup] | None,
        vpc: IVpc | None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None,
    ) -> HostedRotation:
        options = SingleUserHostedRotationOptions(
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )
        return HostedRotation(rotation_type, options)

    @staticmethod
    def _multi(
        rotation_type: HostedRotationType,
        master_secret: ISecret,
        exclude_characters: str | None,
        function_name: str | None,
        security_groups: Sequence[ISecurityGroup] | None,
        vpc: IVpc | None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None,
    ) -> HostedRotation:
        options = MultiUserHostedRotationOptions(
            master_secret=master_secret,
            exclude_characters=exclude_characters,
            function_name=function_name,
            security_groups=security_groups,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
        )
        return HostedRotation(rotation_type, options)

    @staticmethod
    def maria_db_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """MariaDB, one user."""
        return HostedRotation._single(
            HostedRotationType.MARIADB_SINGLE_USER,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def maria_db_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """MariaDB, two users alternated, changed with `master_secret`'s user."""
        return HostedRotation._multi(
            HostedRotationType.MARIADB_MULTI_USER,
            master_secret,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def mongo_db_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """MongoDB, one user."""
        return HostedRotation._single(
            HostedRotationType.MONGODB_SINGLE_USER,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def mongo_db_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """MongoDB, two users alternated, changed with `master_secret`'s user."""
        return HostedRotation._multi(
            HostedRotationType.MONGODB_MULTI_USER,
            master_secret,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def mysql_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """MySQL, one user."""
        return HostedRotation._single(
            HostedRotationType.MYSQL_SINGLE_USER,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def mysql_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """MySQL, two users alternated, changed with `master_secret`'s user."""
        return HostedRotation._multi(
            HostedRotationType.MYSQL_MULTI_USER,
            master_secret,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def oracle_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """Oracle, one user."""
        return HostedRotation._single(
            HostedRotationType.ORACLE_SINGLE_USER,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def oracle_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """Oracle, two users alternated, changed with `master_secret`'s user."""
        return HostedRotation._multi(
            HostedRotationType.ORACLE_MULTI_USER,
            master_secret,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def postgre_sql_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """PostgreSQL, one user."""
        return HostedRotation._single(
            HostedRotationType.POSTGRESQL_SINGLE_USER,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def postgre_sql_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """PostgreSQL, two users alternated, changed with `master_secret`'s user."""
        return HostedRotation._multi(
            HostedRotationType.POSTGRESQL_MULTI_USER,
            master_secret,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def redshift_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """Redshift, one user."""
        return HostedRotation._single(
            HostedRotationType.REDSHIFT_SINGLE_USER,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def redshift_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """Redshift, two users alternated, changed with `master_secret`'s user."""
        return HostedRotation._multi(
            HostedRotationType.REDSHIFT_MULTI_USER,
            master_secret,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def sql_server_single_user(
        *,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """SQL Server, one user."""
        return HostedRotation._single(
            HostedRotationType.SQLSERVER_SINGLE_USER,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @staticmethod
    def sql_server_multi_user(
        *,
        master_secret: ISecret,
        exclude_characters: str | None = None,
        function_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> HostedRotation:
        """SQL Server, two users alternated, changed with `master_secret`'s user."""
        return HostedRotation._multi(
            HostedRotationType.SQLSERVER_MULTI_USER,
            master_secret,
            exclude_characters,
            function_name,
            security_groups,
            vpc,
            vpc_subnets,
        )

    @property
    def connections(self) -> Connections:
        """The network connections of the rotation function (a hosted rotation in a VPC, once bound)."""
        if self._connections is None:
            raise ValidationError(
                None,
                f"{self!r}.connections: the hosted rotation has no network connections; pass vpc to its "
                "factory and add it to a secret with add_rotation_schedule before using them",
            )
        return self._connections

    def bind(self, secret: ISecret, scope: Construct) -> CfnRotationSchedule.HostedRotationLambdaProperty:
        """The hosted rotation's settings for `secret`'s rotation schedule `scope` (adds the template
        transform, and a security group in `scope` when none is given)."""
        options = self._options
        if options.security_groups and options.vpc is None:
            raise ValidationError(
                scope,
                "hosted_rotation sets security_groups without vpc; set vpc as well (the VPC of the groups)",
            )
        Stack.of(scope).add_transform(_HOSTED_ROTATION_TRANSFORM)
        master = self._master_secret
        if master is not None:
            master.deny_account_root_delete()
        security_group_ids: str | None = None
        subnet_ids: str | None = None
        if options.vpc is not None:
            groups = list(options.security_groups or ()) or [
                SecurityGroup(scope, "SecurityGroup", vpc=options.vpc)
            ]
            self._connections = Connections(security_groups=groups)
            selection = options.vpc_subnets
            selected = options.vpc.select_subnets(**(as_dict(selection) if selection else {}))
            # Joined as strings (tokens and all), as aws-cdk-lib writes them: one `Fn::Join` with "" and ",".
            security_group_ids = ",".join(group.security_group_id for group in groups)
            subnet_ids = ",".join(selected.subnet_ids)
        key = secret.encryption_key
        master_key = master.encryption_key if master is not None else None
        master_arn: str | None = None
        if master is not None:
            # Without a complete ARN, the hosted function must match any suffix of the master secret.
            master_arn = (
                master.secret_arn if master.secret_full_arn is not None else f"{master.secret_arn}-??????"
            )
        return CfnRotationSchedule.HostedRotationLambdaProperty(
            rotation_type=self._type.name,
            exclude_characters=_exclude_characters_for(secret, options.exclude_characters),
            kms_key_arn=key.key_arn if key is not None else None,
            master_secret_arn=master_arn,
            master_secret_kms_key_arn=master_key.key_arn if master_key is not None else None,
            rotation_lambda_name=options.function_name,
            vpc_security_group_ids=security_group_ids,
            vpc_subnet_ids=subnet_ids,
        )


def _exclude_characters_for(secret: ISecret, exclude_characters: str | None) -> str:
    """The characters the rotation leaves out: those given, else those the secret was generated without."""
    if exclude_characters is not None:
        return exclude_characters
    # As in aws-cdk-lib, only a secret of this app says what its generated value leaves out.
    generated_without: str | None = getattr(secret, "exclude_characters", None)
    return generated_without if generated_without is not None else _DEFAULT_EXCLUDE_CHARACTERS


@lazy_frozen(kw_only=True)
class RotationScheduleOptions(metaclass=LazyAttrsMeta):
    """How a secret rotates: with `rotation_lambda` or `hosted_rotation` (exactly one), and how often."""

    automatically_after: Duration | None = None
    """How long after a rotation the next one happens; Duration.days(0) turns automatic rotation off.
    Default: Duration.days(30)."""
    hosted_rotation: HostedRotation | None = None
    """A rotation function Secrets Manager hosts. Default: none."""
    rotate_immediately_on_update: bool | None = None
    """Whether the secret rotates as soon as the schedule is deployed. Default: True (the service's)."""
    rotation_lambda: _RotationFunction | None = None
    """A function of the app that rotates the secret. Default: none."""


@lazy_frozen(kw_only=True)
class RotationScheduleProps(RotationScheduleOptions, metaclass=LazyAttrsMeta):
    """Properties of a RotationSchedule."""

    secret: ISecret
    """The secret that rotates."""


def _schedule_expression(scope: Construct, automatically_after: Duration) -> str | None:
    """The `rate(...)` expression of an interval, or None for a zero interval (no automatic rotation)."""
    if automatically_after.is_unresolved():
        # Differs from aws-cdk-lib: it drops the rotation rules of an unresolved interval silently.
        raise ValidationError(
            scope, f"automatically_after is a token; give a known interval ({_INTERVAL_RANGE})"
        )
    millis = automatically_after.to_milliseconds(integral=False)
    if millis == 0:
        return None
    if millis > _LONGEST_INTERVAL.to_milliseconds():
        raise ValidationError(
            scope, f"automatically_after={automatically_after!r} is longer than 1000 days; {_INTERVAL_RANGE}"
        )
    if millis < _SHORTEST_INTERVAL.to_milliseconds():
        raise ValidationError(
            scope, f"automatically_after={automatically_after!r} is shorter than 4 hours; {_INTERVAL_RANGE}"
        )
    for amount, unit in (
        (automatically_after.to_days(integral=False), "day"),
        (automatically_after.to_hours(integral=False), "hour"),
        (automatically_after.to_minutes(integral=False), "minute"),
    ):
        if float(amount).is_integer():
            count = int(amount)
            return f"rate({count} {unit})" if count == 1 else f"rate({count} {unit}s)"
    raise ValidationError(
        scope,
        f"automatically_after={automatically_after!r} is not a whole number of minutes; "
        "use whole minutes, hours or days",
    )


class RotationSchedule(Resource):
    """The rotation schedule of a secret; the secret's resource policy then denies the account deleting it."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        secret: ISecret,
        automatically_after: Duration | None = None,
        hosted_rotation: HostedRotation | None = None,
        rotate_immediately_on_update: bool | None = None,
        rotation_lambda: _RotationFunction | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = RotationScheduleProps(
            secret=secret,
            automatically_after=automatically_after,
            hosted_rotation=hosted_rotation,
            rotate_immediately_on_update=rotate_immediately_on_update,
            rotation_lambda=rotation_lambda,
        )
        function, hosted = props.rotation_lambda, props.hosted_rotation
        if function is not None and hosted is not None:
            raise ValidationError(self, "rotation_lambda and hosted_rotation are both set; set exactly one")
        if function is None and hosted is None:
            raise ValidationError(self, "neither rotation_lambda nor hosted_rotation is set; set exactly one")
        interval = props.automatically_after or Duration.days(30)
        expression = _schedule_expression(self, interval)
        secret = props.secret
        invoke_grant: Grant | None = None
        # As in aws-cdk-lib, an imported function gets no permission and no grants: it is expected to have
        # them already.
        if function is not None and Resource.is_owned_resource(function):
            invoke_grant = function.grant_invoke(ServicePrincipal("secretsmanager.amazonaws.com"))
            # Without the suffix of a complete ARN, the statement matches any suffix.
            arn = secret.secret_full_arn or f"{secret.secret_arn}-??????"
            function.add_to_role_policy(PolicyStatement(actions=list(_ROTATION_ACTIONS), resources=[arn]))
            function.add_to_role_policy(
                PolicyStatement(actions=["secretsmanager:GetRandomPassword"], resources=["*"])
            )
            if secret.encryption_key is not None:
                secret.encryption_key.grant_encrypt_decrypt(
                    ViaServicePrincipal(
                        f"secretsmanager.{self.stack.region}.amazonaws.com", function.grant_principal
                    )
                )
        resource = CfnRotationSchedule(
            self,
            "Resource",
            secret_id=secret.secret_arn,
            rotation_lambda_arn=function.function_arn if function is not None else None,
            hosted_rotation_lambda=hosted.bind(secret, self) if hosted is not None else None,
            rotation_rules=CfnRotationSchedule.RotationRulesProperty(schedule_expression=expression)
            if expression is not None
            else None,
            rotate_immediately_on_update=props.rotate_immediately_on_update,
        )
        if invoke_grant is not None:
            # The function may be invoked by Secrets Manager before the schedule rotates the secret.
            invoke_grant.apply_before(resource)
        secret.deny_account_root_delete()
