"""BootstraplessSynthesizer: a stack for an environment that was never bootstrapped (no assets)."""

from __future__ import annotations

from ..asset_types import (
    DockerImageAssetLocation,
    DockerImageAssetSource,
    FileAssetLocation,
    FileAssetSource,
)
from ..errors import ValidationError
from ..runtime_typing import TYPE_CHECKING
from ..struct import LazyAttrsMeta, lazy_frozen
from .synthesizers import (
    DefaultStackSynthesizer,
    StackArtifactParts,
    _AssetKeywords,
    _BootstrapNames,
    _shallow_copy,
)

if TYPE_CHECKING:
    from typing import Any

    from ..stack import Stack


@lazy_frozen(kw_only=True)
class BootstraplessSynthesizerProps(metaclass=LazyAttrsMeta):
    """The keywords of `BootstraplessSynthesizer` as one struct."""

    cloud_formation_execution_role_arn: str | None = None
    """The role CloudFormation deploys with. Default: the bootstrap execution role of `qualifier`."""
    deploy_role_arn: str | None = None
    """The role that deploys the stack. Default: the bootstrap deploy role of `qualifier`."""
    qualifier: str | None = None
    """The bootstrap qualifier of the default roles. Default: the `@aws-cdk/core:bootstrapQualifier`
    context, else `hnb659fds`."""


class BootstraplessSynthesizer(_BootstrapNames, _AssetKeywords):
    """No bootstrap: a template for `aws cloudformation deploy`; file assets are not supported."""

    def __init__(
        self,
        *,
        deploy_role_arn: str | None = None,
        cloud_formation_execution_role_arn: str | None = None,
        qualifier: str | None = None,
    ):
        # As in aws-cdk-lib, the manifest names the bootstrap roles when no role is given.
        self._roles = DefaultStackSynthesizer(
            deploy_role_arn=deploy_role_arn,
            cloud_formation_execution_role=cloud_formation_execution_role_arn,
            qualifier=qualifier,
        )
        self._stack: Stack | None = None

    def bind(self, stack: Stack) -> None:
        self._stack = stack
        self._roles.bind(stack)

    def reusable_bind(self, stack: Stack) -> BootstraplessSynthesizer:
        """A copy of this synthesizer bound to `stack` (see `DefaultStackSynthesizer.reusable_bind`)."""
        bound = _shallow_copy(self)
        bound._roles = self._roles._unbound_copy()
        bound.bind(stack)
        return bound

    def _add_file_asset(self, asset: FileAssetSource) -> FileAssetLocation:
        """File assets need a bootstrapped environment: always an error here."""
        raise ValidationError(
            self._stack,
            "file assets need a bootstrapped environment; use DefaultStackSynthesizer or Code.from_bucket",
        )

    def _add_docker_image_asset(self, asset: DockerImageAssetSource) -> DockerImageAssetLocation:
        """Image assets need a bootstrapped environment: always an error here."""
        raise ValidationError(
            self._stack,
            "Docker image assets need a bootstrapped environment; use DefaultStackSynthesizer or "
            "DockerImageCode.from_ecr",
        )

    def template_additions(self, stack: Stack) -> dict[str, dict[str, Any]]:
        return {}

    @property
    def qualifier(self) -> str:
        """The bootstrap qualifier of the default roles."""
        return self._roles.qualifier

    @property
    def bootstrap_qualifier(self) -> str | None:
        """The bootstrap qualifier of the default roles (as `qualifier`)."""
        return self._roles.qualifier

    @property
    def deploy_role_arn(self) -> str:
        """The role that deploys the stack."""
        return self._roles.deploy_role_arn

    @property
    def cloud_formation_execution_role_arn(self) -> str:
        """The role CloudFormation deploys with."""
        return self._roles.cloud_formation_execution_role_arn

    @property
    def cloud_formation_execution_role(self) -> str | None:
        """The role CloudFormation deploys with (as `cloud_formation_execution_role_arn`)."""
        return self._roles.cloud_formation_execution_role_arn

    @property
    def lookup_role(self) -> str | None:
        """The role context lookups use."""
        return self._roles.lookup_role

    def stack_artifact(self, stack: Stack, template_hash: str) -> StackArtifactParts:
        roles = self._roles
        properties = {
            "assumeRoleArn": roles._manifest_text(roles._deploy_role),
            "cloudFormationExecutionRoleArn": roles._manifest_text(roles._exec_role),
        }
        return StackArtifactParts(properties=properties)
