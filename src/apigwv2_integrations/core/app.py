"""App: the root of the construct tree and the entry point of synthesis."""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Mapping, Sequence

from . import error_report
from .errors import SynthesisError, ValidationError
from .lookup_placeholders import forget_placeholders
from .runtime_typing import TYPE_CHECKING
from .stage import Stage
from .struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from .asset_types import IgnoreMode
    from .synthesis.assembly import CloudAssembly
    from .synthesis.synthesizers import IStackSynthesizer

OUTDIR_ENV = "CDK_OUTDIR"
CONTEXT_ENV = "CDK_CONTEXT_JSON"
CONTEXT_OVERFLOW_ENV = "CONTEXT_OVERFLOW_LOCATION_ENV"
PATH_METADATA_CONTEXT = "aws:cdk:enable-path-metadata"


@lazy_frozen(kw_only=True)
class AppProps(metaclass=LazyAttrsMeta):
    """The keywords of `App` as one struct."""

    analytics_reporting: bool | None = None
    """Include runtime versioning information in the stacks. Default: True."""
    auto_synth: bool | None = None
    """Synthesize when the program ends. Default: True when run by the CDK CLI."""
    builtin_cloud_formation_validation: bool | None = None
    """Validate templates with the built-in CloudFormation rules. Default: False."""
    confirm_validation_plugins_do_not_mutate: bool | None = None
    """Check that validation plugins leave the assembly unchanged. Default: True."""
    context: Mapping[str, Any] | None = None
    """Initial context values. Default: none."""
    default_stack_synthesizer: IStackSynthesizer | None = None
    """The synthesizer of stacks that set none. Default: DefaultStackSynthesizer."""
    outdir: str | None = None
    """Where the cloud assembly is written. Default: `CDK_OUTDIR`, else a temporary folder."""
    performance_reporting: bool | None = None
    """Report synthesis performance. Default: False."""
    policy_validation_beta1: Any = None
    """Policy validation plugins. Default: none."""
    post_cli_context: Mapping[str, Any] | None = None
    """Context values that override those of the CLI. Default: none."""
    property_injectors: Any = None
    """Property injectors of the App. Default: none."""
    stack_traces: bool | None = None
    """Record construction stack traces in metadata. Default: True."""
    tree_metadata: bool | None = None
    """Write the construct tree (`tree.json`). Default: True."""


# Apps created in this process, in order; the command line synthesizes those the app file did not.
created_apps: list[App] = []
auto_synth_enabled = True
# Set when the program ends with an uncaught exception: a program that failed synthesizes nothing.
_ended_with_exception = False
_watching_exceptions = False


def _watch_for_uncaught_exceptions() -> None:
    """Wrap sys.excepthook (once) so that the synthesis at exit can tell a failed program."""
    global _watching_exceptions
    if _watching_exceptions:
        return
    _watching_exceptions = True
    previous = sys.excepthook

    def note_and_report(kind: type[BaseException], value: BaseException, traceback: Any) -> None:
        global _ended_with_exception
        _ended_with_exception = True
        previous(kind, value, traceback)

    sys.excepthook = note_and_report


def _context_from_environment() -> dict[str, Any]:
    context: dict[str, Any] = {}
    text = os.environ.get(CONTEXT_ENV)
    if text:
        import json  # deferred: only an app given context reads JSON

        try:
            loaded = json.loads(text)
        except ValueError as error:
            raise ValidationError(
                None,
                f"the environment variable {CONTEXT_ENV}={_shortened(text)!r} is not valid JSON ({error}); "
                "set it to a JSON object of context values, or unset it",
            ) from None
        if isinstance(loaded, dict):
            context.update(loaded)
    overflow = os.environ.get(CONTEXT_OVERFLOW_ENV)
    if overflow and os.path.isfile(overflow):
        import json  # deferred: as above

        with open(overflow, encoding="utf-8") as handle:
            loaded = json.load(handle)
        if isinstance(loaded, dict):
            context.update(loaded)
    return context


