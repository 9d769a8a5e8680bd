"""Deploy-time rules seen as a user sees them: `python app.py` prints the error and the user's line, exits 1,
writes nothing; a soft quota only warns in the stack's metadata."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEADER = """\
import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Books")
"""
# HEADER is 7 lines long: the first line after it is line 8.
FUNCTION = (
    'fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler", '
    'code=lambda_.Code.from_inline("x"){extra})\n'
)


def run(folder: Path, source: str) -> subprocess.CompletedProcess[str]:
    (folder / "app.py").write_text(source)
    env = {k: v for k, v in os.environ.items() if k not in ("CDK_OUTDIR", "CDK_DEBUG", "CDK_CONTEXT_JSON")}
    command = [sys.executable, "app.py"]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, check=False)


@pytest.fixture
def earlier_output(tmp_path: Path) -> Path:
    """A cdk.out left by an earlier run, which a failed run must not touch."""
    out = tmp_path / "cdk.out"
    out.mkdir()
    (out / "manifest.json").write_text('{"version": "earlier"}')
    return out


def assert_untouched(out: Path) -> None:
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json"]
    assert (out / "manifest.json").read_text() == '{"version": "earlier"}'


def test_websocket_api_key_selection_expression(tmp_path: Path, earlier_output: Path) -> None:
    line = (
        'apigwv2.WebSocketApi(stack, "Chat", api_key_selection_expression='
        'apigwv2.WebSocketApiKeySelectionExpression("$request.querystring.key"))'
    )
    result = run(tmp_path, HEADER + line + "\napp.synth()\n")
    assert result.returncode == 1
    assert result.stderr == (
        "error: Books/Chat: api_key_selection_expression=WebSocketApiKeySelectionExpression("
        "'$request.querystring.key') is rejected by API Gateway; use "
        "WebSocketApiKeySelectionExpression.HEADER_X_API_KEY ('$request.header.x-api-key') or "
        "WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY "
        "('$context.authorizer.usageIdentifierKey')\n"
        f"  at app.py:8: {line}\n"
    )
    assert result.stdout == ""
    assert_untouched(earlier_output)


def test_lambda_payload_format_version(tmp_path: Path, earlier_output: Path) -> None:
    line = (
        'api.add_routes(path="/books", integration=integrations.HttpLambdaIntegration("Books", fn, '
        'payload_format_version=apigwv2.PayloadFormatVersion.custom("3.0")))'
    )
    source = HEADER + FUNCTION.format(extra="") + 'api = apigwv2.HttpApi(stack, "Api")\n' + line + "\n"
    result = run(tmp_path, source + "app.synth()\n")
    assert result.returncode == 1
    assert result.stderr == (
        "error: Books/Api/ANY--books/Books: payload_format_version=PayloadFormatVersion('3.0') is not "
        "accepted for Lambda integrations; use PayloadFormatVersion.VERSION_1_0 or "
        "PayloadFormatVersion.VERSION_2_0\n"
        f"  at app.py:10: {line}\n"
    )
    assert_untouched(earlier_output)


def test_cors_max_age_in_whole_seconds(tmp_path: Path, earlier_output: Path) -> None:
    line = 'apigwv2.HttpApi(stack, "Api", cors_preflight={"max_age": cdk.Duration.millis(1500)})'
    result = run(tmp_path, HEADER + line + "\napp.synth()\n")
    assert result.returncode == 1
    assert result.stderr == (
        "error: Books/Api: cors_preflight max_age=Duration.millis(1500) is not a whole number of seconds; "
        "use e.g. Duration.seconds(300)\n"
        f"  at app.py:8: {line}\n"
    )
    assert_untouched(earlier_output)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (", memory_size=20480", "memory_size=20480 is out of range; use 128 to 10240 MB"),
        (
            ", timeout=cdk.Duration.minutes(30)",
            "timeout=Duration.minutes(30) is out of range; use whole seconds from Duration.seconds(1) to "
            "Duration.minutes(15)",
        ),
        (
            ", ephemeral_storage_size=cdk.Size.gibibytes(20)",
            "ephemeral_storage_size=Size.gibibytes(20) is out of range; use Size.mebibytes(512) to "
            "Size.mebibytes(10240)",
        ),
    ],
)
def test_lambda_quotas_at_the_call(tmp_path: Path, earlier_output: Path, extra: str, message: str) -> None:
    line = FUNCTION.format(extra=extra)
    result = run(tmp_path, HEADER + line + "app.synth()\n")
    assert result.returncode == 1
    assert result.stderr == f"error: Books/Fn: {message}\n  at app.py:8: {line.strip()}\n"
    assert_untouched(earlier_output)


def test_lambda_environment_size_at_synth(tmp_path: Path, earlier_output: Path) -> None:
    source = HEADER + FUNCTION.format(extra="") + 'fn.add_environment("CONFIG", "x" * 5000)\napp.synth()\n'
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: synthesis failed with 1 validation error:\n"
        "  Books/Fn: environment is 5013 bytes as Lambda measures it (JSON of names and values); Lambda "
        "accepts at most 4096 bytes (4 KB), move large values to SSM Parameter Store or Secrets Manager\n"
        "  at app.py:10: app.synth()\n"
    )
    assert_untouched(earlier_output)


def test_reserved_concurrency_over_the_default_quota_only_warns(tmp_path: Path) -> None:
    source = HEADER + FUNCTION.format(extra=", reserved_concurrent_executions=950") + "app.synth()\n"
    result = run(tmp_path, source)
    assert (result.returncode, result.stderr) == (0, "")
    metadata = json.loads((tmp_path / "cdk.out" / "Books.metadata.json").read_text())
    assert metadata["/Books/Fn"] == [
        {
            "type": "aws:cdk:warning",
            "data": "reserved_concurrent_executions=950 leaves fewer than 100 unreserved executions under "
            "Lambda's default concurrency quota of 1000 per Region; ask for a quota increase before deploying, "
            "or reserve less [ack: lambda:reserved-concurrency-quota]",
        }
    ]


def test_lambda_environment_name_at_synth(tmp_path: Path, earlier_output: Path) -> None:
    source = HEADER + FUNCTION.format(extra=', environment={"A": "1"}') + "app.synth()\n"
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: synthesis failed with 1 validation error:\n"
        "  Books/Fn: environment['A'] is not a name Lambda accepts; use a letter, then at least one letter, "
        "digit or underscore ([a-zA-Z]([a-zA-Z0-9_])+), e.g. 'TABLE_NAME'\n"
        "  at app.py:9: app.synth()\n"
    )
    assert result.stdout == ""
    assert_untouched(earlier_output)


def test_websocket_and_http_api_on_one_domain_name_at_synth(tmp_path: Path, earlier_output: Path) -> None:
    source = HEADER + (
        'dn = apigwv2.DomainName.from_domain_name_attributes(stack, "Domain", name="api.example.com", '
        'regional_domain_name="d-1.execute-api.us-east-1.amazonaws.com", regional_hosted_zone_id="Z1")\n'
        'apigwv2.HttpApi(stack, "Api", default_domain_mapping={"domain_name": dn, "mapping_key": "books"})\n'
        'apigwv2.WebSocketStage(stack, "Live", web_socket_api=apigwv2.WebSocketApi(stack, "Chat"), '
        'stage_name="live", domain_mapping={"domain_name": dn, "mapping_key": "chat"})\n'
        "app.synth()\n"
    )
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: synthesis failed with 1 validation error:\n"
        "  Books/Live/Books--Domainchat: domain_name='api.example.com' maps a WebSocket API here, but "
        "Books/Api/DefaultStage/Books--Domainbooks maps an HTTP API to it, and API Gateway keeps WebSocket APIs "
        "and HTTP or REST APIs on separate custom domain names; map this WebSocket API to a domain name of its "
        "own\n"
        "  at app.py:11: app.synth()\n"
    )
    assert result.stdout == ""
    assert_untouched(earlier_output)
