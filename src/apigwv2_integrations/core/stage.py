"""Stage: a unit of deployment made of stacks, written as its own (nested) cloud assembly.

The App is the root stage. A Stage below it (or below another Stage) gets the sub-directory
`assembly-<path>/` of the app's output folder, with its own `manifest.json`, and is listed in its
parent's manifest as a `cdk:cloud-assembly` artifact, as aws-cdk-lib does.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from .construct import Construct, _some_stage_synthesized, _tree_watched
from .environment import Environment
from .errors import ValidationError
from .lazy_pattern import LazyPattern
from .permissions_boundary import PermissionsBoundary, bind_permissions_boundary
from .runtime_typing import TYPE_CHECKING
from .struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from .synthesis.assembly import CloudAssembly

_STAGE_ID = LazyPattern(r"^[A-Za-z][A-Za-z0-9\-_.]*$")


def _to_environment(value: Environment | Mapping[str, Any] | None) -> Environment:
    if value is None:
        return Environment()
    if isinstance(value, Mapping):
        return Environment(**value)
    return value


def _to_optional_environment(value: Environment | Mapping[str, Any] | None) -> Environment | None:
    return Environment(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class StageProps(metaclass=LazyAttrsMeta):
    """The keywords of `Stage` as one struct."""

    env: Environment | None = field(default=None, converter=_to_optional_environment)
    """Default account and region of the stacks in the stage; a dict is accepted. Default: none."""
    outdir: str | None = None
    """Where the stage's cloud assembly is written. Default: a folder of the parent assembly."""
    permissions_boundary: PermissionsBoundary | None = None
    """The permissions boundary of the IAM roles and users of the stage's stacks. Default: none."""
    policy_validation_beta1: Any = None
    """Policy validation plugins. Default: none."""
    property_injectors: Any = None
    """Property injectors of the stage. Default: none."""
    stage_name: str | None = None
    """The stage name, a prefix of its stack names. Default: the id."""


def _tree_changes(changes: dict[str, str]) -> list[str]:
    """`+path` / `-path` per change, shortest first, without the paths below a listed one."""
    listed: list[str] = []
    for path, sign in sorted(changes.items(), key=lambda item: len(item[0])):
        if not any(path.startswith(f"{shown[1:]}/") for shown in listed):
            listed.append(f"{sign}{path}")
    return listed


