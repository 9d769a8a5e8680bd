"""UserPoolGroup: the group resource and its limits."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_cognito import IUserPoolGroup, UserPool, UserPoolGroup, UserPoolGroupProps
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of


def test_user_pool_group_keywords_match_props_fields() -> None:
    assert keyword_names(UserPoolGroup.__init__) == {f.name for f in attrs.fields(UserPoolGroupProps)}


def test_user_pool_group_names_its_pool(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    group = pool.add_group("Admins", group_name="admins", precedence=0)
    assert properties_of(group) == {
        "GroupName": "admins",
        "Precedence": 0,
        "UserPoolId": {"Ref": logical_id_of(pool)},
    }


def test_imported_group_keeps_its_name(stack: Stack) -> None:
    group = UserPoolGroup.from_group_name(stack, "Group", "editors")
    assert isinstance(group, IUserPoolGroup)
    assert group.group_name == "editors"


def test_user_pool_group_rejects_a_negative_precedence(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool").add_group("Group", precedence=-1)
    assert str(caught.value) == "Test/Pool/Group: precedence=-1 is out of range; use 0 to 2147483647"


def test_user_pool_group_rejects_a_name_with_spaces(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool").add_group("Group", group_name="book keepers")
    assert str(caught.value) == (
        "Test/Pool/Group: group_name='book keepers' is invalid; "
        "use 1 to 128 letters, digits and symbols, without spaces"
    )


def test_user_pool_group_rejects_a_long_description(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UserPool(stack, "Pool").add_group("Group", description="x" * 2049)
    assert (
        str(caught.value)
        == "Test/Pool/Group: description is 2049 characters long; use at most 2048 characters"
    )
