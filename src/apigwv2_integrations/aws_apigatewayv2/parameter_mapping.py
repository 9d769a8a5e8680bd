"""Parameter mappings: how an HTTP API integration rewrites requests before they reach the backend."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.tokens.token import Token

# Headers API Gateway does not let parameter mappings change (HTTP APIs, "Reserved headers").
RESERVED_HEADERS = frozenset(
    {
        "authorization",
        "connection",
        "content-encoding",
        "content-length",
        "content-location",
        "forwarded",
        "keep-alive",
        "origin",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailers",
        "transfer-encoding",
        "upgrade",
        "via",
        "x-forwarded-for",
        "x-forwarded-host",
        "x-forwarded-proto",
    }
)
RESERVED_HEADER_PREFIXES = ("access-control-", "apigw-", "x-amz-", "x-amzn-")
# Compiled by `re` on first use (and cached there), not at import: only parameter mappings need them.
_HEADER_NAME = r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$"
_REQUEST_KEY = r"^(append|overwrite|remove):(header|querystring)\.(.+)$"


@runtime_checkable
class IMappingValue(Protocol):
    """A value a parameter mapping writes."""

    @property
    def value(self) -> str:
        """The mapping expression or constant."""
        ...


class MappingValue:
    """A value a parameter mapping writes: a request part, a variable or a constant."""

    NONE: MappingValue

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def request_header(name: str) -> MappingValue:
        """The value of a request header."""
        return MappingValue(f"$request.header.{name}")

    @staticmethod
    def request_query_string(name: str) -> MappingValue:
        """The value of a query string parameter."""
        return MappingValue(f"$request.querystring.{name}")

    @staticmethod
    def request_body(name: str) -> MappingValue:
        """A JSON path into the request body."""
        return MappingValue(f"$request.body.{name}")

    @staticmethod
    def request_path() -> MappingValue:
        """The request path, without the stage."""
        return MappingValue("$request.path")

    @staticmethod
    def request_path_param(name: str) -> MappingValue:
        """The value of a path parameter."""
        return MappingValue(f"$request.path.{name}")

    @staticmethod
    def context_variable(variable_name: str) -> MappingValue:
        """A `$context` variable."""
        return MappingValue(f"$context.{variable_name}")

    @staticmethod
    def stage_variable(variable_name: str) -> MappingValue:
        """A stage variable."""
        return MappingValue(f"$stageVariables.{variable_name}")

    @staticmethod
    def custom(value: str) -> MappingValue:
        """A constant or any selection expression."""
        return MappingValue(value)

    def __repr__(self) -> str:
        return f"MappingValue({self.value!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MappingValue) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)


MappingValue.NONE = MappingValue("")


def mapping_key_problem(key: str) -> str | None:
    """Why API Gateway would reject a request-mapping key, or None when it is acceptable.

    Free-form keys (such as `QueueUrl` for AWS service integrations) are accepted as they are.
    """
    if Token.is_unresolved(key) or key == "overwrite:path":
        return None
    if not key.startswith(("append:", "overwrite:", "remove:")):
        return None
    match = re.match(_REQUEST_KEY, key)
    if match is None:
        return (
            f"parameter_mapping key {key!r} is malformed; use "
            "'append|overwrite|remove:header|querystring.<name>' or 'overwrite:path'"
        )
    location, name = match.group(2), match.group(3)
    if location == "header":
        if not re.match(_HEADER_NAME, name):
            return (
                f"parameter_mapping key {key!r} has an invalid header name {name!r}; "
                "use letters, digits and -"
            )
        lowered = name.lower()
        if lowered in RESERVED_HEADERS or lowered.startswith(RESERVED_HEADER_PREFIXES):
            return (
                f"parameter_mapping key {key!r} targets the reserved header {name!r}, which API Gateway "
                "does not let mappings change; map it to another header name"
            )
    return None


# The request parts a mapping value may read from (`$request.header.x-id`, `${request.path.id}`, ...).
_REQUEST_SOURCE = r"\$\{?request\.([A-Za-z]*)"  # compiled by `re` on first use
_REQUEST_SOURCES = ("header", "querystring", "body", "path", "multivalueheader", "multivaluequerystring")


def mapping_value_problem(key: str, value: str) -> str | None:
    """Why API Gateway would reject a mapping value (a request part it does not know), or None."""
    if not isinstance(value, str) or Token.is_unresolved(value):
        return None
    for match in re.finditer(_REQUEST_SOURCE, value):
        if match.group(1) not in _REQUEST_SOURCES:
            return (
                f"parameter_mapping[{key!r}]={value!r} reads from an unknown request part "
                f"'$request.{match.group(1)}'; use $request.header.<name>, $request.querystring.<name>, "
                "$request.body.<path>, $request.path.<name> or $request.path"
            )
    return None


class ParameterMapping:
    """Request parameter mappings of an integration; every method returns the mapping for chaining."""

    def __init__(self) -> None:
        self.mappings: dict[str, str] = {}

    @staticmethod
    def from_object(obj: Mapping[str, MappingValue]) -> ParameterMapping:
        """A mapping from `{key: MappingValue}`."""
        mapping = ParameterMapping()
        for key, value in obj.items():
            mapping.custom(key, value.value)
        return mapping

    def append_header(self, name: str, value: MappingValue) -> ParameterMapping:
        """Append a value to a header."""
        return self.custom(f"append:header.{name}", value.value)

    def overwrite_header(self, name: str, value: MappingValue) -> ParameterMapping:
        """Replace a header's value."""
        return self.custom(f"overwrite:header.{name}", value.value)

    def remove_header(self, name: str) -> ParameterMapping:
        """Remove a header."""
        return self.custom(f"remove:header.{name}", "")

    def append_query_string(self, name: str, value: MappingValue) -> ParameterMapping:
        """Append a value to a query string parameter."""
        return self.custom(f"append:querystring.{name}", value.value)

    def overwrite_query_string(self, name: str, value: MappingValue) -> ParameterMapping:
        """Replace a query string parameter's value."""
        return self.custom(f"overwrite:querystring.{name}", value.value)

    def remove_query_string(self, name: str) -> ParameterMapping:
        """Remove a query string parameter."""
        return self.custom(f"remove:querystring.{name}", "")

    def overwrite_path(self, value: MappingValue) -> ParameterMapping:
        """Replace the request path."""
        return self.custom("overwrite:path", value.value)

    def custom(self, key: str, value: str) -> ParameterMapping:
        """Set any key; a later call with the same key wins."""
        self.mappings[key] = value
        return self

    def problems(self) -> list[str]:
        """Keys API Gateway would reject, with the reason."""
        problems = [problem for key in self.mappings if (problem := mapping_key_problem(key)) is not None]
        problems += [
            problem
            for key, value in self.mappings.items()
            if (problem := mapping_value_problem(key, value)) is not None
        ]
        return problems

    def __repr__(self) -> str:
        return f"ParameterMapping({self.mappings!r})"