class Stage(Construct):
    """A unit of deployment made of stacks; the App is the top-level stage."""

    # True for the App: the only stage without a scope.
    _is_root_stage = False
    # Paths added ("+") or removed ("-") since the stage was synthesized; None until it is.
    _changes_after_synth: dict[str, str] | None = None

    def __init__(
        self,
        scope: Construct | None,
        id: str,
        *,
        env: Environment | Mapping[str, Any] | None = None,
        outdir: str | None = None,
        permissions_boundary: PermissionsBoundary | None = None,
        policy_validation_beta1: Any = None,
        property_injectors: Any = None,
        stage_name: str | None = None,
    ) -> None:
        if scope is None and not self._is_root_stage:
            raise ValidationError(
                None, f"Stage {id!r}: scope=None is not allowed; create the Stage in an App or a Stage"
            )
        super().__init__(scope, id)
        if id != "" and not _STAGE_ID.match(id):
            raise ValidationError(
                self,
                f"id={id!r} is not a valid stage name; start with a letter and use only letters, "
                "digits, hyphens ('-'), underscores ('_') and periods ('.')",
            )
        for name, value in (
            ("policy_validation_beta1", policy_validation_beta1),
            ("property_injectors", property_injectors),
        ):
            if value:
                raise ValidationError(self, f"{name}={value!r} is not supported; leave it unset")
        if permissions_boundary is not None:
            bind_permissions_boundary(self, permissions_boundary)
        self.parent_stage: Stage | None = Stage.of(self)
        if self.parent_stage is not None and outdir is not None:
            raise ValidationError(
                self, f"outdir={outdir!r} cannot be given for a nested stage; it is always inside the app's"
            )
        environment = _to_environment(env)
        parent = self.parent_stage
        self.region: str | None = environment.region or (parent.region if parent else None)
        self.account: str | None = environment.account or (parent.account if parent else None)
        own_name = stage_name if stage_name is not None else id
        self.stage_name: str = "-".join(n for n in (parent.stage_name if parent else "", own_name) if n)
        self._outdir = outdir
        self._assembly: CloudAssembly | None = None
        # Nested stages in creation order: their assembly artifacts come first in this stage's manifest.
        self._nested_stages: list[Stage] = []
        if parent is not None:
            parent._nested_stages.append(self)

    @property
    def policy_validation_beta1(self) -> list[Any]:
        """Validation plugins: none (they are not supported)."""
        return []

    @property
    def outdir(self) -> str:
        """The folder this stage's cloud assembly is written to."""
        if self.parent_stage is not None:
            return os.path.join(self.parent_stage.outdir, self.artifact_id)
        return self._outdir or "cdk.out"

    @outdir.setter
    def outdir(self, value: str) -> None:
        self._outdir = value

    @property
    def asset_outdir(self) -> str:
        """The folder assets are staged in: the app's output folder, shared by every stage."""
        return self.parent_stage.asset_outdir if self.parent_stage is not None else self.outdir

    @property
    def artifact_id(self) -> str:
        """`assembly-<path with '-'>` for a nested stage; "" for the App."""
        path = self.node.path
        return f"assembly-{path.replace('/', '-').strip('-')}" if path else ""

    def synth(
        self,
        *,
        aspect_stabilization: bool | None = None,
        error_on_duplicate_synth: bool | None = None,
        force: bool | None = None,
        skip_validation: bool | None = None,
        validate_on_synthesis: bool | None = None,
    ) -> CloudAssembly:
        """Validate, render and write this stage's cloud assembly; a second call returns the first result.

        `force=True` renders again. A second call after constructs were added to or removed from the
        stage's tree raises a ValidationError listing them, unless `error_on_duplicate_synth=False` (it
        then returns the first assembly). Every validation problem and error annotation stops synthesis;
        `skip_validation=True` skips the constructs' own validations (`node.add_validation`, and the checks
        the package's constructs run at synth), as in aws-cdk-lib, and `validate_on_synthesis=True` marks
        the stack artifacts for the `cdk` CLI to validate (`validateOnSynth` in the manifest).
        `aspect_stabilization` overrides the `@aws-cdk/core:aspectStabilization` flag (aspects run until
        none adds another).
        """
        if self._assembly is not None and not force:
            if self._changes_after_synth and error_on_duplicate_synth is not False:
                raise ValidationError(
                    self,
                    "synth() was called again after the construct tree changed "
                    f"({', '.join(_tree_changes(self._changes_after_synth))}); the first synth() wrote the "
                    "assembly without these changes: build the whole tree before calling synth() once, or "
                    "pass force=True to synthesize again",
                )
            return self._assembly
        if os.path.exists(self.outdir) and not os.path.isdir(self.outdir):
            raise ValidationError(
                self,
                f"outdir={self.outdir!r} is a file; the cloud assembly is written into a folder, so pass the "
                "path of a folder (or of one to create)",
            )
        # Deferred to the call: synthesis renders and writes every kind of construct, so its modules import
        # this one (and the stacks and elements built on it); a tree is built before it is synthesized.
        from .synthesis.assembly import synthesize

        self._assembly = synthesize(
            self,
            aspect_stabilization=aspect_stabilization,
            skip_validation=bool(skip_validation),
            validate_on_synthesis=bool(validate_on_synthesis),
        )
        # From now on, constructs added to or removed from this stage's tree are noted (construct.py).
        self._changes_after_synth = {}
        if not _some_stage_synthesized:
            _some_stage_synthesized.append(True)
            _tree_watched.append(True)
        return self._assembly

    @property
    def is_synthesized(self) -> bool:
        """True once `synth()` has written the assembly."""
        return self._assembly is not None

    @staticmethod
    def of(construct: Construct) -> Stage | None:
        """The stage `construct` belongs to; for a Stage, its parent stage (None for the App)."""
        current = construct.node.scope
        while current is not None:
            if isinstance(current, Stage):
                return current
            current = current.node.scope
        return None

    @staticmethod
    def is_stage(x: Any) -> bool:
        """True when `x` is a Stage."""
        return isinstance(x, Stage)


def nested_stages_of(construct: Construct) -> list[Stage]:
    """The nested stages `construct` is in, outermost first: one folder each of the cloud assembly (none
    for a construct of the App's own stacks)."""
    stages = []
    stage = Stage.of(construct)
    while stage is not None and stage.parent_stage is not None:
        stages.append(stage)
        stage = stage.parent_stage
    return stages[::-1]


def staged_asset_path(construct: Construct, staged_name: str) -> str:
    """Where an asset staged in the app's folder is, seen from the assembly folder of `construct`'s stage:
    `../` per nested stage. Asset manifests and template metadata name assets this way."""
    return "../" * len(nested_stages_of(construct)) + staged_name
