"""Stack synthesizers: how a stack's template and assets are published and deployed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .._digests import sha256
from ..errors import ValidationError
from ..json_dumps import dumps as json_dumps
from ..runtime_typing import TYPE_CHECKING, Protocol, TypeVar
from ..struct import LazyAttrsMeta, field, lazy_frozen
from ..tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from ..asset_types import (
        DockerCacheOption,
        DockerImageAssetLocation,
        DockerImageAssetSource,
        FileAssetLocation,
        FileAssetPackaging,
        FileAssetSource,
    )
    from ..stack import Stack

DEFAULT_QUALIFIER = "hnb659fds"
QUALIFIER_CONTEXT = "@aws-cdk/core:bootstrapQualifier"
MIN_BOOTSTRAP_VERSION = 6
MIN_LOOKUP_ROLE_BOOTSTRAP_VERSION = 8
MIN_SESSION_TAGS_BOOTSTRAP_VERSION = 22
BOOTSTRAP_VERSION_DESCRIPTION = (
    "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM "
    "Parameter Store. [cdk:skip]"
)


@lazy_frozen(kw_only=True)
class StackArtifactParts(metaclass=LazyAttrsMeta):
    """A synthesizer's share of a stack artifact."""

    properties: dict[str, Any]
    asset_manifest: dict[str, Any] | None = None
    asset_manifest_properties: dict[str, Any] = field(factory=dict)
    lookup_role: dict[str, Any] | None = None
    # What the CLI's context lookups assume (`lookupRoleArn`, ...), added to each missing context entry.
    lookup_options: dict[str, Any] = field(factory=dict)


class IStackSynthesizer(Protocol):
    """Decides how a stack is deployed: roles, asset locations, bootstrap checks."""

    def bind(self, stack: Stack) -> None:
        """Attach to the stack (called by the Stack constructor)."""
        ...

    def add_docker_image_asset(
        self,
        *,
        source_hash: str,
        asset_name: str | None = None,
        directory_name: str | None = None,
        display_name: str | None = None,
        docker_build_args: Mapping[str, str] | None = None,
        docker_build_contexts: Mapping[str, str] | None = None,
        docker_build_secrets: Mapping[str, str] | None = None,
        docker_build_ssh: str | None = None,
        docker_build_target: str | None = None,
        docker_cache_disabled: bool | None = None,
        docker_cache_from: Sequence[DockerCacheOption | Mapping[str, Any]] | None = None,
        docker_cache_to: DockerCacheOption | Mapping[str, Any] | None = None,
        docker_file: str | None = None,
        docker_outputs: Sequence[str] | None = None,
        executable: Sequence[str] | None = None,
        network_mode: str | None = None,
        platform: str | None = None,
    ) -> DockerImageAssetLocation:
        """Register an image to build and publish (the fields of a DockerImageAssetSource); return where it
        will be."""
        ...

    def add_file_asset(
        self,
        *,
        source_hash: str,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        executable: Sequence[str] | None = None,
        file_name: str | None = None,
        packaging: FileAssetPackaging | None = None,
    ) -> FileAssetLocation:
        """Register a file asset (the fields of a FileAssetSource) and return where the template finds it."""
        ...

    def template_additions(self, stack: Stack) -> dict[str, dict[str, Any]]:
        """Extra template sections (bootstrap parameter and rule), already resolved."""
        ...

    def stack_artifact(self, stack: Stack, template_hash: str) -> StackArtifactParts:
        """What the manifest and asset manifest say about the stack."""
        ...


def specialize_placeholders(text: str, stack: Stack, qualifier: str) -> str:
    """`text` with `${Qualifier}`, and the stack's account and region when they are known, filled in."""
    text = text.replace("${Qualifier}", qualifier)
    if not Token.is_unresolved(stack.account):
        text = text.replace("${AWS::AccountId}", stack.account)
    if not Token.is_unresolved(stack.region):
        text = text.replace("${AWS::Region}", stack.region)
    return text


def _cfnify(text: str) -> str:
    from ..tokens.fn import Fn  # deferred: most apps never call Fn

    return Fn.sub(text) if "${" in text else text


def _region_text(stack: Stack) -> str:
    return "${AWS::Region}" if Token.is_unresolved(stack.region) else stack.region


