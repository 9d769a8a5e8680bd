"""Parameter ARNs: whether `parameter/` is followed by a '/' depends on the name being simple."""

from __future__ import annotations

from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.stack import Stack
from ..core.tokens.token import Token


def is_simple_name(
    scope: Construct, name: str | None, simple_name: bool | None, *, keyword: str = "parameter_name"
) -> bool:
    """True when `name` has no leading '/' (a generated name, `None`, always is); `simple_name` must agree."""
    if name is None:
        if simple_name is False:
            raise ValidationError(
                scope,
                f"simple_name=False without a {keyword}; generated names are simple, "
                "so leave simple_name unset or set it to True",
            )
        return True
    if Token.is_unresolved(name):
        if simple_name is None:
            raise ValidationError(
                scope,
                f"{keyword}={name!r} is a token, so whether the ARN needs a '/' after 'parameter' is "
                "unknown; set simple_name=True (a name without a leading '/') or simple_name=False",
            )
        return simple_name
    is_simple = not name.startswith("/")
    if simple_name is not None and simple_name != is_simple:
        problem = "starts with '/'" if simple_name else "does not start with '/'"
        raise ValidationError(
            scope,
            f"{keyword}={name!r} {problem} but simple_name={simple_name!r}; "
            f"leave simple_name unset or set it to {is_simple!r}",
        )
    return is_simple


def arn_for_parameter_name(
    scope: Construct,
    parameter_name: str,
    *,
    name_as_given: str | None,
    simple_name: bool | None = None,
    keyword: str = "parameter_name",
) -> str:
    """The ARN of the parameter `parameter_name` (a name or a token) in the stack of `scope`.

    `name_as_given` is the name the user wrote (`None` for a generated one); it decides, with
    `simple_name`, whether the ARN has a '/' after 'parameter' (a name with a leading '/' brings its own).
    """
    named = name_as_given if name_as_given is not None else parameter_name
    if not Token.is_unresolved(named) and "/" in named and not named.startswith("/"):
        raise ValidationError(
            scope,
            f"{keyword}={named!r} has a '/' but does not start with one; SSM takes such a name only fully "
            f"qualified: use {'/' + named!r}, or a name without '/'",
        )
    separator = "/" if is_simple_name(scope, name_as_given, simple_name, keyword=keyword) else ""
    return Stack.of(scope).format_arn(
        service="ssm",
        resource=f"parameter{separator}{parameter_name}",
        arn_format=ArnFormat.NO_RESOURCE_NAME,
    )
