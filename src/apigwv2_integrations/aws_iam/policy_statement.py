"""PolicyStatement: one statement of an IAM policy document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.construct import Construct
from ..core.converters import optional_dict, optional_tuple
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.json_dumps import dumps as json_dumps
from ..core.lazy_pattern import LazyPattern
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.resolvable import IResolvable, IResolveContext
from ..core.tokens.token import Token
from .principals import LITERAL_STRING_KEY, IPrincipal, ServicePrincipal, merge_principal

if TYPE_CHECKING:
    from typing import Any

_ACTION_PATTERN = LazyPattern(r"^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$")

ARN_SIZE_ESTIMATE_CONTEXT = "@aws-cdk/aws-iam.arnSizeEstimate"
# The lengths a size estimate counts for an unresolved action or ARN (the ARN one can be changed with
# the context value above), as aws-cdk-lib counts them.
_ACTION_SIZE_ESTIMATE = 20
_DEFAULT_ARN_SIZE_ESTIMATE = 150


class SizeEstimate:
    """The lengths counted for unresolved values when a statement's size is estimated."""

    # A plain class: a NamedTuple with text annotations compiles them at import.
    __slots__ = ("action", "arn")

    def __init__(self, *, action: float, arn: float) -> None:
        self.action = action  # the length counted for an unresolved action
        self.arn = arn  # the length counted for an unresolved ARN, and for each principal


def size_estimate_for(scope: Construct) -> SizeEstimate:
    """The size estimate in effect at `scope` (its `@aws-cdk/aws-iam.arnSizeEstimate` context value)."""
    arn = scope.node.try_get_context(ARN_SIZE_ESTIMATE_CONTEXT)
    if arn is None:
        arn = _DEFAULT_ARN_SIZE_ESTIMATE
    if isinstance(arn, bool) or not isinstance(arn, (int, float)):
        raise ValidationError(
            scope,
            f"context {ARN_SIZE_ESTIMATE_CONTEXT}={arn!r} is not a number; set it to the length to count "
            "for an unresolved ARN, e.g. 150",
        )
    return SizeEstimate(action=_ACTION_SIZE_ESTIMATE, arn=arn)


class Effect(SimpleEnum):
    """Whether a statement allows or denies."""

    ALLOW = "Allow"
    DENY = "Deny"


@lazy_frozen(kw_only=True)
class PolicyStatementProps(metaclass=LazyAttrsMeta):
    """Properties of a PolicyStatement."""

    actions: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Actions the statement covers. Default: none."""
    conditions: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """Conditions, keyed by operator. Default: none."""
    effect: Effect | None = None
    """Allow or deny. Default: Effect.ALLOW."""
    not_actions: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Actions the statement does not cover. Default: none."""
    not_principals: tuple[IPrincipal, ...] | None = field(default=None, converter=optional_tuple)
    """Principals the statement does not apply to. Default: none."""
    not_resources: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Resources the statement does not cover. Default: none."""
    principals: tuple[IPrincipal, ...] | None = field(default=None, converter=optional_tuple)
    """Principals the statement applies to (resource policies). Default: none."""
    resources: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Resource ARNs the statement covers. Default: none."""
    sid: str | None = None
    """Statement id. Default: none."""


def _norm(values: Any, *, unique: bool = False) -> Any:
    if values is None or Token.is_unresolved(values):
        return values
    if isinstance(values, list):
        if not values:
            return None
        if len(values) == 1:
            return values[0]
        return list(dict.fromkeys(values)) if unique and _all_hashable(values) else values
    if isinstance(values, dict) and not values:
        return None
    return values


def _all_hashable(values: list[Any]) -> bool:
    return all(isinstance(v, (str, int, float)) for v in values)


def _norm_principal(principal: dict[str, list[Any]]) -> Any:
    if not principal:
        return None
    if LITERAL_STRING_KEY in principal:
        return principal[LITERAL_STRING_KEY][0]
    result: dict[str, Any] = {}
    for key, values in principal.items():
        normalized = _norm(values)
        # An empty name stays, as aws-cdk-lib writes it (IAM refuses it at deployment).
        if normalized is not None:
            result[key] = normalized
    return result