@lazy_frozen(kw_only=True)
class DefaultStackSynthesizerProps(metaclass=LazyAttrsMeta):
    """The keywords of `DefaultStackSynthesizer` as one struct."""

    qualifier: str | None = None
    """The bootstrap qualifier. Default: the `@aws-cdk/core:bootstrapQualifier` context, else `hnb659fds`."""
    file_assets_bucket_name: str | None = None
    """The bucket file assets are published to. Default: the bootstrap bucket."""
    bucket_prefix: str | None = None
    """A prefix of the object keys of file assets. Default: none."""
    deploy_role_arn: str | None = None
    """The role that deploys the stack. Default: the bootstrap deploy role."""
    cloud_formation_execution_role: str | None = None
    """The role CloudFormation deploys with. Default: the bootstrap execution role."""
    file_asset_publishing_role_arn: str | None = None
    """The role that publishes file assets. Default: the bootstrap file publishing role."""
    lookup_role_arn: str | None = None
    """The role context lookups use. Default: the bootstrap lookup role."""
    bootstrap_stack_version_ssm_parameter: str | None = None
    """The SSM parameter holding the bootstrap version. Default: `/cdk-bootstrap/<qualifier>/version`."""
    generate_bootstrap_version_rule: bool | None = None
    """Add the rule that checks the bootstrap version. Default: True."""
    image_assets_repository_name: str | None = None
    """The ECR repository image assets are published to. Default: the bootstrap repository."""
    image_asset_publishing_role_arn: str | None = None
    """The role that publishes image assets. Default: the bootstrap image publishing role."""
    docker_tag_prefix: str | None = None
    """A prefix of the tags of image assets. Default: none."""
    deploy_role_external_id: str | None = None
    """The external ID to assume the deploy role with. Default: none."""
    deploy_role_additional_options: Mapping[str, Any] | None = None
    """More options for assuming the deploy role (`RoleSessionName`, `Tags`, ...; session tags need
    bootstrap version 22). Default: none."""
    file_asset_publishing_external_id: str | None = None
    """The external ID to assume the file publishing role with. Default: none."""
    file_asset_publishing_role_additional_options: Mapping[str, Any] | None = None
    """More options for assuming the file publishing role. Default: none."""
    image_asset_publishing_external_id: str | None = None
    """The external ID to assume the image publishing role with. Default: none."""
    image_asset_publishing_role_additional_options: Mapping[str, Any] | None = None
    """More options for assuming the image publishing role. Default: none."""
    lookup_role_external_id: str | None = None
    """The external ID to assume the lookup role with. Default: none."""
    lookup_role_additional_options: Mapping[str, Any] | None = None
    """More options for assuming the lookup role. Default: none."""
    use_lookup_role_for_stack_operations: bool | None = None
    """Let the CLI read the stack's state with the lookup role (the manifest's `lookupRole`).
    Default: True."""


_ROLE_ARN = (
    "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-%s-${AWS::AccountId}-${AWS::Region}"
)


