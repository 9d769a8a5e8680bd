"""What an app loads of aws_apigatewayv2: only the modules of the constructs it uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ONE_ROUTE_APP = """
import sys
import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_

app = cdk.App(outdir=sys.argv[1])
stack = cdk.Stack(app, "Routes")
api = apigwv2.HttpApi(stack, "HttpApi")
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)
api.add_routes(
    path="/items", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("Items", fn)
)
app.synth()
unused = [
    "aws_apigatewayv2." + m
    for m in ("http.vpc_link", "http.authorizer", "common.authorizer", "common.domain_name", "common.api_mapping")
]
unused += ["cfn.aws_apigatewayv2." + m for m in ("vpc_link", "authorizer", "domain_name", "api_mapping")]
print(sorted(m for m in unused if "apigwv2_integrations." + m in sys.modules))
"""


def test_one_route_http_app_loads_no_vpc_link_domain_mapping_or_authorizer_module(tmp_path: Path) -> None:
    output = subprocess.run(
        [sys.executable, "-c", ONE_ROUTE_APP, str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


# Evaluated text compiled while the package loads and synthesizes (a `NamedTuple` with text annotations,
# a `TypeVar` with a text bound, an annotation read with `eval`): a process's first compile() costs more
# than a millisecond. Compiling modules (mode "exec", when there is no bytecode yet) does not count.
COUNTING_EVALUATED_TEXT = """
import builtins
evaluated = []
_compile = builtins.compile
def _counting(source, filename, mode, *args, **kwargs):
    if mode == "eval":
        evaluated.append(source if isinstance(source, str) else filename)
    return _compile(source, filename, mode, *args, **kwargs)
builtins.compile = _counting
"""


def test_a_one_route_app_compiles_no_text(tmp_path: Path) -> None:
    app = ONE_ROUTE_APP[: ONE_ROUTE_APP.index("unused = [")]
    script = COUNTING_EVALUATED_TEXT + app + "print(evaluated)\n"
    output = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"
