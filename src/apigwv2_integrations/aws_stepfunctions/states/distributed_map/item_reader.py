"""Item readers of a DistributedMap: the S3 objects or the S3 file whose content are the items."""

from __future__ import annotations

from collections.abc import Sequence

from ....aws_iam import PolicyStatement
from ....aws_s3 import IBucket
from ....core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ....core.simple_enum import SimpleEnum
from ....core.struct import LazyAttrsMeta, lazy_frozen
from ...types import QueryLanguage
from ..state import compact
from ._s3_rendering import objects_arn, render_parameters, s3_resource_arn

if TYPE_CHECKING:
    from typing import Any


class CsvHeaderLocation(SimpleEnum):
    """Where the column names of a CSV file are."""

    FIRST_ROW = "FIRST_ROW"
    """In the file's first row."""
    GIVEN = "GIVEN"
    """Given in the state definition."""


class CsvDelimiter(SimpleEnum):
    """The character between the fields of a CSV file."""

    COMMA = "COMMA"
    PIPE = "PIPE"
    SEMICOLON = "SEMICOLON"
    SPACE = "SPACE"
    TAB = "TAB"


class CsvHeaders:
    """The column names of a CSV file: read from its first row, or given."""

    def __init__(self, header_location: CsvHeaderLocation, headers: Sequence[str] | None = None) -> None:
        self.header_location = header_location
        self.headers = list(headers) if headers is not None else None

    @staticmethod
    def use_first_row() -> CsvHeaders:
        """The first row holds the column names."""
        return CsvHeaders(CsvHeaderLocation.FIRST_ROW)

    @staticmethod
    def use(headers: Sequence[str]) -> CsvHeaders:
        """These column names (the file has no header row)."""
        return CsvHeaders(CsvHeaderLocation.GIVEN, headers)

    def __repr__(self) -> str:
        if self.header_location is CsvHeaderLocation.FIRST_ROW:
            return "CsvHeaders.use_first_row()"
        return f"CsvHeaders.use({self.headers!r})"


@lazy_frozen(kw_only=True)
class ItemReaderProps(metaclass=LazyAttrsMeta):
    """Where an item reader reads: a bucket, or a JSON path to the bucket name, and how many items."""

    bucket: IBucket | None = None
    """The bucket to read from. Default: none (give bucket_name_path)."""
    bucket_name_path: str | None = None
    """A JSON path (or JSONata expression) to the bucket name. Default: none (give bucket)."""
    max_items: float | None = None
    """How many items to read at most. Default: all of them."""


@lazy_frozen(kw_only=True)
class S3FileItemReaderProps(ItemReaderProps, metaclass=LazyAttrsMeta):
    """Where an item reader finds the S3 file with the items."""

    key: str
    """The key of the file."""


@lazy_frozen(kw_only=True)
class S3CsvItemReaderProps(S3FileItemReaderProps, metaclass=LazyAttrsMeta):
    """Where an item reader finds a CSV file, and how the file is laid out."""

    csv_delimiter: CsvDelimiter | None = None
    """The character between fields. Default: CsvDelimiter.COMMA (the service's default)."""
    csv_headers: CsvHeaders | None = None
    """Where the column names are. Default: CsvHeaders.use_first_row()."""


@lazy_frozen(kw_only=True)
class S3ObjectsItemReaderProps(ItemReaderProps, metaclass=LazyAttrsMeta):
    """Which S3 objects an item reader lists as the items."""

    prefix: str | None = None
    """Only the objects whose key starts with this. Default: every object of the bucket."""


@runtime_checkable
class IItemReader(Protocol):
    """The source of a DistributedMap's items."""

    @property
    def bucket(self) -> IBucket | None:
        """The bucket read from."""
        ...

    @property
    def bucket_name_path(self) -> str | None:
        """The JSON path to the bucket name."""
        ...

    @property
    def max_items(self) -> float | None:
        """How many items to read at most."""
        ...

    @property
    def resource(self) -> str:
        """The ARN of the Step Functions S3 integration the reader calls."""
        ...

    def render(self, query_language: QueryLanguage | None = None) -> Any:
        """The `ItemReader` field of the state."""
        ...

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """What the state machine's role needs to read the items."""
        ...

    def validate_item_reader(self) -> list[str]:
        """The problems of the reader's settings."""
        ...


def validate_bucket_source(bucket: IBucket | None, bucket_name_path: str | None) -> list[str]:
    """The bucket must be given one way: as a bucket or as a JSON path to its name."""
    if bucket is not None and bucket_name_path:
        return ["bucket and bucket_name_path are both set; set only one"]
    if bucket is None and not bucket_name_path:
        return ["neither bucket nor bucket_name_path is set; set one of them"]
    return []


def _bucket_field(bucket: IBucket | None, bucket_name_path: str | None) -> str | None:
    return bucket.bucket_name if bucket is not None else bucket_name_path


