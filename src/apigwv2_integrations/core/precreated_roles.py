"""Precreated roles: the `@aws-cdk/iam:customizeRoles` context, and the policy report
(`iam-policy-report.txt` and `.json`) listing each role the app would have created, for roles made
outside the app."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .cfn_reference import CfnReference
from .construct import Construct
from .runtime_typing import TYPE_CHECKING
from .stack import Stack
from .struct import LazyAttrsMeta, lazy_frozen
from .tokens._resolve import Resolver
from .tokens.token import IResolvable

if TYPE_CHECKING:
    from typing import Any

CUSTOMIZE_ROLES_CONTEXT_KEY = "@aws-cdk/iam:customizeRoles"
POLICY_REPORT_FILES = ("iam-policy-report.txt", "iam-policy-report.json")
# The name the report gives a role that `use_precreated_roles` does not name.
MISSING_ROLE_NAME = "missing role"
_PSEUDO_PLACEHOLDERS = {
    "AWS::AccountId": "(ACCOUNT)",
    "AWS::Partition": "(PARTITION)",
    "AWS::Region": "(REGION)",
    "AWS::NoValue": "(NOVALUE)",
}


@lazy_frozen(kw_only=True)
class CustomizeRolesConfig(metaclass=LazyAttrsMeta):
    """What the context asks of the roles below a scope."""

    prevent_synthesis: bool
    precreated_role_names: Mapping[str, str]

    def precreated_role_name(self, path: str) -> str | None:
        """The name of the precreated role that stands for the role at `path`, if given."""
        return self.precreated_role_names.get(path)


def set_customize_roles(
    scope: Construct, *, prevent_synthesis: bool | None, use_precreated_roles: Mapping[str, str] | None
) -> None:
    """Record the options as the context aws-cdk-lib reads (so `App(context=...)` works the same)."""
    value: dict[str, Any] = {}
    if prevent_synthesis is not None:
        value["preventSynthesis"] = prevent_synthesis
    if use_precreated_roles is not None:
        value["usePrecreatedRoles"] = dict(use_precreated_roles)
    scope.node.set_context(CUSTOMIZE_ROLES_CONTEXT_KEY, value)


def customize_roles_config(scope: Construct) -> CustomizeRolesConfig | None:
    """The customization that applies at `scope`, or None when roles are synthesized as usual."""
    value = scope.node.try_get_context(CUSTOMIZE_ROLES_CONTEXT_KEY)
    if not isinstance(value, Mapping):
        return None
    names = value.get("usePrecreatedRoles")
    return CustomizeRolesConfig(
        prevent_synthesis=value.get("preventSynthesis") is not False,
        precreated_role_names=dict(names) if isinstance(names, Mapping) else {},
    )


@lazy_frozen(kw_only=True)
class RoleReport(metaclass=LazyAttrsMeta):
    """One role of the report; the policy values are unresolved (statements as their JSON)."""

    path: str
    role_name: str | None
    stack: Stack
    assume_role_policy: list[Any]
    managed_policy_arns: list[Any]
    managed_policy_statements: list[Any]
    identity_policy_statements: list[Any]


class PolicySynthesizer(Construct):
    """Collects the roles of the app that customized roles replace (one per app, at its root)."""

    _ID = "PolicySynthesizer"
    # aws-cdk-lib's is a plain construct in its tree.json.
    _TREE_FQN = "constructs.Construct"

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._reports: list[Callable[[], RoleReport]] = []

    @classmethod
    def of(cls, scope: Construct) -> PolicySynthesizer:
        """The app's policy synthesizer, made on first use."""
        root = scope.node.root
        found = root.node.try_find_child(cls._ID)
        if isinstance(found, PolicySynthesizer):
            return found
        return cls(root, cls._ID)

    def add_role(self, report: Callable[[], RoleReport]) -> None:
        """Add a role; `report` is read at synth, when every statement has been added."""
        self._reports.append(report)

    def report_files(self) -> dict[str, bytes]:
        """`iam-policy-report.txt` and `iam-policy-report.json`, as aws-cdk-lib writes them."""
        roles = [_resolved_report(report()) for report in self._reports]
        text = "\n\n".join(_role_text(role) for role in roles)
        import json  # deferred: only apps that customize roles write the report

        document = json.dumps({"roles": roles}, indent=2, ensure_ascii=False)
        return {
            POLICY_REPORT_FILES[0]: text.encode("utf-8"),
            POLICY_REPORT_FILES[1]: document.encode("utf-8"),
        }


def policy_report_files(root: Construct) -> dict[str, bytes]:
    """The policy report files of the app at `root`; none when no role was customized."""
    found = root.node.try_find_child(PolicySynthesizer._ID)
    return found.report_files() if isinstance(found, PolicySynthesizer) else {}


class _ReportResolver(Resolver):
    """Resolves policy values for people: references read `(path.Attribute)` and pseudo parameters
    `(ACCOUNT)`, so an ARN built from them stays one readable string."""

    __slots__ = ()

    def resolve_token(self, token: IResolvable) -> Any:
        if isinstance(token, CfnReference):
            return f"({token.target.node.path}.{token.attribute})"
        value = super().resolve_token(token)
        if isinstance(value, dict) and len(value) == 1:
            placeholder = _PSEUDO_PLACEHOLDERS.get(value.get("Ref"))  # type: ignore[arg-type]
            if placeholder is not None:
                return placeholder
        return value


def _trust_policy_value(value: Any) -> Any:
    # aws-cdk-lib resolves the trust policy as the template has it, but writes the empty delimiter of
    # an `Fn::Join` as `[]`.
    if isinstance(value, dict):
        if set(value) == {"Fn::Join"} and isinstance(value["Fn::Join"], list) and value["Fn::Join"][0] == "":
            return {"Fn::Join": [[], _trust_policy_value(value["Fn::Join"][1])]}
        return {key: _trust_policy_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_trust_policy_value(item) for item in value]
    return value


def _resolved_report(report: RoleReport) -> dict[str, Any]:
    readable = _ReportResolver(report.stack)
    return {
        "roleConstructPath": report.path,
        "roleName": report.role_name if report.role_name is not None else MISSING_ROLE_NAME,
        "missing": report.role_name is None,
        "assumeRolePolicy": _trust_policy_value(Resolver(report.stack).resolve(report.assume_role_policy)),
        "managedPolicyArns": readable.resolve(report.managed_policy_arns),
        "managedPolicyStatements": readable.resolve(report.managed_policy_statements),
        "identityPolicyStatements": readable.resolve(report.identity_policy_statements),
    }


def _section(values: list[Any]) -> str:
    import json  # deferred: only apps that customize roles write the report

    return json.dumps(values, indent=2, ensure_ascii=False) if values else "NONE"


# The sections of a role's entry in the text report, with the key of each in the JSON report.
_TEXT_SECTIONS = (
    ("AssumeRole Policy", "assumeRolePolicy"),
    ("Managed Policy ARNs", "managedPolicyArns"),
    ("Managed Policies Statements", "managedPolicyStatements"),
    ("Identity Policy Statements", "identityPolicyStatements"),
)


def _role_text(role: dict[str, Any]) -> str:
    lines = [f"<{role['roleName']}> ({role['roleConstructPath']})"]
    for title, key in _TEXT_SECTIONS:
        lines += ["", f"{title}:", _section(role[key])]
    return "\n".join(lines)