class PolicyStatement:
    """A statement of a policy document: effect, actions, resources, principals and conditions."""

    def __init__(
        self,
        *,
        actions: Sequence[str] | None = None,
        conditions: Mapping[str, Any] | None = None,
        effect: Effect | None = None,
        not_actions: Sequence[str] | None = None,
        not_principals: Sequence[IPrincipal] | None = None,
        not_resources: Sequence[str] | None = None,
        principals: Sequence[IPrincipal] | None = None,
        resources: Sequence[str] | None = None,
        sid: str | None = None,
    ) -> None:
        # The arguments are used as given (PolicyStatementProps would only copy each into a tuple): a
        # role's trust statement is made per function.
        self._sid = sid
        self._effect = effect or Effect.ALLOW
        self._action: list[str] = []
        self._not_action: list[str] = []
        self._principal: dict[str, list[Any]] = {}
        self._not_principal: dict[str, list[Any]] = {}
        # The principal objects as added: statement merging compares them, not their JSON.
        self._principal_objects: list[IPrincipal] = []
        self._not_principal_objects: list[IPrincipal] = []
        self._resource: list[str] = []
        self._not_resource: list[str] = []
        self._condition: dict[str, Any] = {}
        self._principal_conditions_json: str | None = None
        self._frozen = False
        # Only what is given: an empty add is a no-op.
        if actions:
            self.add_actions(*actions)
        if not_actions:
            self.add_not_actions(*not_actions)
        if principals:
            self.add_principals(*principals)
        if not_principals:
            self.add_not_principals(*not_principals)
        if resources:
            self.add_resources(*resources)
        if not_resources:
            self.add_not_resources(*not_resources)
        if conditions is not None:
            self.add_conditions(conditions)

    @staticmethod
    def from_json(obj: Mapping[str, Any]) -> PolicyStatement:
        """A statement from its IAM JSON form (principals other than ARNs, services and `*` excluded)."""

        def as_list(value: Any) -> list[Any]:
            if value is None:
                return []
            return list(value) if isinstance(value, list) else [value]

        def principals_of(value: Any) -> list[IPrincipal]:
            from .arn_principals import (  # deferred: seldom used
                ArnPrincipal,
                FederatedPrincipal,
                StarPrincipal,
            )

            if value is None:
                return []
            if value == "*":
                return [StarPrincipal()]
            found: list[IPrincipal] = []
            for key, entries in value.items():
                for entry in as_list(entries):
                    if key == "AWS":
                        found.append(ArnPrincipal(entry))
                    elif key == "Service":
                        found.append(ServicePrincipal.from_static_service_principle_name(entry))
                    elif key == "Federated":
                        found.append(FederatedPrincipal(entry))
                    else:
                        raise ValidationError(
                            None,
                            f"Principal={value!r} has the unknown key {key!r}; use AWS, Service or Federated",
                        )
            return found

        effect = obj.get("Effect")
        if effect is not None and effect not in ("Allow", "Deny"):
            raise ValidationError(
                None, f"PolicyStatement.from_json: Effect={effect!r} is not an effect; use 'Allow' or 'Deny'"
            )
        statement = PolicyStatement(
            actions=as_list(obj.get("Action")),
            not_actions=as_list(obj.get("NotAction")),
            resources=as_list(obj.get("Resource")),
            not_resources=as_list(obj.get("NotResource")),
            principals=principals_of(obj.get("Principal")),
            not_principals=principals_of(obj.get("NotPrincipal")),
            conditions=obj.get("Condition"),
            effect=Effect(effect) if effect is not None else None,
            sid=obj.get("Sid"),
        )
        if statement.validate_for_any_policy():
            raise ValidationError(
                None,
                "PolicyStatement.from_json: obj has neither 'Action' nor 'NotAction' "
                f"(keys: {sorted(obj)!r}); give one of them, with IAM's capitalized key names",
            )
        return statement

    # --- actions --------------------------------------------------------------------------------

    def add_actions(self, *actions: str) -> None:
        """Add actions (`service:Action`, wildcards allowed)."""
        self._check_addable("actions", actions, "not_actions", self._not_action)
        _validate_actions("actions", actions)
        _append_new(self._action, actions)

    def add_not_actions(self, *not_actions: str) -> None:
        """Add actions the statement does not cover."""
        self._check_addable("not_actions", not_actions, "actions", self._action)
        _validate_actions("not_actions", not_actions)
        _append_new(self._not_action, not_actions)

    # --- principals -----------------------------------------------------------------------------

    def add_principals(self, *principals: IPrincipal) -> None:
        """Add principals (for resource policies)."""
        self._check_addable("principals", principals, "not_principals", self._not_principal)
        for principal in principals:
            _validate_principal(principal)
        self._merge_principals(self._principal, _append_new(self._principal_objects, principals))

    def add_not_principals(self, *not_principals: IPrincipal) -> None:
        """Add principals the statement does not apply to."""
        self._check_addable("not_principals", not_principals, "principals", self._principal)
        for principal in not_principals:
            _validate_principal(principal)
        self._merge_principals(self._not_principal, _append_new(self._not_principal_objects, not_principals))

    def add_aws_account_principal(self, account_id: str) -> None:
        """Add an account's root as a principal."""
        from .arn_principals import AccountPrincipal

        self.add_principals(AccountPrincipal(account_id))

    def add_arn_principal(self, arn: str) -> None:
        """Add an ARN principal."""
        from .arn_principals import ArnPrincipal

        self.add_principals(ArnPrincipal(arn))

    def add_service_principal(
        self, service: str, *, conditions: Mapping[str, Any] | None = None, region: str | None = None
    ) -> None:
        """Add a service principal (`region` is deprecated in aws_cdk and changes nothing)."""
        self.add_principals(ServicePrincipal(service, conditions=conditions, region=region))

    def add_federated_principal(self, federated: Any, conditions: Mapping[str, Any]) -> None:
        """Add a federated identity provider principal."""
        from .arn_principals import FederatedPrincipal

        self.add_principals(FederatedPrincipal(federated, conditions))

    def add_account_root_principal(self) -> None:
        """Add the current account's root as a principal."""
        from .arn_principals import AccountRootPrincipal

        self.add_principals(AccountRootPrincipal())

    def add_canonical_user_principal(self, canonical_user_id: str) -> None:
        """Add an S3 canonical user as a principal."""
        from .arn_principals import CanonicalUserPrincipal

        self.add_principals(CanonicalUserPrincipal(canonical_user_id))

    def add_any_principal(self) -> None:
        """Add every principal (`{"AWS": "*"}`)."""
        from .arn_principals import AnyPrincipal

        self.add_principals(AnyPrincipal())

    def _merge_principals(self, into: dict[str, list[Any]], principals: Sequence[IPrincipal]) -> None:
        for principal in principals:
            fragment = principal.policy_fragment
            merge_principal(into, fragment.principal_json)
            self._add_principal_conditions(fragment.conditions)

    def _add_principal_conditions(self, conditions: Mapping[str, Any]) -> None:
        these = _js_json(conditions) if conditions else "{}"
        if self._principal_conditions_json is None:
            self._principal_conditions_json = these
        elif self._principal_conditions_json != these:
            raise ValidationError(
                None,
                f"principals have different conditions ({self._principal_conditions_json} and {these}); "
                "put principals with other conditions in their own statement",
            )
        self.add_conditions(conditions)

    # --- resources ------------------------------------------------------------------------------

    def add_resources(self, *arns: str) -> None:
        """Add resource ARNs."""
        self._check_addable("resources", arns, "not_resources", self._not_resource)
        _append_new(self._resource, arns)

    def add_not_resources(self, *arns: str) -> None:
        """Add resource ARNs the statement does not cover."""
        self._check_addable("not_resources", arns, "resources", self._resource)
        _append_new(self._not_resource, arns)

    def add_all_resources(self) -> None:
        """Cover every resource (`*`)."""
        self.add_resources("*")

    # --- conditions -----------------------------------------------------------------------------

    def add_condition(self, key: str, value: Mapping[str, Any]) -> None:
        """Add a condition; keys of an existing operator are merged."""
        self._assert_not_frozen("add_condition")
        if not Token.is_unresolved(value) and not isinstance(value, Mapping):
            raise ValidationError(
                None, f"conditions[{key!r}]={value!r} is not a mapping; pass {{'condition key': value}}"
            )
        existing = self._condition.get(key)
        if existing and (Token.is_unresolved(existing) or Token.is_unresolved(value)):
            raise ValidationError(
                None,
                f"conditions[{key!r}] is given twice and one is a token, which cannot be merged; "
                "put all keys of the operator in one value",
            )
        self._condition[key] = {**existing, **value} if existing else value

    def add_conditions(self, conditions: Mapping[str, Any]) -> None:
        """Add several conditions."""
        for key, value in conditions.items():
            self.add_condition(key, value)

    def add_account_condition(self, account_id: str) -> None:
        """Require `sts:ExternalId` to be `account_id` (as aws_cdk's method does)."""
        self.add_condition("StringEquals", {"sts:ExternalId": account_id})

    def add_source_account_condition(self, account_id: str) -> None:
        """Require `aws:SourceAccount` to be `account_id`."""
        self.add_condition("StringEquals", {"aws:SourceAccount": account_id})

    def add_source_arn_condition(self, arn: str) -> None:
        """Require `aws:SourceArn` to be like `arn`."""
        self.add_condition("ArnEquals", {"aws:SourceArn": arn})

    # --- reading --------------------------------------------------------------------------------

    @property
    def sid(self) -> str | None:
        """Statement id."""
        return self._sid

    @sid.setter
    def sid(self, value: str | None) -> None:
        self._assert_not_frozen("sid")
        self._sid = value

    @property
    def effect(self) -> Effect:
        """Allow or deny."""
        return self._effect

    @effect.setter
    def effect(self, value: Effect) -> None:
        self._assert_not_frozen("effect")
        self._effect = value

    @property
    def actions(self) -> list[str]:
        """The actions."""
        return list(self._action)

    @property
    def not_actions(self) -> list[str]:
        """The not-actions."""
        return list(self._not_action)

    @property
    def resources(self) -> list[str]:
        """The resources."""
        return list(self._resource)

    @property
    def not_resources(self) -> list[str]:
        """The not-resources."""
        return list(self._not_resource)

    @property
    def conditions(self) -> dict[str, Any]:
        """The conditions."""
        return dict(self._condition)

    @property
    def principals(self) -> list[IPrincipal]:
        """The principals as they were added (aws-cdk-lib keeps the objects, not their JSON)."""
        return list(self._principal_objects)

    @property
    def not_principals(self) -> list[IPrincipal]:
        """The not-principals as they were added."""
        return list(self._not_principal_objects)

    @property
    def has_principal(self) -> bool:
        """True when the statement names principals or not-principals."""
        return bool(self._principal) or bool(self._not_principal)

    @property
    def has_resource(self) -> bool:
        """True when the statement names resources or not-resources."""
        return bool(self._resource) or bool(self._not_resource)

    @property
    def frozen(self) -> bool:
        """True once the statement can no longer change (after it was rendered)."""
        return self._frozen

    def freeze(self) -> PolicyStatement:
        """Forbid further changes and return the statement."""
        self._frozen = True
        return self

    def copy(
        self,
        *,
        actions: Sequence[str] | None = None,
        conditions: Mapping[str, Any] | None = None,
        effect: Effect | None = None,
        not_actions: Sequence[str] | None = None,
        not_principals: Sequence[IPrincipal] | None = None,
        not_resources: Sequence[str] | None = None,
        principals: Sequence[IPrincipal] | None = None,
        resources: Sequence[str] | None = None,
        sid: str | None = None,
    ) -> PolicyStatement:
        """A changeable copy, with the given fields replaced."""
        result = PolicyStatement(
            sid=sid if sid is not None else self._sid,
            effect=effect or self._effect,
            actions=actions if actions is not None else self._action,
            not_actions=not_actions if not_actions is not None else self._not_action,
            resources=resources if resources is not None else self._resource,
            not_resources=not_resources if not_resources is not None else self._not_resource,
            conditions=conditions if conditions is not None else self._condition,
        )
        if principals is not None:
            result.add_principals(*principals)
        else:
            result._principal = {k: list(v) for k, v in self._principal.items()}
            result._principal_objects = list(self._principal_objects)
            result._principal_conditions_json = self._principal_conditions_json
        if not_principals is not None:
            result.add_not_principals(*not_principals)
        else:
            result._not_principal = {k: list(v) for k, v in self._not_principal.items()}
            result._not_principal_objects = list(self._not_principal_objects)
        return result

    # --- rendering and checks ------------------------------------------------------------------

    def to_statement_json(self) -> dict[str, Any]:
        """The statement in IAM JSON, keys in aws-cdk-lib's order, single values unwrapped."""
        rendered = {
            "Action": _norm(self._action, unique=True),
            "NotAction": _norm(self._not_action, unique=True),
            "Condition": _norm(self._condition),
            "Effect": self._effect.value,
            "Principal": _norm_principal(self._principal),
            "NotPrincipal": _norm_principal(self._not_principal),
            "Resource": _norm(self._resource, unique=True),
            "NotResource": _norm(self._not_resource, unique=True),
            "Sid": self._sid,
        }
        return {k: v for k, v in rendered.items() if v is not None}

    def to_json(self) -> dict[str, Any]:
        """Same as `to_statement_json`."""
        return self.to_statement_json()

    def to_string(self) -> str:
        """A string token that renders as the statement's IAM JSON.

        Differs from aws-cdk-lib: its token renders the fields of the statement object, not IAM JSON.
        """
        return Token.as_string(_StatementJson(self))

    def _estimate_size(self, estimate: SizeEstimate) -> float:
        """An estimate of the statement's length in a policy, as aws-cdk-lib estimates it to split
        large policies: literal values count their length, unresolved ones the given estimate."""
        size: float = len(f'"Effect": "{self._effect.value}",')
        for key, values, unresolved_size in (
            ("Action", self._action, estimate.action),
            ("NotAction", self._not_action, estimate.action),
            ("Resource", self._resource, estimate.arn),
            ("NotResource", self._not_resource, estimate.arn),
        ):
            if values:
                size += len(key) + 5
                size += sum(
                    (unresolved_size if Token.is_unresolved(v) else _js_length(str(v))) + 3 for v in values
                )
        size += (len(self._principal_objects) + len(self._not_principal_objects)) * estimate.arn
        conditions = json_dumps(
            self._condition, separators=(",", ":"), ensure_ascii=False, default=_estimate_json
        )
        return size + _js_length(conditions)

    def validate_for_any_policy(self) -> list[str]:
        """Problems that make the statement invalid in any policy."""
        if not self._action and not self._not_action:
            return ["statement has no actions; pass actions=[...] or not_actions=[...]"]
        return []

    def validate_for_identity_policy(self) -> list[str]:
        """Problems that make the statement invalid in an identity policy (role, user, group)."""
        problems = self.validate_for_any_policy()
        if self._principal or self._not_principal:
            problems.append(
                "statement names principals, which identity policies cannot; drop principals=[...]"
            )
        if not self._resource and not self._not_resource:
            problems.append("statement has no resources; pass resources=[...] or not_resources=[...]")
        sid = self._sid
        # IAM accepts only alphanumeric statement ids in identity policies (resource policies allow more).
        if sid and not Token.is_unresolved(sid) and not (sid.isascii() and sid.isalnum()):
            problems.append(
                f"statement has sid={sid!r}, which identity policies do not accept; "
                "use only letters A-Z, a-z and digits 0-9"
            )
        return problems

    def validate_for_trust_policy(self) -> list[str]:
        """Problems that make the statement invalid in a role's trust policy."""
        problems = self.validate_for_any_policy()
        if not self._principal and not self._not_principal:
            problems.append(_NO_PRINCIPALS)
        return problems

    def validate_for_resource_policy(self, *, skip_resource_validation: bool | None = None) -> list[str]:
        """Problems that make the statement invalid in a resource policy (`skip_resource_validation`: a
        statement without resources is fine, as in trust policies; default: False)."""
        problems = self.validate_for_any_policy()
        if not self._principal and not self._not_principal:
            problems.append(_NO_PRINCIPALS)
        if not skip_resource_validation and not self._resource and not self._not_resource:
            problems.append("statement has no resources; pass resources=[...] or not_resources=[...]")
        return problems

    def _check_addable(self, name: str, values: Sequence[Any], other_name: str, other: object) -> None:
        """Before `add_<name>`: the statement is not frozen, and `name` and `other_name` are not both set."""
        self._assert_not_frozen(f"add_{name}")
        if values and other:
            raise ValidationError(None, _exclusive(name, other_name))

    def _assert_not_frozen(self, method: str) -> None:
        if self._frozen:
            raise ValidationError(
                None,
                f"{method} cannot change a statement that has been rendered; call copy() and change the copy",
            )

    def __repr__(self) -> str:
        return f"PolicyStatement({self.to_statement_json()!r})"


