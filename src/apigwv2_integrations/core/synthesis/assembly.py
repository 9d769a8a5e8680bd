"""The cloud assembly: synthesize an app and write manifest, templates, asset manifests and tree."""

from __future__ import annotations

import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence

from .._digests import sha256
from ..annotations import ERROR, INFO, WARNING, is_acknowledged
from ..cfn_element import CfnElement
from ..construct import Construct
from ..errors import SynthesisError
from ..feature_flags import FeatureFlags
from ..json_dumps import dumps as json_dumps
from ..json_dumps import encode_string
from ..precreated_roles import policy_report_files
from ..runtime_typing import TYPE_CHECKING, cast
from ..stack import Stack
from ..stage import Stage
from ..tags import stack_tags_known_at_synth
from ..tokens._resolve import Resolver
from ..tokens.json import JSON_NULL_MARKER
from . import cloudformation_validate
from .feature_flag_report import FEATURE_FLAG_REPORT_ARTIFACT, feature_flag_report
from .json_text import dump_template
from .rendering import MAX_TEMPLATE_BYTES, RenderedApp, render_app, resource_count_note
from .tree import synthesized_elements, tree_json

if TYPE_CHECKING:
    from typing import Any

    from .messages import SynthesisMessage

CLOUD_ASSEMBLY_VERSION = "55.0.0"
MINIMUM_CLI_VERSION = "2.1148.0"
_STACK_ARTIFACT = "aws:cloudformation:stack"
_ASSET_MANIFEST_ARTIFACT = "cdk:asset-manifest"
NESTED_ASSEMBLY_ARTIFACT = "cdk:cloud-assembly"
LOGICAL_ID_METADATA = "aws:cdk:logicalId"
ANNOTATIONS_IN_VALIDATION_REPORT = "@aws-cdk/core:annotationsInValidationReport"
# The context key that leaves the logical IDs out of the metadata files, as in aws-cdk-lib.
DISABLE_LOGICAL_ID_METADATA = "aws:cdk:disable-logicalId-metadata"


class Environment:
    """The environment of a stack artifact."""

    def __init__(self, name: str) -> None:
        self.name = name
        account_region = name.removeprefix("aws://")
        self.account, _, self.region = account_region.partition("/")

    def __repr__(self) -> str:
        return f"Environment({self.name!r})"


class MetadataEntryResult:
    """A metadata entry of a stack artifact with the construct path it belongs to."""

    def __init__(
        self,
        path: str,
        type: str,  # noqa: A002  (aws_cdk's keyword)
        data: Any = None,
        trace: list[str] | None = None,
    ) -> None:
        self.path = path
        self.type = type
        self.data = data
        self.trace = trace

    def __repr__(self) -> str:
        return f"MetadataEntryResult(path={self.path!r}, type={self.type!r}, data={self.data!r})"


