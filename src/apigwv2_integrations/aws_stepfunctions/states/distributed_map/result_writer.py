"""Result writers of a DistributedMap: where in S3 the child executions' results are written."""

from __future__ import annotations

from ....aws_iam import PolicyStatement
from ....aws_s3 import IBucket
from ....core.runtime_typing import TYPE_CHECKING
from ....core.simple_enum import SimpleEnum
from ....core.struct import LazyAttrsMeta, lazy_frozen
from ...types import QueryLanguage
from ._s3_rendering import objects_arn, render_parameters, s3_resource_arn
from .item_reader import validate_bucket_source

if TYPE_CHECKING:
    from typing import Any

_WRITER_ACTIONS = ["s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"]


class OutputType(SimpleEnum):
    """The format of the written results."""

    JSON = "JSON"
    """A JSON array."""
    JSONL = "JSONL"
    """JSON lines, one result a line."""


class Transformation(SimpleEnum):
    """How much of each child execution's record is written."""

    NONE = "NONE"
    """The whole execution record (metadata, input and output)."""
    COMPACT = "COMPACT"
    """The output only."""
    FLATTEN = "FLATTEN"
    """The output only, with arrays of batched results flattened."""


@lazy_frozen(kw_only=True)
class WriterConfigProps(metaclass=LazyAttrsMeta):
    """The format and content of the written results."""

    output_type: OutputType
    """The file format."""
    transformation: Transformation
    """How much of each execution record is written."""


class WriterConfig:
    """The format and content of the results a ResultWriterV2 writes."""

    def __init__(self, *, output_type: OutputType, transformation: Transformation) -> None:
        props = WriterConfigProps(output_type=output_type, transformation=transformation)
        self.output_type = props.output_type
        self.transformation = props.transformation

    def __repr__(self) -> str:
        return f"WriterConfig(output_type={self.output_type}, transformation={self.transformation})"


@lazy_frozen(kw_only=True)
class ResultWriterProps(metaclass=LazyAttrsMeta):
    """The bucket and prefix the results are written to."""

    bucket: IBucket
    """The bucket."""
    prefix: str | None = None
    """The key prefix. Default: the bucket's root."""


@lazy_frozen(kw_only=True)
class ResultWriterV2Props(metaclass=LazyAttrsMeta):
    """Where and in what format the results are written."""

    bucket: IBucket | None = None
    """The bucket. Default: none (give bucket_name_path, or only writer_config)."""
    bucket_name_path: str | None = None
    """A JSON path (or JSONata expression) to the bucket name. Default: none."""
    prefix: str | None = None
    """The key prefix. Default: the bucket's root."""
    writer_config: WriterConfig | None = None
    """The format of the results. Default: the service's (JSON, NONE)."""


def _writer_statements(resource: str) -> list[PolicyStatement]:
    return [PolicyStatement(actions=list(_WRITER_ACTIONS), resources=[resource])]


class ResultWriter:
    """Writes the results to a bucket (superseded by ResultWriterV2, which aws-cdk-lib's
    `useDistributedMapResultWriterV2` flag switches DistributedMap to)."""

    def __init__(self, *, bucket: IBucket, prefix: str | None = None) -> None:
        props = ResultWriterProps(bucket=bucket, prefix=prefix)
        self.bucket = props.bucket
        self.prefix = props.prefix

    def render(self, query_language: QueryLanguage | None = None) -> Any:
        """The `ResultWriter` field of the state."""
        return {
            "Resource": s3_resource_arn("putObject"),
            **render_parameters({"Bucket": self.bucket.bucket_name, "Prefix": self.prefix}, query_language),
        }

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """What the state machine's role needs to write the results."""
        return _writer_statements(objects_arn(self.bucket))


class ResultWriterV2:
    """Writes the results to a bucket, or only sets their format."""

    def __init__(
        self,
        *,
        bucket: IBucket | None = None,
        bucket_name_path: str | None = None,
        prefix: str | None = None,
        writer_config: WriterConfig | None = None,
    ) -> None:
        props = ResultWriterV2Props(
            bucket=bucket, bucket_name_path=bucket_name_path, prefix=prefix, writer_config=writer_config
        )
        self.bucket = props.bucket
        self.bucket_name_path = props.bucket_name_path
        self.prefix = props.prefix
        self.writer_config = props.writer_config

    def render(self, query_language: QueryLanguage | None = None) -> Any:
        """The `ResultWriter` field of the state."""
        rendered: dict[str, Any] = {}
        bucket = self.bucket.bucket_name if self.bucket is not None else self.bucket_name_path
        if bucket:
            rendered["Resource"] = s3_resource_arn("putObject")
            rendered.update(render_parameters({"Bucket": bucket, "Prefix": self.prefix}, query_language))
        if self.writer_config is not None:
            rendered["WriterConfig"] = {
                "OutputType": self.writer_config.output_type.value,
                "Transformation": self.writer_config.transformation.value,
            }
        return rendered

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """What the state machine's role needs to write the results (any bucket for a bucket path)."""
        if self.bucket is not None:
            return _writer_statements(objects_arn(self.bucket))
        if self.bucket_name_path:
            return _writer_statements("*")
        return []

    def validate_result_writer(self) -> list[str]:
        """The problems of the writer's settings."""
        if self.bucket is not None and self.bucket_name_path:
            return validate_bucket_source(self.bucket, self.bucket_name_path)
        return []
