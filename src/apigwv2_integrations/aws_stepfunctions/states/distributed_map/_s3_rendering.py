"""What the item readers and result writers share: ARNs and their parameters block."""

from __future__ import annotations

from ....aws_s3 import IBucket
from ....core.runtime_typing import TYPE_CHECKING
from ....core.tokens.pseudo import Aws
from ..._json_path import render_object
from ...types import QueryLanguage
from ..state import compact

if TYPE_CHECKING:
    from typing import Any


def s3_resource_arn(api: str) -> str:
    """The ARN of the Step Functions S3 integration `api` (`getObject`, `putObject`, ...)."""
    return f"arn:{Aws.PARTITION}:states:::s3:{api}"


def objects_arn(bucket: IBucket) -> str:
    """The ARN of every object of `bucket`."""
    # As in aws-cdk-lib: built from the bucket's name, not from its ARN.
    return f"arn:{Aws.PARTITION}:s3:::{bucket.bucket_name}/*"


def render_parameters(values: dict[str, Any], query_language: QueryLanguage | None) -> dict[str, Any]:
    """`Arguments` for JSONata, else `Parameters` with JSON path tokens rendered as `Key.$` fields."""
    present = compact(values)
    if query_language is QueryLanguage.JSONATA:
        return {"Arguments": present}
    return {"Parameters": render_object(present)}
