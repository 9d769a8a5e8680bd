"""ListenerCondition: when a listener rule applies (paths, hosts, headers, methods, queries, source IPs)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ..shared._rendering import cfn_object

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class QueryStringCondition(metaclass=LazyAttrsMeta):
    """A query string key/value pair to match."""

    value: str
    """The value to match."""
    key: str | None = None
    """The key to match. Default: any key."""


def _to_query_string_condition(value: QueryStringCondition | Mapping[str, Any]) -> QueryStringCondition:
    return QueryStringCondition(**value) if isinstance(value, Mapping) else value


class ListenerCondition:
    """A condition of a listener rule."""

    def __init__(self, field: str, config_key: str, config: dict[str, Any], call: str) -> None:
        self._field = field
        self._config_key = config_key
        self._config = config
        self._call = call

    @staticmethod
    def host_headers(values: Sequence[str]) -> ListenerCondition:
        """Match any of these host names (wildcards allowed)."""
        return ListenerCondition(
            "host-header", "HostHeaderConfig", {"Values": list(values)}, f"host_headers({list(values)!r})"
        )

    @staticmethod
    def http_header(name: str, values: Sequence[str]) -> ListenerCondition:
        """Match a header with any of these values."""
        return ListenerCondition(
            "http-header",
            "HttpHeaderConfig",
            {"HttpHeaderName": name, "Values": list(values)},
            f"http_header({name!r}, {list(values)!r})",
        )

    @staticmethod
    def http_request_methods(values: Sequence[str]) -> ListenerCondition:
        """Match any of these HTTP methods."""
        return ListenerCondition(
            "http-request-method",
            "HttpRequestMethodConfig",
            {"Values": list(values)},
            f"http_request_methods({list(values)!r})",
        )

    @staticmethod
    def path_patterns(values: Sequence[str]) -> ListenerCondition:
        """Match any of these path patterns (wildcards allowed); at most five."""
        if len(values) > 5:
            raise ValidationError(
                None,
                f"path_patterns(values={list(values)!r}) has {len(values)} patterns; a rule condition "
                "takes at most 5, so split them over several rules",
            )
        return ListenerCondition(
            "path-pattern", "PathPatternConfig", {"Values": list(values)}, f"path_patterns({list(values)!r})"
        )

    @staticmethod
    def query_strings(values: Sequence[QueryStringCondition | Mapping[str, Any]]) -> ListenerCondition:
        """Match any of these query string key/value pairs."""
        conditions = [_to_query_string_condition(v) for v in values]
        return ListenerCondition(
            "query-string",
            "QueryStringConfig",
            {"Values": [cfn_object(Key=c.key, Value=c.value) for c in conditions]},
            f"query_strings({conditions!r})",
        )

    @staticmethod
    def source_ips(values: Sequence[str]) -> ListenerCondition:
        """Match clients from any of these CIDR ranges."""
        return ListenerCondition(
            "source-ip", "SourceIpConfig", {"Values": list(values)}, f"source_ips({list(values)!r})"
        )

    def render_raw_condition(self) -> Any:
        """The condition as CloudFormation renders it in a rule's `Conditions`."""
        return cfn_object(Field=self._field, **{self._config_key: self._config})

    def __repr__(self) -> str:
        return f"ListenerCondition.{self._call}"