class CloudFormationStackArtifact:
    """A stack in the cloud assembly: its template and deployment facts.

    The template and metadata are kept as the JSON text synthesis wrote and read on first use, as
    aws-cdk-lib's artifact reads its files: text is no work for the cyclic collector, which would
    otherwise traverse the dicts of a large app's templates once more after synthesis.
    """

    def __init__(
        self,
        assembly: CloudAssembly,
        artifact_id: str,
        manifest: dict[str, Any],
        template: bytes | dict[str, Any],
        metadata: bytes | dict[str, list[dict[str, Any]]] | None = None,
    ):
        self.assembly = assembly
        self.id = artifact_id
        self.manifest = manifest
        self._template = template
        self._metadata = metadata
        properties = manifest["properties"]
        self.template_file: str = properties["templateFile"]
        self.stack_name: str = properties.get("stackName", artifact_id)
        self.termination_protection: bool = properties.get("terminationProtection", False)
        self.tags: dict[str, str] = properties.get("tags", {})
        self.assume_role_arn: str | None = properties.get("assumeRoleArn")
        self.environment = Environment(manifest["environment"])
        self.hierarchical_id: str = manifest.get("displayName", artifact_id)
        # As in aws-cdk-lib: the path, with the stack name when it is not the artifact id.
        self.display_name: str = (
            self.hierarchical_id
            if self.stack_name == artifact_id
            else f"{self.hierarchical_id} ({self.stack_name})"
        )

    @property
    def original_name(self) -> str:
        """The stack name the app gave (the same as `stack_name`)."""
        return self.stack_name

    @property
    def parameters(self) -> dict[str, str]:
        """The values of template parameters to deploy with."""
        return cast("dict[str, str]", self.manifest["properties"].get("parameters", {}))

    @property
    def notification_arns(self) -> list[str] | None:
        """The SNS topics that receive the stack's events, if any."""
        return cast("list[str] | None", self.manifest["properties"].get("notificationArns"))

    @property
    def assume_role_external_id(self) -> str | None:
        """The external ID used when assuming the deploy role, if any."""
        return cast("str | None", self.manifest["properties"].get("assumeRoleExternalId"))

    @property
    def assume_role_additional_options(self) -> dict[str, Any] | None:
        """Further options used when assuming the deploy role, if any."""
        return cast("dict[str, Any] | None", self.manifest["properties"].get("assumeRoleAdditionalOptions"))

    @property
    def cloud_formation_execution_role_arn(self) -> str | None:
        """The role CloudFormation deploys the stack with, if the synthesizer names one."""
        return cast("str | None", self.manifest["properties"].get("cloudFormationExecutionRoleArn"))

    @property
    def requires_bootstrap_stack_version(self) -> int | None:
        """The bootstrap stack version the deployment needs, if any."""
        return cast("int | None", self.manifest["properties"].get("requiresBootstrapStackVersion"))

    @property
    def bootstrap_stack_version_ssm_parameter(self) -> str | None:
        """The SSM parameter that holds the bootstrap stack version, if checked."""
        return cast("str | None", self.manifest["properties"].get("bootstrapStackVersionSsmParameter"))

    @property
    def stack_template_asset_object_url(self) -> str | None:
        """The `s3://` URL the template is uploaded to, if the synthesizer uploads it."""
        return cast("str | None", self.manifest["properties"].get("stackTemplateAssetObjectUrl"))

    @property
    def validate_on_synth(self) -> bool:
        """Whether the CLI validates the template after synthesis."""
        return bool(self.manifest["properties"].get("validateOnSynth", False))

    @property
    def assets(self) -> list[Any]:
        """The data of the stack's `aws:cdk:asset` metadata (assets of the legacy synthesizer; none here)."""
        return [entry.data for entry in self.find_metadata_by_type("aws:cdk:asset")]

    def find_metadata_by_type(self, type: str) -> list[MetadataEntryResult]:  # noqa: A002
        """The metadata entries of this type, with their construct paths, in the metadata's order."""
        return [
            MetadataEntryResult(path, entry["type"], entry.get("data"), entry.get("trace"))
            for path, entries in self.metadata.items()
            for entry in entries
            if entry["type"] == type
        ]

    @property
    def template(self) -> dict[str, Any]:
        """The stack's template."""
        if not isinstance(self._template, dict):
            import json  # deferred: only an assembly read back parses JSON

            self._template = cast("dict[str, Any]", json.loads(self._template))
        return self._template

    @property
    def metadata(self) -> dict[str, list[dict[str, Any]]]:
        """The entries of its metadata file by construct path (`/Stack/Api`)."""
        if self._metadata is None:
            self._metadata = {}
        elif not isinstance(self._metadata, dict):
            import json  # deferred: as above

            self._metadata = cast("dict[str, list[dict[str, Any]]]", json.loads(self._metadata))
        return self._metadata

    @property
    def messages(self) -> list[SynthesisMessage]:
        """The info, warning and error messages of the stack's constructs, in the metadata's order."""
        from .messages import messages_of  # deferred: only assertions and tools read messages

        return messages_of(self.metadata)

    @property
    def template_full_path(self) -> str:
        """Absolute path of the template file."""
        return os.path.join(self.assembly.directory, self.template_file)

    @property
    def dependencies(self) -> list[CloudFormationStackArtifact]:
        """Stack artifacts this one depends on."""
        return [
            self.assembly.get_stack_artifact(d)
            for d in self.manifest.get("dependencies", [])
            if d in self.assembly._stacks_by_id
        ]

    def __repr__(self) -> str:
        return f"<CloudFormationStackArtifact {self.id}>"


class NestedCloudAssemblyArtifact:
    """A nested cloud assembly (the stacks of a Stage) listed in its parent's manifest."""

    def __init__(
        self, assembly: CloudAssembly, artifact_id: str, manifest: dict[str, Any], nested: CloudAssembly
    ) -> None:
        self.assembly = assembly
        self.id = artifact_id
        self.manifest = manifest
        properties = manifest["properties"]
        self.directory_name: str = properties["directoryName"]
        self.display_name: str = properties.get("displayName", artifact_id)
        self.hierarchical_id = self.display_name
        self.nested_assembly = nested

    @property
    def full_path(self) -> str:
        """Absolute path of the nested assembly's folder."""
        return os.path.join(self.assembly.directory, self.directory_name)

    def __repr__(self) -> str:
        return f"<NestedCloudAssemblyArtifact {self.id}>"


