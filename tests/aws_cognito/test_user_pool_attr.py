"""User pool attributes: schema entries of standard and custom attributes, and client attributes."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_cognito import (
    ClientAttributes,
    NumberAttribute,
    StandardAttribute,
    StandardAttributes,
    StringAttribute,
    UserPool,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def test_schema_lists_standard_then_custom_attributes(stack: Stack) -> None:
    pool = UserPool(
        stack,
        "Pool",
        standard_attributes=StandardAttributes(profile_picture=StandardAttribute(required=True)),
        custom_attributes={"score": NumberAttribute(max=100)},
    )
    assert properties_of(pool)["Schema"] == [
        {"Mutable": True, "Name": "picture", "Required": True},
        {"AttributeDataType": "Number", "Name": "score", "NumberAttributeConstraints": {"MaxValue": "100"}},
    ]


def test_client_attributes_are_sorted_and_prefixed() -> None:
    attributes = ClientAttributes().with_custom_attributes("tenant").with_standard_attributes(fullname=True)
    assert attributes.attributes() == ["custom:tenant", "name"]


def test_string_attribute_rejects_a_negative_minimum_length() -> None:
    with pytest.raises(ValidationError) as caught:
        StringAttribute(min_len=-1)
    assert str(caught.value) == "StringAttribute: min_len=-1 is negative; use 0 or more"


def test_string_attribute_rejects_a_maximum_length_over_2048() -> None:
    with pytest.raises(ValidationError) as caught:
        StringAttribute(max_len=4096)
    assert str(caught.value) == "StringAttribute: max_len=4096 is too large; use at most 2048"
