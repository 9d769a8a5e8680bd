"""Names loaded on first use: the generated L1 packages, the service packages' names, and type checks."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types
from pathlib import Path

import pytest

import apigwv2_integrations
from apigwv2_integrations import aws_apigatewayv2_authorizers as authorizers
from apigwv2_integrations.core.lazy_exports import lazy_exports, load_exports
from tests.core.test_error_report import run


def _run(code: str) -> list[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()


@pytest.fixture
def package(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType("apigwv2_integrations.lazy_example")
    module.__all__ = ["dumps", "CfnQueue"]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    sources = {"dumps": "json", "CfnQueue": "..cfn.aws_sqs"}
    module.__getattr__, module.__dir__ = lazy_exports(module.__name__, sources)  # type: ignore[attr-defined]
    return module


def test_a_name_is_imported_from_its_module_on_first_use_and_then_kept(package: types.ModuleType) -> None:
    import json

    from apigwv2_integrations.cfn.aws_sqs import CfnQueue

    assert "dumps" not in vars(package)
    assert package.dumps is json.dumps
    assert vars(package)["dumps"] is json.dumps
    assert package.CfnQueue is CfnQueue


def test_dir_lists_names_not_yet_loaded(package: types.ModuleType) -> None:
    assert {"dumps", "CfnQueue", "__name__"} <= set(dir(package))
    assert "dumps" not in vars(package)


def test_an_unknown_name_is_an_attribute_error(package: types.ModuleType) -> None:
    with pytest.raises(AttributeError) as raised:
        package.loads  # noqa: B018
    assert str(raised.value) == "module 'apigwv2_integrations.lazy_example' has no attribute 'loads'"


def test_a_service_package_loads_its_l2_and_cfn_classes_on_first_use() -> None:
    output = _run(
        "import sys; import apigwv2_integrations.aws_ec2 as ec2; "
        "ours = lambda: sorted(m for m in sys.modules if m.startswith('apigwv2_integrations.aws_ec2.')); "
        "cfn = lambda: sorted(m for m in sys.modules if m.startswith('apigwv2_integrations.cfn.aws_ec2.')); "
        "print(ours(), cfn()); ec2.Vpc; print(cfn()); "
        "from apigwv2_integrations.aws_ec2 import CfnTransitGateway; "
        "from apigwv2_integrations.cfn.aws_ec2.transit_gateway import CfnTransitGateway as same; "
        "print(CfnTransitGateway is same, set(ec2.__all__) <= set(dir(ec2)), 'CfnVPC' in ec2.__all__)"
    )
    assert output[0] == "[] []"
    loaded = eval(output[1])
    assert "apigwv2_integrations.cfn.aws_ec2.vpc" in loaded  # the Vpc construct uses it
    assert "apigwv2_integrations.cfn.aws_ec2.transit_gateway" not in loaded
    assert output[2] == "True True True"


def test_an_http_api_app_imports_no_unused_service() -> None:
    output = _run(
        "import sys; import apigwv2_integrations as cdk; "
        "from apigwv2_integrations import aws_apigatewayv2, aws_apigatewayv2_integrations, aws_lambda; "
        "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('apigwv2_integrations.aws_')}))"
    )
    assert eval(output[0]) == ["aws_apigatewayv2", "aws_apigatewayv2_integrations", "aws_lambda"]


def test_the_top_level_package_loads_core_modules_on_first_use() -> None:
    output = _run(
        "import sys; import apigwv2_integrations as cdk; "
        "print(sorted(m for m in sys.modules if m.startswith('apigwv2_integrations.'))); "
        "from apigwv2_integrations import Duration; "
        "from apigwv2_integrations.core.duration import Duration as same; "
        "print(Duration is same, cdk.Stack.__name__, set(cdk.__all__) <= set(dir(cdk)))"
    )
    assert eval(output[0]) == [
        "apigwv2_integrations.core",
        "apigwv2_integrations.core._annotation_text",
        "apigwv2_integrations.core.collector",
        "apigwv2_integrations.core.error_report",
        "apigwv2_integrations.core.errors",
        "apigwv2_integrations.core.jsii_fallback",
        "apigwv2_integrations.core.lazy_exports",
        "apigwv2_integrations.core.package_loader",
        "apigwv2_integrations.core.runtime_typing",
        "apigwv2_integrations.core.type_checks",
    ]
    assert output[1] == "True Stack True"


def test_a_service_package_loads_its_constructs_on_first_use() -> None:
    output = _run(
        "import sys; import apigwv2_integrations.aws_apigatewayv2 as apigwv2; "
        "print(sorted(m for m in sys.modules if m.startswith('apigwv2_integrations.aws_apigatewayv2.'))); "
        "from apigwv2_integrations.aws_apigatewayv2 import HttpApi; "
        "from apigwv2_integrations.aws_apigatewayv2.http.api import HttpApi as same; "
        "print(HttpApi is same, 'apigwv2_integrations.aws_apigatewayv2.http.vpc_link' in sys.modules, "
        "set(apigwv2.__all__) <= set(dir(apigwv2)), 'WebSocketApi' in apigwv2.__all__)"
    )
    assert eval(output[0]) == []
    # HttpApi loads its own module and what it needs; VpcLink waits for the first add_vpc_link().
    assert output[1] == "True False True True"


def test_a_class_loaded_on_first_use_checks_its_arguments_at_the_first_call() -> None:
    output = _run(
        "import apigwv2_integrations as cdk; from apigwv2_integrations import aws_lambda as lambda_\n"
        "try:\n"
        "    lambda_.Function(cdk.Stack(cdk.App(), 'Stack'), 'Fn', runtime='nodejs22.x', handler='index.handler', "
        "code=lambda_.Code.from_inline('x'))\n"
        "except TypeError as error:\n"
        "    print(error)\n"
    )
    assert output == [
        "Stack/Fn: runtime='nodejs22.x' is a str; use a Runtime",
    ]


def test_load_exports_loads_every_selected_name_of_every_lazy_package(package: types.ModuleType) -> None:
    import json

    load_exports(lambda module: module == "json")

    assert vars(package)["dumps"] is json.dumps
    assert "CfnQueue" not in vars(package)


def test_a_type_check_imports_a_name_imported_only_for_mypy_when_first_needed() -> None:
    # DomainName annotates `certificate` with ICertificate, imported only under TYPE_CHECKING.
    output = _run(
        "import sys; import apigwv2_integrations as cdk; "
        "from apigwv2_integrations import aws_apigatewayv2 as apigwv2; "
        "print('apigwv2_integrations.aws_certificatemanager' in sys.modules); "
        "stack = cdk.Stack(cdk.App(), 'Stack')\n"
        "try:\n"
        "    apigwv2.DomainName(stack, 'Domain', domain_name='api.example.com', certificate='arn')\n"
        "except TypeError as error:\n"
        "    print(error)\n"
    )
    assert output == [
        "False",
        "Stack/Domain: certificate='arn' is a str; use an ICertificate (an ACM certificate, defined here "
        "or imported), such as Certificate or Certificate.from_certificate_arn(...) or a CfnCertificate",
    ]


# The service packages (and assertions, local): every subpackage but the core and the generated ones.
_PACKAGES = sorted(
    path.name
    for path in Path(apigwv2_integrations.__file__).parent.iterdir()
    if (path / "__init__.py").is_file() and path.name not in ("cfn", "core", "interfaces")
)


def test_importing_every_service_package_loads_none_of_their_modules() -> None:
    output = _run(
        "import importlib, sys\n"
        f"packages = {_PACKAGES!r}\n"
        "for name in packages: importlib.import_module('apigwv2_integrations.' + name)\n"
        "print(sorted(m for m in sys.modules if m.count('.') >= 2 and m.split('.')[1] in packages))"
    )
    assert len(_PACKAGES) > 25
    assert output == ["[]"]


@pytest.mark.parametrize("name", _PACKAGES)
def test_every_exported_name_of_a_service_package_resolves(name: str) -> None:
    module = importlib.import_module(f"apigwv2_integrations.{name}")
    missing = [export for export in module.__all__ if getattr(module, export, None) is None]
    assert missing == []
    assert set(module.__all__) <= set(dir(module))


def test_a_lambda_route_app_loads_no_module_of_a_feature_it_does_not_use(tmp_path: Path) -> None:
    # Grants, async invocation, outputs, parameters, sizes, parameter mappings, access logs and
    # acknowledgments load with the first construct that uses them, not with the constructs that could.
    output = _run(
        "import sys; import apigwv2_integrations as cdk; "
        "from apigwv2_integrations import aws_apigatewayv2 as apigwv2, aws_lambda as lambda_; "
        "from apigwv2_integrations.aws_apigatewayv2_integrations import HttpLambdaIntegration; "
        f"app = cdk.App(outdir={str(tmp_path)!r}); stack = cdk.Stack(app, 'Api'); "
        "fn = lambda_.Function(stack, 'Fn', runtime=lambda_.Runtime.NODEJS_22_X, handler='index.handler', "
        "code=lambda_.Code.from_inline('exports.handler = async () => ({})')); "
        "apigwv2.HttpApi(stack, 'HttpApi').add_routes(path='/items', methods=[apigwv2.HttpMethod.GET], "
        "integration=HttpLambdaIntegration('Items', fn)); "
        "app.synth(); "
        "print(sorted(m for m in sys.modules if m.startswith('apigwv2_integrations.')))"
    )
    loaded = set(eval(output[0]))
    assert "apigwv2_integrations.cfn.aws_lambda.function" in loaded  # the app did build its function
    unused = {
        "apigwv2_integrations.aws_iam.grant",
        "apigwv2_integrations.cfn.aws_lambda.event_invoke_config",
        "apigwv2_integrations.core.cfn_output",
        "apigwv2_integrations.core.cfn_parameter",
        "apigwv2_integrations.core.size",
        "apigwv2_integrations.aws_apigatewayv2.parameter_mapping",
        "apigwv2_integrations.aws_apigatewayv2.common.access_log",
        "apigwv2_integrations.core.validations",
    }
    assert loaded & unused == set()


def test_the_service_packages_are_attributes_of_the_top_level_package_as_in_aws_cdk() -> None:
    # aws_cdk apps write `cdk.aws_lambda.Function(...)` after `import aws_cdk as cdk` alone.
    output = _run(
        "import apigwv2_integrations as cdk; "
        "print(cdk.aws_lambda.Function.__module__, cdk.assertions.Template.__name__, 'aws_sqs' in dir(cdk)); "
        "print(hasattr(cdk, 'aws_nothing'), hasattr(cdk, '_private'))"
    )
    assert output == ["apigwv2_integrations.aws_lambda.function Template True", "False False"]


def test_a_misspelt_name_says_the_closest_names_and_is_reported_short(tmp_path: Path) -> None:
    source = (
        "import apigwv2_integrations as cdk\n"
        "from apigwv2_integrations import aws_apigatewayv2_authorizers as authorizers\n\n"
        "assert not hasattr(authorizers, 'Nothing')\n"
        "stack = cdk.Stak\n"
    )
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: module 'apigwv2_integrations' has no attribute 'Stak'; did you mean Stack or Stage or CfnStack?\n"
        "  at app.py:5: stack = cdk.Stak\n"
    )


def test_a_misspelt_name_is_an_attribute_error_as_in_aws_cdk() -> None:
    with pytest.raises(AttributeError) as caught:
        authorizers.HttpNoneAuthorizer  # noqa: B018
    assert str(caught.value) == (
        "module 'apigwv2_integrations.aws_apigatewayv2_authorizers' has no attribute 'HttpNoneAuthorizer'; "
        "did you mean HttpJwtAuthorizer or HttpIamAuthorizer or HttpUserPoolAuthorizer?"
    )