class CloudAssembly:
    """The result of a synth: where it was written and what it contains."""

    def __init__(
        self,
        directory: str,
        manifest: dict[str, Any],
        templates: Mapping[str, bytes | dict[str, Any]],
        *,
        warnings: list[tuple[str, str]] | None = None,
        nested: dict[str, CloudAssembly] | None = None,
        metadata: Mapping[str, bytes | dict[str, list[dict[str, Any]]]] | None = None,
    ) -> None:
        self.directory = directory
        self.warnings: list[tuple[str, str]] = list(warnings or [])
        self.manifest = manifest
        self.version: str = manifest["version"]
        self._stacks_by_id: dict[str, CloudFormationStackArtifact] = {}
        self._nested_by_id: dict[str, NestedCloudAssemblyArtifact] = {}
        for artifact_id, artifact in manifest["artifacts"].items():
            if artifact["type"] == _STACK_ARTIFACT:
                self._stacks_by_id[artifact_id] = CloudFormationStackArtifact(
                    self, artifact_id, artifact, templates[artifact_id], (metadata or {}).get(artifact_id)
                )
            elif artifact["type"] == NESTED_ASSEMBLY_ARTIFACT and nested and artifact_id in nested:
                self._nested_by_id[artifact_id] = NestedCloudAssemblyArtifact(
                    self, artifact_id, artifact, nested[artifact_id]
                )

    @property
    def stacks(self) -> list[CloudFormationStackArtifact]:
        """The stack artifacts of this assembly (not of nested ones), in manifest order."""
        return list(self._stacks_by_id.values())

    @property
    def nested_assemblies(self) -> list[NestedCloudAssemblyArtifact]:
        """The nested assemblies (one per Stage directly below this one), in manifest order."""
        return list(self._nested_by_id.values())

    @property
    def stacks_recursively(self) -> list[CloudFormationStackArtifact]:
        """The stacks of this assembly, then those of its nested assemblies, depth first."""
        stacks = self.stacks
        for nested in self._nested_by_id.values():
            stacks.extend(nested.nested_assembly.stacks_recursively)
        return stacks

    def get_nested_assembly_artifact(self, artifact_id: str) -> NestedCloudAssemblyArtifact:
        """The nested assembly artifact with this id (`assembly-<Stage>`)."""
        try:
            return self._nested_by_id[artifact_id]
        except KeyError:
            raise KeyError(
                f"no nested assembly {artifact_id!r}; nested assemblies: {sorted(self._nested_by_id)}"
            ) from None

    def get_nested_assembly(self, artifact_id: str) -> CloudAssembly:
        """The nested cloud assembly with this artifact id (`assembly-<Stage>`)."""
        return self.get_nested_assembly_artifact(artifact_id).nested_assembly

    def get_stack_artifact(self, artifact_id: str) -> CloudFormationStackArtifact:
        """The stack artifact with this id."""
        try:
            return self._stacks_by_id[artifact_id]
        except KeyError:
            raise KeyError(
                f"no stack artifact {artifact_id!r}; artifacts: {sorted(self._stacks_by_id)}"
            ) from None

    def try_get_artifact(
        self, artifact_id: str
    ) -> CloudFormationStackArtifact | NestedCloudAssemblyArtifact | None:
        """The stack or nested assembly artifact with this id, or None."""
        return self._stacks_by_id.get(artifact_id) or self._nested_by_id.get(artifact_id)

    def get_stack_by_name(self, stack_name: str) -> CloudFormationStackArtifact:
        """The only stack artifact with this stack name."""
        found = [s for s in self._stacks_by_id.values() if s.stack_name == stack_name]
        if len(found) != 1:
            names = sorted(s.stack_name for s in self._stacks_by_id.values())
            problem = "no stack" if not found else f"{len(found)} stacks"
            raise KeyError(f"{problem} named {stack_name!r} in the assembly; stack names: {names}")
        return found[0]

    def tree(self) -> dict[str, Any]:
        """The tree.json document."""
        with open(os.path.join(self.directory, "tree.json"), encoding="utf-8") as handle:
            import json  # deferred: as above

            document: dict[str, Any] = json.load(handle)
        return document


def _json_2(value: Any) -> bytes:
    return dump_template(value, indent=2)


_ENTRY = '{{\n      "type": {},\n      "data": {}\n    }}'


def _metadata_json(metadata: dict[str, list[dict[str, Any]]]) -> bytes:
    """A metadata file as `_json_2` writes it, each entry of a string type and data written in one piece.

    A large stack has an entry per element: this is most of the time of writing its metadata.
    """
    paths: list[str] = []
    for path, entries in metadata.items():
        texts: list[str] = []
        for entry in entries:
            if tuple(entry) != ("type", "data"):
                return _json_2(metadata)
            kind, data = entry["type"], entry["data"]
            if type(kind) is not str or type(data) is not str or JSON_NULL_MARKER in (kind, data):
                return _json_2(metadata)
            texts.append(_ENTRY.format(encode_string(kind), encode_string(data)))
        if not texts:
            return _json_2(metadata)
        paths.append(f"{encode_string(path)}: [\n    " + ",\n    ".join(texts) + "\n  ]")
    if not paths:
        return _json_2(metadata)
    return ("{\n  " + ",\n  ".join(paths) + "\n}").encode("utf-8")


def _stacks_by_stage(rendered: RenderedApp) -> dict[int, list[Stack]]:
    by_stage: dict[int, list[Stack]] = {}
    for stack in rendered.stacks:
        by_stage.setdefault(id(Stage.of(stack)), []).append(stack)
    return by_stage


