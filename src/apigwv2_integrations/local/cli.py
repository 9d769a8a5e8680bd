"""The `serve` command's entry point; it reports a missing `local` extra instead of failing on import."""

from __future__ import annotations

import sys


def serve_main(app_path: str, *, host: str, port: int, reload: bool) -> int:
    """Serve the app's APIs until interrupted; the exit status."""
    try:
        # Imported here so that a missing aiohttp is reported as a hint, not an ImportError traceback.
        from .server import serve_command
    except ModuleNotFoundError as error:
        print(
            f"error: serve needs {error.name!r}; install the local extra: "
            "pip install 'apigwv2_integrations[local]'",
            file=sys.stderr,
        )
        return 2
    return serve_command(app_path, host=host, port=port, reload=reload)
