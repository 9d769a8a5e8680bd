"""The handler of `Custom::AWSCDKOpenIdConnectProvider`, run by Node.js against a stand-in IAM client: the
IAM calls each CloudFormation event makes and the answers it sends to the response URL."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from apigwv2_integrations import aws_iam

HANDLER = Path(aws_iam.__file__).parent / "_open_id_connect_provider_handler"
ARN = "arn:aws:iam::111111111111:oidc-provider/a.example.com"
THUMBPRINT = "f" * 40
OTHER_THUMBPRINT = "e" * 40

# Records every command sent; a created provider's ARN names its host; deleting `.../gone` finds nothing.
FAKE_IAM_CLIENT = """
const calls = [];
const names = [
  'AddClientIDToOpenIDConnectProviderCommand', 'CreateOpenIDConnectProviderCommand',
  'DeleteOpenIDConnectProviderCommand', 'RemoveClientIDFromOpenIDConnectProviderCommand',
  'UpdateOpenIDConnectProviderThumbprintCommand',
];
const sdk = { calls };
for (const name of names) {
  sdk[name] = class { constructor(input) { this.name = name; this.input = input; } };
}
sdk.IAMClient = class {
  async send(command) {
    calls.push([command.name, command.input]);
    if (command.name.startsWith('Create')) {
      return { OpenIDConnectProviderArn: 'arn:aws:iam::111111111111:oidc-provider/' + new URL(command.input.Url).host };
    }
    if (command.name.startsWith('Delete') && command.input.OpenIDConnectProviderArn.endsWith('/gone')) {
      const error = new Error('not found');
      error.name = 'NoSuchEntityException';
      throw error;
    }
    return {};
  }
};
module.exports = sdk;
"""

# Runs the events given on stdin through the handler and prints the IAM calls and the answers.
DRIVER = """
const https = require('https');
const { EventEmitter } = require('events');
const answers = [];
https.request = (options, onResponse) => {
  const request = new EventEmitter();
  request.end = (body) => {
    answers.push(JSON.parse(body));
    const response = new EventEmitter();
    response.resume = () => {};
    onResponse(response);
    response.emit('end');
  };
  return request;
};
const { handler } = require('./__entrypoint__.js');
const { calls } = require('@aws-sdk/client-iam');
const events = JSON.parse(require('fs').readFileSync(0, 'utf8'));
(async () => {
  for (const event of events) {
    await handler({ ResponseURL: 'https://cfn.example.com/r', StackId: 's', RequestId: 'r', LogicalResourceId: 'Provider', ...event });
  }
  console.log(JSON.stringify({ calls, answers }));
})();
"""


def _run(tmp_path: Path, events: list[dict[str, Any]]) -> dict[str, Any]:
    shutil.copytree(HANDLER, tmp_path, dirs_exist_ok=True)
    sdk = tmp_path / "node_modules" / "@aws-sdk" / "client-iam"
    sdk.mkdir(parents=True)
    (sdk / "index.js").write_text(FAKE_IAM_CLIENT, encoding="utf-8")
    (tmp_path / "driver.js").write_text(DRIVER, encoding="utf-8")
    result = subprocess.run(
        ["node", "driver.js"],
        cwd=tmp_path,
        input=json.dumps(events),
        capture_output=True,
        text=True,
        check=True,
    )
    output: dict[str, Any] = json.loads(result.stdout)
    return output


def _answer(status: str, physical_id: str, data: dict[str, Any], reason: str = "OK") -> dict[str, Any]:
    return {
        "Status": status,
        "Reason": reason,
        "PhysicalResourceId": physical_id,
        "StackId": "s",
        "RequestId": "r",
        "LogicalResourceId": "Provider",
        "Data": data,
    }


def test_create_makes_the_provider_with_the_thumbprints_given(tmp_path: Path) -> None:
    properties = {
        "Url": "https://a.example.com",
        "ClientIDList": ["sts.amazonaws.com"],
        "ThumbprintList": [THUMBPRINT],
        "RejectUnauthorized": "false",
    }
    output = _run(tmp_path, [{"RequestType": "Create", "ResourceProperties": properties}])
    assert output["calls"] == [
        [
            "CreateOpenIDConnectProviderCommand",
            {
                "Url": "https://a.example.com",
                "ClientIDList": ["sts.amazonaws.com"],
                "ThumbprintList": [THUMBPRINT],
            },
        ]
    ]
    assert output["answers"] == [_answer("SUCCESS", ARN, {"Thumbprints": json.dumps([THUMBPRINT])})]


def test_update_changes_thumbprints_and_client_ids_in_place(tmp_path: Path) -> None:
    event = {
        "RequestType": "Update",
        "PhysicalResourceId": ARN,
        "ResourceProperties": {
            "Url": "https://a.example.com",
            "ClientIDList": ["web", "cli"],
            "ThumbprintList": [OTHER_THUMBPRINT],
        },
        "OldResourceProperties": {
            "Url": "https://a.example.com",
            "ClientIDList": ["sts.amazonaws.com", "web"],
            "ThumbprintList": [THUMBPRINT],
        },
    }
    output = _run(tmp_path, [event])
    assert output["calls"] == [
        [
            "UpdateOpenIDConnectProviderThumbprintCommand",
            {"OpenIDConnectProviderArn": ARN, "ThumbprintList": [OTHER_THUMBPRINT]},
        ],
        ["AddClientIDToOpenIDConnectProviderCommand", {"OpenIDConnectProviderArn": ARN, "ClientID": "cli"}],
        [
            "RemoveClientIDFromOpenIDConnectProviderCommand",
            {"OpenIDConnectProviderArn": ARN, "ClientID": "sts.amazonaws.com"},
        ],
    ]
    assert output["answers"] == [_answer("SUCCESS", ARN, {"Thumbprints": json.dumps([OTHER_THUMBPRINT])})]


def test_a_new_url_creates_a_new_provider(tmp_path: Path) -> None:
    event = {
        "RequestType": "Update",
        "PhysicalResourceId": ARN,
        "ResourceProperties": {"Url": "https://b.example.com", "ThumbprintList": [THUMBPRINT]},
        "OldResourceProperties": {"Url": "https://a.example.com", "ThumbprintList": [THUMBPRINT]},
    }
    output = _run(tmp_path, [event])
    assert output["calls"] == [
        [
            "CreateOpenIDConnectProviderCommand",
            {"Url": "https://b.example.com", "ClientIDList": [], "ThumbprintList": [THUMBPRINT]},
        ]
    ]
    new_arn = "arn:aws:iam::111111111111:oidc-provider/b.example.com"
    assert output["answers"] == [_answer("SUCCESS", new_arn, {"Thumbprints": json.dumps([THUMBPRINT])})]


def test_delete_removes_the_provider_and_tolerates_one_that_is_gone_or_was_never_made(tmp_path: Path) -> None:
    gone = "arn:aws:iam::111111111111:oidc-provider/gone"
    events = [
        {"RequestType": "Delete", "PhysicalResourceId": ARN, "ResourceProperties": {}},
        {"RequestType": "Delete", "PhysicalResourceId": gone, "ResourceProperties": {}},
        {"RequestType": "Delete", "PhysicalResourceId": "Provider", "ResourceProperties": {}},
    ]
    output = _run(tmp_path, events)
    assert output["calls"] == [
        ["DeleteOpenIDConnectProviderCommand", {"OpenIDConnectProviderArn": ARN}],
        ["DeleteOpenIDConnectProviderCommand", {"OpenIDConnectProviderArn": gone}],
    ]
    assert output["answers"] == [
        _answer("SUCCESS", ARN, {}),
        _answer("SUCCESS", gone, {}),
        _answer("SUCCESS", "Provider", {}),
    ]


def test_a_host_that_cannot_be_reached_fails_the_create(tmp_path: Path) -> None:
    properties = {"Url": "https://localhost:1", "RejectUnauthorized": "true"}
    output = _run(tmp_path, [{"RequestType": "Create", "ResourceProperties": properties}])
    assert output["calls"] == []
    (answer,) = output["answers"]
    assert (answer["Status"], answer["PhysicalResourceId"], answer["Data"]) == ("FAILED", "Provider", {})
    assert "ECONNREFUSED" in answer["Reason"]
