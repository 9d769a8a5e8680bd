"""The `add_alias` that Function, Version and `$LATEST` share: an Alias of one version, with id
`Alias<alias_name>`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.runtime_typing import TYPE_CHECKING
from .function_base import FunctionBase

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam import IPrincipal
    from ..cfn.aws_lambda import VersionReference
    from ..core.duration import Duration
    from .alias import Alias, VersionWeight
    from .destination import IDestination
    from .lambda_version import IVersion
    from .tenancy_config import TenancyConfig


class _AliasSource(FunctionBase):
    """A function or version that aliases can point at: `_alias_version` says which version."""

    def _alias_version(self) -> IVersion:
        raise NotImplementedError(f"{type(self).__name__} must define _alias_version")

    def add_alias(
        self,
        alias_name: str,
        *,
        additional_versions: Sequence[VersionWeight | Mapping[str, Any]] | None = None,
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


class _LatestVersion(_AliasSource):
    """The `$LATEST` version of a function: a construct of the function that renders nothing, and takes no
    permissions (adding one only warns, as on a function of another environment)."""

    _TREE_FQN = "aws-cdk-lib.aws_lambda.FunctionBase"
    _can_create_permissions = False

    def __init__(self, function: FunctionBase) -> None:
        super().__init__(function, "$LATEST")
        self.lambda_ = function
        self.version = "$LATEST"
        self.function_arn = f"{function.function_arn}:$LATEST"
        self.function_name = f"{function.function_name}:$LATEST"
        self.role = function.role
        self.architecture = function.architecture

    @property
    def version_ref(self) -> VersionReference:
        """A reference to the version: its ARN."""
        from ..cfn.aws_lambda import VersionReference  # deferred: only an app using versions loads it

        return VersionReference(function_arn=self.function_arn)

    @property
    def grant_principal(self) -> IPrincipal:
        return self.lambda_.grant_principal

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]:
        """`$LATEST` alone: an invoke grant on it covers no version or alias (as in aws-cdk-lib)."""
        return [self.function_arn]

    @property
    def latest_version(self) -> Any:
        """Itself: `$LATEST` has no later version."""
        return self

    @property
    def tenancy_config(self) -> TenancyConfig | None:
        """The function's tenancy config (None when it has none)."""
        config: TenancyConfig | None = getattr(self.lambda_, "tenancy_config", None)
        return config

    def _alias_version(self) -> IVersion:
        return self
