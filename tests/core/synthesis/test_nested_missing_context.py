"""Missing context of stacks in stages: each nested assembly reports it to its parents too."""

from __future__ import annotations

import json
from pathlib import Path

from apigwv2_integrations import App, ContextProvider, Environment, Stack, Stage

_ENV = Environment(account="111111111111", region="us-east-1")


def _look_up(stack: Stack, name: str) -> None:
    ContextProvider.get_value(stack, provider="ssm", props={"parameterName": name}, dummy_value="d")


def _missing_names(manifest: Path) -> list[str]:
    return [entry["props"]["parameterName"] for entry in json.loads(manifest.read_text()).get("missing", [])]


def test_nested_assemblies_list_their_lookups_in_every_parent_first(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    _look_up(Stack(app, "Top", env=_ENV), "/top")
    prod = Stage(app, "Prod")
    _look_up(Stack(prod, "Api", env=_ENV), "/api")
    inner = Stage(prod, "Inner")
    _look_up(Stack(inner, "Db", env=_ENV), "/db")
    # A key a nested assembly already reported is listed once, where it came first.
    _look_up(Stack(app, "Last", env=_ENV), "/api")
    app.synth()
    assert _missing_names(tmp_path / "assembly-Prod" / "assembly-Prod-Inner" / "manifest.json") == ["/db"]
    assert _missing_names(tmp_path / "assembly-Prod" / "manifest.json") == ["/db", "/api"]
    assert _missing_names(tmp_path / "manifest.json") == ["/db", "/api", "/top"]


def test_a_stage_without_lookups_adds_nothing_to_its_parent(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    Stack(Stage(app, "Prod"), "Api", env=_ENV)
    app.synth()
    assert "missing" not in json.loads((tmp_path / "manifest.json").read_text())