def build_assembly(
    stage: Stage, rendered: RenderedApp, outdir: str
) -> tuple[dict[str, bytes], CloudAssembly]:
    """Every file of the stage's assembly and its nested ones (relative name -> bytes), and the assembly."""
    files: dict[str, bytes] = {}
    by_stage = _stacks_by_stage(rendered)
    logical_ids: dict[int, str] = {}
    warnings_by_path: dict[str, list[str]] = {}
    for path, message in rendered.warnings:
        warnings_by_path.setdefault(path, []).append(message)

    assembly = _build_stage_assembly(
        stage, "", outdir, by_stage, rendered, files, logical_ids, warnings_by_path, rendered.warnings
    )
    return files, assembly


def _validation_report(
    findings: list[cloudformation_validate.Finding], annotations: dict[str, Any] | None, *, failing: bool
) -> bytes:
    """`validation-report.json`. With `failing`, it lists the findings of E and F rules as errors (the flag
    `@aws-cdk/core:validateAgainstDefaultRules` is on and the `cdk` CLI fails the synth)."""
    plugin_reports: list[dict[str, Any]] = []
    if findings:
        from .validation_report import plugin_report  # deferred: only a synth with findings reports them

        plugin_reports.append(plugin_report(findings, failing=failing))
    if annotations is not None:
        plugin_reports.append(annotations)
    return _json_2(
        {"version": CLOUD_ASSEMBLY_VERSION, "title": "Validation Report", "pluginReports": plugin_reports}
    )


def _validation_order(stage: Stage, assembly: CloudAssembly, stacks: list[Stack]) -> list[Stack]:
    """The stacks in the order aws-cdk-lib's built-in validator reads their templates, which orders its
    report: the stages that are children of stages first, innermost first, each with the stacks of its
    assembly and then of the assemblies below it (breadth first); an assembly's stacks in the order a
    reader of the cloud assembly lists them (by dependencies, then by artifact ID)."""
    by_artifact = {
        (id(stack._owning_stage), stack.artifact_id): stack for stack in stacks if not stack.nested
    }
    ordered: dict[int, Stack] = {}
    for visited, visited_assembly in _stages_children_first(stage, assembly):
        queue = [(visited, visited_assembly)]
        while queue:
            current, current_assembly = queue.pop(0)
            for artifact_id in _read_order(current_assembly.manifest["artifacts"]):
                stack = by_artifact.get((id(current), artifact_id))
                if stack is not None:
                    ordered.setdefault(id(stack), stack)
            below = sorted(current._nested_stages, key=lambda child: child.artifact_id)
            queue.extend((child, current_assembly.get_nested_assembly(child.artifact_id)) for child in below)
    return list(ordered.values())


def _stages_children_first(stage: Stage, assembly: CloudAssembly) -> list[tuple[Stage, CloudAssembly]]:
    """`stage` and the stages that are children of stages below it, with their assemblies, each after its
    children."""
    found: list[tuple[Stage, CloudAssembly]] = []
    pending = [(stage, assembly)]
    while pending:
        current, current_assembly = pending.pop()
        found.append((current, current_assembly))
        for child in current._nested_stages:
            if child.node.scope is current:
                pending.append((child, current_assembly.get_nested_assembly(child.artifact_id)))
    # Pre-order with the last child first, reversed: each child after its children, first child first.
    return found[::-1]


def _read_order(artifacts: Mapping[str, Any]) -> list[str]:
    """Artifact IDs as the cloud assembly reader sorts them: those whose dependencies are listed, round by
    round, each round by ID."""
    remaining = {name: set(artifact.get("dependencies", ())) for name, artifact in artifacts.items()}
    order: list[str] = []
    while remaining:
        ready = sorted(
            name for name, dependencies in remaining.items() if not dependencies & remaining.keys()
        )
        if not ready:  # a cycle, which synthesis refuses before this
            ready = sorted(remaining)
        order.extend(ready)
        for name in ready:
            del remaining[name]
    return order


def _build_stage_assembly(
    current: Stage,
    prefix: str,
    directory: str,
    by_stage: dict[int, list[Stack]],
    rendered: RenderedApp,
    files: dict[str, bytes],
    logical_ids: dict[int, str],
    warnings_by_path: dict[str, list[str]],
    warnings: list[tuple[str, str]],
) -> CloudAssembly:
    """The assembly of `current` and, first, those of its nested stages (whose files go under their
    artifact IDs); `warnings` are the app's, given to the top-level assembly only."""
    nested = {
        child.artifact_id: _build_stage_assembly(
            child,
            f"{prefix}{child.artifact_id}/",
            os.path.join(directory, child.artifact_id),
            by_stage,
            rendered,
            files,
            logical_ids,
            warnings_by_path,
            [],
        )
        for child in current._nested_stages
    }
    # As aws-cdk-lib: a nested assembly reports its missing context to its parents too, and is
    # synthesized before the stage's own stacks.
    nested_missing = [entry for assembly in nested.values() for entry in assembly.manifest.get("missing", ())]
    manifest, templates, metadata = _build_stage_files(
        current, by_stage, rendered, files, prefix, logical_ids, warnings_by_path, nested_missing
    )
    return CloudAssembly(directory, manifest, templates, warnings=warnings, nested=nested, metadata=metadata)


