"""tree.json nodes of IAM constructs: what an unrendered inline Policy and the OIDC provider report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_iam as iam


def _tree_children(app: App, stack_id: str) -> dict[str, Any]:
    app.synth()
    tree = json.loads((Path(app.outdir) / "tree.json").read_text(encoding="utf-8"))["tree"]
    children: dict[str, Any] = tree["children"][stack_id]["children"]
    return children


def test_unattached_policy_shows_the_properties_it_would_render(app: App) -> None:
    stack = Stack(app, "S")
    document = iam.PolicyDocument.from_json(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["s3:ListAllMyBuckets"], "Resource": ["*"]}],
        }
    )
    iam.Policy(stack, "Unattached", document=document)
    node = _tree_children(app, "S")["Unattached"]["children"]["Resource"]
    assert node["attributes"] == {
        "aws:cdk:cloudformation:type": "AWS::IAM::Policy",
        "aws:cdk:cloudformation:logicalId": "UnattachedED2DD7D5",
        "aws:cdk:cloudformation:props": {
            "policyDocument": {
                "Statement": [{"Action": "s3:ListAllMyBuckets", "Effect": "Allow", "Resource": "*"}],
                "Version": "2012-10-17",
            },
            "policyName": "UnattachedED2DD7D5",
        },
    }


def test_open_id_connect_provider_handler_is_named_as_a_custom_resource_provider(app: App) -> None:
    stack = Stack(app, "S")
    iam.OpenIdConnectProvider(stack, "Provider", url="https://oidc.example.com", client_ids=["client"])
    handler = _tree_children(app, "S")["Custom::AWSCDKOpenIdConnectProviderCustomResourceProvider"]
    assert handler["constructInfo"]["fqn"] == "aws-cdk-lib.CustomResourceProviderBase"
