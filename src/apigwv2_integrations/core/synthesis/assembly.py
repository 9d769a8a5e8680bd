"""The cloud assembly: synthesize an app and write manifest, templates, asset manifests and tree."""

from __future__ import annotations

import gc
import hashlib
import json
import os
from typing import TYPE_CHECKING, Any

from ..annotations import WARNING
from ..errors import SynthesisError
from ..stack import Stack
from ._json import dump_template
from ._render import MAX_TEMPLATE_BYTES, RenderedApp, render_app
from .tree import tree_document

if TYPE_CHECKING:
    from ..app import App

CLOUD_ASSEMBLY_VERSION = "55.0.0"
_STACK_ARTIFACT = "aws:cloudformation:stack"
_ASSET_MANIFEST_ARTIFACT = "cdk:asset-manifest"


class Environment:
    """The environment of a stack artifact."""

    def __init__(self, name: str) -> None:
        self.name = name
        account_region = name.removeprefix("aws://")
        self.account, _, self.region = account_region.partition("/")

    def __repr__(self) -> str:
        return f"Environment({self.name!r})"


class CloudFormationStackArtifact:
    """A stack in the cloud assembly: its template and deployment facts."""

    def __init__(
        self, assembly: CloudAssembly, artifact_id: str, manifest: dict[str, Any], template: dict[str, Any]
    ):
        self.assembly = assembly
        self.id = artifact_id
        self.manifest = manifest
        self.template = template
        properties = manifest["properties"]
        self.template_file: str = properties["templateFile"]
        self.stack_name: str = properties.get("stackName", artifact_id)
        self.termination_protection: bool = properties.get("terminationProtection", False)
        self.tags: dict[str, str] = properties.get("tags", {})
        self.assume_role_arn: str | None = properties.get("assumeRoleArn")
        self.environment = Environment(manifest["environment"])
        self.display_name: str = manifest.get("displayName", artifact_id)
        self.hierarchical_id = self.display_name

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


class CloudAssembly:
    """The result of a synth: where it was written and what it contains."""

    def __init__(
        self,
        directory: str,
        manifest: dict[str, Any],
        templates: dict[str, dict[str, Any]],
        *,
        warnings: list[tuple[str, str]] | None = None,
    ) -> None:
        self.directory = directory
        self.warnings: list[tuple[str, str]] = list(warnings or [])
        self.manifest = manifest
        self.version: str = manifest["version"]
        self._stacks_by_id: dict[str, CloudFormationStackArtifact] = {}
        for artifact_id, artifact in manifest["artifacts"].items():
            if artifact["type"] == _STACK_ARTIFACT:
                self._stacks_by_id[artifact_id] = CloudFormationStackArtifact(
                    self, artifact_id, artifact, templates[artifact_id]
                )

    @property
    def stacks(self) -> list[CloudFormationStackArtifact]:
        """Every stack artifact, in manifest order."""
        return list(self._stacks_by_id.values())

    @property
    def stacks_recursively(self) -> list[CloudFormationStackArtifact]:
        """Same as `stacks` (nested assemblies are not produced)."""
        return self.stacks

    def get_stack_artifact(self, artifact_id: str) -> CloudFormationStackArtifact:
        """The stack artifact with this id."""
        try:
            return self._stacks_by_id[artifact_id]
        except KeyError:
            raise KeyError(
                f"no stack artifact {artifact_id!r}; artifacts: {sorted(self._stacks_by_id)}"
            ) from None

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
            document: dict[str, Any] = json.load(handle)
        return document


def _json_2(value: Any) -> bytes:
    return dump_template(value, indent=2)


