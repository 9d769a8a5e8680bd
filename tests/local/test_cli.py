"""The `serve` command's entry point without the `local` extra."""

from __future__ import annotations

import sys

import pytest

from apigwv2_integrations.__main__ import main


def test_serve_without_aiohttp_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)
    monkeypatch.delitem(sys.modules, "apigwv2_integrations.local.server", raising=False)
    assert main(["serve", "app.py"]) == 2
    assert capsys.readouterr().err == (
        "error: serve needs 'aiohttp'; install the local extra: pip install 'apigwv2_integrations[local]'\n"
    )
