"""IgnoreStrategy (core/ignore_strategies.py): `ignores` and `completely_ignores` of GLOB, GIT and DOCKER
patterns on a table of paths, compared with what aws-cdk-lib 2.275.0 answered
(tests/data/file_system_parity.json)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from apigwv2_integrations import (
    CopyOptions,
    DockerIgnoreStrategy,
    GitIgnoreStrategy,
    GlobIgnoreStrategy,
    IgnoreMode,
    IgnoreStrategy,
)
from apigwv2_integrations.core.errors import InvalidValueError

PARITY = json.loads((Path(__file__).parents[1] / "data" / "file_system_parity.json").read_text())
# The root the reference answers were computed for (the paths need not exist).
ROOT = "/project/nested"


def _strategy(mode: str, patterns: list[str]) -> IgnoreStrategy:
    made: IgnoreStrategy = getattr(IgnoreStrategy, mode)(ROOT, patterns)
    return made


@pytest.mark.parametrize(("case", "expected"), sorted(PARITY["ignores"].items()))
def test_answers_are_aws_cdk_libs(case: str, expected: object) -> None:
    mode, patterns, path, kind = case.split("|")
    if path == "add":
        strategy = _strategy(mode, [])
        for pattern in json.loads(patterns):
            strategy.add(pattern)
        assert strategy.ignores(f"{ROOT}/a.txt") is expected
        return
    strategy = _strategy(mode, json.loads(patterns))
    absolute = os.path.normpath(os.path.join(ROOT, path)) if path else ROOT
    ask = strategy.ignores if kind == "i" else strategy.completely_ignores
    if expected == "ERR":
        with pytest.raises(InvalidValueError):
            ask(absolute)
    else:
        assert ask(absolute) is expected


@pytest.mark.parametrize(
    ("options", "kind"),
    [
        (CopyOptions(exclude=["a"]), GlobIgnoreStrategy),
        (CopyOptions(exclude=["a"], ignore_mode=IgnoreMode.GIT), GitIgnoreStrategy),
        ({"exclude": ["a"], "ignore_mode": IgnoreMode.DOCKER}, DockerIgnoreStrategy),
        (CopyOptions(), GlobIgnoreStrategy),
    ],
)
def test_from_copy_options_picks_the_ignore_mode(options: object, kind: type) -> None:
    strategy = IgnoreStrategy.from_copy_options(options, ROOT)  # type: ignore[arg-type]
    assert type(strategy) is kind


def test_ignore_strategy_is_abstract() -> None:
    with pytest.raises(TypeError):
        IgnoreStrategy()  # type: ignore[abstract]


def test_a_relative_root_is_refused() -> None:
    with pytest.raises(InvalidValueError) as error:
        IgnoreStrategy.git("project", ["*.md"])
    assert (
        str(error.value)
        == "GitIgnoreStrategy: absolute_root_path='project' is relative; pass an absolute path"
    )


def test_a_relative_path_is_refused() -> None:
    with pytest.raises(InvalidValueError) as error:
        IgnoreStrategy.glob(ROOT, ["*.md"]).ignores("README.md")
    assert str(error.value) == (
        "GlobIgnoreStrategy.ignores(): absolute_file_path='README.md' is relative; pass an absolute path"
    )


def test_git_refuses_a_path_outside_the_root() -> None:
    with pytest.raises(InvalidValueError) as error:
        IgnoreStrategy.git(ROOT, ["*.md"]).ignores("/project/x.md")
    assert str(error.value) == (
        "GitIgnoreStrategy.ignores(): absolute_file_path='/project/x.md' is not inside '/project/nested'; "
        "pass a path inside the root folder"
    )
