"""Every file the package needs at run time is in a wheel: the handler code of custom resources lives in
folders that are not Python packages, so `pyproject.toml` must list it as package data."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "apigwv2_integrations"


def _package_data_patterns() -> list[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"\[tool\.setuptools\.package-data\]\s*apigwv2_integrations = \[(.*?)\]", text, re.S)
    assert block is not None, "pyproject.toml has no package-data for apigwv2_integrations"
    return re.findall(r'"([^"]+)"', block.group(1))


def _files_outside_python_packages() -> list[str]:
    files = []
    for path in PACKAGE.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        in_a_package = (path.parent / "__init__.py").is_file()
        if in_a_package and path.suffix == ".py":
            continue
        files.append(path.relative_to(PACKAGE).as_posix())
    return sorted(files)


def test_every_file_outside_python_packages_is_package_data() -> None:
    patterns = _package_data_patterns()
    files = _files_outside_python_packages()
    assert "core/_cfn_utils_handler/__entrypoint__.js" in files
    missing = [f for f in files if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)]
    assert missing == []
