"""LogRetention and Function(log_retention=...): the Custom::LogRetention resources, the stack's one
handler function, and the handler's code (run against a fake CloudWatch Logs client)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from apigwv2_integrations import App, RemovalPolicy, Stack
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_lambda import Code, Function, LogRetentionRetryOptions, Runtime
from apigwv2_integrations.aws_logs import LogGroup, LogRetention, RetentionDays
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
HANDLER = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A"
HANDLER_FILE = (
    Path(__file__).parents[2]
    / "src"
    / "apigwv2_integrations"
    / "aws_logs"
    / "_log_retention_handler"
    / "index.py"
)


def _function(stack: Stack, id: str, **props: Any) -> Function:
    return Function(
        stack,
        id,
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return event\n"),
        **props,
    )


def test_a_function_retention_is_a_custom_resource_on_its_default_log_group(
    stack: Stack, template: Render
) -> None:
    _function(stack, "Fn", log_retention=RetentionDays.ONE_WEEK)
    rendered = template(stack)
    (retention,) = resources_of_type(rendered, "Custom::LogRetention").values()
    assert retention["Properties"] == {
        "ServiceToken": {"Fn::GetAtt": [HANDLER, "Arn"]},
        "LogGroupName": {"Fn::Join": ["", ["/aws/lambda/", {"Ref": "Fn9270CBC0"}]]},
        "RetentionInDays": 7,
    }
    handler = rendered["Resources"][HANDLER]
    assert handler["Properties"]["Runtime"] == "python3.13"
    assert handler["Properties"]["Timeout"] == 900
    assert handler["DependsOn"] == [
        "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aServiceRoleDefaultPolicyADDA7DEB",
        "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aServiceRole9741ECFB",
    ]
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": ["logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy"],
            "Effect": "Allow",
            "Resource": "*",
        }
    ]
    assert_cfn_lint_clean(rendered)


def test_every_retention_of_a_stack_shares_one_handler(stack: Stack, template: Render) -> None:
    _function(stack, "A", log_retention=RetentionDays.ONE_DAY)
    _function(stack, "B", log_retention=RetentionDays.ONE_MONTH)
    LogRetention(stack, "C", log_group_name="/c", retention=RetentionDays.ONE_YEAR)
    rendered = template(stack)
    assert len(resources_of_type(rendered, "Custom::LogRetention")) == 3
    functions = resources_of_type(rendered, "AWS::Lambda::Function")
    assert list(functions) == ["ACCC8ACD5", HANDLER, "B08E7C7AF"]


def test_infinite_retention_options_region_and_destroy(stack: Stack, template: Render) -> None:
    LogRetention(
        stack,
        "Custom",
        log_group_name="/custom",
        retention=RetentionDays.INFINITE,
        log_group_region="eu-west-1",
        removal_policy=RemovalPolicy.DESTROY,
        log_retention_retry_options=LogRetentionRetryOptions(max_retries=4),
    )
    rendered = template(stack)
    (retention,) = resources_of_type(rendered, "Custom::LogRetention").values()
    assert retention["Properties"] == {
        "ServiceToken": {"Fn::GetAtt": [HANDLER, "Arn"]},
        "LogGroupName": "/custom",
        "LogGroupRegion": "eu-west-1",
        "SdkRetry": {"maxRetries": 4},
        "RemovalPolicy": "destroy",
    }
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    delete = policy["Properties"]["PolicyDocument"]["Statement"][1]
    assert delete["Action"] == "logs:DeleteLogGroup"
    assert delete["Resource"]["Fn::Join"][1][-1] == ":log-group:/custom:*"


def test_the_first_retention_gives_the_handler_its_role_and_later_roles_are_not_used(
    stack: Stack, template: Render
) -> None:
    first = Role(stack, "First", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    later = Role(stack, "Later", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    _function(stack, "A", log_retention=RetentionDays.ONE_DAY, log_retention_role=first)
    _function(stack, "B", log_retention=RetentionDays.ONE_DAY, log_retention_role=later)
    rendered = template(stack)
    assert rendered["Resources"][HANDLER]["Properties"]["Role"] == {"Fn::GetAtt": ["First8D4707F1", "Arn"]}
    policies = resources_of_type(rendered, "AWS::IAM::Policy")
    assert [p["Properties"]["Roles"] for p in policies.values()] == [[{"Ref": "First8D4707F1"}]]


def test_the_log_group_of_a_function_with_a_retention_is_read_from_the_custom_resource(
    stack: Stack,
) -> None:
    fn = _function(stack, "Fn", log_retention=RetentionDays.ONE_WEEK)
    assert stack.resolve(fn.log_group.log_group_name) == {
        "Fn::GetAtt": ["FnLogRetention3E2191B4", "LogGroupName"]
    }


def test_reading_the_log_group_of_a_function_without_one_sets_no_retention(
    stack: Stack, template: Render
) -> None:
    fn = _function(stack, "Fn")
    name = stack.resolve(fn.log_group.log_group_name)
    assert name == {"Fn::GetAtt": ["FnLogRetention3E2191B4", "LogGroupName"]}
    assert fn.node.try_find_child("Fn-LogGroup") is not None
    (retention,) = resources_of_type(template(stack), "Custom::LogRetention").values()
    assert "RetentionInDays" not in retention["Properties"]


def test_under_the_managed_log_group_flag_a_function_without_retention_gets_a_log_group(
    tmp_path: Path, template: Render
) -> None:
    app = App(outdir=str(tmp_path), context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": True})
    stack = Stack(app, "Test")
    _function(stack, "Plain")
    _function(stack, "Kept", log_retention=RetentionDays.ONE_DAY)
    rendered = template(stack)
    assert list(resources_of_type(rendered, "AWS::Logs::LogGroup")) == ["PlainLogGroup3CBD58A9"]
    assert len(resources_of_type(rendered, "Custom::LogRetention")) == 1


def test_a_retention_and_a_log_group_together_are_an_error(stack: Stack) -> None:
    group = LogGroup(stack, "Group")
    with pytest.raises(ValidationError) as error:
        _function(stack, "Fn", log_retention=RetentionDays.ONE_DAY, log_group=group)
    assert str(error.value) == (
        "Test/Fn: log_retention=RetentionDays.ONE_DAY is given with log_group=Test/Group; set the retention "
        "on the log group and drop log_retention"
    )


# --- the handler ----------------------------------------------------------------------------------


def _handler_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("log_retention_handler", HANDLER_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _ServiceError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.response = {"Error": {"Code": code}}


class _FakeLogs:
    def __init__(self, existing: set[str] | None = None, fail_with: str | None = None) -> None:
        self.groups = dict.fromkeys(existing or ())
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail_with = fail_with

    def _call(self, name: str, **arguments: Any) -> None:
        self.calls.append((name, arguments))
        if self.fail_with == name:
            raise _ServiceError("AccessDeniedException")

    def create_log_group(self, logGroupName: str) -> None:
        self._call("create_log_group", logGroupName=logGroupName)
        if logGroupName in self.groups:
            raise _ServiceError("ResourceAlreadyExistsException")
        self.groups[logGroupName] = None

    def put_retention_policy(self, logGroupName: str, retentionInDays: int) -> None:
        self._call("put_retention_policy", logGroupName=logGroupName, retentionInDays=retentionInDays)
        self.groups[logGroupName] = retentionInDays

    def delete_retention_policy(self, logGroupName: str) -> None:
        self._call("delete_retention_policy", logGroupName=logGroupName)
        self.groups[logGroupName] = None

    def delete_log_group(self, logGroupName: str) -> None:
        self._call("delete_log_group", logGroupName=logGroupName)
        if logGroupName not in self.groups:
            raise _ServiceError("ResourceNotFoundException")
        del self.groups[logGroupName]


def _run(request_type: str, properties: Mapping[str, Any], logs: _FakeLogs) -> tuple[list[Any], list[Any]]:
    """Run the handler; return the clients it asked for and its responses."""
    clients: list[Any] = []
    responses: list[Any] = []

    def client(region: Any, retries: Any) -> _FakeLogs:
        clients.append((region, retries))
        return logs

    event = {
        "RequestType": request_type,
        "ResourceProperties": {"ServiceToken": "arn", **properties},
        "StackId": "stack",
        "RequestId": "request",
        "LogicalResourceId": "Retention",
        "ResponseURL": "https://example.com/response",
    }
    _handler_module().handle(event, client, lambda *answer: responses.append(answer))
    return clients, responses


def test_create_makes_the_group_and_sets_its_retention() -> None:
    logs = _FakeLogs()
    clients, responses = _run("Create", {"LogGroupName": "/g", "RetentionInDays": "7"}, logs)
    assert logs.groups == {"/g": 7}
    assert clients == [(None, None)]
    (answer,) = responses
    assert answer[1:] == ("SUCCESS", "", "/g", {"LogGroupName": "/g"})


def test_update_of_an_existing_group_without_retention_removes_the_policy() -> None:
    logs = _FakeLogs(existing={"/g"})
    logs.groups["/g"] = 30
    _run(
        "Update", {"LogGroupName": "/g", "LogGroupRegion": "eu-west-1", "SdkRetry": {"maxRetries": "3"}}, logs
    )
    assert logs.groups == {"/g": None}
    assert [name for name, _ in logs.calls] == ["create_log_group", "delete_retention_policy"]


def test_region_and_retries_reach_the_client() -> None:
    clients, _ = _run(
        "Create",
        {"LogGroupName": "/g", "LogGroupRegion": "eu-west-1", "SdkRetry": {"maxRetries": "3"}},
        _FakeLogs(),
    )
    assert clients == [("eu-west-1", 3)]


def test_delete_removes_the_group_only_with_the_destroy_policy() -> None:
    kept = _FakeLogs(existing={"/g"})
    _run("Delete", {"LogGroupName": "/g", "RetentionInDays": "7"}, kept)
    assert kept.groups == {"/g": None} and kept.calls == []
    destroyed = _FakeLogs(existing={"/g"})
    _, responses = _run("Delete", {"LogGroupName": "/g", "RemovalPolicy": "destroy"}, destroyed)
    assert destroyed.groups == {}
    gone = _FakeLogs()
    _, gone_responses = _run("Delete", {"LogGroupName": "/g", "RemovalPolicy": "destroy"}, gone)
    assert [r[1] for r in responses + gone_responses] == ["SUCCESS", "SUCCESS"]


def test_a_failed_call_answers_failed_with_the_error() -> None:
    logs = _FakeLogs(fail_with="put_retention_policy")
    _, responses = _run("Create", {"LogGroupName": "/g", "RetentionInDays": "7"}, logs)
    (answer,) = responses
    assert answer[1:4] == ("FAILED", "_ServiceError: AccessDeniedException", "/g")


def test_the_response_is_put_to_the_presigned_url(monkeypatch: pytest.MonkeyPatch) -> None:
    module = _handler_module()
    sent: list[Any] = []

    class _Response:
        def __enter__(self) -> _Response:
            return self

        def __exit__(self, *_: object) -> None:
            return None

        def read(self) -> bytes:
            return b""

    def urlopen(request: Any) -> _Response:
        sent.append(request)
        return _Response()

    monkeypatch.setattr(module.urllib.request, "urlopen", urlopen)
    event = {
        "StackId": "s",
        "RequestId": "r",
        "LogicalResourceId": "l",
        "ResponseURL": "https://example.com/x",
    }
    module.send_response(event, "SUCCESS", "", "/g", {"LogGroupName": "/g"})
    (request,) = sent
    assert request.get_method() == "PUT"
    assert json.loads(request.data) == {
        "Status": "SUCCESS",
        "Reason": "",
        "PhysicalResourceId": "/g",
        "StackId": "s",
        "RequestId": "r",
        "LogicalResourceId": "l",
        "Data": {"LogGroupName": "/g"},
    }


def test_bytecode_beside_the_handler_changes_neither_its_hash_nor_its_staged_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from apigwv2_integrations.aws_logs import log_retention

    def synthesize(outdir: Path) -> tuple[str, list[str]]:
        app = App(outdir=str(outdir))
        _function(Stack(app, "Test"), "Fn", log_retention=RetentionDays.ONE_DAY)
        app.synth()
        rendered = json.loads((outdir / "Test.template.json").read_text())
        key = str(rendered["Resources"][HANDLER]["Properties"]["Code"]["S3Key"])
        (staged,) = outdir.glob("asset.*")
        return key, sorted(p.name for p in staged.rglob("*"))

    clean = synthesize(tmp_path / "clean")
    handler_copy = tmp_path / "handler"
    handler_copy.mkdir()
    (handler_copy / "index.py").write_bytes(HANDLER_FILE.read_bytes())
    (handler_copy / "__pycache__").mkdir()
    (handler_copy / "__pycache__" / "index.cpython-313.pyc").write_bytes(b"bytecode")
    monkeypatch.setattr(log_retention, "_HANDLER_DIRECTORY", handler_copy)
    assert synthesize(tmp_path / "with-bytecode") == clean
    assert clean[1] == ["index.py"]
