"""UnknownPrincipal: the role of an imported resource that came without one."""

from __future__ import annotations

from ..core.annotations import Annotations
from ..core.construct import DependencyGroup, IConstruct
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.synthesis.json_text import json_stringify
from .principals import AddToPrincipalPolicyResult, PrincipalBase, PrincipalPolicyFragment

if TYPE_CHECKING:
    from .policy_statement import PolicyStatement


@lazy_frozen(kw_only=True)
class UnknownPrincipalProps(metaclass=LazyAttrsMeta):
    """Properties of an UnknownPrincipal."""

    resource: IConstruct
    """The construct that warnings about statements added to the principal go to."""


class UnknownPrincipal(PrincipalBase):
    """A principal whose identity policy is out of reach: a statement added to it becomes a warning on
    `resource` (add it to the role yourself), and it cannot appear in a resource policy."""

    def __init__(self, *, resource: IConstruct) -> None:
        self.resource = resource

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        raise ValidationError(
            self.resource,
            "is imported without a role, so it cannot be the principal of a resource policy; import it "
            "with its role",
        )

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Warn on the resource with the statement to add to its role; report the statement as added."""
        # Differs from aws-cdk-lib: the warning shows the statement's IAM JSON, not the fields of
        # aws-cdk-lib's statement object.
        rendered = json_stringify(Stack.of(self.resource).resolve(statement.to_statement_json()))  # type: ignore[arg-type]
        Annotations.of(self.resource).add_warning_v2(  # type: ignore[arg-type]
            "@aws-cdk/aws-iam:unknownPrincipalAddStatementToRole",
            f"Add statement to this resource's role: {rendered}",
        )
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=DependencyGroup())

    def __str__(self) -> str:
        return f"UnknownPrincipal({self.resource.node.path})"
