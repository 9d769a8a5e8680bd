"""Short reports of the package's errors: the message and the user's own line, not our frames.

An app run as `python app.py` (directly or by the `cdk` CLI) that fails with one of the package's errors
(`errors.ReportedShort`: a ValidationError, SynthesisError, ArgumentTypeError, ...) prints

    error: Books/Fn: timeout='30' is a str; use a Duration, e.g. Duration.seconds(30)
      at app.py:12: fn = lambda_.Function(

and exits with status 1. So does an import of a module or name the package does not have
(`from apigwv2_integrations import aws_ecs`, an aws_cdk module this package does not provide), with the
closest names. `CDK_DEBUG=1` (what `cdk --debug` sets) brings the full traceback back. The hook is
installed when the package is imported, and only where nobody else handles uncaught exceptions: not over
an app's own `sys.excepthook`, not under pytest. Every other exception keeps its traceback.
"""

from __future__ import annotations

import functools
import os
import sys
from types import TracebackType

from .errors import ReportedShort

__all__ = [
    "DEBUG_ENV",
    "describe",
    "format_error",
    "install",
    "is_debug",
    "is_ours",
    "missing_attribute_text",
    "missing_import_text",
    "user_line",
]

DEBUG_ENV = "CDK_DEBUG"
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_installed = False


def is_ours(error: BaseException) -> bool:
    """True for the errors whose message says all: where, what and the fix."""
    return isinstance(error, ReportedShort)


def is_debug() -> bool:
    """True when the environment asks for full tracebacks (`CDK_DEBUG=1` or `true`)."""
    return os.environ.get(DEBUG_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def _is_user_file(filename: str) -> bool:
    if filename.startswith("<"):
        return False
    path = os.path.abspath(filename)
    return not (path.startswith(_PACKAGE_DIR + os.sep) or path.startswith(_stdlib_dir() + os.sep))


@functools.cache
def _stdlib_dir() -> str:
    # Looked up on first use, not at import: sysconfig.get_paths() costs most of a millisecond.
    import sysconfig  # deferred: only an error report needs it

    return sysconfig.get_paths()["stdlib"]


def _shown_path(filename: str) -> str:
    path = os.path.abspath(filename)
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def user_line(tb: TracebackType | None) -> str | None:
    """`at FILE:LINE: SOURCE` of the last frame of the traceback that is the user's own code."""
    # Deferred for import speed: traceback (with linecache and tokenize) is needed only to report an error.
    import traceback

    found = None
    for frame in traceback.extract_tb(tb):
        if _is_user_file(frame.filename):
            found = frame
    if found is None:
        return None
    source = (found.line or "").strip()
    where = f"{_shown_path(found.filename)}:{found.lineno}"
    return f"  at {where}: {source}" if source else f"  at {where}"


def describe(error: BaseException) -> str:
    """The message of one of our errors (or a syntax error in the user's code) and the user's line."""
    if isinstance(error, SyntaxError) and error.filename:
        text = (error.text or "").strip()
        where = f"{_shown_path(error.filename)}:{error.lineno}"
        return (
            f"syntax error: {error.msg}\n  at {where}: {text}"
            if text
            else f"syntax error: {error.msg}\n  at {where}"
        )
    at = user_line(error.__traceback__)
    return f"{error}\n{at}" if at is not None else str(error)


def format_error(error: BaseException, tb: TracebackType | None = None) -> str:
    """The report of one of our errors: `error: <message>` and, when known, the user's line."""
    lines = [f"error: {error}"]
    at = user_line(tb if tb is not None else error.__traceback__)
    if at is not None:
        lines.append(at)
    return "\n".join(lines) + "\n"


_PACKAGE = __name__.split(".")[0]


def missing_import_text(error: BaseException) -> str | None:
    """What an import of a module or name of the package that does not exist lacks, with the closest
    names; None for any other error."""
    if not isinstance(error, ImportError):
        return None
    if isinstance(error, ModuleNotFoundError) and (error.name or "").startswith(_PACKAGE + "."):
        parent, _, missing = (error.name or "").rpartition(".")
    else:
        # `from package import name`: Python says only "cannot import name 'x' from 'package' (...)".
        import re  # deferred: only a failed import needs it

        found = re.match(rf"cannot import name '([^']+)' from '({_PACKAGE}(?:\.[\w.]+)?)'", str(error))
        if found is None:
            return None
        missing, parent = found.groups()
    module = sys.modules.get(parent)
    if module is None:
        return None
    import difflib  # deferred: only a failed import needs it

    names = [name for name in dir(module) if not name.startswith("_")]
    close = difflib.get_close_matches(missing, names, n=3)
    kind = "module" if missing.startswith("aws_") or isinstance(error, ModuleNotFoundError) else "name"
    text = f"{parent} has no {kind} {missing!r}"
    if kind == "module" and parent == _PACKAGE:
        text += " (an aws_cdk module this package does not provide; the README lists those it does)"
    return text + (f"; did you mean {' or '.join(close)}?" if close else "")


def missing_attribute_text(error: BaseException) -> str | None:
    """What a class or object of the package lacks (an aws_cdk method or property this package does not
    provide, or a misspelt one), with the closest names; None for any other error."""
    if not isinstance(error, AttributeError) or isinstance(error, ReportedShort):
        return None
    owner, name = getattr(error, "obj", None), getattr(error, "name", None)
    cls = owner if isinstance(owner, type) else type(owner)
    if not isinstance(name, str) or not cls.__module__.startswith(_PACKAGE + "."):
        return None
    import difflib  # deferred: only a failed lookup needs it

    names = [attribute for attribute in dir(owner) if not attribute.startswith("_")]
    close = difflib.get_close_matches(name, names, n=3)
    found = (
        f"; did you mean {' or '.join(close)}?"
        if close
        else " (nor a name close to it; if aws_cdk has it, this package does not provide it)"
    )
    return f"{cls.__name__} has no attribute {name!r}{found}"


def _raised_in_user_code(tb: TracebackType | None) -> bool:
    """Whether the innermost frame is the user's own code (a lookup the app made, not the package)."""
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    return _is_user_file(tb.tb_frame.f_code.co_filename)


def _report_uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if not is_debug():
        message = str(error) if is_ours(error) else missing_import_text(error)
        if message is None and _raised_in_user_code(tb):
            message = missing_attribute_text(error)
        if message is not None:
            at = user_line(tb)
            sys.stderr.write(f"error: {message}\n" + (f"{at}\n" if at is not None else ""))
            sys.stderr.flush()
            return
    sys.__excepthook__(kind, error, tb)


def install() -> None:
    """Report our uncaught errors short, unless the program already handles uncaught exceptions."""
    global _installed
    if _installed:
        return
    _installed = True
    if "pytest" in sys.modules or sys.excepthook is not sys.__excepthook__:
        return
    sys.excepthook = _report_uncaught