# The context key the `cdk` CLI sets to false: the CLI prints the validation report of the stacks it was
# asked for and fails on their errors, so the app writes the report and neither prints nor raises.
_FAIL_SYNTH_ON_VALIDATION_ERRORS = "@aws-cdk/core:failSynthOnValidationErrors"


def _app_reports_validation(stage: Stage) -> bool:
    """Whether the app prints the validation report and fails on its errors (as aws-cdk-lib reads the key)."""
    value = stage.node.try_get_context(_FAIL_SYNTH_ON_VALIDATION_ERRORS)
    return value is None or (value is not False and value != "false")


def _writes_validation_report(stage: Stage) -> bool:
    """Whether the App's assembly gets aws-cdk-lib's `validation-report.json`.

    aws-cdk-lib writes it whenever its built-in template validation runs: for an App, unless
    `builtin_cloud_formation_validation=False` or `CDK_VALIDATION=false` in the environment.
    """
    # Differs from aws-cdk-lib: of its built-in validator's rules, only those of
    # cloudformation_validate.py are run.
    return (
        stage.parent_stage is None
        and getattr(stage, "builtin_cloud_formation_validation", False) is True
        and os.environ.get("CDK_VALIDATION") != "false"
    )


def _build_stage_files(
    stage: Stage,
    by_stage: dict[int, list[Stack]],
    rendered: RenderedApp,
    files: dict[str, bytes],
    prefix: str,
    logical_ids: dict[int, str],
    warnings_by_path: dict[str, list[str]],
    nested_missing: list[dict[str, Any]],
) -> tuple[dict[str, Any], dict[str, bytes], dict[str, bytes]]:
    """Add the files of one stage's own assembly to `files` (names under `prefix`); return its manifest,
    and the template and metadata text of each stack by artifact ID.

    Nested stages come first: the App's tree.json reuses the logical IDs their metadata recorded.
    `warnings_by_path` are `rendered.warnings` by construct path, kept up to date with those added here.
    `nested_missing` is the missing context of the nested assemblies, listed before the stage's own.
    """
    artifacts: dict[str, Any] = {}
    templates: dict[str, bytes] = {}
    metadata_of: dict[str, bytes] = {}
    missing: list[dict[str, Any]] = list(nested_missing)
    # aws-cdk-lib registers a nested assembly when the Stage is created, so these come first.
    for child in stage._nested_stages:
        artifacts[child.artifact_id] = {
            "type": NESTED_ASSEMBLY_ARTIFACT,
            "properties": {"directoryName": child.artifact_id, "displayName": child.node.path},
        }
    for stack in by_stage.get(id(stage), []):
        template = rendered.templates[id(stack)]
        text = dump_template(template, indent=None if stack.suppress_template_indentation else 1)
        if len(text) > MAX_TEMPLATE_BYTES:
            message = (
                f"the template is {len(text):,} bytes; CloudFormation accepts at most "
                f"{MAX_TEMPLATE_BYTES:,}, so move resources to another stack"
            )
            rendered.warnings.append((stack.node.path, message))
            rendered.warning_constructs.append(stack)  # the two lists go together (annotation report)
            warnings_by_path.setdefault(stack.node.path, []).append(message)
        files[prefix + stack.template_file] = text
        if stack.nested:
            # Its template is a file asset of its parent; its constructs are in the parent's metadata.
            continue
        templates[stack.artifact_id] = text
        template_hash = sha256(text).hexdigest()
        parts = stack.synthesizer.stack_artifact(stack, template_hash)
        dependencies = [dep.artifact_id for dep in stack.dependencies]
        properties: dict[str, Any] = {
            "templateFile": stack.template_file,
            "terminationProtection": stack.termination_protection,
        }
        tags = stack.tags.tag_values()
        if tags:
            properties["tags"] = tags
        properties["validateOnSynth"] = rendered.validate_on_synth
        if stack._notification_arns:
            properties["notificationArns"] = stack._notification_arns
        properties.update(parts.properties)
        if parts.asset_manifest is not None:
            assets_id = f"{stack.artifact_id}.assets"
            assets_file = f"{stack.artifact_id}.assets.json"
            files[prefix + assets_file] = _json_2({"version": CLOUD_ASSEMBLY_VERSION, **parts.asset_manifest})
            artifacts[assets_id] = {
                "type": _ASSET_MANIFEST_ARTIFACT,
                "properties": {"file": assets_file, **parts.asset_manifest_properties},
            }
            properties["additionalDependencies"] = [assets_id]
            dependencies.append(assets_id)
        if parts.lookup_role is not None:
            properties["lookupRole"] = parts.lookup_role
        # aws-cdk-lib adds the stack name last, after the synthesizer's properties.
        if stack.stack_name != stack.artifact_id:
            properties["stackName"] = stack.stack_name
        artifact: dict[str, Any] = {
            "type": _STACK_ARTIFACT,
            "environment": stack.environment,
            "properties": properties,
        }
        if dependencies:
            artifact["dependencies"] = dependencies
        metadata_file = f"{stack.artifact_id}.metadata.json"
        metadata = _stack_metadata(stack, rendered.templates, tags, warnings_by_path, logical_ids)
        files[prefix + metadata_file] = metadata_of[stack.artifact_id] = _metadata_json(metadata)
        artifact["additionalMetadataFile"] = metadata_file
        artifact["displayName"] = stack.node.path
        artifacts[stack.artifact_id] = artifact
        if parts.lookup_options:
            # The CLI looks context up with the synthesizer's lookup role.
            for entry in stack._missing_context:
                missing.append({**entry, "props": {**entry["props"], **parts.lookup_options}})
        else:
            missing.extend(stack._missing_context)
    # Only the App writes tree.json (the whole tree, stages included), as aws-cdk-lib does.
    if stage.parent_stage is None and getattr(stage, "tree_metadata", False):
        files[prefix + "tree.json"] = tree_json(stage, rendered.templates, logical_ids)
        artifacts["Tree"] = {"type": "cdk:tree", "properties": {"file": "tree.json"}}
    artifacts[FEATURE_FLAG_REPORT_ARTIFACT] = feature_flag_report(stage)
    manifest: dict[str, Any] = {"version": CLOUD_ASSEMBLY_VERSION, "artifacts": artifacts}
    if missing:
        # As aws-cdk-lib: in the order the lookups were made, the first of a key kept.
        unique: dict[str, dict[str, Any]] = {}
        for entry in missing:
            unique.setdefault(entry["key"], entry)
        manifest["missing"] = list(unique.values())
    # The CLI release that reads this schema version; aws-cdk-lib writes it into every manifest.
    manifest["minimumCliVersion"] = MINIMUM_CLI_VERSION
    files[prefix + "manifest.json"] = _json_2(manifest)
    files[prefix + "cdk.out"] = json_dumps({"version": CLOUD_ASSEMBLY_VERSION}).replace(" ", "").encode()
    return manifest, templates, metadata_of


