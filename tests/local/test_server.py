"""The local server, started as `python -m apigwv2_integrations serve APP.py --port 0` and driven by
a real HTTP client and a real WebSocket client on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

STARTUP_S = 60.0
APP = """
import apigwv2_integrations as cdk
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Served")


def python(id, code):
    return lambda_.Function(
        stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_inline(code)
    )


books = python("Books", "def handler(event, context):\\n    return {'book': event['pathParameters']['id'], 'version': VERSION}\\nVERSION = 1\\n")
broken = python("Broken", "def handler(event, context):\\n    raise RuntimeError('broken on purpose')\\n")
chat = python(
    "Chat",
    "import json\\n"
    "def handler(event, context):\\n"
    "    ctx = event['requestContext']\\n"
    "    return {'statusCode': 200, 'body': json.dumps({'route': ctx['routeKey'], 'id': ctx['connectionId']})}\\n",
)
http_api = apigwv2.HttpApi(stack, "Http")
http_api.add_routes(path="/books/{id}", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("BooksIntegration", books))
http_api.add_routes(path="/broken", integration=integrations.HttpLambdaIntegration("BrokenIntegration", broken))
ws_api = apigwv2.WebSocketApi(stack, "Ws")
ws_api.add_route("whoami", integration=integrations.WebSocketLambdaIntegration("WhoAmI", chat), return_response=True)
apigwv2.WebSocketStage(stack, "Dev", web_socket_api=ws_api, stage_name="dev", auto_deploy=True)
app.synth()
"""


class Served:
    """A running `serve` process, its output lines and its URLs."""

    def __init__(self, app_path: Path) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "apigwv2_integrations", "serve", str(app_path), "--port", "0"],
            cwd=app_path.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.errors: list[str] = []
        for stream, sink in (
            (self.process.stdout, self.lines.put),
            (self.process.stderr, self.errors.append),
        ):
            threading.Thread(target=self._pump, args=(stream, sink), daemon=True).start()
        self.wait_for("Ctrl+C to stop")
        self.http = next(line.split(": ", 1)[1] for line in self.seen if line.startswith("HTTP API"))
        ws_line = next(line for line in self.seen if line.startswith("WebSocket API"))
        self.ws = ws_line.split(": ", 1)[1].split("  ", 1)[0]

    @staticmethod
    def _pump(stream: Any, sink: Any) -> None:
        for line in stream:
            sink(line.rstrip("\n"))

    def wait_for(self, text: str, timeout_s: float = STARTUP_S) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no line with {text!r}; output: {self.seen}; errors: {self.errors}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    app_path = tmp_path / "app.py"
    app_path.write_text(APP)
    server = Served(app_path)
    try:
        yield server
    finally:
        server.stop()


def get(url: str, method: str = "GET", data: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, method=method, data=data)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_server_lists_urls_and_serves_http_with_a_log_line(served: Served) -> None:
    assert served.http.startswith("http://127.0.0.1:")
    assert served.ws.startswith("ws://127.0.0.1:") and served.ws.endswith("/dev")
    status, headers, body = get(served.http + "books/42?x=1")
    assert (status, json.loads(body)) == (200, {"book": "42", "version": 1})
    assert headers["content-type"] == "application/json"
    assert "GET /books/42?x=1 -> GET /books/{id} [BooksIntegration] 200" in served.wait_for("GET /books/42")
    status, _, body = get(served.http + "nothing")
    assert (status, body) == (404, b'{"message":"Not Found"}')


def test_server_shows_the_traceback_of_a_handler_that_raises(served: Served) -> None:
    status, _, body = get(served.http + "broken")
    assert (status, json.loads(body)) == (500, {"message": "Internal Server Error"})
    served.wait_for("GET /broken")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any("broken on purpose" in line for line in served.errors):
        time.sleep(0.05)
    assert any("RuntimeError: broken on purpose" in line for line in served.errors)


def test_server_websocket_routes_and_connections_api(served: Served) -> None:
    management = served.ws.replace("ws://", "http://", 1) + "/@connections/"

    async def scenario() -> tuple[dict[str, Any], tuple[int, bytes], str, int]:
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(timeout=timeout) as session, session.ws_connect(served.ws) as socket:
            await socket.send_json({"action": "whoami"})
            answer = json.loads(await socket.receive_str(timeout=30))
            connection = answer["id"]
            loop = asyncio.get_running_loop()
            posted = await loop.run_in_executor(None, get, management + connection, "POST", b"pushed")
            assert posted[0] == 200, (posted, served.seen, served.errors)
            pushed = await socket.receive_str(timeout=30)
            too_large = await loop.run_in_executor(None, get, management + connection, "POST", b"x" * 131073)
            assert too_large[:3:2] == (
                413,
                b'{"message":"the data has 131073 bytes; @connections POST takes 131072 at most"}',
            ), too_large
            described = await loop.run_in_executor(None, get, management + connection)
            deleted = await loop.run_in_executor(None, get, management + connection, "DELETE")
            closing = await socket.receive(timeout=30)
            return answer, (described[0], described[2]), pushed, deleted[0] if closing else 0

    answer, described, pushed, deleted = asyncio.run(scenario())
    assert answer["route"] == "whoami"
    assert pushed == "pushed"
    assert described[0] == 200 and json.loads(described[1])["connectedAt"].endswith("Z")
    assert deleted == 204
    status, _, _ = get(management + answer["id"])
    assert status == 410


def test_server_reloads_when_the_app_changes(served: Served, tmp_path: Path) -> None:
    app_path = tmp_path / "app.py"
    app_path.write_text(APP.replace("VERSION = 1", "VERSION = 2"))
    later = time.time() + 5
    os.utime(app_path, (later, later))
    served.wait_for("reloaded")
    status, _, body = get(served.http + "books/1")
    assert (status, json.loads(body)["version"]) == (200, 2)


def test_server_closes_a_websocket_with_1009_for_a_message_over_128_kb(served: Served) -> None:
    async def scenario() -> tuple[aiohttp.WSMsgType, Any]:
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(timeout=timeout) as session, session.ws_connect(served.ws) as socket:
            await socket.send_str("x" * (128 * 1024 + 1))
            closing = await socket.receive(timeout=30)
            return closing.type, closing.data

    assert asyncio.run(scenario()) == (aiohttp.WSMsgType.CLOSE, 1009)