def _append_new(target: list[Any], values: Sequence[Any]) -> list[Any]:
    """Append the values `target` does not hold yet and return them: a statement's actions, resources
    and principals are ordered sets, strings equal by value and other objects by identity."""
    if not target and len(values) == 1:  # the common case: a first action, resource or principal
        target.append(values[0])
        return [values[0]]
    seen = {_set_key(value) for value in target}
    added: list[Any] = []
    for value in values:
        key = _set_key(value)
        if key not in seen:
            seen.add(key)
            added.append(value)
    target.extend(added)
    return added


def _set_key(value: Any) -> object:
    return value if isinstance(value, str) else (id(value),)


def _js_length(text: str) -> int:
    """The length of `text` as JavaScript counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _estimate_json(value: Any) -> Any:
    # What JSON.stringify writes for a token object in aws-cdk-lib.
    if isinstance(value, IResolvable):
        return "<unresolved-token>"
    return str(value)


_NO_PRINCIPALS = "statement names no principals; pass principals=[...] or not_principals=[...]"


class _StatementJson(IResolvable):
    """A statement as a token: its IAM JSON."""

    def __init__(self, statement: PolicyStatement) -> None:
        self._statement = statement

    def resolve(self, context: IResolveContext) -> Any:
        return self._statement.to_statement_json()

    def _display_hint(self) -> str:
        return "PolicyStatement"


def _exclusive(given: str, other: str) -> str:
    return f"{given} cannot be added to a statement that has {other}; use one of the two"


def _is_plain_action(action: str) -> bool:
    """True for '*' and 'service:Action' written in letters and digits (most actions): no pattern to run."""
    service, colon, name = action.partition(":")
    return action == "*" or (
        bool(colon)
        and service.isascii()
        and service.replace("-", "").isalnum()
        and name.isascii()
        and name.replace("*", "").isalnum()
    )


def _validate_actions(name: str, actions: Sequence[str]) -> None:
    for action in actions:
        if not isinstance(action, str):
            raise ArgumentTypeError(f"{name} must be strings, got {action!r}")
        if (
            not _is_plain_action(action)
            and not Token.is_unresolved(action)
            and not _ACTION_PATTERN.match(action)
        ):
            raise ValidationError(
                None,
                f"{name} entry {action!r} is not an action; write 'service:ActionName' "
                "(wildcards allowed) or '*'",
            )


def _validate_principal(principal: Any) -> None:
    if not hasattr(principal, "policy_fragment"):
        raise ArgumentTypeError(
            f"principals must be IPrincipal objects (such as ServicePrincipal), got {principal!r}"
        )


def _js_json(value: Any) -> str:
    """JSON text as JavaScript's JSON.stringify writes it (no spaces)."""
    return json_dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
