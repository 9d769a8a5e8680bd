"""AWS Identity and Access Management: roles, policies, statements, principals and grants."""

from ..cfn.aws_iam import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_iam import *  # noqa: F403
    from .access_key import AccessKey, AccessKeyProps, AccessKeyStatus, IAccessKey
    from .arn_principals import (
        AccountPrincipal,
        AccountRootPrincipal,
        Anyone,
        AnyPrincipal,
        ArnPrincipal,
        CanonicalUserPrincipal,
        FederatedPrincipal,
        OrganizationPrincipal,
        StarPrincipal,
    )
    from .composite_dependable import CompositeDependable
    from .composite_principal import CompositePrincipal
    from .federated_principals import (
        OpenIdConnectPrincipal,
        SamlConsolePrincipal,
        SamlPrincipal,
        WebIdentityPrincipal,
    )
    from .grant import (
        AddToResourcePolicyResult,
        CommonGrantOptions,
        Grant,
        GrantOnKeyResult,
        GrantOnPrincipalAndResourceOptions,
        GrantOnPrincipalOptions,
        GrantPolicyWithResourceOptions,
        GrantWithResourceOptions,
        IResourceWithPolicy,
    )
    from .group import Group, GroupProps, IGroup
    from .imported_role import FromRoleArnOptions, FromRoleNameOptions, RoleLookupOptions
    from .instance_profile import (
        IInstanceProfile,
        InstanceProfile,
        InstanceProfileAttributes,
        InstanceProfileProps,
    )
    from .lazy_role import LazyRole, LazyRoleProps
    from .managed_policy import IManagedPolicy, ManagedPolicy, ManagedPolicyProps
    from .oidc_provider import (
        IOidcProvider,
        IOpenIdConnectProvider,
        OidcProviderNative,
        OidcProviderNativeProps,
        OpenIdConnectProvider,
        OpenIdConnectProviderProps,
    )
    from .permissions_boundary import PermissionsBoundary
    from .policy import IPolicy, Policy, PolicyProps
    from .policy_document import PolicyDocument, PolicyDocumentProps
    from .policy_statement import Effect, PolicyStatement, PolicyStatementProps
    from .principals import (
        AddToPrincipalPolicyResult,
        ComparablePrincipal,
        IAssumeRolePrincipal,
        IComparablePrincipal,
        IGrantable,
        IPrincipal,
        PrincipalBase,
        PrincipalPolicyFragment,
        PrincipalWithConditions,
        ServicePrincipal,
        ServicePrincipalOpts,
    )
    from .role import CustomizeRolesOptions, IRole, Role, RoleProps, WithoutPolicyUpdatesOptions
    from .role_grants import RoleGrants
    from .saml_provider import ISamlProvider, SamlMetadataDocument, SamlProvider, SamlProviderProps
    from .session_tags_principal import SessionTagsPrincipal
    from .unknown_principal import UnknownPrincipal, UnknownPrincipalProps
    from .user import IUser, User, UserAttributes, UserProps
