"""AWS Identity and Access Management: roles, policies, statements, principals and grants."""

from ..cfn.aws_iam import *  # noqa: F403
from ..cfn.aws_iam import __all__ as _cfn_all
from .grant import AddToResourcePolicyResult, Grant, IResourceWithPolicy
from .group import Group, GroupProps, IGroup
from .managed_policy import IManagedPolicy, ManagedPolicy, ManagedPolicyProps
from .policy import IPolicy, Policy, PolicyProps
from .policy_document import PolicyDocument, PolicyDocumentProps
from .policy_statement import Effect, PolicyStatement, PolicyStatementProps
from .principals import (
    AccountPrincipal,
    AccountRootPrincipal,
    AddToPrincipalPolicyResult,
    Anyone,
    AnyPrincipal,
    ArnPrincipal,
    CanonicalUserPrincipal,
    CompositePrincipal,
    FederatedPrincipal,
    IGrantable,
    IPrincipal,
    OrganizationPrincipal,
    PrincipalBase,
    PrincipalPolicyFragment,
    PrincipalWithConditions,
    ServicePrincipal,
    StarPrincipal,
)
from .role import FromRoleArnOptions, IRole, Role, RoleProps
from .user import IUser, User, UserProps

__all__ = [
    *_cfn_all,
    "AccountPrincipal",
    "AccountRootPrincipal",
    "AddToPrincipalPolicyResult",
    "AddToResourcePolicyResult",
    "AnyPrincipal",
    "Anyone",
    "ArnPrincipal",
    "CanonicalUserPrincipal",
    "CompositePrincipal",
    "Effect",
    "FederatedPrincipal",
    "FromRoleArnOptions",
    "Grant",
    "Group",
    "GroupProps",
    "IGrantable",
    "IGroup",
    "IManagedPolicy",
    "IPolicy",
    "IPrincipal",
    "IResourceWithPolicy",
    "IRole",
    "IUser",
    "ManagedPolicy",
    "ManagedPolicyProps",
    "OrganizationPrincipal",
    "Policy",
    "PolicyDocument",
    "PolicyDocumentProps",
    "PolicyProps",
    "PolicyStatement",
    "PolicyStatementProps",
    "PrincipalBase",
    "PrincipalPolicyFragment",
    "PrincipalWithConditions",
    "Role",
    "RoleProps",
    "ServicePrincipal",
    "StarPrincipal",
    "User",
    "UserProps",
]
