"""Custom::LogRetention: sets the retention of a CloudWatch Logs log group, creating the group if needed.

The code of the resource's Lambda function (an asset folder); it needs only the Python standard library
and the boto3 of the Lambda runtime. The resource's properties:

- LogGroupName: the log group (Lambda creates a function's group only when the function first logs).
- LogGroupRegion: the group's region. Default: the function's.
- RetentionInDays: the retention. Default: none (events are kept forever).
- RemovalPolicy: "destroy" deletes the group with the resource; otherwise the group stays.
- SdkRetry: {"maxRetries": n}, the retries of each CloudWatch Logs call.
"""

from __future__ import annotations

import importlib
import json
import traceback
import urllib.request
from collections.abc import Callable, Mapping
from typing import Any

# respond(event, status, reason, physical resource id, data)
Respond = Callable[[Mapping[str, Any], str, str, str, Mapping[str, Any]], None]
# logs_client(region or None, max retries or None) -> a CloudWatch Logs client
ClientFactory = Callable[[Any, Any], Any]


def handler(event: Mapping[str, Any], context: Any) -> None:
    """The Lambda entry point."""
    handle(event, boto3_logs_client, send_response)


def boto3_logs_client(region: str | None, max_retries: int | None) -> Any:
    """A CloudWatch Logs client of the Lambda runtime's boto3."""
    # Imported by name: this module loads and type-checks where boto3 is not installed.
    boto3 = importlib.import_module("boto3")
    options: dict[str, Any] = {}
    if max_retries is not None:
        config = importlib.import_module("botocore.config").Config
        options["config"] = config(retries={"max_attempts": max_retries, "mode": "standard"})
    return boto3.client("logs", region_name=region, **options)


def handle(event: Mapping[str, Any], logs_client: ClientFactory, respond: Respond) -> None:
    """Carry out the request, then answer CloudFormation, whatever happened."""
    properties = event["ResourceProperties"]
    group = str(properties["LogGroupName"])
    try:
        retries = (properties.get("SdkRetry") or {}).get("maxRetries")
        logs = logs_client(properties.get("LogGroupRegion"), int(retries) if retries is not None else None)
        if event["RequestType"] == "Delete":
            if str(properties.get("RemovalPolicy", "")).lower() == "destroy":
                delete_group(logs, group)
        else:
            set_retention(logs, group, properties.get("RetentionInDays"))
    except Exception as error:
        traceback.print_exc()
        respond(event, "FAILED", f"{type(error).__name__}: {error}", group, {})
        return
    respond(event, "SUCCESS", "", group, {"LogGroupName": group})


def set_retention(logs: Any, group: str, days: Any) -> None:
    """Create the group if it does not exist, then set its retention (None: keep events forever)."""
    try:
        logs.create_log_group(logGroupName=group)
    except Exception as error:
        if error_code(error) != "ResourceAlreadyExistsException":
            raise
    if days is None:
        logs.delete_retention_policy(logGroupName=group)
    else:
        logs.put_retention_policy(logGroupName=group, retentionInDays=int(days))


def delete_group(logs: Any, group: str) -> None:
    """Delete the group; one already gone is fine."""
    try:
        logs.delete_log_group(logGroupName=group)
    except Exception as error:
        if error_code(error) != "ResourceNotFoundException":
            raise


def error_code(error: Exception) -> str | None:
    """The code of an error the service returned (botocore's `ClientError`), if it is one."""
    response = getattr(error, "response", None)
    return response.get("Error", {}).get("Code") if isinstance(response, dict) else None


def send_response(
    event: Mapping[str, Any], status: str, reason: str, physical_id: str, data: Mapping[str, Any]
) -> None:
    """Answer CloudFormation: PUT the result to the request's presigned response URL."""
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason,
            "PhysicalResourceId": physical_id,
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
            "Data": dict(data),
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
