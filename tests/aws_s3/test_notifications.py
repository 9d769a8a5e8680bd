"""Bucket notifications: the `Custom::S3BucketNotifications` resource, its handler, and the handler's code.

The whole output is compared with aws-cdk-lib's in the parity case `s3-notifications`; these tests name
each rule. The handler's code runs in Lambda; its tests drive it with a fake S3 client and a fake response.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_iam import PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_s3 import (
    Bucket,
    BucketNotificationDestinationConfig,
    BucketNotificationDestinationType,
    CfnBucket,
    EventType,
    IBucketNotificationDestination,
    NotificationKeyFilter,
)
from apigwv2_integrations.aws_s3 import _bucket_notifications_handler as handler_code
from apigwv2_integrations.aws_s3._bucket_notifications import handler_source
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ValidationError
from apigwv2_integrations.interfaces.aws_s3 import IBucketRef
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

HANDLER = "BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691"
HANDLER_ROLE = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"
QUEUE_ARN = "arn:aws:sqs:us-east-1:111111111111:orders"


class _QueueArn:
    """A destination of the app's own: a queue known by ARN, nothing to allow."""

    def __init__(self, arn: str = QUEUE_ARN) -> None:
        self.arn = arn
        self.bound_to: list[IBucketRef] = []

    def bind(self, scope: Construct, bucket: IBucketRef) -> BucketNotificationDestinationConfig:
        self.bound_to.append(bucket)
        return BucketNotificationDestinationConfig(arn=self.arn, type=BucketNotificationDestinationType.QUEUE)


def _notifications(rendered: dict[str, Any]) -> dict[str, Any]:
    return resources_of_type(rendered, "Custom::S3BucketNotifications")


def _flagged_stack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **context: Any) -> Stack:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    return Stack(App(outdir=str(tmp_path / "cdk.out"), context=context), "Test")


# --- the resource ------------------------------------------------------------------------------------


def test_a_notification_renders_the_resource_with_its_event_filter_and_destination(
    stack: Stack, template: Render
) -> None:
    bucket = Bucket(stack, "Data")
    destination = _QueueArn()
    bucket.add_event_notification(
        EventType.OBJECT_CREATED_PUT, destination, NotificationKeyFilter(prefix="in/", suffix=".csv")
    )
    rendered = template(stack)
    assert destination.bound_to == [bucket]
    assert _notifications(rendered) == {
        "DataNotifications52F6216C": {
            "Type": "Custom::S3BucketNotifications",
            "Properties": {
                "ServiceToken": {"Fn::GetAtt": [HANDLER, "Arn"]},
                "BucketName": {"Ref": "Data666C94C7"},
                "NotificationConfiguration": {
                    "QueueConfigurations": [
                        {
                            "Events": ["s3:ObjectCreated:Put"],
                            # aws-cdk-lib renders the suffix rule first.
                            "Filter": {
                                "Key": {
                                    "FilterRules": [
                                        {"Name": "suffix", "Value": ".csv"},
                                        {"Name": "prefix", "Value": "in/"},
                                    ]
                                }
                            },
                            "QueueArn": QUEUE_ARN,
                        }
                    ]
                },
                "Managed": True,
                "SkipDestinationValidation": False,
            },
            "DependsOn": ["DataNotificationsHandlerPolicy9C041FF0"],
        }
    }
    assert_cfn_lint_clean(rendered)


