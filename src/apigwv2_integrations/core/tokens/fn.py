"""CloudFormation intrinsic functions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..construct import enclosing_stack
from ..errors import ArgumentTypeError, InvalidValueError, ValidationError
from ..runtime_typing import TYPE_CHECKING, Protocol, cast
from ..synthesis.json_text import json_stringify
from ._resolve import minimal_join
from .lazy import _LazyValue
from .token import Intrinsic, IResolvable, IResolveContext, ResolutionTypeHint, Token

if TYPE_CHECKING:
    from typing import Any


class _FnJoin(IResolvable):
    def __init__(self, delimiter: str, values: Sequence[Any]) -> None:
        self.delimiter = delimiter
        self.values = list(values)

    def resolve(self, context: IResolveContext) -> Any:
        if Token.is_unresolved(self.values):
            return {"Fn::Join": [self.delimiter, self.values]}
        parts = minimal_join(self.delimiter, [context.resolve(v) for v in self.values])
        if len(parts) == 1:
            return parts[0]
        return {"Fn::Join": [self.delimiter, parts]}

    def _display_hint(self) -> str:
        return "Fn.join"


_LANGUAGE_EXTENSIONS = "AWS::LanguageExtensions"


class _TransformTarget(Protocol):
    def add_transform(self, transform: str) -> None: ...


class _LanguageExtensionIntrinsic(IResolvable):
    """An intrinsic CloudFormation only knows under the AWS::LanguageExtensions transform.

    Each resolution adds the transform to the stack that renders the value, as aws-cdk-lib does: so a
    stack resolving two such values carries the transform twice and renders it as a one-item list.
    """

    def __init__(self, name: str, argument: Any) -> None:
        self._name = name
        self._argument = argument

    def resolve(self, context: IResolveContext) -> Any:
        cast("_TransformTarget", enclosing_stack(context.scope)).add_transform(_LANGUAGE_EXTENSIONS)
        return {self._name: self._argument}

    def _display_hint(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._name!r}, {self._argument!r})"


# Numbers cross into aws-cdk-lib as JavaScript numbers: a larger int is written as its nearest double.
_LARGEST_EXACT_INT = 2**53


def _json_value(value: Any) -> Any:
    """`value` as aws-cdk-lib's JSON.stringify sees it: a None member of a dict is left out (it never
    reaches JavaScript), a None item of a list is `null`, and a token object is a placeholder."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return value
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_json_value(item) for item in value]
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value) if abs(value) >= _LARGEST_EXACT_INT else value
    if isinstance(value, IResolvable):
        shown = value.to_json()
        if shown is not value:
            return _json_value(shown)
        return "<unresolved-lazy>" if isinstance(value, _LazyValue) else "<unresolved-token>"
    if isinstance(value, float):
        return value
    raise ArgumentTypeError(
        f"Fn.to_json_string: {value!r} is a {kind.__name__}, which has no JSON text; "
        "use strings, numbers, booleans, lists and dicts"
    )


class ICfnConditionExpression(IResolvable):
    """An expression usable in a CfnCondition."""


class ICfnRuleConditionExpression(ICfnConditionExpression):
    """An expression usable in a CfnRule."""


class _ConditionExpression(Intrinsic, ICfnRuleConditionExpression):
    pass


def _condition(name: str, value: Any) -> ICfnRuleConditionExpression:
    return _ConditionExpression({name: value})