class _AssetKeywords:
    """The asset methods of a stack synthesizer in aws_cdk's form (the source's fields as keywords);
    each synthesizer registers the source in `_add_file_asset` / `_add_docker_image_asset`."""

    def add_file_asset(
        self,
        *,
        source_hash: str,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        executable: Sequence[str] | None = None,
        file_name: str | None = None,
        packaging: FileAssetPackaging | None = None,
    ) -> FileAssetLocation:
        """Register a file asset and return where the template finds it."""
        from ..asset_types import FileAssetSource  # deferred: an app without assets never loads it

        source = FileAssetSource(
            source_hash=source_hash,
            deploy_time=deploy_time,
            display_name=display_name,
            executable=executable,
            file_name=file_name,
            packaging=packaging,
        )
        return self._add_file_asset(source)

    def add_docker_image_asset(
        self,
        *,
        source_hash: str,
        asset_name: str | None = None,
        directory_name: str | None = None,
        display_name: str | None = None,
        docker_build_args: Mapping[str, str] | None = None,
        docker_build_contexts: Mapping[str, str] | None = None,
        docker_build_secrets: Mapping[str, str] | None = None,
        docker_build_ssh: str | None = None,
        docker_build_target: str | None = None,
        docker_cache_disabled: bool | None = None,
        docker_cache_from: Sequence[DockerCacheOption | Mapping[str, Any]] | None = None,
        docker_cache_to: DockerCacheOption | Mapping[str, Any] | None = None,
        docker_file: str | None = None,
        docker_outputs: Sequence[str] | None = None,
        executable: Sequence[str] | None = None,
        network_mode: str | None = None,
        platform: str | None = None,
    ) -> DockerImageAssetLocation:
        """Register an image to build and publish; return where it will be."""
        from ..asset_types import DockerImageAssetSource

        source = DockerImageAssetSource(
            source_hash=source_hash,
            asset_name=asset_name,
            directory_name=directory_name,
            display_name=display_name,
            docker_build_args=docker_build_args,
            docker_build_contexts=docker_build_contexts,
            docker_build_secrets=docker_build_secrets,
            docker_build_ssh=docker_build_ssh,
            docker_build_target=docker_build_target,
            docker_cache_disabled=docker_cache_disabled,
            docker_cache_from=docker_cache_from,
            docker_cache_to=docker_cache_to,
            docker_file=docker_file,
            docker_outputs=docker_outputs,
            executable=executable,
            network_mode=network_mode,
            platform=platform,
        )
        return self._add_docker_image_asset(source)

    def _add_file_asset(self, asset: FileAssetSource) -> FileAssetLocation:
        raise NotImplementedError

    def _add_docker_image_asset(self, asset: DockerImageAssetSource) -> DockerImageAssetLocation:
        raise NotImplementedError


class _BootstrapNames:
    """The names of the modern bootstrap's resources, with `${Qualifier}` and the environment's
    placeholders (aws_cdk's `DefaultStackSynthesizer.DEFAULT_*`)."""

    DEFAULT_QUALIFIER = DEFAULT_QUALIFIER
    DEFAULT_CLOUDFORMATION_ROLE_ARN = _ROLE_ARN % "cfn-exec-role"
    DEFAULT_DEPLOY_ROLE_ARN = _ROLE_ARN % "deploy-role"
    DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN = _ROLE_ARN % "file-publishing-role"
    DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN = _ROLE_ARN % "image-publishing-role"
    DEFAULT_LOOKUP_ROLE_ARN = _ROLE_ARN % "lookup-role"
    DEFAULT_FILE_ASSETS_BUCKET_NAME = "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}"
    DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME = (
        "cdk-${Qualifier}-container-assets-${AWS::AccountId}-${AWS::Region}"
    )
    DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER = "/cdk-bootstrap/${Qualifier}/version"
    DEFAULT_FILE_ASSET_KEY_ARN_EXPORT_NAME = "CdkBootstrap-${Qualifier}-FileAssetKeyArn"
    DEFAULT_FILE_ASSET_PREFIX = ""
    DEFAULT_DOCKER_ASSET_PREFIX = ""


_Copied = TypeVar("_Copied")


def _shallow_copy(synthesizer: _Copied) -> _Copied:
    """A new synthesizer sharing the attributes of `synthesizer` (what `copy.copy` does, without importing
    `copy` into every app)."""
    copied = object.__new__(type(synthesizer))
    copied.__dict__.update(synthesizer.__dict__)
    return copied


