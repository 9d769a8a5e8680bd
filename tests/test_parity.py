"""Parity: every app under tests/data/parity synthesizes to the templates aws-cdk-lib produced for it, and
the cases with a tree.json to the same manifest, tree, metadata and validation report.

A case folder with a `cdk.json` (or `context.json`) gives its context to the app as the cdk CLI does.
A `<case>-flagged` folder holds no app of its own: it runs the app of `<case>` under its `cdk.json`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.parity_support.aws_cdk_alias import context_of_case, run_app
from tests.parity_support.metadata import (
    without_unimplemented_flag_violations,
    without_unimplemented_flag_warnings,
)

PARITY_DIR = Path(__file__).parent / "data" / "parity"
FLAGGED_SUFFIX = "-flagged"


def app_of_case(case_dir: Path) -> Path:
    """The app a case runs: its own `app.py`, or that of the case it is the flagged twin of."""
    own = case_dir / "app.py"
    if own.is_file() or not case_dir.name.endswith(FLAGGED_SUFFIX):
        return own
    return case_dir.parent / case_dir.name.removesuffix(FLAGGED_SUFFIX) / "app.py"


CASES = sorted(p.name for p in PARITY_DIR.iterdir() if p.is_dir() and app_of_case(p).is_file())


def normalize(template: dict[str, Any]) -> dict[str, Any]:
    """Drop what aws-cdk-lib adds only under its CLI: metadata, analytics and nothing else."""
    result = json.loads(json.dumps(template))
    result.pop("Metadata", None)
    resources = result.get("Resources", {})
    resources.pop("CDKMetadata", None)
    for resource in resources.values():
        resource.pop("Metadata", None)
    result.get("Conditions", {}).pop("CDKMetadataAvailable", None)
    return {k: v for k, v in result.items() if v != {}}


def apply_documented_differences(case_dir: Path, file_name: str, expected: dict[str, Any]) -> int:
    """Replace, in aws-cdk-lib's file, the values where this package deliberately differs; return how many.

    `differences.json` lists each one: the file (`template`), the JSON path, aws-cdk-lib's value (checked,
    so the entry cannot go stale), our value and why.
    """
    listing = case_dir / "differences.json"
    if not listing.is_file():
        return 0
    applied = 0
    for entry in json.loads(listing.read_text()):
        if entry["template"] != file_name:
            continue
        applied += 1
        *parents, last = entry["path"]
        node: Any = expected
        for key in parents:
            node = node[key]
        assert node[last] == entry["aws_cdk_lib"], (
            f"{case_dir.name}: differences.json is stale at {entry['path']}"
        )
        node[last] = entry["ours"]
    return applied


# What a stack artifact of the manifest must have as aws-cdk-lib wrote it.
_STACK_ARTIFACT_FACTS = ("environment", "dependencies")
_STACK_PROPERTY_FACTS = ("stackName", "tags", "terminationProtection")


def stack_artifact_facts(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per stack artifact: environment, stack dependencies, stack name, tags and termination protection."""
    facts: dict[str, dict[str, Any]] = {}
    for artifact_id, artifact in manifest["artifacts"].items():
        if artifact["type"] != "aws:cloudformation:stack":
            continue
        entry = {key: artifact.get(key) for key in _STACK_ARTIFACT_FACTS}
        entry["dependencies"] = sorted(d for d in entry["dependencies"] or () if not d.endswith(".assets"))
        properties = artifact.get("properties", {})
        entry.update({key: properties.get(key) for key in _STACK_PROPERTY_FACTS})
        facts[artifact_id] = entry
    return facts


@pytest.mark.parametrize("case", CASES)
def test_template_matches_aws_cdk_lib(case: str, tmp_path: Path) -> None:
    case_dir = PARITY_DIR / case
    run_app(str(app_of_case(case_dir)), str(tmp_path), context_of_case(str(case_dir)))
    expected_manifest = case_dir / "manifest.json"
    if expected_manifest.is_file():
        expected_facts = stack_artifact_facts(json.loads(expected_manifest.read_text()))
        actual_facts = stack_artifact_facts(json.loads((tmp_path / "manifest.json").read_text()))
        assert actual_facts == expected_facts, f"{case}: the manifest's stack artifacts differ"
    expected_files = sorted(case_dir.glob("*.template.json"))
    assert expected_files, f"{case} has no expected templates"
    for expected_file in expected_files:
        actual_file = tmp_path / expected_file.name
        assert actual_file.is_file(), f"{case}: no {expected_file.name} was synthesized"
        expected = normalize(json.loads(expected_file.read_text()))
        apply_documented_differences(case_dir, expected_file.name, expected)
        actual = normalize(json.loads(actual_file.read_text()))
        assert actual == expected, f"{case}: {expected_file.name} differs from aws-cdk-lib's"
        # Equal as dicts is not enough: aws-cdk-lib's key order is part of the bytes a user diffs.
        assert json.dumps(actual) == json.dumps(expected), (
            f"{case}: {expected_file.name} orders keys differently"
        )