def test_the_shortcuts_send_object_created_and_object_removed(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Data")
    bucket.add_object_created_notification(_QueueArn())
    bucket.add_object_removed_notification(_QueueArn(), NotificationKeyFilter(suffix=".tmp"))
    [resource] = _notifications(template(stack)).values()
    configurations = resource["Properties"]["NotificationConfiguration"]["QueueConfigurations"]
    assert [c["Events"] for c in configurations] == [["s3:ObjectCreated:*"], ["s3:ObjectRemoved:*"]]
    assert "Filter" not in configurations[0]


def test_event_types_are_the_s3_event_names() -> None:
    assert EventType.OBJECT_CREATED.value == "s3:ObjectCreated:*"
    assert EventType.LIFECYCLE_TRANSITION.value == "s3:LifecycleTransition"
    assert EventType.REPLICATION_OPERATION_NOT_TRACKED.value == "s3:Replication:OperationNotTracked"
    assert len(EventType) == 27


def test_the_handler_is_one_function_per_stack_with_a_policy_per_bucket(
    stack: Stack, template: Render
) -> None:
    Bucket(stack, "One").add_object_created_notification(_QueueArn())
    Bucket(stack, "Two").add_object_created_notification(_QueueArn())
    rendered = template(stack)
    [function] = resources_of_type(rendered, "AWS::Lambda::Function").items()
    assert function == (
        HANDLER,
        {
            "Type": "AWS::Lambda::Function",
            "Properties": {
                "Description": (
                    'AWS CloudFormation handler for "Custom::S3BucketNotifications" resources (@aws-cdk/aws-s3)'
                ),
                "Code": {"ZipFile": handler_source()},
                "Handler": "index.handler",
                "Role": {"Fn::GetAtt": [HANDLER_ROLE, "Arn"]},
                "Runtime": "python3.13",
                "Timeout": 300,
            },
            "DependsOn": [HANDLER_ROLE],
        },
    )
    policies = resources_of_type(rendered, "AWS::IAM::Policy")
    assert sorted(policies) == [
        "OneNotificationsHandlerPolicy742A472F",
        "TwoNotificationsHandlerPolicy02E4D235",
    ]
    assert policies["OneNotificationsHandlerPolicy742A472F"]["Properties"] == {
        "PolicyDocument": {
            "Statement": [
                {
                    "Action": "s3:PutBucketNotification",
                    "Effect": "Allow",
                    "Resource": {"Fn::GetAtt": ["One8A44B909", "Arn"]},
                }
            ],
            "Version": "2012-10-17",
        },
        "PolicyName": "OneNotificationsHandlerPolicy742A472F",
        "Roles": [{"Ref": HANDLER_ROLE}],
    }
    assert_cfn_lint_clean(rendered)


def test_an_imported_bucket_keeps_the_configurations_it_has(stack: Stack, template: Render) -> None:
    Bucket.from_bucket_name(stack, "Existing", "existing-bucket").add_object_created_notification(_QueueArn())
    rendered = template(stack)
    [resource] = _notifications(rendered).values()
    assert resource["Properties"]["BucketName"] == "existing-bucket"
    assert resource["Properties"]["Managed"] is False
    [policy] = resources_of_type(rendered, "AWS::IAM::Policy").values()
    actions = [s["Action"] for s in policy["Properties"]["PolicyDocument"]["Statement"]]
    assert actions == ["s3:PutBucketNotification", "s3:GetBucketNotification"]


def test_an_l1_bucket_is_not_managed_either(stack: Stack, template: Render) -> None:
    Bucket.from_cfn_bucket(CfnBucket(stack, "Raw")).add_object_created_notification(_QueueArn())
    assert [r["Properties"]["Managed"] for r in _notifications(template(stack)).values()] == [False]
    assert list(_notifications(template(stack))) == ["RawFromCfnBucketNotificationsE28B3D66"]


def test_under_the_keep_notification_flag_defined_buckets_keep_foreign_configurations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: Render
) -> None:
    stack = _flagged_stack(
        tmp_path, monkeypatch, **{"@aws-cdk/aws-s3:keepNotificationInImportedBucket": True}
    )
    Bucket(stack, "Data").add_object_created_notification(_QueueArn())
    [resource] = _notifications(template(stack)).values()
    assert resource["Properties"]["Managed"] is False


def test_event_bridge_enabled_renders_the_resource_without_destinations(
    stack: Stack, template: Render
) -> None:
    Bucket(stack, "Data", event_bridge_enabled=True)
    Bucket.from_bucket_name(stack, "Existing", "existing-bucket").enable_event_bridge_notification()
    rendered = template(stack)
    configurations = [r["Properties"]["NotificationConfiguration"] for r in _notifications(rendered).values()]
    assert configurations == [{"EventBridgeConfiguration": {}}, {"EventBridgeConfiguration": {}}]
    assert_cfn_lint_clean(rendered)


