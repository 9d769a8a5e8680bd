"""The `jsii` module aws_cdk apps import (apigwv2_integrations/jsii.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from apigwv2_integrations import App, CfnOutput, CfnResource, IResolvable, IResolveContext, Stack, Token, jsii
from apigwv2_integrations.core.construct import IConstruct


@jsii.implements(IResolvable)
class Upper:
    """A token written as aws_cdk apps write them: only `resolve`."""

    def __init__(self, text: str) -> None:
        self.text = text

    def resolve(self, context: IResolveContext) -> Any:
        return self.text.upper()


def test_implements_gives_an_abstract_interface_its_base() -> None:
    assert issubclass(Upper, IResolvable)
    assert Upper.__name__ == "Upper" and Upper.__module__ == __name__


def test_a_token_class_of_the_app_renders_in_properties_and_strings() -> None:
    app = App()
    stack = Stack(app, "S")
    CfnResource(stack, "T", type="AWS::SNS::Topic", properties={"DisplayName": Upper("hello")})
    CfnOutput(stack, "O", value=Token.as_string(Upper("world")))
    template = app.synth().get_stack_by_name("S").template
    assert template["Resources"]["T"]["Properties"] == {"DisplayName": "HELLO"}
    assert template["Outputs"]["O"]["Value"] == "WORLD"


def test_protocol_interfaces_leave_the_class_unchanged() -> None:
    class Plain:
        pass

    assert jsii.implements(IConstruct)(Plain) is Plain


def _run(code: str, *, pythonpath: str | None = None) -> str:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()


def test_an_app_moved_from_aws_cdk_imports_jsii_without_the_jsii_package() -> None:
    output = _run(
        "import apigwv2_integrations as cdk\n"
        "import jsii\n"
        "@jsii.implements(cdk.IAspect)\n"
        "class Visits:\n"
        "    seen = []\n"
        "    def visit(self, node):\n"
        "        self.seen.append(node.node.path)\n"
        "app = cdk.App()\n"
        "cdk.Aspects.of(app).add(Visits())\n"
        "cdk.CfnOutput(cdk.Stack(app, 'S'), 'O', value='x')\n"
        "app.synth()\n"
        "print(jsii.__name__, jsii.__spec__.name, Visits.seen)"
    )
    assert output == "apigwv2_integrations.jsii apigwv2_integrations.jsii ['', 'S', 'S/O', 'Tree']"


def test_an_installed_jsii_package_is_imported_instead(tmp_path: Path) -> None:
    (tmp_path / "jsii").mkdir()
    (tmp_path / "jsii" / "__init__.py").write_text("INSTALLED = True\n")
    output = _run("import apigwv2_integrations, jsii; print(jsii.INSTALLED)", pythonpath=str(tmp_path))
    assert output == "True"
