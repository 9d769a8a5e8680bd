"""Deploy-time rules of parameter mappings: values read from request parts API Gateway knows."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, MappingValue, ParameterMapping
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError


def test_a_value_from_an_unknown_request_part_is_a_problem() -> None:
    mapping = ParameterMapping().append_header("x-id", MappingValue.custom("$request.foo"))
    assert mapping.problems() == [
        "parameter_mapping['append:header.x-id']='$request.foo' reads from an unknown request part "
        "'$request.foo'; use $request.header.<name>, $request.querystring.<name>, $request.body.<path>, "
        "$request.path.<name> or $request.path"
    ]


@pytest.mark.parametrize(
    "value",
    [
        "$request.header.Authorization",
        "$request.querystring.page",
        "$request.body.name",
        "$request.path.id",
        "$request.path",
        "${request.path.id}-suffix",
        "$context.requestId",
        "$stageVariables.backend",
        "static",
    ],
)
def test_known_request_parts_and_other_sources_are_accepted(value: str) -> None:
    assert ParameterMapping().append_header("x-id", MappingValue.custom(value)).problems() == []


def test_an_integration_with_an_unknown_source_is_rejected_at_the_route(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    integration = HttpUrlIntegration(
        "Books",
        "https://example.com",
        parameter_mapping=ParameterMapping().overwrite_header("x-id", MappingValue.custom("$request.foo.id")),
    )
    with pytest.raises(ValidationError) as caught:
        api.add_routes(path="/books", integration=integration)
    assert str(caught.value) == (
        "Test/Api/ANY--books/Books: parameter_mapping['overwrite:header.x-id']='$request.foo.id' reads from an "
        "unknown request part '$request.foo'; use $request.header.<name>, $request.querystring.<name>, "
        "$request.body.<path>, $request.path.<name> or $request.path"
    )