def _shortened(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."


class App(Stage):
    """The root of an app; `synth()` writes its cloud assembly."""

    _is_root_stage = True

    def __init__(
        self,
        *,
        analytics_reporting: bool | None = None,
        auto_synth: bool | None = None,
        builtin_cloud_formation_validation: bool | None = None,
        confirm_validation_plugins_do_not_mutate: bool | None = None,
        context: Mapping[str, Any] | None = None,
        default_stack_synthesizer: IStackSynthesizer | None = None,
        outdir: str | None = None,
        performance_reporting: bool | None = None,
        policy_validation_beta1: Any = None,
        post_cli_context: Mapping[str, Any] | None = None,
        property_injectors: Any = None,
        stack_traces: bool | None = None,
        tree_metadata: bool | None = None,
    ) -> None:
        error_report.install()  # our errors reach the user short when the app runs as `python app.py`
        forget_placeholders()  # the dummy values of an earlier app's lookups are not this app's
        # confirm_validation_plugins_do_not_mutate and performance_reporting change only aws-cdk-lib's
        # reports, never the templates: accepted, unused.
        super().__init__(
            None,
            "",
            outdir=outdir,
            policy_validation_beta1=policy_validation_beta1,
            property_injectors=property_injectors,
        )
        for key, value in (context or {}).items():
            self.node.set_context(key, value)
        for key, value in _context_from_environment().items():
            self.node.set_context(key, value)
        for key, value in (post_cli_context or {}).items():
            self.node.set_context(key, value)
        self._outdir = outdir or os.environ.get(OUTDIR_ENV) or "cdk.out"
        self.analytics_reporting = analytics_reporting
        self.default_stack_synthesizer = default_stack_synthesizer
        self.tree_metadata = tree_metadata is not False
        # Whether the assembly gets a validation-report.json (see core/synthesis/assembly.py).
        self.builtin_cloud_formation_validation = builtin_cloud_formation_validation is not False
        self.path_metadata = bool(self.node.try_get_context(PATH_METADATA_CONTEXT))
        self._synth_called = False
        self._staged_assets: dict[str, str] = {}
        # The exclude patterns of staged assets that have some, by staged name.
        self._staged_excludes: dict[str, tuple[str, ...]] = {}
        created_apps.append(self)
        wants_auto_synth = auto_synth if auto_synth is not None else OUTDIR_ENV in os.environ
        if wants_auto_synth and auto_synth_enabled:
            _watch_for_uncaught_exceptions()
            atexit.register(self._synth_at_exit)

    @staticmethod
    def is_app(obj: Any) -> bool:
        """True when `obj` is an App."""
        return isinstance(obj, App)

    def synth(
        self,
        *,
        aspect_stabilization: bool | None = None,
        error_on_duplicate_synth: bool | None = None,
        force: bool | None = None,
        skip_validation: bool | None = None,
        validate_on_synthesis: bool | None = None,
    ) -> CloudAssembly:
        """Validate, render and write the cloud assembly (nested stages included), as `Stage.synth`."""
        self._synth_called = True  # a failed synth the app caught is not made again at exit
        return super().synth(
            aspect_stabilization=aspect_stabilization,
            error_on_duplicate_synth=error_on_duplicate_synth,
            force=force,
            skip_validation=skip_validation,
            validate_on_synthesis=validate_on_synthesis,
        )

    def stage_asset(
        self,
        staged_name: str,
        source_path: str,
        exclude: Sequence[str] = (),
        ignore_mode: IgnoreMode | None = None,
    ) -> None:
        """Copy `source_path` into the assembly as `staged_name` when the assembly is written, without
        what the `exclude` patterns (read in `ignore_mode`, GLOB by default) leave out. The first asset of
        a name is the one copied (as in aws-cdk-lib): another with the same hash is the same content, even
        from another folder (two copies of one handler), or one the app gave the same custom hash."""
        if staged_name in self._staged_assets:
            return
        self._staged_assets[staged_name] = source_path
        if exclude:
            from .asset_types import ExcludePatterns, IgnoreMode  # deferred: only apps with assets

            self._staged_excludes[staged_name] = ExcludePatterns(exclude, ignore_mode or IgnoreMode.GLOB)

    def _outdir_written_by_another_app(self) -> bool:
        outdir = os.path.abspath(self.outdir)
        return any(
            other is not self and other._assembly is not None and os.path.abspath(other.outdir) == outdir
            for other in created_apps
        )

    def _synth_at_exit(self) -> None:
        if self._synth_called or not auto_synth_enabled or _ended_with_exception:
            return
        if self._outdir_written_by_another_app():
            # aws_cdk's Python apps are never synthesized at exit: this fallback for an app without a synth()
            # call must not overwrite what another app of the program wrote (an extra App built to read
            # context, say).
            return
        try:
            self.synth()
        except (SynthesisError, ValidationError) as error:
            # An exception in an exit handler would be printed and ignored, and the process would
            # end with status 0; the caller (usually the cdk CLI) must see the failure.
            print(error_report.format_error(error), file=sys.stderr, end="")
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(1)
