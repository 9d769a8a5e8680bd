"""A stack's template as if it were deployed: intrinsic functions evaluated to local stand-in values."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from ..assertions import Template
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

LOCAL_ACCOUNT = "123456789012"
DEFAULT_REGION = "us-east-1"
_SUB_VARIABLE = re.compile(r"\$\{([^}!][^}]*)\}")

# What `Ref` returns for resource types whose Ref is not a plain identifier.
_ARN_REF_TYPES = frozenset(
    {
        "AWS::ElasticLoadBalancingV2::Listener",
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "AWS::StepFunctions::StateMachine",
        "AWS::SNS::Topic",
    }
)


def short_id(logical_id: str) -> str:
    """A stable 10-character lower-case id, like the ids API Gateway gives APIs and resources."""
    return hashlib.sha1(logical_id.encode("utf-8")).hexdigest()[:10]


class Deployment:
    """One stack's rendered template, its constructs by logical ID, and evaluated property values."""

    def __init__(self, stack: Stack) -> None:
        self.stack = stack
        self.template: dict[str, Any] = Template.from_stack(stack).to_json()
        self.resources: dict[str, Any] = self.template.get("Resources", {})
        region = stack.region
        self.region = (
            region if isinstance(region, str) and not Token.is_unresolved(region) else DEFAULT_REGION
        )
        account = stack.account
        self.account = (
            account if isinstance(account, str) and not Token.is_unresolved(account) else LOCAL_ACCOUNT
        )
        self.constructs: dict[str, Construct] = {}
        for construct in stack.node.find_all():
            if isinstance(construct, CfnResource) and Stack.of(construct) is stack:
                self.constructs[construct.logical_id] = construct

    def resource_arn(self, logical_id: str) -> str:
        """The stand-in ARN of a resource of this template."""
        resource_type = self.resources.get(logical_id, {}).get("Type", "")
        service = resource_type.split("::")[1].lower() if resource_type.count("::") == 2 else "local"
        if resource_type == "AWS::Lambda::Function":
            return f"arn:aws:lambda:{self.region}:{self.account}:function:{logical_id}"
        if resource_type == "AWS::SQS::Queue":
            return f"arn:aws:sqs:{self.region}:{self.account}:{logical_id}"
        if resource_type == "AWS::StepFunctions::StateMachine":
            return f"arn:aws:states:{self.region}:{self.account}:stateMachine:{logical_id}"
        if resource_type == "AWS::Events::EventBus":
            return f"arn:aws:events:{self.region}:{self.account}:event-bus/{logical_id}"
        return f"arn:aws:{service}:{self.region}:{self.account}:{logical_id}"

    def ref(self, name: str) -> str:
        """What `{"Ref": name}` evaluates to."""
        pseudo = {
            "AWS::Region": self.region,
            "AWS::AccountId": self.account,
            "AWS::Partition": "aws",
            "AWS::URLSuffix": "amazonaws.com",
            "AWS::StackName": self.stack.stack_name,
            "AWS::StackId": (
                f"arn:aws:cloudformation:{self.region}:{self.account}:stack/{self.stack.stack_name}"
            ),
            "AWS::NoValue": "",
        }
        if name in pseudo:
            return pseudo[name]
        resource_type = self.resources.get(name, {}).get("Type", "")
        if resource_type.startswith("AWS::ApiGatewayV2::"):
            return short_id(name)
        if resource_type == "AWS::SQS::Queue":
            return f"https://sqs.{self.region}.amazonaws.com/{self.account}/{name}"
        if resource_type in _ARN_REF_TYPES:
            return self.resource_arn(name)
        parameter = self.template.get("Parameters", {}).get(name)
        if parameter is not None:
            return str(parameter.get("Default", name))
        return name

    def get_att(self, logical_id: str, attribute: str) -> str:
        """What `{"Fn::GetAtt": [logical_id, attribute]}` evaluates to."""
        if attribute == "Arn":
            return self.resource_arn(logical_id)
        if attribute in ("QueueUrl",):
            return self.ref(logical_id)
        if attribute in ("QueueName", "Name", "FunctionName"):
            return logical_id
        return f"{logical_id}.{attribute}"

    def evaluate(self, value: Any) -> Any:
        """`value` with every intrinsic function replaced by its local stand-in."""
        if isinstance(value, list):
            return [self.evaluate(item) for item in value]
        if not isinstance(value, Mapping):
            return value
        if len(value) == 1:
            ((key, argument),) = value.items()
            if key == "Ref":
                return self.ref(argument)
            if key == "Fn::GetAtt":
                parts = argument if isinstance(argument, list) else str(argument).split(".", 1)
                return self.get_att(str(parts[0]), str(parts[1]))
            if key == "Fn::Join":
                separator, items = argument
                return str(separator).join(str(self.evaluate(item)) for item in self.evaluate(items))
            if key == "Fn::Sub":
                return self._sub(argument)
            if key == "Fn::Select":
                index, items = argument
                return self.evaluate(items)[int(self.evaluate(index))]
            if key == "Fn::Split":
                separator, text = argument
                return str(self.evaluate(text)).split(separator)
            if key == "Fn::ImportValue":
                return f"imported:{self.evaluate(argument)}"
            if key == "Fn::If":
                return self.evaluate(argument[1])
            if key == "Fn::Base64":
                return self.evaluate(argument)
        return {key: self.evaluate(item) for key, item in value.items()}

    def _sub(self, argument: Any) -> str:
        text, variables = (argument, {}) if isinstance(argument, str) else (argument[0], argument[1])

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in variables:
                return str(self.evaluate(variables[name]))
            if "." in name and not name.startswith("AWS::"):
                logical_id, attribute = name.split(".", 1)
                return self.get_att(logical_id, attribute)
            return self.ref(name)

        return _SUB_VARIABLE.sub(replace, str(text))

    def properties(self, logical_id: str) -> dict[str, Any]:
        """The evaluated properties of a resource."""
        result = self.evaluate(self.resources[logical_id].get("Properties", {}))
        return result if isinstance(result, dict) else {}

    def of_type(self, resource_type: str) -> list[str]:
        """Logical IDs of the resources of one type, in template order."""
        return [key for key, value in self.resources.items() if value.get("Type") == resource_type]

    def logical_id_of(self, value: Any) -> str | None:
        """The logical ID a construct, a CfnResource or a token referring to one stands for."""
        if isinstance(value, CfnResource):
            return value.logical_id
        if isinstance(value, Construct):
            child = value.node.default_child
            if isinstance(child, CfnResource):
                return child.logical_id
            return None
        if isinstance(value, str) and Token.is_unresolved(value):
            resolved = self.stack.resolve(value)
            if isinstance(resolved, Mapping) and len(resolved) == 1:
                ((key, argument),) = resolved.items()
                if key == "Ref":
                    return str(argument)
                if key == "Fn::GetAtt":
                    return str(argument[0])
        return None

    def evaluate_token(self, value: Any) -> Any:
        """A value that may hold tokens of this stack, evaluated."""
        return self.evaluate(self.stack.resolve(value))
