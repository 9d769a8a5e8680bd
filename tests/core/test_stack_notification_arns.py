"""Stack.notification_arns: the pseudo parameter, while the given topics go to the manifest (core/stack.py)."""

from __future__ import annotations

import json
from pathlib import Path

from apigwv2_integrations import App, CfnResource, Stack


def test_notification_arns_reference_the_pseudo_parameter(stack: Stack) -> None:
    assert stack.resolve(stack.notification_arns) == {"Ref": "AWS::NotificationARNs"}


def test_given_notification_arns_go_to_the_manifest(app: App) -> None:
    stack = Stack(app, "Notified", notification_arns=["arn:aws:sns:us-east-1:111111111111:events"])
    CfnResource(stack, "Topic", type="AWS::SNS::Topic")
    assert stack.resolve(stack.notification_arns) == {"Ref": "AWS::NotificationARNs"}
    manifest = json.loads((Path(app.synth().directory) / "manifest.json").read_text())
    assert manifest["artifacts"]["Notified"]["properties"]["notificationArns"] == [
        "arn:aws:sns:us-east-1:111111111111:events"
    ]
