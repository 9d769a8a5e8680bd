"""CfnOutput: a template output, optionally exported."""

from __future__ import annotations

from .cfn_element import CfnElement
from .construct import Construct
from .errors import ValidationError
from .lazy_pattern import LazyPattern
from .runtime_typing import TYPE_CHECKING
from .tokens.fn import Fn
from .tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from .cfn_condition import CfnCondition
    from .tokens._resolve import Resolver


class CfnOutput(CfnElement):
    """An entry of the template's Outputs section."""

    _section = "Outputs"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        value: str,
        condition: CfnCondition | None = None,
        description: str | None = None,
        export_name: str | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if value is None:
            raise ValidationError(self, "value=None; CfnOutput needs a value")
        self.value = value
        self.condition = condition
        self.description = description
        self.export_name = export_name
        # As in aws-cdk-lib, `key` names the output in the template; the logical ID (in the metadata)
        # stays the one allocated from the id.
        if key is not None and Token.is_unresolved(key):
            raise ValidationError(
                self,
                f"key={key!r} is a token; the key names the output in the template, so give a literal string",
            )
        self._template_key = key
        self.node.add_validation(_ExportNameRules(self))

    @property
    def import_value(self) -> str:
        """`Fn::ImportValue` of this output's export."""
        if self.export_name is None:
            raise ValidationError(self, "import_value needs export_name; set export_name on the output")
        return Fn.import_value(self.export_name)

    def _render(self, resolver: Resolver) -> Any:
        body: dict[str, Any] = {}
        if self.description is not None:
            body["Description"] = self.description
        body["Value"] = self.value
        if self.export_name is not None:
            body["Export"] = {"Name": self.export_name}
        if self.condition is not None:
            body["Condition"] = self.condition.logical_id
        return resolver.resolve(body)


_EXPORT_NAME = LazyPattern(r"[A-Za-z0-9:-]*")
_MAX_EXPORT_NAME = 255


class _ExportNameRules:
    """CloudFormation's rules for an export name, checked at synth (`export_name` may still change)."""

    def __init__(self, output: CfnOutput) -> None:
        self._output = output

    def validate(self) -> list[str]:
        name = self._output.export_name
        if name is None or Token.is_unresolved(name):
            return []
        if not name:
            return ["export_name='' is empty; give the export a name, or leave export_name unset"]
        problems = []
        if len(name) > _MAX_EXPORT_NAME:
            problems.append(
                f"export_name={name!r} is {len(name)} characters long; use at most {_MAX_EXPORT_NAME}"
            )
        if not _EXPORT_NAME.fullmatch(name):
            problems.append(
                f"export_name={name!r} has characters an export name cannot have; use only letters, digits, "
                "colons and hyphens"
            )
        return problems
