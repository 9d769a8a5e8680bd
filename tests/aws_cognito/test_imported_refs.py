"""Parts of a user pool imported without their pool: their `*_ref` reports the unknown user pool id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.aws_cognito import (
    IUserPoolDomain,
    IUserPoolGroup,
    IUserPoolIdentityProvider,
    IUserPoolResourceServer,
    UserPoolClient,
    UserPoolDomain,
    UserPoolGroup,
    UserPoolIdentityProvider,
    UserPoolResourceServer,
)

IMPORTS: list[tuple[Callable[[Stack], Any], type | None, str, str]] = [
    (
        lambda stack: UserPoolClient.from_user_pool_client_id(stack, "Imported", "client1"),
        # Not checked with isinstance: reading user_pool_client_secret raises (no custom resources).
        None,
        "user_pool_client_ref",
        "UserPoolClient.from_user_pool_client_id() does not give the user pool; "
        "refer to the resource by its user_pool_client_id",
    ),
    (
        lambda stack: UserPoolDomain.from_domain_name(stack, "Imported", "books"),
        IUserPoolDomain,
        "user_pool_domain_ref",
        "UserPoolDomain.from_domain_name() does not give the user pool; refer to the resource by its domain_name",
    ),
    (
        lambda stack: UserPoolGroup.from_group_name(stack, "Imported", "admins"),
        IUserPoolGroup,
        "user_pool_group_ref",
        "UserPoolGroup.from_group_name() does not give the user pool; refer to the resource by its group_name",
    ),
    (
        lambda stack: UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Imported", "srv"),
        IUserPoolResourceServer,
        "user_pool_resource_server_ref",
        "UserPoolResourceServer.from_user_pool_resource_server_id() does not give the user pool; "
        "refer to the resource by its user_pool_resource_server_id",
    ),
    (
        lambda stack: UserPoolIdentityProvider.from_provider_name(stack, "Imported", "Facebook"),
        IUserPoolIdentityProvider,
        "user_pool_identity_provider_ref",
        "UserPoolIdentityProvider.from_provider_name() does not give the user pool; "
        "refer to the resource by its provider_name",
    ),
]


@pytest.mark.parametrize(
    ("import_", "interface", "ref_name", "problem"), IMPORTS, ids=[i[2] for i in IMPORTS]
)
def test_imported_part_of_a_user_pool_reports_its_unknown_user_pool_id(
    stack: Stack, import_: Callable[[Stack], Any], interface: type | None, ref_name: str, problem: str
) -> None:
    imported = import_(stack)
    assert interface is None or isinstance(imported, interface)
    reference = getattr(imported, ref_name)
    with pytest.raises(ValidationError) as raised:
        stack.resolve(reference.user_pool_id)
    assert str(raised.value) == f"Test/Imported: user_pool_id of the reference is not known: {problem}"