def _stack_metadata(
    stack: Stack,
    templates: Mapping[int, dict[str, Any]],
    tags: dict[str, str],
    warnings_by_path: dict[str, list[str]],
    logical_ids: dict[int, str],
) -> dict[str, Any]:
    """The stack's metadata file, as aws-cdk-lib collects it: the constructs of the stack breadth first
    (not those of other stacks), each with its metadata entries in the order they were added.

    A CfnElement starts with its logical ID; the stack (and each nested stack) has its template file, with
    the note of a template near its resource limit, and, after it, the stack tags (`tags`). `templates`
    are the rendered templates by stack (`id()`). `warnings_by_path` are the app's unacknowledged
    warnings by construct path (those added while synthesizing included).
    The logical ID of each element is recorded in `logical_ids` (by `id()`), for tree.json.
    """
    # Differs from aws-cdk-lib: no `aws:cdk:creationStack` entries and no `trace` keys (stack traces of
    # the jsii runtime); aws-cdk-lib leaves them out too under the cdk CLI, except on acknowledged rules.
    metadata: dict[str, Any] = {}
    resolver: Resolver | None = None
    with_logical_ids = not stack.node.try_get_context(DISABLE_LOGICAL_ID_METADATA)
    queue: deque[Construct | tuple[str, str]] = deque([stack])
    popleft = queue.popleft
    while queue:
        construct = popleft()
        if isinstance(construct, tuple):
            # A parameter or rule the synthesizer adds to the template, a construct in aws-cdk-lib.
            path, logical_id = construct
            if with_logical_ids:
                metadata[path] = [{"type": LOGICAL_ID_METADATA, "data": logical_id}]
            continue
        node = construct.node
        entries: list[dict[str, Any]] = []
        if isinstance(construct, CfnElement):
            logical_id = logical_ids[id(construct)] = construct.logical_id
            if logical_id and with_logical_ids:
                entries.append({"type": LOGICAL_ID_METADATA, "data": logical_id})
        path = node.path
        reported = warnings_by_path.get(path)
        for entry in node._metadata:
            kind = entry.type
            if kind == WARNING:
                data: Any = entry.data
                if is_acknowledged(construct, str(data)):
                    continue
            elif kind in (INFO, ERROR):
                data = entry.data
            else:
                if resolver is None:
                    resolver = Resolver(stack)
                data = resolver.resolve(entry.data)
            entries.append({"type": kind, "data": data})
        if construct is stack or (isinstance(construct, Stack) and construct.nested):
            entries.append({"type": "aws:cdk:templateFile", "data": construct.template_file})
            note = resource_count_note(construct, templates[id(construct)])
            if note is not None:
                entries.append({"type": INFO, "data": note})
        if reported:
            recorded = {e["data"] for e in entries if e["type"] == WARNING}
            entries.extend({"type": WARNING, "data": m} for m in reported if m not in recorded)
        if construct is stack and tags:
            known, left_out_warning = stack_tags_known_at_synth(tags)
            if left_out_warning is not None:
                entries.append({"type": WARNING, "data": left_out_warning})
            if known:
                entries.append(
                    {"type": "aws:cdk:stack-tags", "data": [{"key": k, "value": v} for k, v in known.items()]}
                )
        if entries:
            metadata[f"/{path}"] = entries
        children = node._children
        if children:
            queue.extend([c for c in children.values() if not isinstance(c, Stack) or c.nested])
        if construct is stack:
            queue.extend(_bootstrap_nodes(stack, templates[id(stack)]))
    return metadata


