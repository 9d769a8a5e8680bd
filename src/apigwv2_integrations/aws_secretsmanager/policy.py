"""ResourcePolicy: the resource policy of a secret (`AWS::SecretsManager::ResourcePolicy`)."""

from __future__ import annotations

from ..aws_iam.policy_document import PolicyDocument, PolicyHasStatements
from ..cfn.aws_secretsmanager import CfnResourcePolicy
from ..core.construct import Construct
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class ResourcePolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a ResourcePolicy."""

    secret: Any
    """The secret the policy applies to (an ISecret)."""


class ResourcePolicy(Resource):
    """A secret's resource policy; its statements are in `document`."""

    def __init__(self, scope: Construct, id: str, *, secret: Any) -> None:
        super().__init__(scope, id)
        props = ResourcePolicyProps(secret=secret)
        self.document = PolicyDocument()
        CfnResourcePolicy(self, "Resource", resource_policy=self.document, secret_id=props.secret.secret_arn)
        self.node.add_validation(
            PolicyHasStatements(
                self,
                "document has no statements; add one with document.add_statements(...) or drop the "
                "ResourcePolicy",
            )
        )