class S3ObjectsItemReader:
    """Reads the list of objects of a bucket (under a prefix): each object is an item."""

    def __init__(
        self,
        *,
        prefix: str | None = None,
        bucket: IBucket | None = None,
        bucket_name_path: str | None = None,
        max_items: float | None = None,
    ) -> None:
        props = S3ObjectsItemReaderProps(
            prefix=prefix, bucket=bucket, bucket_name_path=bucket_name_path, max_items=max_items
        )
        self.bucket = props.bucket
        self.bucket_name_path = props.bucket_name_path
        self.max_items = props.max_items
        self.prefix = props.prefix
        self.resource = s3_resource_arn("listObjectsV2")

    def render(self, query_language: QueryLanguage | None = None) -> Any:
        """The `ItemReader` field: the listObjectsV2 call, with MaxItems when set."""
        rendered: dict[str, Any] = {"Resource": self.resource}
        if self.max_items:
            rendered["ReaderConfig"] = {"MaxItems": self.max_items}
        rendered.update(
            render_parameters(
                {"Bucket": _bucket_field(self.bucket, self.bucket_name_path), "Prefix": self.prefix},
                query_language,
            )
        )
        return rendered

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """s3:ListBucket on the bucket (on every bucket when only its name's path is known)."""
        resource = self.bucket.bucket_arn if self.bucket is not None else "*"
        return [PolicyStatement(actions=["s3:ListBucket"], resources=[resource])]

    def validate_item_reader(self) -> list[str]:
        """The problems of the reader's settings."""
        return validate_bucket_source(self.bucket, self.bucket_name_path)


class _S3FileItemReader:
    """Reads the items from one S3 file; subclasses name the file format."""

    _input_type = ""

    def __init__(
        self,
        *,
        key: str,
        bucket: IBucket | None = None,
        bucket_name_path: str | None = None,
        max_items: float | None = None,
    ) -> None:
        props = S3FileItemReaderProps(
            key=key, bucket=bucket, bucket_name_path=bucket_name_path, max_items=max_items
        )
        self._init_file_reader(props)

    def _init_file_reader(self, props: S3FileItemReaderProps) -> None:
        self.bucket = props.bucket
        self.bucket_name_path = props.bucket_name_path
        self.max_items = props.max_items
        self.key = props.key
        self.resource = s3_resource_arn("getObject")

    def _reader_config(self) -> dict[str, Any]:
        return compact({"InputType": self._input_type, "MaxItems": self.max_items or None})

    def render(self, query_language: QueryLanguage | None = None) -> Any:
        """The `ItemReader` field: the getObject call and the file's format."""
        rendered: dict[str, Any] = {"Resource": self.resource, "ReaderConfig": self._reader_config()}
        rendered.update(
            render_parameters(
                {"Bucket": _bucket_field(self.bucket, self.bucket_name_path), "Key": self.key},
                query_language,
            )
        )
        return rendered

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """s3:GetObject on the bucket's objects."""
        # As in aws-cdk-lib: a bucket known only by a JSON path to its name gets no statement.
        if self.bucket is None:
            return []
        return [PolicyStatement(actions=["s3:GetObject"], resources=[objects_arn(self.bucket)])]

    def validate_item_reader(self) -> list[str]:
        """The problems of the reader's settings."""
        return validate_bucket_source(self.bucket, self.bucket_name_path)


class S3JsonItemReader(_S3FileItemReader):
    """Reads the items from a JSON array in an S3 file."""

    _input_type = "JSON"


class S3JsonLItemReader(_S3FileItemReader):
    """Reads the items from an S3 file of JSON lines, one item a line."""

    _input_type = "JSONL"


class S3ManifestItemReader(_S3FileItemReader):
    """Reads the items from an S3 inventory manifest file."""

    _input_type = "MANIFEST"


class S3CsvItemReader(_S3FileItemReader):
    """Reads the items from the rows of a CSV file in S3."""

    _input_type = "CSV"

    def __init__(
        self,
        *,
        csv_delimiter: CsvDelimiter | None = None,
        csv_headers: CsvHeaders | None = None,
        key: str,
        bucket: IBucket | None = None,
        bucket_name_path: str | None = None,
        max_items: float | None = None,
    ) -> None:
        props = S3CsvItemReaderProps(
            csv_delimiter=csv_delimiter,
            csv_headers=csv_headers,
            key=key,
            bucket=bucket,
            bucket_name_path=bucket_name_path,
            max_items=max_items,
        )
        self._init_file_reader(props)
        self.csv_delimiter = props.csv_delimiter
        self.csv_headers = props.csv_headers or CsvHeaders.use_first_row()

    def _reader_config(self) -> dict[str, Any]:
        return {
            **super()._reader_config(),
            **compact(
                {
                    "CSVDelimiter": self.csv_delimiter.value if self.csv_delimiter is not None else None,
                    "CSVHeaderLocation": self.csv_headers.header_location.value,
                    "CSVHeaders": self.csv_headers.headers,
                }
            ),
        }
