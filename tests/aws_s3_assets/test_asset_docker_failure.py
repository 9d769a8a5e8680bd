"""A bundling container that fails (most often: docker is installed but its daemon is not running) is
reported on the asset, with the fix."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import BundlingOptions, DockerImage, Stack, ValidationError
from apigwv2_integrations.aws_s3_assets import Asset
from apigwv2_integrations.core import bundling


def test_a_failing_docker_run_is_a_validation_error_naming_the_daemon(
    tmp_path: Path, stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "index.py").write_text("print(1)\n")

    def docker_exits(*args: Any, **kwargs: Any) -> Any:
        raise subprocess.CalledProcessError(125, ["docker", "run"])

    monkeypatch.setattr(bundling, "bundle", docker_exits)

    with pytest.raises(ValidationError, match="docker exited with status 125; check that the Docker daemon"):
        Asset(
            stack,
            "Bundled",
            path=str(source),
            bundling=BundlingOptions(image=DockerImage.from_registry("alpine"), command=["true"]),
        )
