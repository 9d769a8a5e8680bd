"""core/json_dumps.py writes what `json.dumps` writes, without importing the json package."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from typing import Any

import pytest

from apigwv2_integrations.core.json_dumps import dumps, encode_string

_TEXTS = ["", "plain", "é ü 漢字", 'quote " and \\ back', "new\nline\ttab", "\u2028", "${Token[X.1]}", "\x00"]


def _value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return rng.choice(_TEXTS)
    if kind == 1:
        return rng.randint(-(2**40), 2**40)
    if kind == 2:
        return rng.choice([0.1, 1.0, -2.5, 1e-7, 1e21, 123456.789])
    if kind == 3:
        return rng.choice([True, False, None])
    if kind in (4, 5):
        return rng.choice(_TEXTS) + str(rng.randint(0, 9))
    if kind in (6, 7):
        return {rng.choice(_TEXTS) + str(i): _value(rng, depth + 1) for i in range(rng.randint(0, 4))}
    return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"separators": (",", ":")},
        {"separators": (",", ":"), "ensure_ascii": False},
        {"sort_keys": True},
        {"separators": (",", ":"), "sort_keys": True, "ensure_ascii": False},
    ],
)
def test_the_text_is_json_dumps_text(options: dict[str, Any]) -> None:
    rng = random.Random(11)
    values = [_value(rng) for _ in range(400)]
    assert [dumps(value, **options) for value in values] == [json.dumps(value, **options) for value in values]


def test_default_and_its_absence_behave_as_in_json_dumps() -> None:
    value = {"when": object}
    assert dumps(value, default=str) == json.dumps(value, default=str)
    with pytest.raises(TypeError) as ours:
        dumps(value)
    with pytest.raises(TypeError) as theirs:
        json.dumps(value)
    assert str(ours.value) == str(theirs.value)


def test_a_circular_value_is_refused_as_json_dumps_refuses_it() -> None:
    looped: list[Any] = []
    looped.append(looped)
    with pytest.raises(ValueError, match="Circular reference detected"):
        dumps(looped)


def test_encode_string_keeps_non_ascii_characters() -> None:
    assert [encode_string(text) for text in _TEXTS] == [
        json.dumps(text, ensure_ascii=False) for text in _TEXTS
    ]


def test_an_app_without_context_never_imports_the_json_package() -> None:
    code = (
        "import sys\n"
        "import apigwv2_integrations as cdk\n"
        "from apigwv2_integrations import aws_apigatewayv2 as apigwv2, aws_lambda as lambda_\n"
        "from apigwv2_integrations import aws_apigatewayv2_integrations as integrations\n"
        "app = cdk.App(outdir=sys.argv[1])\n"
        "stack = cdk.Stack(app, 'S')\n"
        "fn = lambda_.Function(stack, 'Fn', runtime=lambda_.Runtime.NODEJS_22_X, handler='index.handler',\n"
        "    code=lambda_.Code.from_inline('x'))\n"
        "api = apigwv2.HttpApi(stack, 'Api')\n"
        "api.add_routes(path='/items', integration=integrations.HttpLambdaIntegration('I', fn))\n"
        "app.synth()\n"
        "print(sorted(name for name in sys.modules if name == 'json' or name.startswith('json.')))\n"
    )
    with tempfile.TemporaryDirectory() as outdir:
        environment = {"PATH": "/usr/bin:/bin"}
        completed = subprocess.run(
            [sys.executable, "-c", code, outdir], capture_output=True, text=True, check=True, env=environment
        )
    assert completed.stdout.splitlines() == ["[]"]
