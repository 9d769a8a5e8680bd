"""ResourcePolicy: a CloudWatch Logs resource policy (`AWS::Logs::ResourcePolicy`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.policy_document import PolicyDocument, PolicyHasStatements
from ..aws_iam.policy_statement import PolicyStatement
from ..cfn.aws_logs import CfnResourcePolicy
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.names import Names
from ..core.resource import Resource
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.lazy import Lazy


@lazy_frozen(kw_only=True)
class ResourcePolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a ResourcePolicy."""

    policy_statements: Sequence[PolicyStatement] | None = field(default=None, converter=optional_tuple)
    """The statements of the policy. Default: none (add them to `document`)."""
    resource_policy_name: str | None = None
    """The policy's name. Default: the construct's unique id."""


class ResourcePolicy(Resource):
    """A resource policy of CloudWatch Logs; its statements are in `document`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        policy_statements: Sequence[PolicyStatement] | None = None,
        resource_policy_name: str | None = None,
    ) -> None:
        props = ResourcePolicyProps(
            policy_statements=policy_statements, resource_policy_name=resource_policy_name
        )
        super().__init__(scope, id, physical_name=props.resource_policy_name)
        self.document = PolicyDocument()
        self._resource = CfnResourcePolicy(
            self,
            "ResourcePolicy",
            policy_name=Lazy.string(lambda: props.resource_policy_name or Names.unique_id(self)),
            # The document's JSON as written, as aws-cdk-lib's `JSON.stringify(document)`: its statements are
            # neither merged nor sorted under minimizePolicies, and duplicates stay.
            policy_document=Lazy.string(lambda: Stack.of(self).to_json_string(self.document.to_json())),
        )
        self.node.default_child = self._resource
        if props.policy_statements:
            self.document.add_statements(*props.policy_statements)
        # Statements may still be added to `document`: an empty one (no PolicyDocument, which CloudFormation
        # requires) is an error at synth, as in aws-cdk-lib.
        given = None if props.policy_statements is None else list(props.policy_statements)
        self.node.add_validation(
            PolicyHasStatements(
                self,
                f"policy_statements={given!r} and document has no statements; a resource policy needs one: "
                "give policy_statements=[...] or call document.add_statements(...)",
            )
        )
