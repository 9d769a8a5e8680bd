"""ImportSourceSpecification: the S3 data a new table is loaded with, and its InputFormat."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from .shared import InputCompressionType

if TYPE_CHECKING:
    from typing import Any

    from ..aws_s3 import IBucket

_CSV_DELIMITERS = (",", "\t", ":", ";", "|", " ")


@lazy_frozen(kw_only=True)
class CsvOptions(metaclass=LazyAttrsMeta):
    """How CSV files are read."""

    delimiter: str | None = None
    """The delimiter: one of `,` TAB `:` `;` `|` and space. Default: a comma."""
    header_list: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The column names, when the files have no header line. Default: the first line of each file."""


class InputFormat:
    """The format of the files a table is imported from."""

    def __init__(self, name: str, options: dict[str, Any] | None = None) -> None:
        self._name = name
        self._options = options

    @staticmethod
    def csv(*, delimiter: str | None = None, header_list: Sequence[str] | None = None) -> InputFormat:
        """Comma-separated values (or another delimiter)."""
        options = CsvOptions(delimiter=delimiter, header_list=header_list)
        delimiter = options.delimiter
        if delimiter is not None and not Token.is_unresolved(delimiter) and delimiter not in _CSV_DELIMITERS:
            raise ValidationError(
                None,
                f"delimiter={delimiter!r} is not a CSV delimiter DynamoDB reads; "
                f"use one of {list(_CSV_DELIMITERS)}",
            )
        csv: dict[str, Any] = {
            "delimiter": options.delimiter,
            "header_list": list(options.header_list) if options.header_list is not None else None,
        }
        return InputFormat("CSV", {"csv": csv})

    @staticmethod
    def dynamo_db_json() -> InputFormat:
        """DynamoDB JSON, as a table export writes it."""
        return InputFormat("DYNAMODB_JSON")

    @staticmethod
    def ion() -> InputFormat:
        """Amazon Ion."""
        return InputFormat("ION")

    def __repr__(self) -> str:
        return f"InputFormat({self._name!r})"


@lazy_frozen(kw_only=True)
class ImportSourceSpecification(metaclass=LazyAttrsMeta):
    """The S3 objects a table is loaded with when it is created."""

    bucket: IBucket
    """The bucket holding the data."""
    input_format: InputFormat
    """The data's format."""
    bucket_owner: str | None = None
    """The account that owns the bucket. Default: the table's."""
    compression_type: InputCompressionType | None = None
    """How the files are compressed. Default: not compressed."""
    key_prefix: str | None = None
    """Only objects under this prefix. Default: every object of the bucket."""


def render_import_source(source: ImportSourceSpecification) -> dict[str, Any]:
    """The table's `ImportSourceSpecification` property."""
    return {
        "input_compression_type": source.compression_type.value if source.compression_type else None,
        "input_format": source.input_format._name,
        "input_format_options": source.input_format._options,
        "s3_bucket_source": {
            "s3_bucket": source.bucket.bucket_name,
            "s3_bucket_owner": source.bucket_owner,
            "s3_key_prefix": source.key_prefix,
        },
    }
