"""Custom::S3BucketNotifications: puts the notification configuration of an S3 bucket.

This is the code of the resource's Lambda function (inlined in the template as `index.py`); it needs
only the Python standard library and the boto3 of the Lambda runtime. The resource's properties:

- BucketName: the bucket.
- NotificationConfiguration: the configurations the stack wants, as PutBucketNotificationConfiguration
  takes them.
- Managed: "true" when the stack owns the bucket, whose configuration is then replaced as a whole.
  Otherwise the configurations already on the bucket that the stack did not put are kept.
- SkipDestinationValidation: "true" to let S3 skip checking that it can reach the destinations.

Create and Update put the configuration; Delete removes what the stack put (everything, if Managed).
"""

from __future__ import annotations

import importlib
import json
import traceback
import urllib.request
from collections.abc import Callable, Mapping
from typing import Any

CONFIGURATION_LISTS = ("TopicConfigurations", "QueueConfigurations", "LambdaFunctionConfigurations")
EVENT_BRIDGE = "EventBridgeConfiguration"

# respond(event, status, reason, physical resource id)
Respond = Callable[[Mapping[str, Any], str, str, str], None]


def handler(event: Mapping[str, Any], context: Any) -> None:
    """The Lambda entry point."""
    # The Lambda runtime provides boto3; imported by name, this module loads and type-checks without it.
    s3 = importlib.import_module("boto3").client("s3")
    handle(event, s3, send_response)


def handle(event: Mapping[str, Any], s3: Any, respond: Respond) -> None:
    """Carry out the request with the S3 client `s3`, then answer CloudFormation, whatever happened."""
    physical_id = physical_id_of(event)
    try:
        put_configuration(event, s3)
    except Exception as error:
        # A bucket deleted before its notifications has none left to remove.
        if not (is_delete(event) and error_code(error) == "NoSuchBucket"):
            traceback.print_exc()
            respond(event, "FAILED", f"{type(error).__name__}: {error}", physical_id)
            return
    respond(event, "SUCCESS", "", physical_id)


def physical_id_of(event: Mapping[str, Any]) -> str:
    """The resource's physical ID: kept while the bucket stays the same.

    Another bucket makes a new ID, so that CloudFormation deletes the old resource, which cleans the old
    bucket.
    """
    bucket = event["ResourceProperties"]["BucketName"]
    old_bucket = (event.get("OldResourceProperties") or {}).get("BucketName")
    if "PhysicalResourceId" in event and (is_delete(event) or old_bucket == bucket):
        return str(event["PhysicalResourceId"])
    return f"{bucket}-notifications"


def put_configuration(event: Mapping[str, Any], s3: Any) -> None:
    """Put the configuration the request asks for on the bucket."""
    properties = event["ResourceProperties"]
    bucket = properties["BucketName"]
    wanted = {} if is_delete(event) else properties.get("NotificationConfiguration") or {}
    if is_true(properties.get("Managed", "true")):
        configuration = wanted
    else:
        current = s3.get_bucket_notification_configuration(Bucket=bucket)
        configuration = merged(current, put_before(event), wanted)
    s3.put_bucket_notification_configuration(
        Bucket=bucket,
        NotificationConfiguration=configuration,
        SkipDestinationValidation=is_true(properties.get("SkipDestinationValidation", "false")),
    )


def put_before(event: Mapping[str, Any]) -> Mapping[str, Any]:
    """The configurations the stack put on this bucket before this request."""
    properties = event["ResourceProperties"]
    if is_delete(event):
        return properties.get("NotificationConfiguration") or {}
    old = event.get("OldResourceProperties") or {}
    if old.get("BucketName") == properties["BucketName"]:
        return old.get("NotificationConfiguration") or {}
    return {}


def merged(
    current: Mapping[str, Any], ours_before: Mapping[str, Any], wanted: Mapping[str, Any]
) -> dict[str, Any]:
    """The bucket's configurations that are not the stack's, followed by those the stack wants now."""
    ours = {
        identity(c) for key in CONFIGURATION_LISTS for c in [*ours_before.get(key, []), *wanted.get(key, [])]
    }
    result: dict[str, Any] = {}
    for key in CONFIGURATION_LISTS:
        kept = [c for c in current.get(key, []) if identity(c) not in ours]
        if kept or wanted.get(key):
            result[key] = kept + list(wanted.get(key, []))
    if EVENT_BRIDGE in wanted or (EVENT_BRIDGE in current and EVENT_BRIDGE not in ours_before):
        result[EVENT_BRIDGE] = {}
    return result


def identity(configuration: Mapping[str, Any]) -> str:
    """What makes two configurations the same, whatever Id S3 gave them and however it spells the rules."""
    rules = configuration.get("Filter", {}).get("Key", {}).get("FilterRules", [])
    return json.dumps(
        {
            "destination": {k: v for k, v in configuration.items() if k.endswith("Arn")},
            "events": sorted(configuration.get("Events", [])),
            "rules": sorted([rule["Name"].lower(), rule["Value"]] for rule in rules),
        },
        sort_keys=True,
    )


def is_delete(event: Mapping[str, Any]) -> bool:
    """Whether CloudFormation deletes the resource."""
    return bool(event["RequestType"] == "Delete")


def is_true(value: Any) -> bool:
    """A boolean property (CloudFormation passes them as strings)."""
    return str(value).lower() == "true"


def error_code(error: Exception) -> str | None:
    """The code of an error S3 returned (boto3's `ClientError`), if it is one."""
    response = getattr(error, "response", None)
    return response.get("Error", {}).get("Code") if isinstance(response, dict) else None


def send_response(event: Mapping[str, Any], status: str, reason: str, physical_id: str) -> None:
    """Answer CloudFormation: PUT the result to the request's presigned response URL."""
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason,
            "PhysicalResourceId": physical_id,
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
            "Data": {},
        }
    ).encode()
    request = urllib.request.Request(
        event["ResponseURL"],
        data=body,
        method="PUT",
        headers={"Content-Type": "", "Content-Length": str(len(body))},
    )
    with urllib.request.urlopen(request) as response:
        response.read()
