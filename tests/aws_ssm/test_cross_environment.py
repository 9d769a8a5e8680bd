"""A parameter read by a stack of another account: by its name, as aws-cdk-lib reads it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import App, CfnOutput, Environment, PhysicalName, Stack
from apigwv2_integrations.aws_iam import AccountRootPrincipal, Role
from apigwv2_integrations.aws_ssm import StringListParameter, StringParameter

_OWNER = Environment(account="111111111111", region="eu-west-1")
_READER = Environment(account="222222222222", region="eu-west-1")


def test_another_account_reads_the_parameter_name_as_given(
    app: App, template: Callable[[Stack], dict[str, Any]]
) -> None:
    owner = Stack(app, "Owner", env=_OWNER)
    reader = Stack(app, "Reader", env=_READER)
    parameter = StringParameter(
        owner, "Endpoint", string_value="https://example.com", parameter_name="/orders/endpoint"
    )
    role = Role(reader, "Fn", assumed_by=AccountRootPrincipal(), role_name="reader-fn")

    parameter.grant_read(role)
    CfnOutput(reader, "Name", value=parameter.parameter_name)

    rendered = template(reader)
    assert rendered["Outputs"]["Name"] == {"Value": "/orders/endpoint"}
    statement = rendered["Resources"]["FnDefaultPolicy1F61ADF2"]["Properties"]["PolicyDocument"]["Statement"][
        0
    ]
    assert statement["Resource"] == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":ssm:eu-west-1:111111111111:parameter/orders/endpoint"],
        ]
    }
    assert "Outputs" not in template(owner)


def test_generated_name_is_written_on_the_parameter(
    app: App, template: Callable[[Stack], dict[str, Any]]
) -> None:
    owner = Stack(app, "Owner", env=_OWNER)
    reader = Stack(app, "Reader", env=_READER)
    parameter = StringParameter(
        owner, "Endpoint", string_value="v", parameter_name=PhysicalName.GENERATE_IF_NEEDED, simple_name=True
    )
    listed = StringListParameter(owner, "Hosts", string_list_value=["a", "b"], parameter_name="/orders/hosts")

    CfnOutput(reader, "Name", value=parameter.parameter_name)
    CfnOutput(reader, "ListName", value=listed.parameter_name)

    outputs = template(reader)["Outputs"]
    name = template(owner)["Resources"]["EndpointEEF1FD8F"]["Properties"]["Name"]
    assert outputs == {"Name": {"Value": name}, "ListName": {"Value": "/orders/hosts"}}
    assert isinstance(name, str) and name.startswith("owner")
