"""The option structs of aws_iam's methods hold exactly the keywords their methods take."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_iam as iam
from tests.aws_apigatewayv2.inspection import keyword_names


@pytest.mark.parametrize(
    ("method", "struct"),
    [
        (iam.Grant.add_to_principal, iam.GrantOnPrincipalOptions),
        (iam.Grant.add_to_principal_or_resource, iam.GrantWithResourceOptions),
        (iam.Grant.add_to_principal_and_resource, iam.GrantOnPrincipalAndResourceOptions),
        (iam.Role.from_role_name, iam.FromRoleNameOptions),
        (iam.Role.from_lookup, iam.RoleLookupOptions),
        (iam.Role.without_policy_updates, iam.WithoutPolicyUpdatesOptions),
        (iam.User.from_user_attributes, iam.UserAttributes),
        (iam.UnknownPrincipal.__init__, iam.UnknownPrincipalProps),
        (iam.ServicePrincipal.__init__, iam.ServicePrincipalOpts),
    ],
)
def test_a_struct_has_the_keywords_of_its_method(method: Callable[..., Any], struct: type) -> None:
    assert keyword_names(method) == {f.name for f in attrs.fields(struct)}


def test_the_grant_structs_build_on_the_common_options() -> None:
    common = {f.name for f in attrs.fields(iam.CommonGrantOptions)}
    assert common == {"actions", "grantee", "resource_arns", "conditions"}
    for struct in (
        iam.GrantOnPrincipalOptions,
        iam.GrantWithResourceOptions,
        iam.GrantOnPrincipalAndResourceOptions,
        iam.GrantPolicyWithResourceOptions,
    ):
        assert common <= {f.name for f in attrs.fields(struct)}
    assert iam.GrantOnKeyResult().grant is None


def test_from_user_attributes_is_from_user_arn(stack: Stack) -> None:
    user = iam.User.from_user_attributes(stack, "User", user_arn="arn:aws:iam::111111111111:user/ops/bob")
    assert (user.user_name, user.user_arn) == ("bob", "arn:aws:iam::111111111111:user/ops/bob")
