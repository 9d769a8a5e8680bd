"""PayloadFormatVersion: the constants and custom(), and no public constructor, as in aws_cdk."""

from __future__ import annotations

import pytest

from apigwv2_integrations.aws_apigatewayv2 import PayloadFormatVersion


def test_constants_and_custom_versions() -> None:
    assert (PayloadFormatVersion.VERSION_1_0.version, PayloadFormatVersion.VERSION_2_0.version) == (
        "1.0",
        "2.0",
    )
    assert PayloadFormatVersion.custom("2.0") == PayloadFormatVersion.VERSION_2_0
    assert repr(PayloadFormatVersion.custom("3.0")) == "PayloadFormatVersion('3.0')"


def test_has_no_public_constructor() -> None:
    with pytest.raises(TypeError) as caught:
        PayloadFormatVersion("2.0")  # type: ignore[call-arg]
    assert str(caught.value) == "PayloadFormatVersion() takes no arguments"