# vpc-options stages the handler of a custom resource, whose code is this package's own, so its hash differs.
ASSETS_OF_OWN_CODE = {"vpc-options"}
CASES_WITH_ASSETS = [
    case
    for case in CASES
    if any((PARITY_DIR / case).glob("*.assets.json")) and case not in ASSETS_OF_OWN_CODE
]


@pytest.mark.parametrize("case", CASES_WITH_ASSETS)
def test_asset_manifest_matches_aws_cdk_lib(case: str, tmp_path: Path) -> None:
    case_dir = PARITY_DIR / case
    run_app(str(app_of_case(case_dir)), str(tmp_path), context_of_case(str(case_dir)))
    for expected_file in sorted(case_dir.glob("*.assets.json")):
        actual_file = tmp_path / expected_file.name
        assert actual_file.is_file(), f"{case}: no {expected_file.name} was synthesized"
        expected = json.loads(expected_file.read_text())
        actual = json.loads(actual_file.read_text())
        assert actual == expected, f"{case}: {expected_file.name} differs from aws-cdk-lib's"


# Cases that keep aws-cdk-lib's whole assembly besides the templates (the folders with a tree.json).
CASES_WITH_ASSEMBLY = [case for case in CASES if (PARITY_DIR / case / "tree.json").is_file()]
ASSEMBLY_FILES = ("manifest.json", "tree.json", "validation-report.json")
# Written only by some apps (Role.customize_roles): compared byte for byte where the case keeps them.
OPTIONAL_ASSEMBLY_FILES = ("iam-policy-report.txt", "iam-policy-report.json")


@pytest.mark.parametrize("case", CASES_WITH_ASSEMBLY)
def test_manifest_tree_metadata_and_validation_report_match_aws_cdk_lib(case: str, tmp_path: Path) -> None:
    case_dir = PARITY_DIR / case
    run_app(str(app_of_case(case_dir)), str(tmp_path), context_of_case(str(case_dir)))
    kept_optional = [name for name in OPTIONAL_ASSEMBLY_FILES if (case_dir / name).is_file()]
    written_optional = [name for name in OPTIONAL_ASSEMBLY_FILES if (tmp_path / name).is_file()]
    assert written_optional == kept_optional, f"{case}: the assembly has other files than aws-cdk-lib's"
    for name in kept_optional:
        assert (tmp_path / name).read_bytes() == (case_dir / name).read_bytes(), f"{case}: {name} differs"
    names = [*ASSEMBLY_FILES, *sorted(p.name for p in case_dir.glob("*.metadata.json"))]
    for name in names:
        expected_text = (case_dir / name).read_text(encoding="utf-8")
        actual_text = (tmp_path / name).read_text(encoding="utf-8")
        if name.endswith(".metadata.json"):
            metadata = json.loads(actual_text)
            kept = without_unimplemented_flag_warnings(metadata)
            if kept != metadata:
                actual_text = json.dumps(kept, indent=2, ensure_ascii=False)
        elif name == "validation-report.json":
            report = json.loads(actual_text)
            kept = without_unimplemented_flag_violations(report)
            if kept != report:
                actual_text = json.dumps(kept, indent=2, ensure_ascii=False)
        expected = json.loads(expected_text)
        if apply_documented_differences(case_dir, name, expected):
            # Compared in key order: the documented values replace aws-cdk-lib's, formatting aside.
            actual = json.loads(actual_text)
            assert json.dumps(actual, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False), (
                f"{case}: {name} differs from aws-cdk-lib's beyond differences.json"
            )
        else:
            assert actual_text == expected_text, f"{case}: {name} differs from aws-cdk-lib's"
