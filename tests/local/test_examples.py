"""The seed examples, run locally: Lambda books, HTTP proxies with mappings, WebSocket sendmessage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from apigwv2_integrations.local import LocalApi, run_app_file

EXAMPLES = Path(__file__).parent.parent.parent / "examples"


def only_api(name: str, tmp_path: Path) -> tuple[dict[str, Any], LocalApi]:
    namespace, apis = run_app_file(str(EXAMPLES / f"{name}.py"), str(tmp_path / "cdk.out"))
    (api,) = apis
    return namespace, api


def test_lambda_books_runs_its_node_code(tmp_path: Path) -> None:
    _, local = only_api("lambda_books", tmp_path)
    response = local.request("GET", "/books")
    assert (response.status, response.json()) == (200, ["book-1", "book-2"])
    assert local.request("POST", "/books").status == 404


def test_lambda_books_handler_can_be_replaced(tmp_path: Path) -> None:
    namespace, local = only_api("lambda_books", tmp_path)
    local.handler(namespace["books_fn"], lambda event, context: ["from-python"])
    assert local.request("GET", "/books").json() == ["from-python"]


def test_lambda_asset_runs_its_python_folder(tmp_path: Path) -> None:
    _, local = only_api("lambda_asset", tmp_path)
    assert local.request("GET", "/items").json() == ["item-1", "item-2"]


def test_http_proxy_books_reaches_the_mapped_backend(tmp_path: Path, echo_backend: str) -> None:
    _, local = only_api("http_proxy_books", tmp_path)
    local.backend("https://get-books-proxy.example.com", echo_backend)
    seen = local.request("GET", "/books?page=2").json()
    assert (seen["method"], seen["path"]) == ("GET", "/?page=2")


def test_parameter_mapping_example_rewrites_the_request(tmp_path: Path, echo_backend: str) -> None:
    _, local = only_api("parameter_mapping", tmp_path)
    local.backend("https://backend.example.com", echo_backend)
    response = local.request(
        "GET", "/api/books/42", headers={"x-source": "web", "x-debug": "1", "x-api-version": "1"}
    )
    seen = response.json()
    assert seen["path"] == "/books/42?source=web"
    assert (seen["headers"]["x-api-version"], "x-debug" in seen["headers"]) == ("2", False)
    assert seen["headers"]["x-request-id"] == response.headers["apigw-requestid"]


def test_request_parameters_example_through_its_load_balancer(tmp_path: Path, echo_backend: str) -> None:
    namespace, local = only_api("request_parameters", tmp_path)
    local.backend(namespace["listener"], echo_backend)
    headers = local.request("GET", "/anything", headers={"header1": "h"}).json()["headers"]
    assert (headers["header2"], "header1" in headers) == ("h", False)


def test_websocket_chat_sendmessage_runs_the_handler(tmp_path: Path) -> None:
    _, local = only_api("websocket_chat", tmp_path)
    assert local.stage.name == "dev"
    connection = local.connect()
    connection.send({"action": "sendmessage", "data": "hi"})
    assert connection.received == []
    assert [(r.route_key, r.integration, r.status) for r in local.records][-1] == (
        "sendmessage",
        "SendMessageIntegration",
        200,
    )
    connection.send({"action": "unknown"})
    assert connection.received_json()[0]["message"] == "Forbidden"
    connection.close()
