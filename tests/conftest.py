"""Shared fixtures: a fresh app, a stack in it, and a function that renders a stack's template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.json import JSONSnapshotExtension

from apigwv2_integrations import App, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_lambda import Runtime


@pytest.fixture(autouse=True)
def _isolated_runtime_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from Runtime.ALL as the process had it: a new Runtime, and each function on
    NODEJS_LATEST, join it (as in aws-cdk-lib), and the version hash of a function whose layers were
    imported by ARN covers it, so a test must not see the runtimes of the tests before it."""
    monkeypatch.setattr(Runtime, "ALL", list(Runtime.ALL))


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> App:
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON", "CDK_DEFAULT_ACCOUNT", "CDK_DEFAULT_REGION"):
        monkeypatch.delenv(variable, raising=False)
    return App(outdir=str(tmp_path / "cdk.out"))


@pytest.fixture
def stack(app: App) -> Stack:
    return Stack(app, "Test")


@pytest.fixture
def template() -> Callable[[Stack], dict[str, Any]]:
    def render(stack: Stack) -> dict[str, Any]:
        return Template.from_stack(stack).to_json()

    return render


@pytest.fixture
def snapshot_json(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """A syrupy snapshot stored as a readable `.json` file in `__snapshots__/`."""
    return snapshot.use_extension(JSONSnapshotExtension)


def resources_of_type(template: dict[str, Any], resource_type: str) -> dict[str, Any]:
    """The resources of one type, by logical ID."""
    return {k: v for k, v in template.get("Resources", {}).items() if v["Type"] == resource_type}
