"""SimpleEnum: the package's enums are the enum.Enum classes their plain declarations would make."""

from __future__ import annotations

import enum
import importlib
import pickle
import pkgutil
import types
from typing import Any

import pytest

import apigwv2_integrations
from apigwv2_integrations.core import simple_enum
from apigwv2_integrations.core.simple_enum import SimpleEnum


def _package_enums() -> list[type[enum.Enum]]:
    found: list[type[enum.Enum]] = []
    for info in pkgutil.walk_packages(apigwv2_integrations.__path__, "apigwv2_integrations."):
        if ".cfn." in info.name or ".local." in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        found.extend(
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and value.__bases__ == (enum.Enum,)  # not TokenComparison, a str enum declared as usual
            and value.__module__ == info.name
        )
    return found


def _declared_plainly(cls: type[enum.Enum]) -> type[enum.Enum]:
    """The class `class <name>(enum.Enum)` makes from the same body: members (aliases too) in order,
    then the methods and properties."""
    body = enum.EnumMeta.__prepare__(cls.__name__, (enum.Enum,))
    body["__module__"] = cls.__module__
    body["__qualname__"] = cls.__qualname__
    body["__doc__"] = cls.__doc__
    for name, member in cls.__members__.items():
        body[name] = member.value
    for name, value in vars(cls).items():
        if not name.startswith("_") and isinstance(value, (types.FunctionType, property)):
            body[name] = value
    plain: type[enum.Enum] = enum.EnumMeta(cls.__name__, (enum.Enum,), body)  # type: ignore[assignment]
    return plain


def _facts(cls: type[enum.Enum]) -> dict[str, Any]:
    return {
        "doc": cls.__doc__,
        "repr": repr(cls),
        "members": [
            (name, repr(member), str(member), format(member), member.value, member.name)
            for name, member in cls.__members__.items()
        ],
        "iteration": [member.name for member in cls],
        "dir": dir(cls),
        "member_dir": dir(next(iter(cls))),
    }


@pytest.mark.parametrize("cls", _package_enums(), ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_each_enum_of_the_package_is_the_enum_its_plain_declaration_makes(cls: type[enum.Enum]) -> None:
    assert _facts(cls) == _facts(_declared_plainly(cls))
    for member in cls:
        assert cls(member.value) is member
        assert pickle.loads(pickle.dumps(member)) is member


def test_an_enum_declared_on_simple_enum_is_an_enum_with_its_members_methods_and_docs() -> None:
    class Shade(SimpleEnum):
        """A shade."""

        LIGHT = "light"
        DARK = "dark"
        DIM = "dark"  # an alias, as in enum.Enum

        @property
        def upper(self) -> str:
            return str(self.value).upper()

    assert issubclass(Shade, enum.Enum) and type(Shade) is enum.EnumMeta
    assert [shade.name for shade in Shade] == ["LIGHT", "DARK"]
    assert Shade["DIM"] is Shade.DARK and Shade("light") is Shade.LIGHT
    assert Shade.LIGHT.upper == "LIGHT" and Shade.__doc__ == "A shade."
    assert Shade.__qualname__.endswith("<locals>.Shade")


def test_without_the_fast_path_enum_meta_makes_the_same_enum(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(simple_enum, "_fast_path", None)

    class Level(SimpleEnum):
        LOW = 1
        HIGH = 2

    assert type(Level) is enum.EnumMeta and [level.value for level in Level] == [1, 2]
    assert _facts(Level) == _facts(_declared_plainly(Level))