def build_files(
    app: App, rendered: RenderedApp
) -> tuple[dict[str, bytes], dict[str, Any], dict[str, dict[str, Any]]]:
    """Every file of the assembly (name -> bytes), the manifest and the templates by artifact id."""
    files: dict[str, bytes] = {}
    artifacts: dict[str, Any] = {}
    templates: dict[str, dict[str, Any]] = {}
    missing: list[dict[str, Any]] = []
    for stack in rendered.stacks:
        template = rendered.templates[id(stack)]
        text = dump_template(template, indent=None if stack.suppress_template_indentation else 1)
        if len(text) > MAX_TEMPLATE_BYTES:
            rendered.warnings.append(
                (
                    stack.node.path,
                    f"the template is {len(text):,} bytes; CloudFormation accepts at most "
                    f"{MAX_TEMPLATE_BYTES:,}, so move resources to another stack",
                )
            )
        files[stack.template_file] = text
        templates[stack.artifact_id] = template
        template_hash = hashlib.sha256(text).hexdigest()
        parts = stack.synthesizer.stack_artifact(stack, template_hash)
        dependencies = [dep.artifact_id for dep in stack.dependencies]
        properties: dict[str, Any] = {
            "templateFile": stack.template_file,
            "terminationProtection": stack.termination_protection,
        }
        tags = stack.tags.tag_values()
        if tags:
            properties["tags"] = tags
        if stack.stack_name != stack.artifact_id:
            properties["stackName"] = stack.stack_name
        if stack.notification_arns:
            properties["notificationArns"] = stack.notification_arns
        properties["validateOnSynth"] = False
        properties.update(parts.properties)
        if parts.asset_manifest is not None:
            assets_id = f"{stack.artifact_id}.assets"
            assets_file = f"{stack.artifact_id}.assets.json"
            files[assets_file] = _json_2({"version": CLOUD_ASSEMBLY_VERSION, **parts.asset_manifest})
            artifacts[assets_id] = {
                "type": _ASSET_MANIFEST_ARTIFACT,
                "properties": {"file": assets_file, **parts.asset_manifest_properties},
            }
            properties["additionalDependencies"] = [assets_id]
            dependencies.append(assets_id)
        if parts.lookup_role is not None:
            properties["lookupRole"] = parts.lookup_role
        artifact: dict[str, Any] = {
            "type": _STACK_ARTIFACT,
            "environment": stack.environment,
            "properties": properties,
        }
        if dependencies:
            artifact["dependencies"] = dependencies
        metadata_file = f"{stack.artifact_id}.metadata.json"
        files[metadata_file] = _json_2(_stack_metadata(stack, template, rendered.warnings))
        artifact["additionalMetadataFile"] = metadata_file
        artifact["displayName"] = stack.node.path
        artifacts[stack.artifact_id] = artifact
        missing.extend(stack._missing_context)
    if app.tree_metadata:
        files["tree.json"] = json.dumps(
            tree_document(app), separators=(",", ":"), ensure_ascii=False
        ).encode()
        artifacts["Tree"] = {"type": "cdk:tree", "properties": {"file": "tree.json"}}
    manifest: dict[str, Any] = {"version": CLOUD_ASSEMBLY_VERSION, "artifacts": artifacts}
    if missing:
        unique = {entry["key"]: entry for entry in missing}
        manifest["missing"] = [unique[key] for key in sorted(unique)]
    files["manifest.json"] = _json_2(manifest)
    files["cdk.out"] = json.dumps({"version": CLOUD_ASSEMBLY_VERSION}).replace(" ", "").encode()
    return files, manifest, templates


def _stack_metadata(
    stack: Stack, template: dict[str, Any], warnings: list[tuple[str, str]]
) -> dict[str, Any]:
    metadata: dict[str, Any] = {
        f"/{stack.node.path}": [{"type": "aws:cdk:templateFile", "data": stack.template_file}]
    }
    prefix = stack.node.path + "/"
    for path, message in warnings:
        if path == stack.node.path or path.startswith(prefix):
            metadata.setdefault(f"/{path}", []).append({"type": WARNING, "data": message})
    from ..cfn_element import CfnElement
    from ..construct import iter_preorder

    for construct in iter_preorder(stack):
        if isinstance(construct, CfnElement) and construct.stack is stack:
            section = template.get(construct._section) or {}
            if construct.logical_id in section:
                entry = {"type": "aws:cdk:logicalId", "data": construct.logical_id}
                metadata.setdefault(f"/{construct.node.path}", []).insert(0, entry)
    return metadata


def write_assembly(outdir: str, files: dict[str, bytes], staged: dict[str, str]) -> None:
    """Write the files into a scratch folder, then move them into `outdir` (nothing written on failure)."""
    outdir = os.path.abspath(outdir)
    parent = os.path.dirname(outdir)
    os.makedirs(parent, exist_ok=True)
    scratch = os.path.join(parent, f".synth-{os.getpid()}-{os.urandom(4).hex()}")
    os.mkdir(scratch)
    try:
        for name, data in files.items():
            with open(os.path.join(scratch, name), "wb") as handle:
                handle.write(data)
        _copy_staged_assets(outdir, scratch, staged)
        if not os.path.exists(outdir):
            os.rename(scratch, outdir)
            return
        for name in os.listdir(scratch):
            target = os.path.join(outdir, name)
            if os.path.isdir(target) and not os.path.islink(target):
                _remove_tree(target)
            os.replace(os.path.join(scratch, name), target)
    finally:
        if os.path.exists(scratch):
            _remove_tree(scratch)


def _copy_staged_assets(outdir: str, scratch: str, staged: dict[str, str]) -> None:
    if not staged:
        return
    import shutil

    for name, source in staged.items():
        if os.path.exists(os.path.join(outdir, name)):
            continue  # asset folders are named by content hash: an existing one is the same
        destination = os.path.join(scratch, name)
        if os.path.isdir(source):
            shutil.copytree(source, destination, symlinks=False)
        else:
            shutil.copyfile(source, destination)


def _remove_tree(path: str) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def synthesize(app: App, *, write: bool = True) -> CloudAssembly:
    """Validate and render the app; raise SynthesisError with every problem, else write the assembly."""
    # Rendering allocates many short-lived objects next to a large, long-lived construct tree; the
    # cyclic collector would traverse that tree again and again. Synthesis creates no cycles worth
    # collecting, so the collector pauses until it is done.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _synthesize(app, write=write)
    finally:
        if was_enabled:
            gc.enable()


def _synthesize(app: App, *, write: bool) -> CloudAssembly:
    rendered = render_app(app)
    if rendered.problems:
        raise SynthesisError(rendered.problems)
    files, manifest, templates = build_files(app, rendered)
    outdir = os.path.abspath(app.outdir)
    if write:
        write_assembly(outdir, files, app._staged_assets)
    return CloudAssembly(outdir, manifest, templates, warnings=rendered.warnings)
