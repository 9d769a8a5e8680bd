"""Running an app file and finding its APIs, for the local server and for tests of examples."""

from __future__ import annotations

import runpy

from .._cli_context import app_file_run
from ..cfn.aws_apigatewayv2 import CfnApi
from ..core import app as app_module
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING
from .api import LocalApi

if TYPE_CHECKING:
    from typing import Any


def run_app_file(app_path: str, outdir: str) -> tuple[dict[str, Any], list[LocalApi]]:
    """Run an app file (an explicit `app.synth()` writes to `outdir`); its globals and a LocalApi per
    HTTP and WebSocket API of the apps it created."""
    first_new = len(app_module.created_apps)
    with app_file_run(app_path, outdir):
        namespace = runpy.run_path(app_path, run_name="__main__")
        apps = app_module.created_apps[first_new:]
    apis = [
        LocalApi(construct)
        for app in apps
        for construct in app.node.find_all()
        if isinstance(construct, Construct) and isinstance(construct.node.default_child, CfnApi)
    ]
    return namespace, apis