class Fn:
    """CloudFormation intrinsic functions, as tokens."""

    @staticmethod
    def ref(logical_name: str) -> str:
        """`{"Ref": logical_name}` as a string token."""
        return Token.as_string(Intrinsic({"Ref": logical_name}), display_hint=logical_name)

    @staticmethod
    def get_att(logical_name_of_resource: str, attribute_name: str) -> IResolvable:
        """`Fn::GetAtt` of a resource attribute."""
        return Intrinsic({"Fn::GetAtt": [logical_name_of_resource, attribute_name]})

    @staticmethod
    def join(delimiter: str, list_of_values: Sequence[str]) -> str:
        """`Fn::Join`; a join of literals is folded to a plain string."""
        values = list_of_values if isinstance(list_of_values, list) else list(list_of_values)
        if not values:
            raise InvalidValueError("Fn.join: list_of_values=[] is empty; pass at least one value")
        if not Token.is_unresolved(values) and not any(Token.is_unresolved(v) for v in values):
            return delimiter.join(str(v) for v in values)
        return Token.as_string(_FnJoin(delimiter, values))

    @staticmethod
    def split(delimiter: str, source: str, assumed_length: int | None = None) -> list[str]:
        """`Fn::Split`; a literal source is split right away."""
        if not Token.is_unresolved(source):
            # An empty delimiter splits into characters, as in aws-cdk-lib (JavaScript's split).
            return source.split(delimiter) if delimiter else list(source)
        if Token.is_unresolved(delimiter):
            raise InvalidValueError("Fn.split: delimiter may not be a token")
        parts = Token.as_list(Intrinsic({"Fn::Split": [delimiter, source]}))
        if assumed_length is None:
            return parts
        return [Fn.select(i, parts) for i in range(assumed_length)]

    @staticmethod
    def select(index: int, array: Sequence[str]) -> str:
        """`Fn::Select`; a literal list is indexed right away."""
        values = list(array) if not isinstance(array, list) else array
        is_literal = not Token.is_unresolved(values) and not any(Token.is_unresolved(v) for v in values)
        if not Token.is_unresolved(index) and (index < 0 or (is_literal and index >= len(values))):
            if not is_literal:
                where, allowed = "", "use 0 or more"
            elif values:
                where, allowed = f" of a list of {len(values)} values", f"use 0 to {len(values) - 1}"
            else:
                where, allowed = " of an empty list", "pass a list with a value at that index"
            raise ValidationError(None, f"Fn.select: index={index!r} is out of range{where}; {allowed}")
        if is_literal and not Token.is_unresolved(index):
            return values[index]
        return Token.as_string(Intrinsic({"Fn::Select": [index, values]}), display_hint="Fn.select")

    @staticmethod
    def sub(body: str, variables: Mapping[str, str] | None = None) -> str:
        """`Fn::Sub`."""
        value: Any = [body, dict(variables)] if variables else body
        return Token.as_string(Intrinsic({"Fn::Sub": value}), display_hint="Fn.sub")

    @staticmethod
    def parse_domain_name(url: str) -> str:
        """The domain name of a URL such as `https://example.com/path` (given as a token)."""
        without_scheme = Fn.select(1, Fn.split("//", url))
        return Fn.select(0, Fn.split("/", without_scheme))

    @staticmethod
    def transform(macro_name: str, parameters: Mapping[str, Any]) -> IResolvable:
        """`Fn::Transform`: run a macro on part of the template."""
        return Intrinsic({"Fn::Transform": {"Name": macro_name, "Parameters": dict(parameters)}})

    @staticmethod
    def base64(data: str) -> str:
        """`Fn::Base64`."""
        return Token.as_string(Intrinsic({"Fn::Base64": data}), display_hint="Fn.base64")

    @staticmethod
    def cidr(ip_block: str, count: int, size_mask: str | None = None) -> list[str]:
        """`Fn::Cidr`: a list of CIDR blocks."""
        if not Token.is_unresolved(count) and not 1 <= count <= 256:
            raise InvalidValueError(f"Fn.cidr: count={count!r} is out of range; use 1 to 256")
        return Token.as_list(Intrinsic({"Fn::Cidr": [ip_block, count, size_mask]}))

    @staticmethod
    def get_azs(region: str | None = None) -> list[str]:
        """`Fn::GetAZs` of `region` (the stack's region by default)."""
        return Token.as_list(Intrinsic({"Fn::GetAZs": region or ""}), display_hint="Fn.getAZs")

    @staticmethod
    def get_stack_output(
        stack_name: str, output_name: str, region: str | None = None, role_arn: str | None = None
    ) -> str:
        """`Fn::GetStackOutput`: an output of another stack, read at deployment (no export needed)."""
        value: dict[str, Any] = {"StackName": stack_name}
        if region is not None:
            value["Region"] = region
        if role_arn is not None:
            value["RoleArn"] = role_arn
        value["OutputName"] = output_name
        return Token.as_string(Intrinsic({"Fn::GetStackOutput": value}), display_hint="Fn.getStackOutput")

    @staticmethod
    def import_value(shared_value_to_import: str) -> str:
        """`Fn::ImportValue`."""
        return Token.as_string(
            Intrinsic({"Fn::ImportValue": shared_value_to_import}), display_hint="Fn.importValue"
        )

    @staticmethod
    def import_list_value(
        shared_value_to_import: str, assumed_length: int, delimiter: str = ","
    ) -> list[str]:
        """`Fn::ImportValue` of a delimited list, split into `assumed_length` elements."""
        return Fn.split(delimiter, Fn.import_value(shared_value_to_import), assumed_length)

    @staticmethod
    def find_in_map(
        map_name: str, top_level_key: str, second_level_key: str, default_value: str | None = None
    ) -> str:
        """`Fn::FindInMap`; with a `default_value` it adds the AWS::LanguageExtensions transform to the stack
        that uses it, as the default needs it."""
        args: list[Any] = [map_name, top_level_key, second_level_key]
        if default_value is not None:
            args.append({"DefaultValue": default_value})
            return Token.as_string(_LanguageExtensionIntrinsic("Fn::FindInMap", args))
        return Token.as_string(Intrinsic({"Fn::FindInMap": args}), display_hint="Fn.findInMap")

    @staticmethod
    def len(array: Any) -> float:
        """The number of items of `array`: counted now for a literal list, else `Fn::Length` (which adds
        the AWS::LanguageExtensions transform to the stack that uses it)."""
        if not Token.is_unresolved(array):
            if not isinstance(array, Sequence) or isinstance(array, str):
                raise ArgumentTypeError(f"Fn.len: array={array!r} is not a list; pass a list or a list token")
            return len(array)
        return Token.as_number(_LanguageExtensionIntrinsic("Fn::Length", array))

    @staticmethod
    def to_json_string(object: Any) -> str:  # noqa: A002 - aws_cdk's keyword
        """The JSON text of `object`, written now (string tokens inside stay tokens in the text); a token
        becomes `Fn::ToJsonString`, which adds the AWS::LanguageExtensions transform to the stack that uses
        it."""
        if Token.is_unresolved(object):
            return Token.as_string(_LanguageExtensionIntrinsic("Fn::ToJsonString", object))
        if object is None:
            raise ArgumentTypeError(
                "Fn.to_json_string: object=None has no JSON text; pass a value, or JsonNull.INSTANCE for null"
            )
        return json_stringify(_json_value(object))

    @staticmethod
    def get_att_string(logical_name_of_resource: str, attribute_name: str) -> str:
        """`Fn::GetAtt` as a string token."""
        return Token.as_string(Fn.get_att(logical_name_of_resource, attribute_name))

    @staticmethod
    def condition_and(*conditions: ICfnConditionExpression) -> ICfnRuleConditionExpression:
        """`Fn::And` of 1 to 10 conditions (one condition is returned as is)."""
        if not 1 <= len(conditions) <= 10:
            raise InvalidValueError(f"Fn.condition_and: got {len(conditions)} conditions; pass 1 to 10")
        if len(conditions) == 1:
            only = conditions[0]
            return only if isinstance(only, ICfnRuleConditionExpression) else _ConditionExpression(only)
        return _condition("Fn::And", list(conditions))

    @staticmethod
    def condition_or(*conditions: ICfnConditionExpression) -> ICfnRuleConditionExpression:
        """`Fn::Or` of 1 to 10 conditions (one condition is returned as is)."""
        if not 1 <= len(conditions) <= 10:
            raise InvalidValueError(f"Fn.condition_or: got {len(conditions)} conditions; pass 1 to 10")
        if len(conditions) == 1:
            only = conditions[0]
            return only if isinstance(only, ICfnRuleConditionExpression) else _ConditionExpression(only)
        return _condition("Fn::Or", list(conditions))

    @staticmethod
    def condition_not(condition: ICfnConditionExpression) -> ICfnRuleConditionExpression:
        """`Fn::Not`."""
        return _condition("Fn::Not", [condition])

    @staticmethod
    def condition_equals(lhs: Any, rhs: Any) -> ICfnRuleConditionExpression:
        """`Fn::Equals`."""
        return _condition("Fn::Equals", [lhs, rhs])

    @staticmethod
    def condition_if(
        condition_id: str, value_if_true: Any, value_if_false: Any
    ) -> ICfnRuleConditionExpression:
        """`Fn::If`."""
        return _condition("Fn::If", [condition_id, value_if_true, value_if_false])

    @staticmethod
    def condition_contains(list_of_strings: Sequence[str], value: str) -> ICfnRuleConditionExpression:
        """`Fn::Contains` (rules only)."""
        return _condition("Fn::Contains", [list(list_of_strings), value])

    @staticmethod
    def condition_each_member_equals(
        list_of_strings: Sequence[str], value: str
    ) -> ICfnRuleConditionExpression:
        """`Fn::EachMemberEquals` (rules only)."""
        return _condition("Fn::EachMemberEquals", [list(list_of_strings), value])

    @staticmethod
    def condition_each_member_in(
        strings_to_check: Sequence[str], strings_to_match: Sequence[str]
    ) -> ICfnRuleConditionExpression:
        """`Fn::EachMemberIn` (rules only)."""
        return _condition("Fn::EachMemberIn", [list(strings_to_check), list(strings_to_match)])

    @staticmethod
    def ref_all(parameter_type: str) -> list[str]:
        """`Fn::RefAll` (rules only)."""
        return Token.as_list(Intrinsic({"Fn::RefAll": parameter_type}))

    @staticmethod
    def value_of(parameter_or_logical_id: str, attribute: str) -> str:
        """`Fn::ValueOf` (rules only)."""
        return Token.as_string(Intrinsic({"Fn::ValueOf": [parameter_or_logical_id, attribute]}))

    @staticmethod
    def value_of_all(parameter_type: str, attribute: str) -> list[str]:
        """`Fn::ValueOfAll` (rules only)."""
        return Token.as_list(Intrinsic({"Fn::ValueOfAll": [parameter_type, attribute]}))

    @staticmethod
    def conditionally(condition_id: str, value_if_true: Any, value_if_false: Any) -> IResolvable:
        """`Fn::If` as a plain value, for use in properties."""
        return Intrinsic({"Fn::If": [condition_id, value_if_true, value_if_false]})


__all__ = ["Fn", "ICfnConditionExpression", "ICfnRuleConditionExpression", "ResolutionTypeHint"]
