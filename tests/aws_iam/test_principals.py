"""Principals: how they read in messages."""

from __future__ import annotations

import pytest

from apigwv2_integrations.aws_iam import AccountPrincipal, CompositePrincipal, ServicePrincipal
from apigwv2_integrations.core.errors import ArgumentTypeError


def test_principals_repr_as_their_str() -> None:
    assert repr([ServicePrincipal("lambda.amazonaws.com"), AccountPrincipal("111122223333")]) == (
        "[ServicePrincipal(lambda.amazonaws.com), AccountPrincipal(111122223333)]"
    )


def test_a_list_given_as_one_principal_is_quoted_readably() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        CompositePrincipal([ServicePrincipal("a.amazonaws.com")])  # type: ignore[arg-type]
    assert str(error.value) == (
        "CompositePrincipal: principals[0]=[ServicePrincipal(a.amazonaws.com)] is a list; use an IPrincipal "
        "(who a statement is about: an identity that can be given permissions)"
    )
