"""Running an app file and finding its APIs, for the local server and for tests of examples."""

from __future__ import annotations

import os
import runpy
import sys
from typing import Any

from ..cfn.aws_apigatewayv2 import CfnApi
from ..core import app as app_module
from ..core.construct import Construct
from .api import LocalApi


def run_app_file(app_path: str, outdir: str) -> tuple[dict[str, Any], list[LocalApi]]:
    """Run an app file (an explicit `app.synth()` writes to `outdir`); its globals and a LocalApi per
    HTTP and WebSocket API of the apps it created."""
    first_new = len(app_module.created_apps)
    previous_outdir = os.environ.get(app_module.OUTDIR_ENV)
    previous_auto_synth = app_module.auto_synth_enabled
    os.environ[app_module.OUTDIR_ENV] = outdir
    app_module.auto_synth_enabled = False
    saved_path = list(sys.path)
    sys.path.insert(0, os.path.dirname(os.path.abspath(app_path)))
    try:
        namespace = runpy.run_path(app_path, run_name="__main__")
        apps = app_module.created_apps[first_new:]
    finally:
        sys.path[:] = saved_path
        app_module.auto_synth_enabled = previous_auto_synth
        if previous_outdir is None:
            os.environ.pop(app_module.OUTDIR_ENV, None)
        else:
            os.environ[app_module.OUTDIR_ENV] = previous_outdir
    apis = [
        LocalApi(construct)
        for app in apps
        for construct in app.node.find_all()
        if isinstance(construct, Construct) and isinstance(construct.node.default_child, CfnApi)
    ]
    return namespace, apis
