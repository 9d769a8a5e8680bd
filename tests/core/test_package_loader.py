"""The package's own finder and loader (core/package_loader.py) find and load as Python's own do."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import py_compile
import sys
import time
from importlib.machinery import PathFinder
from pathlib import Path

import pytest

import apigwv2_integrations.core.stack  # noqa: F401 - a module loaded by the package's finder
from apigwv2_integrations.core.package_loader import (
    _class_names,
    _PackageModuleLoader,
    _read_file,
    find_package_spec,
    forget_listings,
)
from apigwv2_integrations.core.type_checks import _CLASSES_MADE_BY_CALLS


def _package_modules() -> list[str]:
    return sorted(name for name in sys.modules if name.startswith("apigwv2_integrations."))


def test_the_package_modules_are_loaded_by_the_package_loader() -> None:
    module = sys.modules["apigwv2_integrations.core.stack"]
    assert isinstance(module.__spec__.loader, _PackageModuleLoader)
    assert module.__cached__ == importlib.util.cache_from_source(module.__file__)


def test_each_spec_is_the_one_the_path_finder_gives() -> None:
    compared = 0
    for name in _package_modules():
        parent = sys.modules[name.rpartition(".")[0]]
        path = list(parent.__path__)
        ours = find_package_spec(name, path)
        theirs = PathFinder.find_spec(name, path)
        assert theirs is not None
        if ours is None:
            continue
        compared += 1
        assert (ours.origin, ours.cached, ours.submodule_search_locations, ours.has_location) == (
            theirs.origin,
            theirs.cached,
            theirs.submodule_search_locations,
            theirs.has_location,
        ), name
    assert compared > 50


def _write_module(folder: Path, text: str) -> Path:
    source = folder / "sample.py"
    source.write_text(text)
    return source


def test_up_to_date_bytecode_is_read_and_stale_bytecode_is_not(tmp_path: Path) -> None:
    source = _write_module(tmp_path, "VALUE = 1\n")
    py_compile.compile(str(source), cfile=importlib.util.cache_from_source(str(source)))
    loader = _PackageModuleLoader("sample", str(source), importlib.util.cache_from_source(str(source)))
    namespace: dict[str, object] = {}
    exec(loader.get_code("sample"), namespace)
    assert namespace["VALUE"] == 1
    # The source changes (other size, later mtime) while the bytecode stays: the source is what runs.
    time.sleep(0.01)
    source.write_text("VALUE = 22\n")
    exec(loader.get_code("sample"), namespace)
    assert namespace["VALUE"] == 22


def test_a_module_without_bytecode_is_compiled_the_standard_way(tmp_path: Path) -> None:
    source = _write_module(tmp_path, "VALUE = 3\n")
    namespace: dict[str, object] = {}
    exec(
        _PackageModuleLoader("sample", str(source), importlib.util.cache_from_source(str(source))).get_code(
            "sample"
        ),
        namespace,
    )
    assert namespace["VALUE"] == 3


def test_what_the_listing_cannot_vouch_for_is_left_to_the_standard_finders(tmp_path: Path) -> None:
    (tmp_path / "plain.py").write_text("")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "sourceless").mkdir()
    (tmp_path / "sourceless" / "__init__.pyc").write_bytes(b"")
    folder = str(tmp_path)
    plain = find_package_spec("x.plain", [folder])
    assert plain is not None and plain.origin == str(tmp_path / "plain.py")
    package = find_package_spec("x.pkg", [folder])
    assert package is not None and package.submodule_search_locations == [str(tmp_path / "pkg")]
    assert find_package_spec("x.sourceless", [folder]) is None
    assert find_package_spec("x.missing", [folder]) is None
    assert find_package_spec("x.plain", None) is None
    assert find_package_spec("x.plain", [folder, folder]) is None
    # A module added after the folder was listed is found once the caches are invalidated.
    (tmp_path / "later.py").write_text("")
    assert find_package_spec("x.later", [folder]) is None
    importlib.invalidate_caches()
    assert find_package_spec("x.later", [folder]) is not None


@pytest.mark.parametrize("suffix", importlib.machinery.EXTENSION_SUFFIXES[:1])
def test_a_folder_with_compiled_modules_is_left_to_the_standard_finders(tmp_path: Path, suffix: str) -> None:
    (tmp_path / "fast.py").write_text("")
    (tmp_path / f"fast{suffix}").write_bytes(b"")
    forget_listings()
    assert find_package_spec("x.fast", [str(tmp_path)]) is None


def test_the_code_names_its_source_where_it_is_now(tmp_path: Path) -> None:
    # Bytecode compiled under another path (compileall given a relative one, a moved checkout) names the
    # file where it is now, as the standard loader makes it: error reports tell the package's frames by it.
    source = _write_module(tmp_path, "VALUE = 1\n")
    bytecode = importlib.util.cache_from_source(str(source))
    py_compile.compile(str(source), cfile=bytecode, dfile="elsewhere/sample.py")
    code = _PackageModuleLoader("sample", str(source), bytecode).get_code("sample")
    assert code.co_filename == str(source)


def test_a_file_is_read_whole(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    large = tmp_path / "large"
    large.write_bytes(bytes(range(256)) * 4096)
    assert _read_file(str(empty)) == b""
    assert _read_file(str(large)) == large.read_bytes()
    with pytest.raises(FileNotFoundError):
        _read_file(str(tmp_path / "missing"))


def test_the_class_statements_of_a_module_name_its_classes(tmp_path: Path) -> None:
    source = _write_module(
        tmp_path,
        "import os\n"
        "class Plain: pass\n"
        "def function(): pass\n"
        "shown = lambda: 1\n"
        "squares = [x * x for x in range(3)]\n"
        "if os.sep:\n"
        "    class Conditional:\n"
        "        class Nested: pass\n"
        "else:\n"
        "    class Skipped: pass\n",
    )
    code = compile(source.read_text(), str(source), "exec")
    assert _class_names(code) == ("Plain", "Conditional", "Skipped")


def test_the_classes_read_from_the_code_are_those_of_the_namespace() -> None:
    # The type checks register and check the classes the loader names (core/type_checks.py): reading them
    # from the code of each module of the package finds what a scan of its namespace finds, but in the
    # modules the type checks scan (_CLASSES_MADE_BY_CALLS). The generated
    # L1 modules are those loaded so far (all are written alike); the local server needs its extra.
    package = importlib.import_module("apigwv2_integrations")
    for info in pkgutil.walk_packages(package.__path__, "apigwv2_integrations."):
        if ".cfn." not in info.name and ".local" not in info.name:
            importlib.import_module(info.name)
    compared = 0
    for name in _package_modules():
        module = sys.modules[name]
        loader = getattr(module.__spec__, "loader", None)
        if not isinstance(loader, _PackageModuleLoader) or module.__name__ != name:
            continue  # loaded otherwise, or another name of a module (the `*_alpha` modules)
        compared += 1
        if name in _CLASSES_MADE_BY_CALLS:
            continue
        named = {vars(module).get(n) for n in _class_names(loader.get_code(name))}
        scanned = {v for v in vars(module).values() if isinstance(v, type) and v.__module__ == name}
        assert scanned <= named, (name, scanned - named)
    assert compared > 500
