"""Finding and loading the package's own modules: what Python's path finder and source loader do, less
the work they repeat for every module.

A small app loads about 120 of the package's modules, and the standard machinery spends about 100
microseconds on each before its code runs (measured on empty modules): it stats the module's folder
to see whether it changed, tries each file suffix, and builds the bytecode path with general string
code. Here each folder of the package is listed once, and a module whose bytecode is up to date is
read with one `stat` and one `open`, validated as the standard loader validates it (magic number,
source mtime and size). Anything else (a folder that holds compiled extensions, a module without
source, hash-based or missing bytecode, `-O`, `PYTHONPYCACHEPREFIX`) goes the standard way: a module
is never loaded differently from how Python would load it.
"""

from __future__ import annotations

import _imp
import marshal
import os
import sys

# The import system's own modules, which `importlib.machinery` and `importlib.util` re-export: those two
# load `importlib`, `contextlib` and more, about a twentieth of a small app's run.
from _frozen_importlib import ModuleSpec
from _frozen_importlib_external import EXTENSION_SUFFIXES, MAGIC_NUMBER, SourceFileLoader
from collections.abc import Callable, Sequence
from types import CodeType, ModuleType

from .runtime_typing import cast

__all__ = ["after_exec_hooks", "find_package_spec", "forget_listings"]

_BYTECODE_SUFFIX = f".{sys.implementation.cache_tag}.pyc"
_NO_FLAGS = b"\0\0\0\0"  # a timestamp-based pyc (PEP 552)
_SEP = os.sep
_EXTENSION_SUFFIXES = tuple(EXTENSION_SUFFIXES)

# Called with each module of the package this loader has just run, and the names of the classes its class
# statements define (the type checks note its classes before any of them can be used).
after_exec_hooks: list[Callable[[ModuleType, tuple[str, ...]], None]] = []
_CO_OPTIMIZED = 0x1  # set on the code of functions, lambdas and comprehensions; never on a class body

# The entries of each folder of the package, read once: its files do not change while an app runs (a
# module added later is not in the listing, and the standard finders find it).
_listings: dict[str, frozenset[str]] = {}


def _listing(folder: str) -> frozenset[str]:
    entries = _listings.get(folder)
    if entries is None:
        try:
            entries = frozenset(os.listdir(folder))
        except OSError:
            entries = frozenset()
        if any(entry.endswith(_EXTENSION_SUFFIXES) for entry in entries):
            entries = frozenset()  # a compiled module would take precedence over its source
        _listings[folder] = entries
    return entries


def forget_listings() -> None:
    """Drop the folder listings (`importlib.invalidate_caches()` calls this)."""
    _listings.clear()


def _plain_bytecode_place() -> bool:
    """Whether bytecode sits where the plain rule puts it (no `-O`, no `PYTHONPYCACHEPREFIX`)."""
    return sys.pycache_prefix is None and not sys.flags.optimize and sys.implementation.cache_tag is not None


def _read_file(path: str) -> bytes:
    """The bytes of a file, read with four system calls: `io.open_code` adds a terminal check, two seeks
    and a buffered copy (about half a millisecond over a small app's 130 bytecode files). Python replaces
    a bytecode file by renaming a new one over it, so the size read first is the size of the file read."""
    descriptor = os.open(path, _READ_FLAGS)
    try:
        size = os.fstat(descriptor).st_size
        data = os.read(descriptor, size)
        while len(data) < size:  # a short read (never seen for a regular file on Linux; allowed by POSIX)
            more = os.read(descriptor, size - len(data))
            if not more:
                break
            data += more
        return data
    finally:
        os.close(descriptor)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class _PackageModuleLoader(SourceFileLoader):
    """The source loader, reading up-to-date bytecode directly."""

    def __init__(self, fullname: str, path: str, bytecode: str | None) -> None:
        super().__init__(fullname, path)
        self.bytecode = bytecode

    def exec_module(self, module: ModuleType) -> None:
        # What the standard loaders' exec_module does, keeping the code to read its classes' names.
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)
        if after_exec_hooks:
            classes = _class_names(code)
            for hook in after_exec_hooks:
                hook(module, classes)

    def get_code(self, fullname: str) -> CodeType:
        if self.bytecode is not None:
            try:
                source = os.stat(self.path)
                data = _read_file(self.bytecode)
            except OSError:
                pass
            else:
                if (
                    data[:4] == MAGIC_NUMBER
                    and data[4:8] == _NO_FLAGS
                    and int.from_bytes(data[8:12], "little") == int(source.st_mtime) & 0xFFFFFFFF
                    and int.from_bytes(data[12:16], "little") == source.st_size & 0xFFFFFFFF
                ):
                    code = marshal.loads(memoryview(data)[16:])
                    if isinstance(code, CodeType):
                        # As the standard loader: the code names the source where it is now, not where
                        # it was compiled (compileall given a relative path, a moved checkout).
                        _imp._fix_co_filename(code, self.path)  # type: ignore[attr-defined]  # not in the stubs
                        return code
        # The standard way: compiles the source, and writes the bytecode where Python would.
        return cast("CodeType", super().get_code(fullname))


def _class_names(code: CodeType) -> tuple[str, ...]:
    """The names of the classes a module's code defines with class statements at its top level (in `if`
    blocks too): the code of each class body is a constant of the module's code. Cheaper than scanning
    the module's namespace, whose names are mostly imports."""
    return tuple(
        const.co_name
        for const in code.co_consts
        if type(const) is CodeType and not const.co_flags & _CO_OPTIMIZED
    )


def find_package_spec(fullname: str, path: Sequence[str] | None) -> ModuleSpec | None:
    """The spec of the package's module `fullname` in its parent's folder `path`, or None to let the
    standard finders look (they then find it, or report it missing)."""
    if path is None or len(path) != 1 or not isinstance(path[0], str):
        return None
    folder = path[0]
    name = fullname.rpartition(".")[2]
    entries = _listing(folder)
    if name in entries:
        package_folder = f"{folder}{_SEP}{name}"
        package_entries = _listing(package_folder)
        if "__init__.py" in package_entries:
            return _spec(fullname, package_folder, "__init__", package_folder)
        if any(entry.startswith("__init__.") for entry in package_entries):
            return None  # a package without source: the standard way
    if name + ".py" in entries:
        return _spec(fullname, folder, name, None)
    return None


def _spec(fullname: str, folder: str, stem: str, package_folder: str | None) -> ModuleSpec:
    source = f"{folder}{_SEP}{stem}.py"
    # Where the standard loader keeps the bytecode (importlib.util.cache_from_source), built directly.
    bytecode = f"{folder}{_SEP}__pycache__{_SEP}{stem}{_BYTECODE_SUFFIX}" if _plain_bytecode_place() else None
    spec = ModuleSpec(fullname, _PackageModuleLoader(fullname, source, bytecode), origin=source)
    spec.has_location = True
    if package_folder is not None:
        spec.submodule_search_locations = [package_folder]
    if bytecode is not None:
        spec.cached = bytecode
    return spec
