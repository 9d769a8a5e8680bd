"""Every app in examples/: synthesized, snapshotted whole, and accepted by cfn-lint with zero errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations.__main__ import run_app_file
from tests.cfn_lint import cfn_lint_errors

EXAMPLES_DIR = Path(__file__).parent.parent / "examples"
EXAMPLES = sorted(p.stem for p in EXAMPLES_DIR.glob("*.py"))


_SYNTHESIZED: dict[str, dict[str, str]] = {}


@pytest.fixture
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """Example name -> its templates (text) by stack artifact id; each example is synthesized once."""

    class Lazy(dict[str, dict[str, str]]):
        def __missing__(self, name: str) -> dict[str, str]:
            if name not in _SYNTHESIZED:
                outdir = tmp_path_factory.mktemp(name)
                assemblies = run_app_file(str(EXAMPLES_DIR / f"{name}.py"), str(outdir))
                _SYNTHESIZED[name] = {
                    stack.id: Path(stack.template_full_path).read_text()
                    for assembly in assemblies
                    for stack in assembly.stacks
                }
            return _SYNTHESIZED[name]

    return Lazy()


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_template_snapshot(
    example: str, synthesized: dict[str, dict[str, str]], snapshot_json: SnapshotAssertion
) -> None:
    templates = {stack_id: json.loads(text) for stack_id, text in synthesized[example].items()}
    assert templates, f"{example} synthesized no stack"
    assert templates == snapshot_json


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_passes_cfn_lint(example: str, synthesized: dict[str, dict[str, str]]) -> None:
    for stack_id, text in synthesized[example].items():
        assert cfn_lint_errors(text) == [], f"{example}/{stack_id}"
