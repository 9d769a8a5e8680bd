"""A class's methods are wrapped when its first object is made or its name is first looked up
(core/type_checks.py), so a class an app imports but never uses costs no wrapping.

Each case runs in a fresh interpreter: the other tests of the suite look up every exported name.
"""

from __future__ import annotations

import subprocess
import sys

_SETUP = """
import inspect
from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_
# Imported from their modules, as the package's own modules import them: no name is looked up.
from apigwv2_integrations.aws_lambda.alias import Alias
from apigwv2_integrations.aws_lambda.lambda_version import Version

def wrapped(function):
    return getattr(function, "__type_checked__", False)

def error_of(call):
    try:
        call()
    except TypeError as error:
        return type(error).__name__ + " " + str(error).split(" is ")[0]
    return "no error"

stack = Stack(App(), "Books")
fn = lambda_.Function(
    stack, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler", code=lambda_.Code.from_inline("x")
)
"""


def _run(code: str) -> list[str]:
    completed = subprocess.run(
        [sys.executable, "-c", _SETUP + code], capture_output=True, text=True, check=True
    )
    return completed.stdout.splitlines()


def test_the_first_object_of_a_class_wraps_its_methods() -> None:
    output = _run(
        "print(wrapped(Alias.add_auto_scaling))\n"
        "alias = Alias(stack, 'Live', alias_name='live', version=fn.current_version)\n"
        "print(wrapped(Alias.add_auto_scaling))\n"
        "print(error_of(lambda: alias.add_auto_scaling(max_capacity='5')))\n"
    )
    assert output == ["False", "True", "ArgumentTypeError Books/Live.add_auto_scaling: max_capacity='5'"]


def test_the_first_object_made_from_outside_has_its_arguments_checked() -> None:
    output = _run("print(error_of(lambda: Alias(stack, 'Live', alias_name=5, version=fn.current_version)))\n")
    assert output == ["ArgumentTypeError Books/Live: alias_name=5"]


def test_looking_a_name_up_wraps_its_static_methods() -> None:
    output = _run(
        "print(wrapped(Version.from_version_arn))\n"
        "print(lambda_.Version is Version, wrapped(Version.from_version_arn))\n"
        "print(error_of(lambda: lambda_.Version.from_version_arn(stack, 'Imported', 42)))\n"
    )
    assert output == ["False", "True True", "ArgumentTypeError Books/Imported: version_arn=42"]


def test_a_deferred_constructor_shows_the_real_signature() -> None:
    output = _run("print(list(inspect.signature(Alias).parameters)[:3], Alias.__init__.__name__)\n")
    assert output == ["['scope', 'id', 'alias_name'] __init__"]


def test_an_object_the_package_makes_right_after_loading_its_module_has_checked_methods() -> None:
    # `current_version` loads lambda_version.py and makes a Version at once, before any other import or
    # call could note the module: its class is noted as soon as the module's code has run.
    code = (
        "import sys\n"
        "from apigwv2_integrations import App, Stack\n"
        "from apigwv2_integrations import aws_lambda as lambda_\n"
        "stack = Stack(App(), 'Books')\n"
        "fn = lambda_.Function(stack, 'Fn', runtime=lambda_.Runtime.NODEJS_22_X, handler='index.handler',\n"
        "    code=lambda_.Code.from_inline('x'))\n"
        "print('apigwv2_integrations.aws_lambda.lambda_version' in sys.modules)\n"
        "version = fn.current_version\n"
        "try:\n"
        "    version.add_alias('live', additional_versions=[5])\n"
        "except TypeError as error:\n"
        "    print(type(error).__name__, str(error).split(' is ')[0])\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.splitlines() == [
        "False",
        "ArgumentTypeError Books/Fn/CurrentVersion.add_alias: additional_versions[0]=5",
    ]
