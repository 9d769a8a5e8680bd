"""Interfaces of API keys and usage plans, shared by `api_key.py` and `usage_plan.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ...cfn.aws_apigateway import ApiKeyReference, UsagePlanReference


@runtime_checkable
class IApiKey(Protocol):
    """An API key, defined here or imported."""

    @property
    def key_id(self) -> str:
        """The API key's identifier."""
        ...

    @property
    def key_arn(self) -> str:
        """The API key's ARN."""
        ...

    @property
    def api_key_ref(self) -> ApiKeyReference:
        """A reference to this API key (`ApiKeyReference`)."""
        ...


@runtime_checkable
class IUsagePlan(Protocol):
    """A usage plan, defined here or imported."""

    @property
    def usage_plan_id(self) -> str:
        """The usage plan's identifier."""
        ...

    @property
    def usage_plan_ref(self) -> UsagePlanReference:
        """A reference to this usage plan (`UsagePlanReference`)."""
        ...

    def add_api_key(self, api_key: IApiKey, *, override_logical_id: str | None = None) -> Any:
        """Let `api_key` use this plan."""
        ...
