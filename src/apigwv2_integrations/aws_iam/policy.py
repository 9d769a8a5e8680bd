"""Policy: an inline IAM policy (`AWS::IAM::Policy`) attached to roles, users and groups."""

from __future__ import annotations

from collections.abc import Sequence

from ..cfn.aws_iam import CfnPolicy, PolicyReference
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.lazy import Lazy
from ._attachable_policy import _AttachablePolicy
from .policy_document import PolicyDocument
from .policy_statement import PolicyStatement

if TYPE_CHECKING:
    from typing import Any

    from .group import IGroup
    from .role import IRole
    from .user import IUser

_MAX_POLICY_NAME = 128


@runtime_checkable
class IPolicy(IResource, Protocol):
    """An inline IAM policy."""

    @property
    def policy_name(self) -> str:
        """The policy's name."""
        ...

    @property
    def policy_ref(self) -> PolicyReference:
        """A reference to the policy: its id."""
        ...


@lazy_frozen(kw_only=True)
class PolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a Policy."""

    document: PolicyDocument | None = None
    """The policy document; statements are added to it. Default: an empty document."""
    force: bool | None = None
    """Render the policy even when empty or attached to nothing (then it is an error). Default: False."""
    groups: tuple[Any, ...] | None = field(default=None, converter=optional_tuple)
    """Groups to attach the policy to (objects with `group_name`). Default: none."""
    policy_name: str | None = None
    """The policy name. Default: the policy's logical ID."""
    roles: tuple[IRole, ...] | None = field(default=None, converter=optional_tuple)
    """Roles to attach the policy to. Default: none."""
    statements: tuple[PolicyStatement, ...] | None = field(default=None, converter=optional_tuple)
    """Statements to add. Default: none."""
    users: tuple[Any, ...] | None = field(default=None, converter=optional_tuple)
    """Users to attach the policy to (objects with `user_name`). Default: none."""


class _ConditionalCfnPolicy(CfnPolicy):
    """A CfnPolicy left out of the template while its Policy has nothing to say."""

    policy: Policy

    def _should_synthesize(self) -> bool:
        return self.policy._should_exist


class _PolicyChecks:
    def __init__(self, policy: Policy) -> None:
        self._policy = policy

    def validate(self) -> list[str]:
        policy = self._policy
        problems: list[str] = []
        if policy.document.is_empty and policy._force:
            problems.append("is empty but was created with force=True; add statements to it")
        if not policy._is_attached and policy._force:
            problems.append(
                "is attached to nothing but was created with force=True; pass roles=, users= or groups="
            )
        if policy._should_exist:
            problems.extend(policy.document.validate_for_identity_policy())
        return problems


class Policy(_AttachablePolicy):
    """An inline IAM policy (`AWS::IAM::Policy`); rendered only once it has statements and an owner."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        document: PolicyDocument | None = None,
        force: bool | None = None,
        groups: Sequence[Any] | None = None,
        policy_name: str | None = None,
        roles: Sequence[IRole] | None = None,
        statements: Sequence[PolicyStatement] | None = None,
        users: Sequence[Any] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=policy_name)
        props = PolicyProps(
            document=document,
            force=force,
            groups=groups,
            policy_name=policy_name,
            roles=roles,
            statements=statements,
            users=users,
        )
        self.document: PolicyDocument = props.document or PolicyDocument()
        self._force = bool(props.force)
        self._policy_name: str = props.policy_name or Lazy.string(self._generated_name)
        resource = _ConditionalCfnPolicy(
            self,
            "Resource",
            policy_document=self.document,
            policy_name=self._policy_name,
            roles=_undefined_if_empty(lambda: [r.role_name for r in self._roles]),
            users=_undefined_if_empty(lambda: [u.user_name for u in self._users]),
            groups=_undefined_if_empty(lambda: [g.group_name for g in self._groups]),
        )
        resource.policy = self
        self._resource = resource
        self._attach_all(props.roles, props.users, props.groups, props.statements)
        self.node.add_validation(_PolicyChecks(self))

    def _generated_name(self) -> str:
        # aws-cdk-lib names the policy after its logical ID, keeping the last 128 characters.
        return self._resource.logical_id[-_MAX_POLICY_NAME:]

    @staticmethod
    def from_policy_name(scope: Construct, id: str, policy_name: str) -> IPolicy:
        """An existing inline policy."""
        return _ImportedPolicy(scope, id, policy_name)

    @property
    def policy_name(self) -> str:
        """The policy's name (its logical ID unless `policy_name` was given)."""
        return self._policy_name

    @property
    def policy_ref(self) -> PolicyReference:
        """A reference to the policy: its id."""
        return PolicyReference(policy_id=self._resource.attr_id)

    def _attached_to_role(self, role: IRole) -> None:
        role.attach_inline_policy(self)

    def _attached_to_user_or_group(self, owner: IUser | IGroup) -> None:
        attach = getattr(owner, "attach_inline_policy", None)
        if callable(attach):
            attach(self)

    @property
    def _is_attached(self) -> bool:
        return bool(self._roles or self._users or self._groups)

    @property
    def _should_exist(self) -> bool:
        return self._force or (not self.document.is_empty and self._is_attached)


class _ImportedPolicy(Resource):
    def __init__(self, scope: Construct, id: str, policy_name: str) -> None:
        super().__init__(scope, id)
        self.policy_name = policy_name

    @property
    def policy_ref(self) -> PolicyReference:
        """A reference to the policy; its id is unknown and reports so when rendered."""

        # Differs from aws-cdk-lib: it raises as soon as the reference is read, so the imported policy
        # could not even be checked against IPolicy with `isinstance`.
        def report() -> str:
            raise ValidationError(
                self,
                "policy_id of the reference is not known: Policy.from_policy_name() gives the policy's "
                "name only; refer to the policy by its policy_name",
            )

        return PolicyReference(policy_id=Lazy.string(report))


def _undefined_if_empty(produce: Any) -> list[str]:
    def value() -> list[str] | None:
        items: list[str] = produce()
        return items or None

    return Lazy.list(value)
