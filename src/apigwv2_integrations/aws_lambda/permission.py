"""Permission: one statement of a Lambda function's resource policy (`AWS::Lambda::Permission`)."""

from __future__ import annotations

from ..aws_iam import IPrincipal
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from .function_url import FunctionUrlAuthType


@lazy_frozen(kw_only=True)
class Permission(metaclass=LazyAttrsMeta):
    """Who may call the function, and under which conditions."""

    principal: IPrincipal
    """Who gets the permission (account, ARN, service or organization principal)."""
    action: str | None = None
    """The Lambda action allowed. Default: "lambda:InvokeFunction"."""
    event_source_token: str | None = None
    """Alexa Smart Home event source token. Default: none."""
    function_url_auth_type: FunctionUrlAuthType | None = None
    """Auth type of the function URL the permission is for. Default: none."""
    invoked_via_function_url: bool | None = None
    """Allow the call only through a function URL. Default: False."""
    organization_id: str | None = None
    """Limit the permission to an AWS Organization. Default: none."""
    scope: Construct | None = None
    """Where to create the permission resource. Default: the function."""
    source_account: str | None = None
    """Account that owns the calling resource. Default: none."""
    source_arn: str | None = None
    """ARN of the calling resource. Default: none."""
