"""Every struct of the package declares `metaclass=LazyAttrsMeta`, so that its class is made once."""

from __future__ import annotations

import ast
from pathlib import Path

import apigwv2_integrations

_SOURCE = Path(apigwv2_integrations.__file__).parent
_DECORATORS = {"lazy_frozen", "lazy_define"}


def _decorator_name(node: ast.expr) -> str | None:
    target = node.func if isinstance(node, ast.Call) else node
    return target.id if isinstance(target, ast.Name) else None


def _scan() -> tuple[int, list[str]]:
    """How many struct classes the sources declare, and those without the metaclass."""
    checked, found = 0, []
    for path in sorted(_SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            if not any(_decorator_name(d) in _DECORATORS for d in node.decorator_list):
                continue
            checked += 1
            metaclass = next((k.value for k in node.keywords if k.arg == "metaclass"), None)
            if not (isinstance(metaclass, ast.Name) and metaclass.id == "LazyAttrsMeta"):
                found.append(f"{path.relative_to(_SOURCE)}:{node.lineno} {node.name}")
    return checked, found


def test_every_struct_declares_the_lazy_metaclass() -> None:
    checked, undeclared = _scan()
    assert checked > 800  # the hand-written structs (a scan that found none would pass)
    assert undeclared == []
