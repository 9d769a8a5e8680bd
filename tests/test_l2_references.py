"""The `*_ref` members of L2 constructs and their interfaces, service by service, against aws-cdk-lib."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.parity_support.aws_cdk_alias import install

DATA_DIR = Path(__file__).parent / "data" / "l2_references"
EXPECTED: dict[str, dict[str, Any]] = json.loads((DATA_DIR / "references.json").read_text())

# Differences from aws-cdk-lib (README, "Differences from aws-cdk-lib"):
# - PublicHostedZone.from_public_hosted_zone_attributes() gives the zone name as the hosted zone ID there;
# - where aws-cdk-lib raises as soon as a reference of an import is read, the field it cannot know is a
#   token here that reports so when it is rendered ("<error>" for that field only).
DOCUMENTED_DIFFERENCES = {
    ("aws_route53", "imported_public_zone_attributes"): {"hosted_zone_id": "Z7777"},
    ("aws_cognito", "imported_client"): {"client_id": "client1", "user_pool_id": "<error>"},
    ("aws_cognito", "imported_domain"): {"domain": "books-domain", "user_pool_id": "<error>"},
    ("aws_cognito", "imported_group"): {"group_name": "admins", "user_pool_id": "<error>"},
    ("aws_cognito", "imported_identity_provider"): {"provider_name": "Facebook", "user_pool_id": "<error>"},
    ("aws_cognito", "imported_resource_server"): {"identifier": "srv", "user_pool_id": "<error>"},
    ("aws_iam", "imported_policy"): {"policy_id": "<error>"},
    ("aws_logs", "imported_stream"): {"log_group_name": "<error>", "log_stream_name": "other-stream"},
}


def load_app() -> ModuleType:
    install()
    spec = importlib.util.spec_from_file_location("l2_references_app", DATA_DIR / "app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("service", sorted(EXPECTED))
def test_references_match_aws_cdk_lib(service: str) -> None:
    expected = {
        case: DOCUMENTED_DIFFERENCES.get((service, case), fields)
        for case, fields in EXPECTED[service].items()
    }
    assert load_app().references_of(service) == expected
