"""Deploy-time rules let a context lookup's dummy value through, as they let a token through, so the first
run of an app whose lookups the `cdk` CLI has not made yet lists them instead of failing (core/lookup_placeholders.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_certificatemanager as acm
from apigwv2_integrations import aws_ssm as ssm
from apigwv2_integrations.core.errors import ValidationError

ENV = Environment(account="123456789012", region="eu-west-1")
CONTEXT_KEY = "ssm:account=123456789012:parameterName=/platform/stage:region=eu-west-1"


def _build(app: App) -> Stack:
    stack = Stack(app, "Lookups", env=ENV)
    stage = ssm.StringParameter.value_from_lookup(stack, "/platform/stage")
    api = apigwv2.HttpApi(stack, "Api", create_default_stage=False)
    http_stage = api.add_stage("Stage", stage_name=stage, auto_deploy=True)
    api.add_routes(
        path=f"/{stage}/items", integration=integrations.HttpUrlIntegration("Url", "https://example.com")
    )
    certificate = acm.Certificate.from_certificate_arn(
        stack, "Certificate", "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
    )
    domain = apigwv2.DomainName(stack, "Domain", domain_name=f"{stage}.example.com", certificate=certificate)
    apigwv2.ApiMapping(stack, "Mapping", api=api, domain_name=domain, api_mapping_key=stage, stage=http_stage)
    return stack


def test_the_first_run_lists_the_lookup_instead_of_failing(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    _build(app)
    app.synth()

    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert [entry["key"] for entry in manifest["missing"]] == [CONTEXT_KEY]


def test_the_looked_up_value_is_checked_on_the_next_run(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path), context={CONTEXT_KEY: "prod/blue"})
    with pytest.raises(ValidationError, match=r"stage_name='prod/blue' is rejected by API Gateway"):
        _build(app)


def test_a_later_app_without_pending_lookups_checks_such_values_again(tmp_path: Path) -> None:
    _build(App(outdir=str(tmp_path / "first")))  # hands out dummy-value-for-/platform/stage
    stack = Stack(App(outdir=str(tmp_path / "second")), "Later")
    api = apigwv2.HttpApi(stack, "Api", create_default_stage=False)
    with pytest.raises(ValidationError, match="is rejected by API Gateway"):
        api.add_stage("Stage", stage_name="dummy-value-for-/platform/stage")
