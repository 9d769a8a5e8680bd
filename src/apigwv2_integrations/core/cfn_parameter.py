"""CfnParameter: a template parameter."""

from __future__ import annotations

from collections.abc import Sequence

from .cfn_element import CfnElement
from .cfn_reference import CfnReference
from .construct import Construct
from .errors import ValidationError
from .runtime_typing import TYPE_CHECKING
from .tokens.token import IResolvable, IResolveContext, Token

if TYPE_CHECKING:
    from typing import Any

    from .tokens._resolve import Resolver


def _is_list_type(type: str) -> bool:  # noqa: A002 - the parameter's type
    return "List<" in type or "CommaDelimitedList" in type


class CfnParameter(CfnElement):
    """An entry of the template's Parameters section; its value is read with `value_as_string` etc."""

    _section = "Parameters"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        type: str | None = None,  # noqa: A002 - aws_cdk's keyword
        default: Any = None,
        allowed_pattern: str | None = None,
        allowed_values: Sequence[str] | None = None,
        constraint_description: str | None = None,
        description: str | None = None,
        max_length: int | None = None,
        max_value: float | None = None,
        min_length: int | None = None,
        min_value: float | None = None,
        no_echo: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.type = type or "String"
        self.default = default
        self.allowed_pattern = allowed_pattern
        self.allowed_values = list(allowed_values) if allowed_values is not None else None
        self.constraint_description = constraint_description
        self.description = description
        self.max_length = max_length
        self.max_value = max_value
        self.min_length = min_length
        self.min_value = min_value
        self.no_echo = no_echo

    @property
    def value(self) -> IResolvable:
        """`{"Ref": parameter}`."""
        return CfnReference.for_(self, "Ref")

    @property
    def value_as_string(self) -> str:
        """The parameter's value as a string token (a parameter of a string or number type)."""
        if _is_list_type(self.type):
            self._refuse("value_as_string", "a string or number type", "value_as_list")
        return Token.as_string(self.value)

    @property
    def value_as_number(self) -> float:
        """The parameter's value as a number token (a parameter of type Number)."""
        if self.type != "Number":
            self._refuse(
                "value_as_number",
                "type Number",
                "value_as_list" if _is_list_type(self.type) else "value_as_string",
            )
        return Token.as_number(self.value)

    @property
    def value_as_list(self) -> list[str]:
        """The parameter's value as a list token (a parameter of a list type)."""
        if not _is_list_type(self.type):
            self._refuse("value_as_list", "a list type", "value_as_string")
        return Token.as_list(self.value)

    def _refuse(self, reader: str, needed: str, instead: str) -> None:
        raise ValidationError(
            self, f"{reader} needs a parameter of {needed}, and type={self.type!r}; read it with {instead}"
        )

    # As in aws-cdk-lib, the parameter itself is a token for its value: `Fn.condition_equals(param, "x")`
    # and `Token.as_string(param)` render `{"Ref": param}`.
    def resolve(self, context: IResolveContext) -> Any:
        """`{"Ref": parameter}` (the parameter used as a value)."""
        return self.value

    def _display_hint(self) -> str:
        return "TOKEN"

    def _render(self, resolver: Resolver) -> Any:
        return resolver.resolve(
            {
                "Type": self.type,
                "Default": self.default,
                "AllowedPattern": self.allowed_pattern,
                "AllowedValues": self.allowed_values,
                "ConstraintDescription": self.constraint_description,
                "Description": self.description,
                "MaxLength": self.max_length,
                "MaxValue": self.max_value,
                "MinLength": self.min_length,
                "MinValue": self.min_value,
                "NoEcho": self.no_echo,
            }
        )


IResolvable.register(CfnParameter)
