"""A method the type checks wrap keeps being abstract (core/type_checks.py): abc reads the wrapper."""

from __future__ import annotations

import abc

import pytest

from apigwv2_integrations.core.type_checks import check_class


def test_a_subclass_made_after_the_wrapping_still_needs_the_abstract_method() -> None:
    class Provider(abc.ABC):
        @abc.abstractmethod
        def configure(self, name: str) -> None: ...

    Provider.__module__ = "apigwv2_integrations.sample"
    check_class(Provider)
    assert getattr(Provider.__dict__["configure"], "__type_checked__", False)

    class Incomplete(Provider):
        pass

    with pytest.raises(TypeError, match="abstract method"):
        Incomplete()  # type: ignore[abstract]
