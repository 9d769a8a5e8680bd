"""ServicePrincipal: a bare service name is completed with `.amazonaws.com`, as aws-cdk-lib renders it."""

from __future__ import annotations

from apigwv2_integrations import App, Stack, Token
from apigwv2_integrations.aws_iam import PolicyStatement, ServicePrincipal


def rendered_service(principal: ServicePrincipal) -> object:
    stack = Stack(App(), "S")
    return stack.resolve(principal.policy_fragment.principal_json)["Service"]


def test_a_bare_name_gets_the_amazonaws_domain() -> None:
    assert rendered_service(ServicePrincipal("lambda")) == ["lambda.amazonaws.com"]
    assert ServicePrincipal.service_principal_name("states") == "states.amazonaws.com"


def test_dotted_names_tokens_and_static_names_stay_as_given() -> None:
    assert rendered_service(ServicePrincipal("ecs-tasks.amazonaws.com")) == ["ecs-tasks.amazonaws.com"]
    assert rendered_service(ServicePrincipal.from_static_service_principle_name("states")) == ["states"]
    token = Token.as_string({"Ref": "ServiceName"})
    assert ServicePrincipal.service_principal_name(token) == token


def test_a_statement_read_from_json_keeps_its_service_names() -> None:
    statement = PolicyStatement.from_json(
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Principal": {"Service": "a"}}
    )
    assert Stack(App(), "S").resolve(statement.to_statement_json())["Principal"] == {"Service": "a"}
