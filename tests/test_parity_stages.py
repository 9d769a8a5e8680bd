"""Parity for apps with `Stage`: the whole cloud assembly matches what aws-cdk-lib wrote for the same app.

Each case under tests/data/parity_stages/<case>/ holds `app.py` (an aws_cdk app) and, in `expected/`,
aws-cdk-lib's assembly with its nested `assembly-<Stage>/` folders (see the README there for what was
left out). A case with a `cdk.json` gets its context in CDK_CONTEXT_JSON, as under the cdk CLI. Every file
must be byte-identical: templates, asset manifests, manifests, `cdk.out` markers, tree.json,
validation-report.json and the stack metadata files (without this package's warnings about flags it does
not implement).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.parity_support.aws_cdk_alias import context_of_case, run_app
from tests.parity_support.metadata import (
    without_unimplemented_flag_violations,
    without_unimplemented_flag_warnings,
)
from tests.test_manifest_schema import schema_errors

PARITY_DIR = Path(__file__).parent / "data" / "parity_stages"
CASES = sorted(p.name for p in PARITY_DIR.iterdir() if (p / "app.py").is_file())


def assembly_files(directory: Path) -> set[str]:
    """Relative paths of the assembly files compared (staged assets are not)."""
    return {
        path.relative_to(directory).as_posix()
        for path in directory.rglob("*")
        if path.is_file() and not path.relative_to(directory).parts[0].startswith("asset.")
    }


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each case synthesized once; the tests below look at different parts of its assembly."""
    outdirs: dict[str, Path] = {}
    for case in CASES:
        outdir = tmp_path_factory.mktemp(case) / "cdk.out"
        run_app(str(PARITY_DIR / case / "app.py"), str(outdir), context_of_case(str(PARITY_DIR / case)))
        outdirs[case] = outdir
    return outdirs


@pytest.mark.parametrize("case", CASES)
def test_the_same_files_are_written(case: str, synthesized: dict[str, Path]) -> None:
    expected = assembly_files(PARITY_DIR / case / "expected")
    assert any(name.startswith("assembly-") for name in expected), f"{case} has no nested assembly"
    assert assembly_files(synthesized[case]) == expected


@pytest.mark.parametrize("case", CASES)
def test_every_file_is_byte_identical(case: str, synthesized: dict[str, Path]) -> None:
    expected_dir = PARITY_DIR / case / "expected"
    for name in sorted(assembly_files(expected_dir)):
        expected = (expected_dir / name).read_text(encoding="utf-8")
        actual = (synthesized[case] / name).read_text(encoding="utf-8")
        if name.endswith(".metadata.json"):
            metadata = json.loads(actual)
            kept = without_unimplemented_flag_warnings(metadata)
            if kept != metadata:
                actual = json.dumps(kept, indent=2, ensure_ascii=False)
        elif name == "validation-report.json":
            report = json.loads(actual)
            kept_report = without_unimplemented_flag_violations(report)
            if kept_report != report:
                actual = json.dumps(kept_report, indent=2, ensure_ascii=False)
        assert actual == expected, f"{case}: {name} differs from aws-cdk-lib's"


@pytest.mark.parametrize("case", [c for c in CASES if (PARITY_DIR / c / "handler").is_dir()])
def test_assets_are_staged_once_in_the_app_folder(case: str, synthesized: dict[str, Path]) -> None:
    outdir = synthesized[case]
    staged = {p.name for p in outdir.iterdir() if p.name.startswith("asset.")}
    assert not [p for p in outdir.rglob("asset.*") if p.parent != outdir]
    handler = sorted(os.listdir(PARITY_DIR / case / "handler"))
    assert handler in [sorted(os.listdir(outdir / name)) for name in staged if (outdir / name).is_dir()]
    # A nested assembly's manifests reach them with `../` per level; what is not staged (a nested stack's
    # template, a file the stack registered itself) is named as it was given.
    reached = set()
    for manifest in (p for p in outdir.rglob("*.assets.json") if p.parent != outdir):
        depth = len(manifest.relative_to(outdir).parts) - 1
        entries = json.loads(manifest.read_text())
        sources = [entry["source"].get("path") for entry in entries.get("files", {}).values()]
        sources += [entry["source"].get("directory") for entry in entries.get("dockerImages", {}).values()]
        for source in sources:
            name = source.rsplit("/", 1)[-1]
            if name in staged:
                assert source == "../" * depth + name
                reached.add(name)
            else:
                assert "/" not in source
    assert reached == staged


@pytest.mark.parametrize("case", CASES)
def test_every_nested_manifest_matches_the_schema(case: str, synthesized: dict[str, Path]) -> None:
    assert schema_errors(synthesized[case]) == []
