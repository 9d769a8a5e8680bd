"""The `add_alias` that Function and Version share: an Alias of one version, with id `Alias<alias_name>`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.duration import Duration
from .function_base import FunctionBase

if TYPE_CHECKING:
    from .alias import Alias, VersionWeight
    from .destination import IDestination
    from .lambda_version import IVersion


class _AliasSource(FunctionBase):
    """A function or version that aliases can point at: `_alias_version` says which version."""

    def _alias_version(self) -> IVersion:
        raise NotImplementedError(f"{type(self).__name__} must define _alias_version")

    def add_alias(
        self,
        alias_name: str,
        *,
        additional_versions: Sequence[VersionWeight] | None = None,
        description: str | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> Alias:
        """An alias of the function's `current_version` (of a Version: of itself), id `Alias<alias_name>`."""
        # Deferred: alias.py imports lambda_version.py, which builds on this module; aliases load when used.
        from .alias import Alias

        return Alias(
            self,
            f"Alias{alias_name}",
            alias_name=alias_name,
            version=self._alias_version(),
            additional_versions=additional_versions,
            description=description,
            provisioned_concurrent_executions=provisioned_concurrent_executions,
            max_event_age=max_event_age,
            on_failure=on_failure,
            on_success=on_success,
            retry_attempts=retry_attempts,
        )
