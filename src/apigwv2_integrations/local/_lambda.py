"""Running Lambda functions of the app locally: Python in-process, Node.js with `node`, or a callable."""

from __future__ import annotations

import importlib.util
import json
import linecache
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import types
import uuid
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from ..aws_lambda import AssetCode, Function, InlineCode
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._deployment import Deployment

if TYPE_CHECKING:
    from typing import Any

logger = logging.getLogger("apigwv2_integrations.local")

# Environment variables and sys.path are process-wide: one function call at a time changes them.
_CALL_LOCK = threading.RLock()

_NODE_RUNNER = r"""
const fs = require('fs'), path = require('path'), url = require('url');
const [dir, file, name, outPath] = process.argv.slice(1);
const write = (value) => fs.writeFileSync(outPath, JSON.stringify(value));
(async () => {
  const event = JSON.parse(fs.readFileSync(0, 'utf8'));
  const started = Date.now();
  const context = Object.assign(JSON.parse(process.env.LOCAL_LAMBDA_CONTEXT), {
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, context.timeoutMs - (Date.now() - started)),
  });
  const base = path.join(dir, file);
  const found = ['.js', '.mjs', '.cjs'].map((ext) => base + ext).filter((p) => fs.existsSync(p));
  if (!found.length) throw new Error(`Cannot find module '${file}' in ${dir}`);
  let mod;
  try {
    mod = found[0].endsWith('.mjs') ? await import(url.pathToFileURL(found[0])) : require(found[0]);
  } catch (error) {
    if (error.code !== 'ERR_REQUIRE_ESM') throw error;
    mod = await import(url.pathToFileURL(found[0]));
  }
  const handler = mod[name] || (mod.default && mod.default[name]);
  if (typeof handler !== 'function') throw new Error(`${file}.${name} is not a function`);
  const value = await new Promise((resolve, reject) => {
    const returned = handler(event, context, (error, result) => (error ? reject(error) : resolve(result)));
    if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
  });
  write({ ok: true, value: value === undefined ? null : value });
})().catch((error) => write({ ok: false, trace: (error && error.stack) || String(error) }));
"""


class LambdaContext:
    """The context object a Python handler receives, with the fields of the Lambda Python runtime."""

    def __init__(
        self, *, function_name: str, invoked_function_arn: str, memory_limit_in_mb: int, timeout_s: int
    ):
        self.function_name = function_name
        self.function_version = "$LATEST"
        self.invoked_function_arn = invoked_function_arn
        self.memory_limit_in_mb = str(memory_limit_in_mb)
        self.aws_request_id = str(uuid.uuid4())
        self.log_group_name = f"/aws/lambda/{function_name}"
        self.log_stream_name = time.strftime("%Y/%m/%d/[$LATEST]") + uuid.uuid4().hex
        self.identity: Any = None
        self.client_context: Any = None
        self._deadline = time.monotonic() + timeout_s

    def get_remaining_time_in_millis(self) -> int:
        """Milliseconds left before the function's timeout."""
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@lazy_frozen
class Invocation(metaclass=LazyAttrsMeta):
    """The outcome of one call: the returned value, or the error's traceback."""

    value: Any = None
    error: str | None = None


@lazy_frozen
class FunctionSpec(metaclass=LazyAttrsMeta):
    """What running a function needs, read from the template and the Function construct."""

    logical_id: str
    arn: str
    runtime: str
    handler: str
    environment: Mapping[str, str]
    timeout_s: int
    memory_mb: int
    inline_code: str | None
    asset_path: str | None


def read_function(deployment: Deployment, logical_id: str) -> FunctionSpec | None:
    """The function with this logical ID, or None when the template has no such function."""
    resource = deployment.resources.get(logical_id)
    if resource is None or resource.get("Type") != "AWS::Lambda::Function":
        return None
    props = deployment.properties(logical_id)
    construct = deployment.constructs.get(logical_id)
    function = construct.node.scope if construct is not None else None
    asset_path = None
    if isinstance(function, Function) and isinstance(function.code, AssetCode):
        asset_path = os.path.abspath(function.code.path)
    inline = (props.get("Code") or {}).get("ZipFile")
    if inline is None and isinstance(function, Function) and isinstance(function.code, InlineCode):
        inline = function.code.code
    return FunctionSpec(
        logical_id=logical_id,
        arn=deployment.resource_arn(logical_id),
        runtime=str(props.get("Runtime", "")),
        handler=str(props.get("Handler", "index.handler")),
        environment={
            str(k): str(v) for k, v in ((props.get("Environment") or {}).get("Variables") or {}).items()
        },
        timeout_s=int(props.get("Timeout") or 3),
        memory_mb=int(props.get("MemorySize") or 128),
        inline_code=str(inline) if inline is not None else None,
        asset_path=asset_path,
    )