else:
    _L2_SOURCES = {
        ".access_key": ("AccessKey", "AccessKeyProps", "AccessKeyStatus", "IAccessKey"),
        ".arn_principals": (
            "AccountPrincipal",
            "AccountRootPrincipal",
            "Anyone",
            "AnyPrincipal",
            "ArnPrincipal",
            "CanonicalUserPrincipal",
            "FederatedPrincipal",
            "OrganizationPrincipal",
            "StarPrincipal",
        ),
        ".composite_dependable": ("CompositeDependable",),
        ".composite_principal": ("CompositePrincipal",),
        ".federated_principals": (
            "OpenIdConnectPrincipal",
            "SamlConsolePrincipal",
            "SamlPrincipal",
            "WebIdentityPrincipal",
        ),
        ".instance_profile": (
            "IInstanceProfile",
            "InstanceProfile",
            "InstanceProfileAttributes",
            "InstanceProfileProps",
        ),
        ".imported_role": ("FromRoleArnOptions", "FromRoleNameOptions", "RoleLookupOptions"),
        ".lazy_role": ("LazyRole", "LazyRoleProps"),
        ".oidc_provider": (
            "IOidcProvider",
            "IOpenIdConnectProvider",
            "OidcProviderNative",
            "OidcProviderNativeProps",
            "OpenIdConnectProvider",
            "OpenIdConnectProviderProps",
        ),
        ".permissions_boundary": ("PermissionsBoundary",),
        ".saml_provider": ("ISamlProvider", "SamlMetadataDocument", "SamlProvider", "SamlProviderProps"),
        ".session_tags_principal": ("SessionTagsPrincipal",),
        ".unknown_principal": ("UnknownPrincipal", "UnknownPrincipalProps"),
        ".grant": (
            "AddToResourcePolicyResult",
            "CommonGrantOptions",
            "Grant",
            "GrantOnKeyResult",
            "GrantOnPrincipalAndResourceOptions",
            "GrantOnPrincipalOptions",
            "GrantPolicyWithResourceOptions",
            "GrantWithResourceOptions",
            "IResourceWithPolicy",
        ),
        ".group": ("Group", "GroupProps", "IGroup"),
        ".managed_policy": ("IManagedPolicy", "ManagedPolicy", "ManagedPolicyProps"),
        ".policy": ("IPolicy", "Policy", "PolicyProps"),
        ".policy_document": ("PolicyDocument", "PolicyDocumentProps"),
        ".policy_statement": ("Effect", "PolicyStatement", "PolicyStatementProps"),
        ".principals": (
            "AddToPrincipalPolicyResult",
            "ComparablePrincipal",
            "IAssumeRolePrincipal",
            "IComparablePrincipal",
            "IGrantable",
            "IPrincipal",
            "PrincipalBase",
            "PrincipalPolicyFragment",
            "PrincipalWithConditions",
            "ServicePrincipal",
            "ServicePrincipalOpts",
        ),
        ".role": ("CustomizeRolesOptions", "IRole", "Role", "RoleProps", "WithoutPolicyUpdatesOptions"),
        ".role_grants": ("RoleGrants",),
        ".user": ("IUser", "User", "UserAttributes", "UserProps"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_iam"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )

__all__ = [
    "CommonGrantOptions",
    "GrantOnKeyResult",
    "GrantOnPrincipalAndResourceOptions",
    "GrantOnPrincipalOptions",
    "GrantPolicyWithResourceOptions",
    "GrantWithResourceOptions",
    "ServicePrincipalOpts",
    "FromRoleNameOptions",
    "CustomizeRolesOptions",
    "WithoutPolicyUpdatesOptions",
    "UnknownPrincipalProps",
    "UserAttributes",
    *_cfn_all,
    "AccessKey",
    "AccessKeyProps",
    "AccessKeyStatus",
    "AccountPrincipal",
    "AccountRootPrincipal",
    "AddToPrincipalPolicyResult",
    "AddToResourcePolicyResult",
    "AnyPrincipal",
    "Anyone",
    "ArnPrincipal",
    "CanonicalUserPrincipal",
    "ComparablePrincipal",
    "CompositeDependable",
    "CompositePrincipal",
    "Effect",
    "FederatedPrincipal",
    "FromRoleArnOptions",
    "Grant",
    "Group",
    "GroupProps",
    "IAccessKey",
    "IAssumeRolePrincipal",
    "IComparablePrincipal",
    "IGrantable",
    "IGroup",
    "IInstanceProfile",
    "IManagedPolicy",
    "IOidcProvider",
    "IOpenIdConnectProvider",
    "IPolicy",
    "IPrincipal",
    "IResourceWithPolicy",
    "IRole",
    "ISamlProvider",
    "IUser",
    "InstanceProfile",
    "InstanceProfileAttributes",
    "InstanceProfileProps",
    "LazyRole",
    "LazyRoleProps",
    "ManagedPolicy",
    "ManagedPolicyProps",
    "OidcProviderNative",
    "OidcProviderNativeProps",
    "OpenIdConnectPrincipal",
    "OpenIdConnectProvider",
    "OpenIdConnectProviderProps",
    "OrganizationPrincipal",
    "PermissionsBoundary",
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
    "RoleGrants",
    "RoleLookupOptions",
    "RoleProps",
    "SamlConsolePrincipal",
    "SamlMetadataDocument",
    "SamlPrincipal",
    "SamlProvider",
    "SamlProviderProps",
    "ServicePrincipal",
    "SessionTagsPrincipal",
    "StarPrincipal",
    "UnknownPrincipal",
    "User",
    "UserProps",
    "WebIdentityPrincipal",
]