def _bootstrap_nodes(stack: Stack, template: dict[str, Any]) -> list[tuple[str, str]]:
    """(`/path`, logical ID) of the bootstrap version parameter and rule the synthesizer added to the
    template; aws-cdk-lib adds them to the stack as constructs when it synthesizes it."""
    return [
        (f"/{stack.node.path}/{name}", logical_id)
        for name, logical_id, _ in synthesized_elements(stack, template)
    ]


def write_assembly(
    outdir: str,
    files: dict[str, bytes],
    staged: dict[str, str],
    asset_outdir: str | None = None,
    excludes: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """Write the files into a scratch folder, then move them into `outdir` (nothing written on failure).

    File names may hold sub-folders (`assembly-Prod/manifest.json`): each top-level folder written
    replaces the one there, so a nested assembly never keeps stale stacks. A top-level file that `outdir`
    already holds with the same bytes is left as it is: replacing a file costs far more than reading it
    (on ext4 a replace waits for the new file's blocks), and an app synthesized again mostly writes what
    is there. Staged assets go to `asset_outdir` (the app's folder, shared by every stage; default
    `outdir`).
    """
    outdir = os.path.abspath(outdir)
    parent = os.path.dirname(outdir)
    os.makedirs(parent, exist_ok=True)
    scratch = os.path.join(parent, f".synth-{os.getpid()}-{os.urandom(4).hex()}")
    os.mkdir(scratch)
    outdir_exists = os.path.isdir(outdir)
    try:
        for name, data in files.items():
            if outdir_exists and "/" not in name and _holds(os.path.join(outdir, name), data):
                continue
            path = os.path.join(scratch, name)
            if "/" in name:
                os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(data)
        if asset_outdir is None or os.path.abspath(asset_outdir) == outdir:
            _copy_staged_assets(outdir, scratch, staged, excludes or {})
        else:
            os.makedirs(asset_outdir, exist_ok=True)
            _copy_staged_assets(asset_outdir, asset_outdir, staged, excludes or {})
        if not os.path.exists(outdir):
            os.rename(scratch, outdir)
            return
        written = set(os.listdir(scratch))
        for name in written:
            target = os.path.join(outdir, name)
            if os.path.isdir(target) and not os.path.islink(target):
                _remove_tree(target)
            os.replace(os.path.join(scratch, name), target)
        # The nested assembly of a stage that is gone would stay next to the new ones: remove it.
        for name in os.listdir(outdir):
            stale = os.path.join(outdir, name)
            if (
                name.startswith("assembly-")
                and name not in written
                and os.path.isfile(os.path.join(stale, "manifest.json"))
            ):
                _remove_tree(stale)
    finally:
        if os.path.exists(scratch):
            _remove_tree(scratch)


def _holds(path: str, data: bytes) -> bool:
    """Whether `path` is a regular file (not a link) holding exactly `data`."""
    try:
        if os.path.islink(path) or os.path.getsize(path) != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False


def _remove_tree(path: str) -> None:
    try:
        os.rmdir(path)  # an empty folder (the scratch one, once its files moved) needs no shutil
    except OSError:
        import shutil  # deferred: only replacing an existing assembly folder needs it

        shutil.rmtree(path, ignore_errors=True)


def _copy_staged_assets(
    outdir: str, scratch: str, staged: dict[str, str], excludes: Mapping[str, Sequence[str]]
) -> None:
    if not staged:
        return
    import shutil  # deferred: shutil (and the compression modules it loads) only for staged assets

    from ..assets import is_inside, staging_filter  # deferred too: fingerprinting and exclude patterns

    for name, source in staged.items():
        if os.path.exists(os.path.join(outdir, name)):
            continue  # asset folders are named by content hash: an existing one is the same
        destination = os.path.join(scratch, name)
        if os.path.isdir(source):
            exclude = excludes.get(name)
            ignore = staging_filter(source, exclude) if exclude else None
            # A source folder that holds the assembly folder (an asset of the project's root) must not
            # copy it, nor the scratch folder being written: the copy would go on into itself. A dangling
            # link is left out too (aws-cdk-lib keeps it as a link; it points at nothing either way).
            inside = [path for path in {outdir, scratch} if is_inside(path, source)]
            shutil.copytree(source, destination, symlinks=False, ignore=_ignoring_paths(inside, ignore))
        else:
            shutil.copyfile(source, destination)


def _ignoring_paths(
    paths: list[str], ignore: Callable[[str, list[str]], Iterable[str]] | None
) -> Callable[[str, list[str]], set[str]]:
    """A `copytree` ignore function that also leaves out the folders at `paths` and dangling links."""
    skipped = {os.path.realpath(path) for path in paths}

    def ignored(directory: str, names: list[str]) -> set[str]:
        found = set(ignore(directory, names)) if ignore is not None else set()
        real = os.path.realpath(directory)
        for name in names:
            path = os.path.join(directory, name)
            if os.path.join(real, name) in skipped or (os.path.islink(path) and not os.path.exists(path)):
                found.add(name)
        return found

    return ignored


def synthesize(
    stage: Stage,
    *,
    write: bool = True,
    aspect_stabilization: bool | None = None,
    skip_validation: bool = False,
    validate_on_synthesis: bool = False,
) -> CloudAssembly:
    """Validate and render the stage (an App or a nested Stage); raise SynthesisError with every
    problem, else write its assembly and those of its nested stages. `aspect_stabilization` overrides
    the feature flag of that name (see `invoke_aspects`); `skip_validation` skips the constructs' own
    validations; `validate_on_synthesis` marks the stack artifacts for the `cdk` CLI to validate."""
    # Rendering allocates many short-lived objects next to a large, long-lived construct tree; the
    # cyclic collector would traverse that tree again and again. Synthesis creates no cycles worth
    # collecting, so the collector pauses until it is done.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        rendered = render_app(
            stage, aspect_stabilization=aspect_stabilization, skip_validation=skip_validation
        )
        rendered.validate_on_synth = validate_on_synthesis
        return _synthesize(stage, rendered, write=write)
    finally:
        if was_enabled:
            gc.enable()


