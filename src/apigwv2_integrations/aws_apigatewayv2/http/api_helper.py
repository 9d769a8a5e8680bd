"""HttpApiHelper: execute-api ARNs for any HTTP API reference."""

from __future__ import annotations

from ...core.arn import ArnFormat
from ...core.construct import Construct
from ...core.errors import ArgumentTypeError, ValidationError
from ...core.stack import Stack
from ...core.tokens.token import Token
from ._types import IHttpApi


class HttpApiHelper:
    """Helpers over an HTTP API reference: `HttpApiHelper.from_http_api(api).arn_for_execute_api(...)`."""

    _http_api: IHttpApi

    @staticmethod
    def from_http_api(http_api: IHttpApi) -> HttpApiHelper:
        """The helper of `http_api`."""
        # No public constructor, as in aws_cdk.
        helper = object.__new__(HttpApiHelper)
        helper._http_api = http_api
        return helper

    def arn_for_execute_api(
        self, method: str | None = None, path: str | None = None, stage: str | None = None
    ) -> str:
        """The execute-api ARN for a method, path and stage (`*` where not given; ANY is `*`)."""
        api = self._http_api
        if not isinstance(api, Construct):
            raise ArgumentTypeError(
                f"http_api={api!r} is not a construct; use an HttpApi or an imported HTTP API"
            )
        if path and not Token.is_unresolved(path) and not path.startswith("/"):
            raise ValidationError(api, f"path={path!r} must start with '/'; use a path like '/books'")
        if method is not None and not Token.is_unresolved(method) and method.upper() == "ANY":
            method = "*"
        return Stack.of(api).format_arn(
            service="execute-api",
            account=api.env.account,
            region=api.env.region,
            resource=api.api_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
            resource_name=f"{stage if stage is not None else '*'}/{method if method is not None else '*'}"
            f"{path if path is not None else '/*'}",
        )
