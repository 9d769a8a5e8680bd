"""FunctionUrlOrigin: a Lambda function URL as an origin."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_cloudfront.origin import OriginBindConfig
from ..aws_cloudfront.origin_access_control import FunctionUrlOriginAccessControl, IOriginAccessControl
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING, Protocol
from ..core.tokens.fn import Fn
from ..core.tokens.pseudo import Aws
from .http_origin import HttpOrigin

if TYPE_CHECKING:
    from typing import Any

    from ..aws_cloudfront.distribution import OriginSslPolicy
    from ..core.duration import Duration


class IFunctionUrl(Protocol):
    """What an origin needs of a Lambda function URL (`IFunctionUrl` of aws_lambda, which sits above this
    package)."""

    @property
    def url(self) -> str:
        """The URL (`https://<id>.lambda-url.<region>.on.aws/`)."""
        ...

    @property
    def function_arn(self) -> str:
        """The ARN of the function the URL invokes."""
        ...


class FunctionUrlOrigin(HttpOrigin):
    """A Lambda function URL as an origin, reached over HTTPS by the URL's domain."""

    def __init__(
        self,
        lambda_function_url: IFunctionUrl,
        *,
        connection_attempts: int | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        keepalive_timeout: Duration | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None,
        read_timeout: Duration | None = None,
        **unsupported: Any,
    ) -> None:
        # The domain is the third part of `https://<id>.lambda-url.<region>.on.aws/`.
        domain_name = Fn.select(2, Fn.split("/", lambda_function_url.url))
        super().__init__(
            domain_name,
            connection_attempts=connection_attempts,
            connection_timeout=connection_timeout,
            custom_headers=custom_headers,
            keepalive_timeout=keepalive_timeout,
            origin_access_control_id=origin_access_control_id,
            origin_id=origin_id,
            origin_path=origin_path,
            origin_ssl_protocols=origin_ssl_protocols,
            read_timeout=read_timeout,
            **unsupported,
        )

    @staticmethod
    def with_origin_access_control(
        lambda_function_url: IFunctionUrl,
        *,
        origin_access_control: IOriginAccessControl | None = None,
        **props: Any,
    ) -> FunctionUrlOrigin:
        """A function URL origin CloudFront signs its requests to (the URL's auth type should be AWS_IAM),
        with the permissions that let the distribution invoke the function. Default: an origin access
        control made for the origin."""
        return _FunctionUrlOriginWithAccessControl(lambda_function_url, origin_access_control, **props)


class _FunctionUrlOriginWithAccessControl(FunctionUrlOrigin):
    def __init__(
        self,
        lambda_function_url: IFunctionUrl,
        origin_access_control: IOriginAccessControl | None,
        **props: Any,
    ) -> None:
        super().__init__(lambda_function_url, **props)
        self._function_url = lambda_function_url
        self._origin_access_control = origin_access_control
        self._bound_origin_id = ""

    def bind(
        self, scope: Construct, *, origin_id: str, distribution_id: str | None = None
    ) -> OriginBindConfig:
        # The permissions are named after the origin ID, as in aws-cdk-lib.
        self._bound_origin_id = origin_id
        return super().bind(scope, origin_id=origin_id, distribution_id=distribution_id)

    def _bind_access(self, scope: Construct, distribution_id: str | None) -> str | None:
        if self._origin_access_control is None:
            self._origin_access_control = FunctionUrlOriginAccessControl(
                scope, "FunctionUrlOriginAccessControl"
            )
        # Deferred: the Lambda L1 module loads only for origins that add permissions.
        from ..cfn.aws_lambda import CfnPermission

        source_arn = f"arn:{Aws.PARTITION}:cloudfront::{Aws.ACCOUNT_ID}:distribution/{distribution_id or ''}"
        function_arn = self._function_url.function_arn
        CfnPermission(
            scope,
            f"InvokeFromApiFor{self._bound_origin_id}",
            action="lambda:InvokeFunctionUrl",
            function_name=function_arn,
            principal="cloudfront.amazonaws.com",
            source_arn=source_arn,
        )
        CfnPermission(
            scope,
            f"InvokeFunctionFromCloudFrontFor{self._bound_origin_id}",
            action="lambda:InvokeFunction",
            function_name=function_arn,
            principal="cloudfront.amazonaws.com",
            source_arn=source_arn,
            invoked_via_function_url=True,
        )
        return self._origin_access_control.origin_access_control_id
