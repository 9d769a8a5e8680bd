"""Runtime and Architecture constants."""

from __future__ import annotations

import pytest

from apigwv2_integrations.aws_lambda import Architecture, Runtime, RuntimeFamily


def test_runtime_constants_carry_name_and_family() -> None:
    assert (Runtime.PYTHON_3_12.name, Runtime.PYTHON_3_12.family) == ("python3.12", RuntimeFamily.PYTHON)
    assert Runtime.NODEJS_LATEST.name == "nodejs24.x"
    assert Runtime.NODEJS_LATEST.is_variable
    assert Runtime.FROM_IMAGE.family is None


def test_inline_code_support_follows_aws_cdk_lib() -> None:
    assert Runtime.NODEJS_20_X.supports_inline_code
    assert Runtime.PYTHON_3_13.supports_inline_code
    assert not Runtime.JAVA_21.supports_inline_code
    assert not Runtime.PROVIDED_AL2023.supports_inline_code


def test_runtime_equals_compares_by_value(monkeypatch: pytest.MonkeyPatch) -> None:
    # A new Runtime joins Runtime.ALL (as in aws-cdk-lib); keep the list of other tests as it was.
    monkeypatch.setattr(Runtime, "ALL", list(Runtime.ALL))
    assert Runtime("python3.12", RuntimeFamily.PYTHON, supports_inline_code=True).runtime_equals(
        Runtime.PYTHON_3_12
    )
    assert not Runtime.PYTHON_3_12.runtime_equals(Runtime.PYTHON_3_13)


def test_all_lists_every_runtime() -> None:
    assert Runtime.PYTHON_3_14 in Runtime.ALL
    assert Runtime.RUBY_4_0 in Runtime.ALL


def test_architectures() -> None:
    assert (Architecture.X86_64.name, Architecture.X86_64.docker_platform) == ("x86_64", "linux/amd64")
    assert (Architecture.ARM_64.name, Architecture.ARM_64.docker_platform) == ("arm64", "linux/arm64")
    assert Architecture.custom("riscv").docker_platform == "linux/amd64"