def test_event_bridge_comes_first_in_the_configuration(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Data", event_bridge_enabled=True)
    bucket.add_object_removed_notification(_QueueArn())
    [resource] = _notifications(template(stack)).values()
    assert list(resource["Properties"]["NotificationConfiguration"]) == [
        "EventBridgeConfiguration",
        "QueueConfigurations",
    ]


def test_skip_destination_validation_is_passed_on(stack: Stack, template: Render) -> None:
    Bucket(stack, "Data", notifications_skip_destination_validation=True).add_object_created_notification(
        _QueueArn()
    )
    [resource] = _notifications(template(stack)).values()
    assert resource["Properties"]["SkipDestinationValidation"] is True


def test_the_first_bucket_gives_the_handler_its_role(stack: Stack, template: Render) -> None:
    role = Role(stack, "HandlerRole", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    role.add_to_policy(PolicyStatement(actions=["logs:CreateLogGroup"], resources=["*"]))
    Bucket(stack, "One", notifications_handler_role=role).add_object_created_notification(_QueueArn())
    Bucket(stack, "Two").add_object_created_notification(_QueueArn())
    rendered = template(stack)
    roles = resources_of_type(rendered, "AWS::IAM::Role")
    assert list(roles) == ["HandlerRoleF4C27E12"]
    assert roles["HandlerRoleF4C27E12"]["Properties"]["ManagedPolicyArns"] == [
        {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                ],
            ]
        }
    ]
    function = resources_of_type(rendered, "AWS::Lambda::Function")[HANDLER]
    assert function["Properties"]["Role"] == {"Fn::GetAtt": ["HandlerRoleF4C27E12", "Arn"]}
    assert function["DependsOn"] == ["HandlerRoleDefaultPolicy0112C0A8", "HandlerRoleF4C27E12"]
    policies = resources_of_type(rendered, "AWS::IAM::Policy")
    assert [p["Properties"]["Roles"] for name, p in policies.items() if "Notifications" in name] == [
        [{"Ref": "HandlerRoleF4C27E12"}],
        [{"Ref": "HandlerRoleF4C27E12"}],
    ]


