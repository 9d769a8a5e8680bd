"""LogStream: the reference of defined and imported streams."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_logs import ILogStream, LogGroup, LogStream
from apigwv2_integrations.core.errors import ValidationError


def test_stream_imported_with_its_group_refers_to_both(stack: Stack) -> None:
    imported = LogStream.from_log_stream_attributes(
        stack, "Imported", log_group_name="group", log_stream_name="stream"
    )
    reference = imported.log_stream_ref
    assert (reference.log_group_name, reference.log_stream_name) == ("group", "stream")


def test_stream_imported_by_name_reports_the_unknown_group_of_its_reference(stack: Stack) -> None:
    imported = LogStream.from_log_stream_name(stack, "Imported", "stream")
    assert isinstance(imported, ILogStream)
    with pytest.raises(ValidationError) as error:
        stack.resolve(imported.log_stream_ref.log_group_name)
    assert str(error.value) == (
        "Test/Imported: log_group_name of the reference is not known: LogStream.from_log_stream_name() "
        "does not give the stream's log group; import it with "
        "LogStream.from_log_stream_attributes(log_group_name=...)"
    )


def test_defined_stream_refers_to_its_group(stack: Stack) -> None:
    group = LogGroup(stack, "Group")
    stream = LogStream(stack, "Stream", log_group=group)
    assert stack.resolve(stream.log_stream_ref.log_group_name) == {"Ref": "GroupC77FDACD"}
