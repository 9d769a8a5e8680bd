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