def _synthesize(stage: Stage, rendered: RenderedApp, *, write: bool) -> CloudAssembly:
    if rendered.problems:
        raise SynthesisError(rendered.problems)
    annotations = _annotation_report(stage, rendered) if write else None
    outdir = os.path.abspath(stage.outdir)
    files, assembly = build_assembly(stage, rendered, outdir)
    if write and stage.parent_stage is None:
        files.update(policy_report_files(stage))
    writes_report = write and _writes_validation_report(stage)
    findings = (
        cloudformation_validate.validate_stacks(
            _validation_order(stage, assembly, rendered.stacks), rendered.templates, rendered.resources
        )
        if writes_report
        else []
    )
    reported = [finding for finding in findings if finding.acknowledged_at is None]
    errors = [finding for finding in reported if not finding.is_warning]
    is_strict = cloudformation_validate.strict(stage)
    app_reports_validation = _app_reports_validation(stage)
    if errors and is_strict and app_reports_validation:
        from .validation_report import problem_text

        raise SynthesisError([(finding.construct.node.path, problem_text(finding)) for finding in errors])
    if writes_report or annotations is not None:
        files["validation-report.json"] = _validation_report(
            findings, annotations, failing=bool(errors) and is_strict
        )
    if write:
        root = stage.node.root
        staged: dict[str, str] = getattr(root, "_staged_assets", {})
        excludes: dict[str, tuple[str, ...]] = getattr(root, "_staged_excludes", {})
        write_assembly(outdir, files, staged, stage.asset_outdir, excludes)
        if app_reports_validation and (reported or annotations is not None):
            report_path = _shown_path(os.path.join(outdir, "validation-report.json"))
            others = [annotations] if annotations is not None else []
            from .validation_report import console_text

            print(console_text(findings, report_path, others), file=sys.stderr, end="")
        elif errors and not is_strict:
            # As aws-cdk-lib under the CLI: only the heading, the CLI prints the report itself.
            print(cloudformation_validate.WARNINGS_HEADING, file=sys.stderr)
    return assembly


def _shown_path(absolute: str) -> str:
    """A path as aws-cdk-lib prints it: relative to the current directory when that is shorter."""
    relative = os.path.relpath(absolute)
    return relative if len(relative) < len(absolute) else absolute


def _annotation_report(stage: Stage, rendered: RenderedApp) -> dict[str, Any] | None:
    """The App's "Construct Annotations" report under `@aws-cdk/core:annotationsInValidationReport`."""
    if stage.parent_stage is not None or not FeatureFlags.of(stage).is_enabled(
        ANNOTATIONS_IN_VALIDATION_REPORT
    ):
        return None
    from .annotation_report import plugin_report  # deferred: only apps under the flag need it

    messages = [message for _, message in rendered.warnings]
    return plugin_report(list(zip(rendered.warning_constructs, messages, strict=True)))