def function_arn_in(uri: str) -> str:
    """The function ARN in an integration or authorizer URI (`.../functions/<arn>/invocations` or the ARN)."""
    marker = ":lambda:path/2015-03-31/functions/"
    if marker in uri:
        return uri.split(marker, 1)[1].removesuffix("/invocations")
    return uri


@contextmanager
def _environment(variables: Mapping[str, str], path: str | None) -> Iterator[None]:
    saved = dict(os.environ)
    saved_path = list(sys.path)
    os.environ.update(variables)
    if path is not None:
        sys.path.insert(0, path)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
        sys.path[:] = saved_path


class FunctionRunner:
    """Calls functions by ARN: a replacement callable first, else the function's own code."""

    def __init__(self) -> None:
        self.specs: dict[str, FunctionSpec] = {}
        self.replacements: dict[str, Callable[..., Any]] = {}
        self._loaded: dict[str, Callable[..., Any]] = {}
        self._extracted: dict[str, str] = {}

    def add(self, spec: FunctionSpec) -> None:
        """Make a function callable by its ARN."""
        self.specs.setdefault(spec.arn, spec)

    def label(self, arn: str) -> str:
        """How the request log names a function."""
        spec = self.specs.get(arn)
        return spec.logical_id if spec is not None else arn.rsplit(":", 1)[-1]

    def invoke(self, arn: str, event: Any) -> Invocation:
        """Call the function with `event`; an exception becomes an Invocation with its traceback."""
        spec = self.specs.get(arn)
        name = spec.logical_id if spec is not None else arn.rsplit(":", 1)[-1]
        context = LambdaContext(
            function_name=name,
            invoked_function_arn=arn,
            memory_limit_in_mb=spec.memory_mb if spec else 128,
            timeout_s=spec.timeout_s if spec else 3,
        )
        replacement = self.replacements.get(arn)
        try:
            if replacement is not None:
                return Invocation(value=replacement(event, context))
            if spec is None:
                raise LookupError(
                    f"function {arn!r} is not defined in this app; replace it with "
                    "local.handler(function, callable)"
                )
            if spec.runtime.startswith("python"):
                return self._invoke_python(spec, event, context)
            if spec.runtime.startswith("nodejs"):
                return self._invoke_node(spec, event, context)
            raise LookupError(
                f"function {spec.logical_id!r} has runtime {spec.runtime!r}, which runs only on AWS; "
                "replace it with local.handler(function, callable)"
            )
        except Exception:
            trace = traceback.format_exc()
            logger.error("function %s raised:\n%s", name, trace.rstrip())
            return Invocation(error=trace)

    def _variables(self, spec: FunctionSpec, context: LambdaContext) -> dict[str, str]:
        region = spec.arn.split(":")[3] if spec.arn.count(":") >= 4 else "us-east-1"
        return {
            "AWS_REGION": region,
            "AWS_DEFAULT_REGION": region,
            "AWS_LAMBDA_FUNCTION_NAME": context.function_name,
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": context.memory_limit_in_mb,
            "AWS_LAMBDA_LOG_GROUP_NAME": context.log_group_name,
            "AWS_LAMBDA_LOG_STREAM_NAME": context.log_stream_name,
            "_HANDLER": spec.handler,
            **spec.environment,
        }

    def _code_folder(self, spec: FunctionSpec) -> str | None:
        if spec.asset_path is None:
            return None
        if os.path.isdir(spec.asset_path):
            return spec.asset_path
        folder = self._extracted.get(spec.asset_path)
        if folder is None:
            folder = tempfile.mkdtemp(prefix="local-lambda-")
            with zipfile.ZipFile(spec.asset_path) as archive:
                archive.extractall(folder)
            self._extracted[spec.asset_path] = folder
        return folder

    def _invoke_python(self, spec: FunctionSpec, event: Any, context: LambdaContext) -> Invocation:
        module_name, _, function_name = spec.handler.rpartition(".")
        folder = self._code_folder(spec)
        with _CALL_LOCK, _environment(self._variables(spec, context), folder):
            handler = self._loaded.get(spec.arn)
            if handler is None:
                module = self._load_python_module(spec, module_name, folder)
                handler = getattr(module, function_name, None)
                if not callable(handler):
                    raise LookupError(f"handler {spec.handler!r} of {spec.logical_id!r} is not a function")
                self._loaded[spec.arn] = handler
            return Invocation(value=handler(event, context))

    def _load_python_module(
        self, spec: FunctionSpec, module_name: str, folder: str | None
    ) -> types.ModuleType:
        unique = f"_local_lambda_{spec.logical_id}_{module_name.replace('.', '_')}"
        if spec.inline_code is not None:
            filename = f"<inline code of {spec.logical_id}>/{module_name.replace('.', '/')}.py"
            lines = spec.inline_code.splitlines(keepends=True)
            linecache.cache[filename] = (len(spec.inline_code), None, lines, filename)
            module = types.ModuleType(unique)
            module.__file__ = filename
            exec(compile(spec.inline_code, filename, "exec"), module.__dict__)
            return module
        if folder is None:
            raise LookupError(
                f"function {spec.logical_id!r} has no inline or local asset code; "
                "replace it with local.handler(function, callable)"
            )
        path = os.path.join(folder, *module_name.split(".")) + ".py"
        module_spec = importlib.util.spec_from_file_location(unique, path)
        if module_spec is None or module_spec.loader is None or not os.path.exists(path):
            raise LookupError(f"handler module {module_name!r} of {spec.logical_id!r} is not in {folder}")
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
        return module

    def _invoke_node(self, spec: FunctionSpec, event: Any, context: LambdaContext) -> Invocation:
        node = shutil.which("node")
        if node is None:
            raise LookupError(
                f"function {spec.logical_id!r} runs on {spec.runtime} and `node` is not installed; "
                "install Node.js or replace it with local.handler(function, callable)"
            )
        module_name, _, function_name = spec.handler.rpartition(".")
        with tempfile.TemporaryDirectory(prefix="local-node-") as scratch:
            folder = self._code_folder(spec)
            if folder is None:
                if spec.inline_code is None:
                    raise LookupError(f"function {spec.logical_id!r} has no inline or local asset code")
                folder = scratch
                with open(os.path.join(scratch, module_name + ".js"), "w", encoding="utf-8") as source:
                    source.write(spec.inline_code)
            out_path = os.path.join(scratch, "result.json")
            context_json = {
                "functionName": context.function_name,
                "functionVersion": context.function_version,
                "invokedFunctionArn": context.invoked_function_arn,
                "memoryLimitInMB": context.memory_limit_in_mb,
                "awsRequestId": context.aws_request_id,
                "logGroupName": context.log_group_name,
                "logStreamName": context.log_stream_name,
                "timeoutMs": spec.timeout_s * 1000,
            }
            variables = {
                **os.environ,
                **self._variables(spec, context),
                "LOCAL_LAMBDA_CONTEXT": json.dumps(context_json),
            }
            completed = subprocess.run(
                [node, "-e", _NODE_RUNNER, folder, module_name, function_name, out_path],
                input=json.dumps(event),
                capture_output=True,
                text=True,
                env=variables,
                timeout=spec.timeout_s + 10,
                check=False,
            )
            for line in (completed.stdout + completed.stderr).splitlines():
                logger.info("%s: %s", spec.logical_id, line)
            if not os.path.exists(out_path):
                raise RuntimeError(
                    f"node exited with status {completed.returncode}: {completed.stderr.strip()}"
                )
            with open(out_path, encoding="utf-8") as result_file:
                result = json.load(result_file)
        if not result["ok"]:
            logger.error("function %s raised:\n%s", spec.logical_id, result["trace"])
            return Invocation(error=str(result["trace"]))
        return Invocation(value=result["value"])
