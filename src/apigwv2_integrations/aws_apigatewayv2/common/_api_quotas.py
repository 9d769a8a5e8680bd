"""Per-API counts of integrations and authorizers against API Gateway's quotas, and the route keys in use."""

from __future__ import annotations

from ...core.annotations import Annotations
from ...core.construct import Construct, IConstruct, ledger
from ...core.errors import ValidationError
from ._base import IApi

# 300 integrations per API: a fixed limit for HTTP APIs, a default quota support can raise for WebSocket APIs.
_INTEGRATIONS_PER_API = 300
# 10 authorizers per API is a default quota that support can raise, for HTTP and WebSocket APIs.
_AUTHORIZERS_PER_API_QUOTA = 10
# The counts live on each API's node (see `ledger`), under this name.
_QUOTA_COUNTS = "apigatewayv2:quota-counts"
# The route keys of each API (key -> path of the route that has it), under this name.
_ROUTE_KEYS = "apigatewayv2:route-keys"


def count_integration(scope: Construct, api: IConstruct, *, is_fixed_limit: bool) -> None:
    """Count one more integration of `api`: past 300 an error (HTTP APIs) or a warning (WebSocket APIs)."""
    counts: dict[str, int] = ledger(api, _QUOTA_COUNTS)
    count = counts["integrations"] = counts.get("integrations", 0) + 1
    if count <= _INTEGRATIONS_PER_API:
        return
    if is_fixed_limit:
        raise ValidationError(
            scope,
            f"this is integration {count} of the API; API Gateway allows at most {_INTEGRATIONS_PER_API} "
            "integrations per HTTP API, share integrations between routes or split the API",
        )
    if count == _INTEGRATIONS_PER_API + 1:
        Annotations.of(scope).add_warning_v2(
            "apigwv2:integration-quota",
            f"the API has more than {_INTEGRATIONS_PER_API} integrations, API Gateway's default quota; "
            "ask for a quota increase before deploying",
        )


def count_authorizer(scope: Construct, api: IConstruct) -> None:
    """Count one more authorizer of `api`; past the default quota of 10, a warning."""
    counts: dict[str, int] = ledger(api, _QUOTA_COUNTS)
    count = counts["authorizers"] = counts.get("authorizers", 0) + 1
    if count == _AUTHORIZERS_PER_API_QUOTA + 1:
        Annotations.of(scope).add_warning_v2(
            "apigwv2:authorizer-quota",
            f"the API has more than {_AUTHORIZERS_PER_API_QUOTA} authorizers, API Gateway's default quota; "
            "ask for a quota increase before deploying",
        )


def claim_route_key(scope: Construct, api: IApi, key: str) -> int:
    """Record `key` as the route key of `scope` on `api` and return how many keys `api` has.

    API Gateway refuses a second route with the same key on one API (at deployment), so that is an error.
    """
    keys: dict[str, str] = ledger(api, _ROUTE_KEYS)
    if key in keys:
        raise ValidationError(
            scope,
            f"route_key={key!r} is already the key of {keys[key]} on the same API; "
            "each route key may appear once per API",
        )
    keys[key] = scope.node.path
    return len(keys)