class DefaultStackSynthesizer(_BootstrapNames, _AssetKeywords):
    """The modern bootstrap: assets in the `cdk-<qualifier>-assets-...` bucket, deploy through CDK roles."""

    def __init__(
        self,
        *,
        qualifier: str | None = None,
        file_assets_bucket_name: str | None = None,
        bucket_prefix: str | None = None,
        deploy_role_arn: str | None = None,
        cloud_formation_execution_role: str | None = None,
        file_asset_publishing_role_arn: str | None = None,
        lookup_role_arn: str | None = None,
        bootstrap_stack_version_ssm_parameter: str | None = None,
        generate_bootstrap_version_rule: bool | None = None,
        image_assets_repository_name: str | None = None,
        image_asset_publishing_role_arn: str | None = None,
        docker_tag_prefix: str | None = None,
        deploy_role_external_id: str | None = None,
        deploy_role_additional_options: Mapping[str, Any] | None = None,
        file_asset_publishing_external_id: str | None = None,
        file_asset_publishing_role_additional_options: Mapping[str, Any] | None = None,
        image_asset_publishing_external_id: str | None = None,
        image_asset_publishing_role_additional_options: Mapping[str, Any] | None = None,
        lookup_role_external_id: str | None = None,
        lookup_role_additional_options: Mapping[str, Any] | None = None,
        use_lookup_role_for_stack_operations: bool | None = None,
    ) -> None:
        self._qualifier_given = qualifier
        self._deploy_assume = _assume_role_options(deploy_role_external_id, deploy_role_additional_options)
        self._file_assume = _assume_role_options(
            file_asset_publishing_external_id, file_asset_publishing_role_additional_options
        )
        self._image_assume = _assume_role_options(
            image_asset_publishing_external_id, image_asset_publishing_role_additional_options
        )
        self._lookup_external_id = lookup_role_external_id
        self._lookup_options = (
            dict(lookup_role_additional_options) if lookup_role_additional_options else None
        )
        self._use_lookup_role = use_lookup_role_for_stack_operations is not False
        # Session tags in the options of a role need a bootstrap stack of version 22 or later.
        self._deploy_version = _version_for(deploy_role_additional_options, MIN_BOOTSTRAP_VERSION)
        self._lookup_version = _version_for(lookup_role_additional_options, MIN_LOOKUP_ROLE_BOOTSTRAP_VERSION)
        self._assets_version = max(
            _version_for(file_asset_publishing_role_additional_options, MIN_BOOTSTRAP_VERSION),
            _version_for(image_asset_publishing_role_additional_options, MIN_BOOTSTRAP_VERSION),
        )
        self._repository = image_assets_repository_name or self.DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME
        self._docker_tag_prefix = docker_tag_prefix or ""
        self._image_publishing_role = (
            image_asset_publishing_role_arn or self.DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN
        )
        self._images: dict[str, DockerImageAssetSource] = {}
        self._bucket = file_assets_bucket_name or self.DEFAULT_FILE_ASSETS_BUCKET_NAME
        self._bucket_prefix = bucket_prefix or ""
        self._deploy_role = deploy_role_arn or self.DEFAULT_DEPLOY_ROLE_ARN
        self._exec_role = cloud_formation_execution_role or self.DEFAULT_CLOUDFORMATION_ROLE_ARN
        self._publishing_role = file_asset_publishing_role_arn or self.DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN
        self._lookup_role = lookup_role_arn or self.DEFAULT_LOOKUP_ROLE_ARN
        self._version_parameter = (
            bootstrap_stack_version_ssm_parameter or self.DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER
        )
        self._generate_rule = generate_bootstrap_version_rule is not False
        self._stack: Stack | None = None
        self._assets: dict[str, FileAssetSource] = {}

    def bind(self, stack: Stack) -> None:
        if self._stack is not None and self._stack is not stack:
            raise ValidationError(
                stack, "its synthesizer is already bound to another stack; give each stack its own"
            )
        self._stack = stack

    def reusable_bind(self, stack: Stack) -> DefaultStackSynthesizer:
        """A copy of this synthesizer bound to `stack`: how one synthesizer (an App's
        `default_stack_synthesizer`, or one passed to several stacks) serves many stacks."""
        bound = self._unbound_copy()
        bound.bind(stack)
        return bound

    def _unbound_copy(self: _Synthesizer) -> _Synthesizer:
        bound = _shallow_copy(self)
        bound._stack = None
        bound._assets = {}
        bound._images = {}
        return bound

    @property
    def qualifier(self) -> str:
        """The bootstrap qualifier."""
        if self._qualifier_given:
            return self._qualifier_given
        if self._stack is not None:
            from_context = self._stack.node.try_get_context(QUALIFIER_CONTEXT)
            if from_context:
                return str(from_context)
        return DEFAULT_QUALIFIER

    def _bound(self, reading: str = "the synthesizer") -> Stack:
        if self._stack is None:
            raise ValidationError(
                None,
                f"{reading} is read before the synthesizer is bound to a stack; read it after creating "
                "the stack with synthesizer=...",
            )
        return self._stack

    @property
    def bootstrap_qualifier(self) -> str | None:
        """The bootstrap qualifier (as `qualifier`)."""
        return self.qualifier

    @property
    def deploy_role_arn(self) -> str:
        """The role that deploys the stack, for its environment."""
        return specialize_placeholders(self._deploy_role, self._bound("deploy_role_arn"), self.qualifier)

    @property
    def cloud_formation_execution_role_arn(self) -> str:
        """The role CloudFormation deploys with, for the stack's environment."""
        stack = self._bound("cloud_formation_execution_role_arn")
        return specialize_placeholders(self._exec_role, stack, self.qualifier)

    @property
    def cloud_formation_execution_role(self) -> str | None:
        """The role CloudFormation deploys with (as `cloud_formation_execution_role_arn`)."""
        return self.cloud_formation_execution_role_arn

    @property
    def lookup_role(self) -> str | None:
        """The role context lookups use, for the stack's environment."""
        return specialize_placeholders(self._lookup_role, self._bound("lookup_role"), self.qualifier)

    def _manifest_text(self, text: str) -> str:
        return specialize_placeholders(text, self._bound(), self.qualifier)

    @property
    def bucket_name(self) -> str:
        """The asset bucket name for this stack's environment."""
        return self._manifest_text(self._bucket)

    def _add_file_asset(self, asset: FileAssetSource) -> FileAssetLocation:
        # As aws-cdk-lib: a staged file with its packaging, or a command that writes the asset.
        problem = None
        if (asset.executable is None) == (asset.file_name is None):
            problem = "needs exactly one of file_name and executable; give the staged file or the command"
        elif (asset.packaging is None) != (asset.file_name is None):
            problem = "takes packaging with file_name only; give both, or neither with executable"
        if problem is not None:
            raise ValidationError(self._stack, f"add_file_asset(source_hash={asset.source_hash!r}) {problem}")
        self._assets.setdefault(asset.source_hash, asset)
        extension = _object_extension(asset)
        object_key = f"{self._bucket_prefix}{asset.source_hash}{extension}"
        bucket = self.bucket_name
        stack = self._bound()
        from ..asset_types import FileAssetLocation  # deferred: an app without assets never loads it

        return FileAssetLocation(
            bucket_name=_cfnify(bucket),
            object_key=object_key,
            # Placeholders where the region is unknown, as aws-cdk-lib writes them into the Fn::Sub.
            http_url=_cfnify(f"https://s3.{_region_text(stack)}.${{AWS::URLSuffix}}/{bucket}/{object_key}"),
            s3_object_url=_cfnify(f"s3://{bucket}/{object_key}"),
        )

    def replace_file_asset(self, old_hash: str, asset: FileAssetSource) -> None:
        """Put `asset` where the asset `old_hash` was registered (a nested template that changed)."""
        if old_hash in self._assets:
            self._assets = {
                (asset.source_hash if key == old_hash else key): (asset if key == old_hash else value)
                for key, value in self._assets.items()
            }

    def _add_docker_image_asset(self, asset: DockerImageAssetSource) -> DockerImageAssetLocation:
        if (asset.directory_name is None) == (asset.executable is None):
            raise ValidationError(
                self._stack,
                f"add_docker_image_asset(source_hash={asset.source_hash!r}) needs exactly one of "
                "directory_name and executable; give the staged directory or the command that builds it",
            )
        key = f"{asset.asset_name}-{asset.source_hash}" if asset.asset_name else asset.source_hash
        self._images.setdefault(key, asset)
        repository = self._manifest_text(self._repository)
        tag = f"{self._docker_tag_prefix}{asset.source_hash}"
        uri = self._manifest_text(
            f"${{AWS::AccountId}}.dkr.ecr.${{AWS::Region}}.${{AWS::URLSuffix}}/{repository}:{tag}"
        )
        from ..asset_types import DockerImageAssetLocation

        return DockerImageAssetLocation(
            image_uri=_cfnify(uri), repository_name=_cfnify(repository), image_tag=tag
        )

    def _docker_images_manifest(self, stack: Stack) -> dict[str, Any]:
        images: dict[str, Any] = {}
        for key, image in self._images.items():
            entry: dict[str, Any] = {}
            if image.display_name:
                entry["displayName"] = image.display_name
            source: dict[str, Any] = (
                {"executable": list(image.executable)}
                if image.executable is not None
                else {"directory": image.directory_name or ""}
            )
            # In aws-cdk-lib's order.
            optional = (
                ("dockerBuildArgs", image.docker_build_args),
                ("dockerBuildContexts", image.docker_build_contexts),
                ("dockerBuildSecrets", image.docker_build_secrets),
                ("dockerBuildSsh", image.docker_build_ssh),
                ("dockerBuildTarget", image.docker_build_target),
                ("dockerFile", image.docker_file),
                ("networkMode", image.network_mode),
                ("platform", image.platform),
                ("dockerOutputs", list(image.docker_outputs) if image.docker_outputs is not None else None),
                (
                    "cacheFrom",
                    [_cache_option_json(o) for o in image.docker_cache_from]
                    if image.docker_cache_from is not None
                    else None,
                ),
                ("cacheTo", _cache_option_json(image.docker_cache_to) if image.docker_cache_to else None),
                ("cacheDisabled", image.docker_cache_disabled),
            )
            source.update({name: value for name, value in optional if value is not None})
            entry["source"] = source
            dest_id, destination = self._image_destination(f"{self._docker_tag_prefix}{image.source_hash}")
            entry["destinations"] = {dest_id: destination}
            images[key] = entry
        return images

    def template_additions(self, stack: Stack) -> dict[str, dict[str, Any]]:
        if not self._generate_rule:
            return {}
        parameter = self._manifest_text(self._version_parameter)
        parameter_id = stack._synthesized_logical_id("BootstrapVersion", "Parameters")
        rule_id = stack._synthesized_logical_id("CheckBootstrapVersion", "Rules")
        return {
            "Parameters": {
                parameter_id: {
                    "Type": "AWS::SSM::Parameter::Value<String>",
                    "Default": parameter,
                    "Description": BOOTSTRAP_VERSION_DESCRIPTION,
                }
            },
            "Rules": {
                rule_id: {
                    "Assertions": [
                        {
                            "Assert": {
                                "Fn::Not": [
                                    {
                                        "Fn::Contains": [
                                            [str(v) for v in range(1, self._deploy_version)],
                                            {"Ref": parameter_id},
                                        ]
                                    }
                                ]
                            },
                            "AssertDescription": (
                                f"CDK bootstrap stack version {self._deploy_version} required. Please run "
                                "'cdk bootstrap' with a recent version of the CDK CLI."
                            ),
                        }
                    ]
                }
            },
        }

    def _image_destination(self, tag: str) -> tuple[str, dict[str, Any]]:
        location = {"repositoryName": self._manifest_text(self._repository), "imageTag": tag}
        return self._destination(location, self._image_publishing_role, self._image_assume)

    def _file_destination(self, object_key: str) -> tuple[str, dict[str, Any]]:
        location = {"bucketName": self.bucket_name, "objectKey": object_key}
        return self._destination(location, self._publishing_role, self._file_assume)

    def _destination(
        self, location: dict[str, Any], role: str, assume: dict[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        """(id, destination) of an asset published to `location` with `role`: the id names the
        environment and a digest of the destination."""
        stack = self._bound()
        destination: dict[str, Any] = dict(location)
        if not Token.is_unresolved(stack.region):
            destination["region"] = stack.region
        if role:
            destination["assumeRoleArn"] = self._manifest_text(role)
        destination.update(assume)
        account = "current_account" if Token.is_unresolved(stack.account) else stack.account
        region = "current_region" if Token.is_unresolved(stack.region) else stack.region
        digest = sha256(json_dumps(destination, separators=(",", ":")).encode("utf-8")).hexdigest()
        return f"{account}-{region}-{digest[:8]}", destination

    def stack_artifact(self, stack: Stack, template_hash: str) -> StackArtifactParts:
        files: dict[str, Any] = {}
        for source_hash, asset in self._assets.items():
            extension = _object_extension(asset)
            dest_id, destination = self._file_destination(f"{self._bucket_prefix}{source_hash}{extension}")
            entry: dict[str, Any] = {}
            if asset.display_name:
                entry["displayName"] = asset.display_name
            from ..asset_types import FileAssetPackaging

            entry["source"] = (
                {"executable": list(asset.executable)}
                if asset.executable is not None
                else {
                    "path": asset.file_name or "",
                    "packaging": (asset.packaging or FileAssetPackaging.FILE).value,
                }
            )
            entry["destinations"] = {dest_id: destination}
            files[source_hash] = entry
        template_key = f"{self._bucket_prefix}{template_hash}.json"
        dest_id, destination = self._file_destination(template_key)
        files[template_hash] = {
            "displayName": f"{stack.stack_name} Template",
            "source": {"path": stack.template_file, "packaging": "file"},
            "destinations": {dest_id: destination},
        }
        asset_manifest = {"files": files, "dockerImages": self._docker_images_manifest(stack)}
        version_parameter = self._manifest_text(self._version_parameter)
        properties: dict[str, Any] = {}
        if "assumeRoleExternalId" in self._deploy_assume:
            properties["assumeRoleExternalId"] = self._deploy_assume["assumeRoleExternalId"]
        properties["assumeRoleArn"] = self._manifest_text(self._deploy_role)
        if "assumeRoleAdditionalOptions" in self._deploy_assume:
            properties["assumeRoleAdditionalOptions"] = self._deploy_assume["assumeRoleAdditionalOptions"]
        properties.update(
            {
                "cloudFormationExecutionRoleArn": self._manifest_text(self._exec_role),
                "stackTemplateAssetObjectUrl": f"s3://{self.bucket_name}/{template_key}",
                "requiresBootstrapStackVersion": self._deploy_version,
                "bootstrapStackVersionSsmParameter": version_parameter,
            }
        )
        lookup_arn = self._manifest_text(self._lookup_role)
        lookup_assume = _assume_role_options(self._lookup_external_id, self._lookup_options)
        lookup_role: dict[str, Any] | None = None
        if self._use_lookup_role:
            lookup_role = {
                "arn": lookup_arn,
                **lookup_assume,
                "requiresBootstrapStackVersion": self._lookup_version,
                "bootstrapStackVersionSsmParameter": version_parameter,
            }
        lookup_options: dict[str, Any] = {"lookupRoleArn": lookup_arn}
        if self._lookup_external_id is not None:
            lookup_options["lookupRoleExternalId"] = self._lookup_external_id
        if self._lookup_options is not None:
            lookup_options["assumeRoleAdditionalOptions"] = self._lookup_options
        return StackArtifactParts(
            properties=properties,
            asset_manifest=asset_manifest,
            asset_manifest_properties={
                "requiresBootstrapStackVersion": self._assets_version,
                "bootstrapStackVersionSsmParameter": version_parameter,
            },
            lookup_role=lookup_role,
            lookup_options=lookup_options,
        )


# After the class: a TypeVar whose bound is given as text compiles it at import.
_Synthesizer = TypeVar("_Synthesizer", bound=DefaultStackSynthesizer)


def _assume_role_options(external_id: str | None, options: Mapping[str, Any] | None) -> dict[str, Any]:
    """`assumeRoleExternalId` and `assumeRoleAdditionalOptions` of a role, where they are set."""
    found: dict[str, Any] = {}
    if external_id is not None:
        found["assumeRoleExternalId"] = external_id
    if options:
        found["assumeRoleAdditionalOptions"] = dict(options)
    return found


def _version_for(options: Mapping[str, Any] | None, minimum: int) -> int:
    return MIN_SESSION_TAGS_BOOTSTRAP_VERSION if options and options.get("Tags") else minimum


def _object_extension(asset: FileAssetSource) -> str:
    """The extension of the published object: `.zip` for a zipped directory, the file's own, or none for
    the output of a command."""
    from ..asset_types import FileAssetPackaging

    if asset.packaging is FileAssetPackaging.ZIP_DIRECTORY:
        return ".zip"
    return _extension(asset.file_name) if asset.file_name is not None else ""


def _cache_option_json(option: DockerCacheOption) -> dict[str, Any]:
    return {"type": option.type, **({"params": option.params} if option.params is not None else {})}


def _extension(file_name: str) -> str:
    base = file_name.rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[1] if "." in base else ""
