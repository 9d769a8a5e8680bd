"""Parity for apps with `Stage`: the whole cloud assembly matches what aws-cdk-lib wrote for the same app.

Each case under tests/data/parity_stages/<case>/ holds `app.py` (an aws_cdk app) and, in `expected/`,
aws-cdk-lib's assembly with its nested `assembly-<Stage>/` folders (see the README there for what was
left out). A case with a `cdk.json` gets its context in CDK_CONTEXT_JSON, as under the cdk CLI. Templates, asset manifests, `cdk.out` markers and manifests must be byte-identical; tree.json
must have the same construct tree (ids, paths, classes).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.parity_support.aws_cdk_alias import context_of_case, run_app
from tests.test_manifest_schema import schema_errors

PARITY_DIR = Path(__file__).parent / "data" / "parity_stages"
CASES = sorted(p.name for p in PARITY_DIR.iterdir() if (p / "app.py").is_file())

# Nodes aws-cdk-lib has in tree.json that this package does not build as constructs: the bootstrap
# parameter and rule (rendered by the synthesizer) and the tree metadata construct itself.
_TREE_NODES_NOT_BUILT = {"BootstrapVersion", "CheckBootstrapVersion", "Tree"}
# aws-cdk-lib's file asset is an `aws_s3_assets.Asset` with children; this package's is a plain construct.
_ASSET_FQN = "aws-cdk-lib.aws_s3_assets.Asset"


def assembly_files(directory: Path) -> set[str]:
    """Relative paths of the assembly files compared (metadata files and staged assets are not)."""
    found = set()
    for path in directory.rglob("*"):
        relative = path.relative_to(directory)
        if (
            path.is_file()
            and not path.name.endswith(".metadata.json")
            and not relative.parts[0].startswith("asset.")
        ):
            found.add(relative.as_posix())
    return found


def tree_shape(node: dict[str, Any]) -> dict[str, Any]:
    """The construct tree without attributes and versions, and without the nodes named above."""
    fqn = node["constructInfo"]["fqn"]
    if fqn == _ASSET_FQN or (
        fqn == "constructs.Construct" and node["id"] == "Code" and "children" not in node
    ):
        return {"id": node["id"], "path": node["path"], "asset": True}
    children = {
        key: tree_shape(child)
        for key, child in node.get("children", {}).items()
        if key not in _TREE_NODES_NOT_BUILT
    }
    return {"id": node["id"], "path": node["path"], "fqn": fqn, "children": children}


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
def test_templates_asset_manifests_and_manifests_are_byte_identical(
    case: str, synthesized: dict[str, Path]
) -> None:
    expected_dir = PARITY_DIR / case / "expected"
    for name in sorted(assembly_files(expected_dir) - {"tree.json"}):
        expected = (expected_dir / name).read_bytes()
        actual = (synthesized[case] / name).read_bytes()
        assert actual == expected, f"{case}: {name} differs from aws-cdk-lib's"


@pytest.mark.parametrize("case", CASES)
def test_tree_has_the_same_constructs(case: str, synthesized: dict[str, Path]) -> None:
    expected = json.loads((PARITY_DIR / case / "expected" / "tree.json").read_text())
    actual = json.loads((synthesized[case] / "tree.json").read_text())
    assert tree_shape(actual["tree"]) == tree_shape(expected["tree"])


@pytest.mark.parametrize("case", [c for c in CASES if (PARITY_DIR / c / "handler").is_dir()])
def test_file_assets_are_staged_once_in_the_app_folder(case: str, synthesized: dict[str, Path]) -> None:
    staged = sorted(p.name for p in synthesized[case].iterdir() if p.name.startswith("asset."))
    assert len(staged) == 1
    handler = PARITY_DIR / case / "handler"
    assert sorted(os.listdir(synthesized[case] / staged[0])) == sorted(os.listdir(handler))
    nested_manifests = [p for p in synthesized[case].rglob("*.assets.json") if p.parent != synthesized[case]]
    paths = {
        entry["source"]["path"]
        for manifest in nested_manifests
        for entry in json.loads(manifest.read_text())["files"].values()
        if entry["source"]["path"].endswith(staged[0])
    }
    depth = {
        len(p.relative_to(synthesized[case]).parts) - 1
        for p in nested_manifests
        if staged[0] in p.read_text()
    }
    assert paths == {"../" * d + staged[0] for d in depth}


@pytest.mark.parametrize("case", CASES)
def test_every_nested_manifest_matches_the_schema(case: str, synthesized: dict[str, Path]) -> None:
    assert schema_errors(synthesized[case]) == []
