"""cfn-lint as a test helper: a template must lint with zero errors (warnings are allowed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cfnlint.api import ManualArgs, lint


def cfn_lint_errors(template: dict[str, Any] | str | Path) -> list[str]:
    """cfn-lint's errors for a template dict, JSON text or file, one `rule path: message` line each."""
    if isinstance(template, Path):
        text = template.read_text()
    elif isinstance(template, str):
        text = template
    else:
        text = json.dumps(template)
    matches = lint(text, config=ManualArgs(regions=["us-east-1"]))
    return [
        f"{match.rule.id} {'/'.join(str(p) for p in match.path)}: {match.message}"
        for match in matches
        if match.rule.id.startswith("E")
    ]


def assert_cfn_lint_clean(template: dict[str, Any] | str | Path) -> None:
    """Fail with cfn-lint's messages when the template has errors."""
    errors = cfn_lint_errors(template)
    assert not errors, "cfn-lint found errors:\n" + "\n".join(errors)
