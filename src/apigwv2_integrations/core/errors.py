"""Errors raised for bad input and failed synthesis."""

from __future__ import annotations

from collections.abc import Sequence

from .runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Protocol

    class _PathNode(Protocol):
        @property
        def path(self) -> str: ...

    class _Located(Protocol):
        """What an error needs of its construct: the path of its node. Every construct has one; this
        module sits below construct.py (which raises these errors), so it names no construct class."""

        @property
        def node(self) -> _PathNode: ...


class ReportedShort(Exception):
    """An error of the package whose message says all (where, what and the fix): uncaught, it is printed
    with the user's line and no traceback (error_report.py). Making one installs that report if no App
    has yet: an error raised before the first App (a module-level `Environment(...)`, `App(...)` itself)
    is reported short too."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        from . import error_report  # deferred: loaded once an error is made, so that `import` stays light

        error_report.install()


# aws_cdk's Python errors are JavaScript errors that reach Python as `RuntimeError`: apps and tests
# that catch `RuntimeError` catch these too.


class ValidationError(ReportedShort, RuntimeError):
    """Bad input found at a construct: the message starts with the construct's path."""

    def __init__(self, scope: _Located | None, message: str) -> None:
        self.scope = scope
        self.problem = message
        path = scope.node.path if scope is not None else ""
        super().__init__(f"{path}: {message}" if path else message)


class SynthesisError(ReportedShort, RuntimeError):
    """Every problem found in an app at synth, one `path: problem` line each."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        # One problem found along several paths (a stack cycle seen from each reference) is listed once.
        self.problems = list(dict.fromkeys(problems))
        lines = [f"{path}: {problem}" if path else problem for path, problem in self.problems]
        count = len(lines)
        header = f"synthesis failed with {count} validation error{'s' if count != 1 else ''}:"
        super().__init__("\n".join([header, *("  " + line for line in lines)]))


class ArgumentTypeError(ReportedShort, TypeError):
    """A value of the wrong Python type passed to the package, named with its place and what to pass."""


class InvalidValueError(ReportedShort, ValueError, RuntimeError):
    """A value a value object cannot take or give: a negative `Duration`, a fraction of a unit asked for
    as a whole number (`Duration.millis(1500).to_seconds()`), a malformed ISO duration."""


class InvalidArnError(ValidationError, ValueError):
    """An ARN that cannot be taken apart or built, named with the construct it was given to when known.

    A validation error, as aws-cdk-lib's ARN errors are, and a `ValueError`, as the value is wrong.
    """

    def __init__(self, scope: _Located | None, caller: str, message: str) -> None:
        # Without a construct, the call that failed starts the message.
        super().__init__(scope, message if scope is not None else f"{caller}: {message}")


class MissingNameError(ReportedShort, AttributeError):
    """A public name a module of the package does not have, with the names closest to it."""

    def __init__(self, module: str, name: str, names: Sequence[str]) -> None:
        super().__init__(f"module {module!r} has no attribute {name!r}", name=name)
        self._names = names

    def __str__(self) -> str:
        # Worked out when shown: `hasattr` probes make these errors too, and never read them.
        import difflib  # deferred: only a shown error needs it

        close = difflib.get_close_matches(str(self.name), sorted(self._names), n=3)
        found = f"; did you mean {' or '.join(close)}?" if close else ""
        return f"{self.args[0]}{found}"


class Errors:
    """Tests of what kind of error an exception is, as `aws_cdk.Errors` has them.

    Construction and validation problems raise `ValidationError` (or `SynthesisError` at synth, which
    gathers them), failed assertions raise `AssertionError`; all of these are `RuntimeError`s too, as
    aws_cdk's errors are in Python. This package runs no external code and
    writes its assembly itself, so no error is of the execution, cloud assembly or assumption kinds.
    """

    @staticmethod
    def is_construct_error(x: object) -> bool:
        """True for any error of the construct library: a validation or an assertion error."""
        return Errors.is_validation_error(x) or Errors.is_assertion_error(x)

    @staticmethod
    def is_validation_error(x: object) -> bool:
        """True for bad input found at a construct, when it is built or at synth."""
        return isinstance(x, (ValidationError, SynthesisError))

    @staticmethod
    def is_assertion_error(x: object) -> bool:
        """True for a failed assertion of `assertions` (`Template`, `Annotations`, `Capture`)."""
        return isinstance(x, AssertionError)

    @staticmethod
    def is_cloud_assembly_error(x: object) -> bool:
        """False: problems of the written assembly are validation errors here."""
        return False

    @staticmethod
    def is_execution_error(x: object) -> bool:
        """False: no external script or code is run."""
        return False

    @staticmethod
    def is_assumption_error(x: object) -> bool:
        """False: no error of this package is of that kind."""
        return False
