"""Parity: every app under tests/data/parity synthesizes to the templates aws-cdk-lib produced for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.parity_support.aws_cdk_alias import run_app

PARITY_DIR = Path(__file__).parent / "data" / "parity"
CASES = (
    sorted(p.name for p in PARITY_DIR.iterdir() if (p / "app.py").is_file()) if PARITY_DIR.is_dir() else []
)


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


@pytest.mark.parametrize("case", CASES)
def test_template_matches_aws_cdk_lib(case: str, tmp_path: Path) -> None:
    case_dir = PARITY_DIR / case
    run_app(str(case_dir / "app.py"), str(tmp_path))
    expected_files = sorted(case_dir.glob("*.template.json"))
    assert expected_files, f"{case} has no expected templates"
    for expected_file in expected_files:
        actual_file = tmp_path / expected_file.name
        assert actual_file.is_file(), f"{case}: no {expected_file.name} was synthesized"
        expected = normalize(json.loads(expected_file.read_text()))
        actual = normalize(json.loads(actual_file.read_text()))
        assert actual == expected, f"{case}: {expected_file.name} differs from aws-cdk-lib's"