def test_an_imported_bucket_may_give_the_handler_its_role(stack: Stack, template: Render) -> None:
    role = Role(stack, "HandlerRole", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    bucket = Bucket.from_bucket_attributes(
        stack, "Existing", bucket_name="existing-bucket", notifications_handler_role=role
    )
    bucket.enable_event_bridge_notification()
    function = resources_of_type(template(stack), "AWS::Lambda::Function")[HANDLER]
    assert function["Properties"]["Role"] == {"Fn::GetAtt": ["HandlerRoleF4C27E12", "Arn"]}


def test_the_resource_waits_for_the_bucket_policy_even_one_added_later(
    stack: Stack, template: Render
) -> None:
    bucket = Bucket(stack, "Data")
    bucket.add_object_created_notification(_QueueArn())
    bucket.grant_public_access()
    [resource] = _notifications(template(stack)).values()
    assert resource["DependsOn"] == ["DataNotificationsHandlerPolicy9C041FF0", "DataPolicyB80589C3"]


def test_a_destination_s_dependencies_become_depends_on(stack: Stack, template: Render) -> None:
    class _WithRole(_QueueArn):
        def bind(self, scope: Construct, bucket: IBucketRef) -> BucketNotificationDestinationConfig:
            role = Role(stack, "Sender", assumed_by=ServicePrincipal("s3.amazonaws.com"))
            return BucketNotificationDestinationConfig(
                arn=self.arn, type=BucketNotificationDestinationType.TOPIC, dependencies=[role]
            )

    destination = _WithRole()
    assert isinstance(destination, IBucketNotificationDestination)
    Bucket(stack, "Data").add_object_created_notification(destination)
    [resource] = _notifications(template(stack)).values()
    assert resource["DependsOn"] == ["DataNotificationsHandlerPolicy9C041FF0", "SenderF5F9B8E0"]
    assert resource["Properties"]["NotificationConfiguration"] == {
        "TopicConfigurations": [{"Events": ["s3:ObjectCreated:*"], "TopicArn": QUEUE_ARN}]
    }


# --- filters --------------------------------------------------------------------------------------


def test_a_filter_needs_a_prefix_or_a_suffix(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Bucket(stack, "Data").add_object_created_notification(_QueueArn(), NotificationKeyFilter())
    assert str(error.value) == (
        "Test/Data: filters=(NotificationKeyFilter(prefix=None, suffix=None),) has a filter with neither "
        "prefix nor suffix; set prefix=..., suffix=... or both"
    )


def test_a_notification_takes_one_prefix(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Bucket(stack, "Data").add_object_created_notification(
            _QueueArn(), NotificationKeyFilter(prefix="a/"), NotificationKeyFilter(prefix="b/", suffix=".x")
        )
    assert str(error.value) == (
        "Test/Data: filters=(NotificationKeyFilter(prefix='a/', suffix=None), NotificationKeyFilter("
        "prefix='b/', suffix='.x')) has more than one prefix; S3 takes one prefix per notification: keep "
        "one, or add a notification for each prefix"
    )


def test_a_notification_takes_one_suffix(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Bucket(stack, "Data").add_object_created_notification(
            _QueueArn(), NotificationKeyFilter(suffix=".a"), NotificationKeyFilter(suffix=".b")
        )
    assert str(error.value) == (
        "Test/Data: filters=(NotificationKeyFilter(prefix=None, suffix='.a'), NotificationKeyFilter("
        "prefix=None, suffix='.b')) has more than one suffix; S3 takes one suffix per notification: keep "
        "one, or add a notification for each suffix"
    )


def test_a_prefix_and_a_suffix_may_come_from_two_filters(stack: Stack, template: Render) -> None:
    Bucket(stack, "Data").add_object_created_notification(
        _QueueArn(), NotificationKeyFilter(prefix="a/"), NotificationKeyFilter(suffix=".b")
    )
    [resource] = _notifications(template(stack)).values()
    [configuration] = resource["Properties"]["NotificationConfiguration"]["QueueConfigurations"]
    assert configuration["Filter"]["Key"]["FilterRules"] == [
        {"Name": "prefix", "Value": "a/"},
        {"Name": "suffix", "Value": ".b"},
    ]


def test_a_bucket_without_notifications_loads_none_of_them() -> None:
    script = (
        "import sys\n"
        "from apigwv2_integrations import App, Stack\n"
        "from apigwv2_integrations.aws_s3 import Bucket\n"
        "Bucket(Stack(App(), 'S'), 'B')\n"
        "print(sorted(m for m in sys.modules if m.startswith('apigwv2_integrations.aws_s3')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = result.stdout
    assert "apigwv2_integrations.aws_s3.bucket" in loaded
    for module in ("_bucket_notifications", "_bucket_notifications_handler", "destination"):
        assert f"apigwv2_integrations.aws_s3.{module}'" not in loaded


# --- the handler's code ---------------------------------------------------------------------------

LAMBDA_CONFIGURATION = {
    "Events": ["s3:ObjectCreated:*"],
    "Filter": {"Key": {"FilterRules": [{"Name": "suffix", "Value": ".jpg"}]}},
    "LambdaFunctionArn": "arn:aws:lambda:us-east-1:111111111111:function:thumbnails",
}
QUEUE_CONFIGURATION = {"Events": ["s3:ObjectRemoved:*"], "QueueArn": QUEUE_ARN}
# What S3 returns for a configuration somebody else put: an Id, and the rule names capitalized.
FOREIGN_CONFIGURATION = {
    "Id": "audit",
    "Events": ["s3:ObjectCreated:Put"],
    "Filter": {"Key": {"FilterRules": [{"Name": "Prefix", "Value": "audit/"}]}},
    "TopicArn": "arn:aws:sns:us-east-1:111111111111:audit",
}


class _FakeS3:
    def __init__(self, current: Mapping[str, Any] | None = None, error: Exception | None = None) -> None:
        self.current = dict(current or {})
        self.error = error
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def get_bucket_notification_configuration(self, **arguments: Any) -> dict[str, Any]:
        self.calls.append(("get", arguments))
        if self.error is not None:
            raise self.error
        return {"ResponseMetadata": {"HTTPStatusCode": 200}, **self.current}

    def put_bucket_notification_configuration(self, **arguments: Any) -> None:
        self.calls.append(("put", arguments))
        if self.error is not None:
            raise self.error


class _Responses:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str]] = []

    def __call__(self, event: Mapping[str, Any], status: str, reason: str, physical_id: str) -> None:
        self.sent.append((status, reason, physical_id))


class _NoSuchBucket(Exception):
    response = {"Error": {"Code": "NoSuchBucket", "Message": "The specified bucket does not exist"}}


def _event(request_type: str, *, managed: bool, configuration: Any, **extra: Any) -> dict[str, Any]:
    return {
        "RequestType": request_type,
        "ResponseURL": "https://cloudformation-custom-resource-response.example/response",
        "StackId": "arn:aws:cloudformation:us-east-1:111111111111:stack/Test/1",
        "RequestId": "request-1",
        "LogicalResourceId": "DataNotifications52F6216C",
        "ResourceType": "Custom::S3BucketNotifications",
        "ResourceProperties": {
            "ServiceToken": "arn:aws:lambda:us-east-1:111111111111:function:handler",
            "BucketName": "data-bucket",
            "NotificationConfiguration": configuration,
            "Managed": "true" if managed else "false",
            "SkipDestinationValidation": "false",
        },
        **extra,
    }


def test_create_puts_the_configuration_of_a_managed_bucket_as_it_is() -> None:
    s3, responses = _FakeS3(), _Responses()
    wanted = {"LambdaFunctionConfigurations": [LAMBDA_CONFIGURATION]}
    handler_code.handle(_event("Create", managed=True, configuration=wanted), s3, responses)
    assert s3.calls == [
        (
            "put",
            {
                "Bucket": "data-bucket",
                "NotificationConfiguration": wanted,
                "SkipDestinationValidation": False,
            },
        )
    ]
    assert responses.sent == [("SUCCESS", "", "data-bucket-notifications")]


def test_update_of_an_unmanaged_bucket_keeps_the_configurations_the_stack_did_not_put() -> None:
    before = {"QueueConfigurations": [QUEUE_CONFIGURATION]}
    # S3 holds the stack's earlier configuration (with an Id) and a foreign one, with EventBridge.
    s3 = _FakeS3(
        {
            "TopicConfigurations": [FOREIGN_CONFIGURATION],
            "QueueConfigurations": [{"Id": "generated-1", **QUEUE_CONFIGURATION}],
            "EventBridgeConfiguration": {},
        }
    )
    responses = _Responses()
    wanted = {"LambdaFunctionConfigurations": [LAMBDA_CONFIGURATION]}
    event = _event(
        "Update",
        managed=False,
        configuration=wanted,
        PhysicalResourceId="data-bucket-notifications",
        OldResourceProperties={"BucketName": "data-bucket", "NotificationConfiguration": before},
    )
    handler_code.handle(event, s3, responses)
    assert s3.calls[0] == ("get", {"Bucket": "data-bucket"})
    assert s3.calls[1][1]["NotificationConfiguration"] == {
        "TopicConfigurations": [FOREIGN_CONFIGURATION],
        "LambdaFunctionConfigurations": [LAMBDA_CONFIGURATION],
        "EventBridgeConfiguration": {},
    }
    assert responses.sent == [("SUCCESS", "", "data-bucket-notifications")]


def test_create_on_an_unmanaged_bucket_does_not_repeat_a_configuration_it_already_has() -> None:
    s3 = _FakeS3({"LambdaFunctionConfigurations": [{"Id": "x", **LAMBDA_CONFIGURATION}]})
    wanted = {"LambdaFunctionConfigurations": [LAMBDA_CONFIGURATION]}
    handler_code.handle(_event("Create", managed=False, configuration=wanted), s3, _Responses())
    assert s3.calls[1][1]["NotificationConfiguration"] == wanted


def test_delete_of_an_unmanaged_bucket_removes_only_what_the_stack_put() -> None:
    ours = {"QueueConfigurations": [QUEUE_CONFIGURATION], "EventBridgeConfiguration": {}}
    s3 = _FakeS3(
        {
            "TopicConfigurations": [FOREIGN_CONFIGURATION],
            "QueueConfigurations": [{"Id": "generated-1", **QUEUE_CONFIGURATION}],
            "EventBridgeConfiguration": {},
        }
    )
    responses = _Responses()
    event = _event(
        "Delete", managed=False, configuration=ours, PhysicalResourceId="data-bucket-notifications"
    )
    handler_code.handle(event, s3, responses)
    assert s3.calls[1][1]["NotificationConfiguration"] == {"TopicConfigurations": [FOREIGN_CONFIGURATION]}
    assert responses.sent == [("SUCCESS", "", "data-bucket-notifications")]


def test_delete_of_a_managed_bucket_removes_every_configuration() -> None:
    s3, responses = _FakeS3(), _Responses()
    wanted = {"QueueConfigurations": [QUEUE_CONFIGURATION]}
    handler_code.handle(
        _event("Delete", managed=True, configuration=wanted, PhysicalResourceId="data-bucket-notifications"),
        s3,
        responses,
    )
    assert s3.calls == [
        (
            "put",
            {"Bucket": "data-bucket", "NotificationConfiguration": {}, "SkipDestinationValidation": False},
        )
    ]


def test_an_update_to_another_bucket_is_a_new_physical_resource() -> None:
    s3, responses = _FakeS3({"QueueConfigurations": [QUEUE_CONFIGURATION]}), _Responses()
    event = _event(
        "Update",
        managed=False,
        configuration={},
        PhysicalResourceId="old-bucket-notifications",
        OldResourceProperties={
            "BucketName": "old-bucket",
            "NotificationConfiguration": {"QueueConfigurations": [QUEUE_CONFIGURATION]},
        },
    )
    handler_code.handle(event, s3, responses)
    # What the stack put on the old bucket is not taken for the stack's on the new one.
    assert s3.calls[1][1]["NotificationConfiguration"] == {"QueueConfigurations": [QUEUE_CONFIGURATION]}
    assert responses.sent == [("SUCCESS", "", "data-bucket-notifications")]


def test_an_update_on_the_same_bucket_keeps_the_physical_id() -> None:
    responses = _Responses()
    event = _event(
        "Update",
        managed=True,
        configuration={},
        PhysicalResourceId="made-by-an-earlier-handler",
        OldResourceProperties={"BucketName": "data-bucket", "NotificationConfiguration": {}},
    )
    handler_code.handle(event, _FakeS3(), responses)
    assert responses.sent == [("SUCCESS", "", "made-by-an-earlier-handler")]


def test_a_failure_is_reported_to_cloudformation() -> None:
    s3, responses = (
        _FakeS3(error=RuntimeError("Unable to validate the destination configurations")),
        _Responses(),
    )
    handler_code.handle(_event("Create", managed=True, configuration={}), s3, responses)
    assert responses.sent == [
        (
            "FAILED",
            "RuntimeError: Unable to validate the destination configurations",
            "data-bucket-notifications",
        )
    ]


def test_deleting_the_notifications_of_a_deleted_bucket_succeeds() -> None:
    s3, responses = _FakeS3(error=_NoSuchBucket()), _Responses()
    event = _event("Delete", managed=False, configuration={}, PhysicalResourceId="data-bucket-notifications")
    handler_code.handle(event, s3, responses)
    assert responses.sent == [("SUCCESS", "", "data-bucket-notifications")]


def test_the_response_is_put_to_the_presigned_url(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[Any] = []

    class _Response:
        def __enter__(self) -> _Response:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def read(self) -> bytes:
            return b""

    def urlopen(request: Any) -> _Response:
        sent.append(request)
        return _Response()

    monkeypatch.setattr(handler_code.urllib.request, "urlopen", urlopen)
    event = _event("Create", managed=True, configuration={})
    handler_code.send_response(event, "SUCCESS", "", "data-bucket-notifications")
    [request] = sent
    assert (request.full_url, request.get_method()) == (event["ResponseURL"], "PUT")
    assert json.loads(request.data) == {
        "Status": "SUCCESS",
        "Reason": "",
        "PhysicalResourceId": "data-bucket-notifications",
        "StackId": event["StackId"],
        "RequestId": "request-1",
        "LogicalResourceId": "DataNotifications52F6216C",
        "Data": {},
    }


def test_the_handler_code_needs_only_the_standard_library() -> None:
    imports = [line for line in handler_source().splitlines() if line.startswith(("import ", "from "))]
    assert imports == [
        "from __future__ import annotations",
        "import importlib",
        "import json",
        "import traceback",
        "import urllib.request",
        "from collections.abc import Callable, Mapping",
        "from typing import Any",
    ]
