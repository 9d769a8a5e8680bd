"""Wrong arguments given before any App exists, or to App itself, are reported short as well."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_error_report import run


def test_a_module_level_environment_with_a_wrong_type_is_reported_short(tmp_path: Path) -> None:
    source = "import apigwv2_integrations as cdk\n\nenv = cdk.Environment(account=123456789012)\n"
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: Environment: account=123456789012 is an int; use a str\n"
        "  at app.py:3: env = cdk.Environment(account=123456789012)\n"
    )


def test_a_wrong_app_argument_is_reported_short(tmp_path: Path) -> None:
    source = 'import apigwv2_integrations as cdk\n\napp = cdk.App(context=["stage=dev"])\n'
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: App: context=['stage=dev'] is a list; use a dict of str to any value\n"
        '  at app.py:3: app = cdk.App(context=["stage=dev"])\n'
    )
    assert not (tmp_path / "cdk.out").exists()
