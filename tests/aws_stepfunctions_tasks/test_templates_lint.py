"""Every task state in one app (the `stepfunctions-tasks` parity app, with and without the `cdk init` flags):
the templates lint clean with cfn-lint."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cfn_lint import assert_cfn_lint_clean
from tests.parity_support.aws_cdk_alias import context_of_case, run_app

PARITY_DIR = Path(__file__).parents[1] / "data" / "parity"
APP = PARITY_DIR / "stepfunctions-tasks" / "app.py"


@pytest.mark.parametrize("case", ["stepfunctions-tasks", "stepfunctions-tasks-flagged"])
def test_the_task_states_app_lints_clean(case: str, tmp_path: Path) -> None:
    run_app(str(APP), str(tmp_path), context_of_case(str(PARITY_DIR / case)))
    templates = sorted(tmp_path.glob("*.template.json"))
    assert [t.name for t in templates] == [
        "stepfunctions-tasks-jsonata.template.json",
        "stepfunctions-tasks.template.json",
    ]
    for template in templates:
        assert_cfn_lint_clean(template)
