"""The local server: every HTTP and WebSocket API of an app on localhost, reloaded when its files change.

Each API gets its own port (from `--port` upwards), so URLs look like API Gateway's: the `$default`
stage at `/`, other stages at `/{stage}/...`, WebSocket stages at `ws://host:port/{stage}` with the
`@connections` API at `http://host:port/{stage}/@connections/{id}`. Needs the `local` extra (aiohttp).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import os
import shutil
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable

from aiohttp import WSMsgType, web
from multidict import CIMultiDict

from ..core.errors import SynthesisError, ValidationError
from ..core.struct import LazyAttrsMeta, lazy_define
from ._forward import HOP_BY_HOP
from ._model import StageModel
from ._websocket import MAX_MESSAGE_BYTES, ConnectionRejected, GoneError, PayloadTooLargeError
from .api import LocalApi
from .app_file import run_app_file
from .response import LocalResponse, RequestRecord

logger = logging.getLogger("apigwv2_integrations.local")

_WATCHED_SUFFIXES = (".py", ".js", ".mjs", ".cjs", ".json")
_SKIPPED_FOLDERS = frozenset({"cdk.out", "node_modules", "__pycache__", ".venv", "venv", ".git"})


def load_apis(app_path: str, outdir: str) -> list[LocalApi]:
    """Run an app file (its assembly goes to `outdir`) and wrap each HTTP and WebSocket API it defines."""
    return run_app_file(app_path, outdir)[1]


def watched_files(app_path: str, apis: list[LocalApi]) -> dict[str, float]:
    """Modification times of the app's folder (recursively) and of its functions' asset folders."""
    roots = {os.path.dirname(os.path.abspath(app_path))}
    for api in apis:
        for spec in api.functions.specs.values():
            if spec.asset_path is not None:
                roots.add(spec.asset_path)
    times: dict[str, float] = {}
    for root in roots:
        if os.path.isfile(root):
            times[root] = os.path.getmtime(root)
            continue
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = [s for s in subfolders if s not in _SKIPPED_FOLDERS and not s.startswith(".")]
            for name in files:
                if name.endswith(_WATCHED_SUFFIXES):
                    path = os.path.join(folder, name)
                    try:
                        times[path] = os.path.getmtime(path)
                    except OSError:
                        continue
            if len(times) > 5000:
                return times
    return times


def _forget_asset_modules(apis: list[LocalApi]) -> None:
    """Drop modules imported from asset folders, so a reload imports the changed code."""
    folders = [spec.asset_path for api in apis for spec in api.functions.specs.values() if spec.asset_path]
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if path and any(path.startswith(folder + os.sep) for folder in folders):
            del sys.modules[name]


@lazy_define
class ServedApi(metaclass=LazyAttrsMeta):
    """One API on one port."""

    local: LocalApi
    runner: web.AppRunner
    port: int

    def urls(self, host: str) -> list[str]:
        """The URL of each stage."""
        if self.local.is_websocket:
            return [f"ws://{host}:{self.port}/{stage}" for stage in self.local.stages]
        return [
            f"http://{host}:{self.port}/" if stage == "$default" else f"http://{host}:{self.port}/{stage}"
            for stage in (self.local.stages or ["$default"])
        ]


def _response(local_response: LocalResponse) -> web.Response:
    headers: CIMultiDict[str] = CIMultiDict()
    for key, value in local_response.header_items:
        if key not in HOP_BY_HOP:
            headers.add(key, value)
    return web.Response(status=local_response.status, headers=headers, body=local_response.body)


def _json_message(status: int, message: str | None) -> web.Response:
    return web.Response(
        status=status,
        body=json.dumps({"message": message}, separators=(",", ":")).encode(),
        content_type="application/json",
    )


class LocalServer:
    """Serves an app file's APIs on `host`, one port per API from `port` (0: any free port)."""

    def __init__(
        self,
        app_path: str,
        *,
        host: str = "127.0.0.1",
        port: int = 3000,
        reload: bool = True,
        echo: Callable[[str], None] | None = None,
    ) -> None:
        self.app_path = app_path
        self.host = host
        self.port = port
        self.reload = reload
        self.echo: Callable[[str], None] = echo or functools.partial(print, flush=True)
        self.served: list[ServedApi] = []
        self.outdir = tempfile.mkdtemp(prefix="local-serve-")
        self._watched: dict[str, float] = {}

    async def start(self) -> None:
        """Run the app and open a port for each of its APIs."""
        apis = load_apis(self.app_path, self.outdir)
        await self._open(apis)
        self._watched = watched_files(self.app_path, apis)

    async def _open(self, apis: list[LocalApi]) -> None:
        for index, local in enumerate(apis):
            served = ServedApi(local=local, runner=web.AppRunner(web.Application()), port=0)
            served.runner.app.router.add_route("*", "/{tail:.*}", functools.partial(self._handle, served))
            await served.runner.setup()
            site = web.TCPSite(served.runner, self.host, self.port + index if self.port else 0)
            await site.start()
            served.port = int(served.runner.addresses[0][1])
            local.on_request = self._log
            self.served.append(served)
        self._print_urls()

    def _print_urls(self) -> None:
        if not self.served:
            self.echo(f"{self.app_path} defines no HTTP or WebSocket API")
        for served in self.served:
            kind = "WebSocket API" if served.local.is_websocket else "HTTP API"
            for url in served.urls(self.host):
                line = f"{kind} {served.local.api.node.path}: {url}"
                if served.local.is_websocket:
                    management = url.replace("ws://", "http://", 1) + "/@connections/{connectionId}"
                    line += f"  (@connections: {management})"
                self.echo(line)

    def _log(self, record: RequestRecord) -> None:
        self.echo(str(record))

    async def stop(self) -> None:
        """Close every port."""
        for served in self.served:
            await served.runner.cleanup()
        self.served = []

    async def watch(self, interval_s: float = 0.5) -> None:
        """Reload the app whenever one of its files changes (runs until cancelled)."""
        while True:
            await asyncio.sleep(interval_s)
            current = watched_files(self.app_path, [served.local for served in self.served])
            if current == self._watched:
                continue
            self._watched = current
            await self.reload_app()

    async def reload_app(self) -> None:
        """Run the app again; on success, serve the new APIs (on the same ports where possible)."""
        old = [served.local for served in self.served]
        _forget_asset_modules(old)
        try:
            apis = load_apis(self.app_path, self.outdir)
        except (SynthesisError, ValidationError) as error:
            self.echo(f"reload failed, still serving the previous version: {error}")
            return
        except Exception:
            self.echo(
                "reload failed, still serving the previous version:\n" + traceback.format_exc().rstrip()
            )
            return
        same_shape = [local.api.node.path for local in apis] == [local.api.node.path for local in old]
        if same_shape:
            for served, local in zip(self.served, apis, strict=True):
                local.on_request = self._log
                served.local = local
            self.echo(f"reloaded {self.app_path}")
            return
        await self.stop()
        await self._open(apis)
        self.echo(f"reloaded {self.app_path}")

    def _stage_of(self, local: LocalApi, path: str) -> tuple[StageModel | None, str]:
        first, _, rest = path.lstrip("/").partition("/")
        stage = local.stage_named(first) if first and first != "$default" else None
        if stage is not None:
            return stage, "/" + rest
        default = local.stage_named("$default")
        if default is not None or not local.model.stages:
            return local.stage if default is None else default, path
        if local.is_websocket and len(local.model.stages) == 1:
            return local.model.stages[0], path
        return None, path

    async def _handle(self, served: ServedApi, request: web.Request) -> web.StreamResponse:
        local = served.local
        raw_path, _, raw_query = request.raw_path.partition("?")
        loop = asyncio.get_running_loop()
        stage, path = self._stage_of(local, raw_path)
        if local.is_websocket:
            return await self._handle_websocket(local, stage, path, request)
        if stage is None:
            return _json_message(404, "Not Found")
        headers = [
            (key.decode("latin-1").lower(), value.decode("latin-1")) for key, value in request.raw_headers
        ]
        body = await request.read()
        source_ip = request.remote or "127.0.0.1"
        response = await loop.run_in_executor(
            None,
            functools.partial(
                local.handle_http,
                request.method,
                stage,
                path,
                raw_query,
                headers,
                body,
                source_ip=source_ip,
                domain_name=request.host,
            ),
        )
        return _response(response)

    async def _handle_websocket(
        self, local: LocalApi, stage: StageModel | None, path: str, request: web.Request
    ) -> web.StreamResponse:
        loop = asyncio.get_running_loop()
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "@connections":
            return await self._manage(local, parts[1], request)
        if stage is None or request.headers.get("upgrade", "").lower() != "websocket":
            return _json_message(
                426 if stage is not None else 404, "Upgrade Required" if stage else "Not Found"
            )
        headers = [(key.decode("latin-1"), value.decode("latin-1")) for key, value in request.raw_headers]
        query = list(request.query.items())
        try:
            connection = await loop.run_in_executor(
                None,
                functools.partial(
                    local._websocket.connect, headers, query, stage, source_ip=request.remote or "127.0.0.1"
                ),
            )
        except ConnectionRejected as rejected:
            messages = {401: "Unauthorized", 403: "Forbidden"}
            return _json_message(rejected.status, messages.get(rejected.status, "Internal Server Error"))
        socket = web.WebSocketResponse(max_msg_size=MAX_MESSAGE_BYTES)
        await socket.prepare(request)

        def send_to_client(message: str) -> None:
            asyncio.run_coroutine_threadsafe(socket.send_str(message), loop)

        def close_client() -> None:
            asyncio.run_coroutine_threadsafe(socket.close(), loop)

        connection.on_message = send_to_client
        connection.on_close = close_client
        async for message in socket:
            if message.type in (WSMsgType.TEXT, WSMsgType.BINARY):
                await loop.run_in_executor(None, connection.send, message.data)
        if connection.is_open:
            await loop.run_in_executor(
                None,
                functools.partial(
                    local._websocket.disconnect,
                    connection,
                    status_code=socket.close_code or 1005,
                    reason="" if socket.close_code else "Client-side close frame status not set",
                ),
            )
        return socket

    async def _manage(self, local: LocalApi, connection_id: str, request: web.Request) -> web.Response:
        loop = asyncio.get_running_loop()
        try:
            if request.method == "POST":
                data = await request.read()
                await loop.run_in_executor(None, local.post_to_connection, connection_id, data)
                return web.Response(status=200)
            if request.method == "GET":
                description = local.get_connection(connection_id)
                return web.Response(body=json.dumps(description).encode(), content_type="application/json")
            if request.method == "DELETE":
                await loop.run_in_executor(None, local.delete_connection, connection_id)
                return web.Response(status=204)
        except GoneError:
            return _json_message(410, None)
        except PayloadTooLargeError as error:
            return _json_message(413, str(error))
        return _json_message(405, "Method Not Allowed")


async def _run(server: LocalServer) -> None:
    await server.start()
    server.echo("Ctrl+C to stop")
    stopped = asyncio.Event()
    with contextlib.suppress(NotImplementedError):
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopped.set)
    watcher = asyncio.create_task(server.watch()) if server.reload else None
    try:
        await stopped.wait()
    finally:
        if watcher is not None:
            watcher.cancel()
        await server.stop()
        shutil.rmtree(server.outdir, ignore_errors=True)


def serve_command(app_path: str, *, host: str, port: int, reload: bool = True) -> int:
    """`python -m apigwv2_integrations serve APP.py`: serve until interrupted; the exit status."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    server = LocalServer(app_path, host=host, port=port, reload=reload)
    try:
        asyncio.run(_run(server))
    except KeyboardInterrupt:
        return 0
    except (SynthesisError, ValidationError) as error:
        print(f"error: {app_path}: {error}", file=sys.stderr)
        return 1
    except Exception:
        print(f"error: {app_path} failed:\n{traceback.format_exc().rstrip()}", file=sys.stderr)
        return 1
    return 0
