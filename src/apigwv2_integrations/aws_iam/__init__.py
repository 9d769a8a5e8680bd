"""AWS Identity and Access Management: roles, policies, statements, principals and grants."""

import typing as _typing

from ..cfn.aws_iam import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_iam import *  # noqa: F403
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
else:
    _L2_SOURCES = {
        ".grant": ("AddToResourcePolicyResult", "Grant", "IResourceWithPolicy"),
        ".group": ("Group", "GroupProps", "IGroup"),
        ".managed_policy": ("IManagedPolicy", "ManagedPolicy", "ManagedPolicyProps"),
        ".policy": ("IPolicy", "Policy", "PolicyProps"),
        ".policy_document": ("PolicyDocument", "PolicyDocumentProps"),
        ".policy_statement": ("Effect", "PolicyStatement", "PolicyStatementProps"),
        ".principals": (
            "AccountPrincipal",
            "AccountRootPrincipal",
            "AddToPrincipalPolicyResult",
            "Anyone",
            "AnyPrincipal",
            "ArnPrincipal",
            "CanonicalUserPrincipal",
            "CompositePrincipal",
            "FederatedPrincipal",
            "IGrantable",
            "IPrincipal",
            "OrganizationPrincipal",
            "PrincipalBase",
            "PrincipalPolicyFragment",
            "PrincipalWithConditions",
            "ServicePrincipal",
            "StarPrincipal",
        ),
        ".role": ("FromRoleArnOptions", "IRole", "Role", "RoleProps"),
        ".user": ("IUser", "User", "UserProps"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_iam"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )

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
