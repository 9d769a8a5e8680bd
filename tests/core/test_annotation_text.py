"""Annotations read without eval give what eval gives, for the forms the package writes and every
annotation of its public classes."""

from __future__ import annotations

import builtins
import collections.abc
import importlib
import pkgutil
import sys
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

import apigwv2_integrations
from apigwv2_integrations import Duration, aws_lambda
from apigwv2_integrations.core import _annotation_text, type_checks
from apigwv2_integrations.core._annotation_text import evaluate_annotation
from apigwv2_integrations.core.construct import Construct

GLOBALS: dict[str, Any] = {
    "typing": typing,
    "collections": collections,
    "Any": Any,
    "Callable": Callable,
    "Mapping": Mapping,
    "Sequence": Sequence,
    "Duration": Duration,
    "Construct": Construct,
    "aws_lambda": aws_lambda,
}


@pytest.mark.parametrize(
    "text",
    [
        "str",
        "None",
        "str | None",
        "None | str",
        "Construct",
        "Duration | int | None",
        "Sequence[str]",
        "Sequence[Construct] | None",
        "Mapping[str, Any]",
        "dict[str, list[int]] | None",
        "tuple[str, ...]",
        "Callable[[Construct, str], Any]",
        "Callable[[], None]",
        "typing.Any",
        "collections.abc.Sequence[str]",
        "aws_lambda.Runtime | None",
        "typing.Literal['a', 'b']",
        "list['Construct']",
    ],
)
def test_each_form_reads_as_eval_reads_it(text: str) -> None:
    assert evaluate_annotation(text, GLOBALS, {}) == eval(text, GLOBALS, {})


def test_local_names_come_before_globals_and_builtins() -> None:
    assert evaluate_annotation("str | Duration", GLOBALS, {"str": int, "Duration": float}) == int | float


def test_a_name_nobody_defines_is_a_name_error_as_with_eval() -> None:
    with pytest.raises(NameError):
        evaluate_annotation("Missing | None", GLOBALS, {})


@pytest.mark.parametrize("text", ["Sequence[", "str |", "Sequence[str]]", "str str", "str("])
def test_text_that_is_not_an_expression_is_evals_error(text: str) -> None:
    with pytest.raises(SyntaxError):
        evaluate_annotation(text, GLOBALS, {})


def test_common_annotations_are_read_without_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real_eval = builtins.eval

    def recording_eval(text: str, *args: Any) -> Any:
        compiled.append(text)
        return real_eval(text, *args)

    monkeypatch.setattr(_annotation_text, "eval", recording_eval, raising=False)
    for text in ("str", "Construct | None", "Sequence[Duration] | None", "Callable[[str], Any]"):
        evaluate_annotation(text, GLOBALS, {})
    evaluate_annotation("typing.Literal['a']", GLOBALS, {})
    assert compiled == ["typing.Literal['a']"]


def _package_annotations() -> set[tuple[str, str, type | None]]:
    for info in pkgutil.iter_modules(apigwv2_integrations.__path__):
        if info.ispkg and not info.name.startswith("_") and info.name not in ("core", "cfn"):
            try:
                importlib.import_module(f"apigwv2_integrations.{info.name}")
            except ImportError:  # the `local` emulator without its optional extra
                continue
    found: set[tuple[str, str, type | None]] = set()
    for cls in type_checks.public_classes():
        for klass in cls.__mro__:
            if not klass.__module__.startswith("apigwv2_integrations."):
                continue
            for value in [*vars(klass).values(), klass]:
                function = getattr(value, "__func__", value)
                function = getattr(function, "__wrapped__", function)
                annotations = (
                    vars(function).get("__annotations__", {}) if hasattr(function, "__dict__") else {}
                )
                for text in annotations.values():
                    if isinstance(text, str):
                        found.add((text, klass.__module__, klass))
    return found


def test_every_annotation_of_the_public_classes_reads_as_eval_reads_it() -> None:
    annotations = _package_annotations()
    assert len(annotations) > 2000
    differences = []
    for text, module_name, owner in sorted(annotations, key=lambda a: (a[0], a[1], str(a[2]))):
        module_globals = vars(sys.modules[module_name])
        try:
            expected: Any = eval(text, module_globals, type_checks._Namespace(owner, module_name))
        except Exception as error:
            expected = type(error)
        try:
            got: Any = evaluate_annotation(text, module_globals, type_checks._Namespace(owner, module_name))
        except Exception as error:
            got = type(error)
        if got != expected:
            differences.append((text, module_name, got, expected))
    assert differences == []
