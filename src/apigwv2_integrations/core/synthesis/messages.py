"""The info, warning and error messages a stack artifact carries, as `aws_cdk.cx_api` reads them."""

from __future__ import annotations

from collections.abc import Mapping

from ..annotations import ERROR, INFO, WARNING
from ..construct import MetadataEntry
from ..runtime_typing import TYPE_CHECKING
from ..simple_enum import SimpleEnum
from ..struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


class SynthesisMessageLevel(SimpleEnum):
    """How serious a synthesis message is."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_LEVEL_OF_TYPE = {
    INFO: SynthesisMessageLevel.INFO,
    WARNING: SynthesisMessageLevel.WARNING,
    ERROR: SynthesisMessageLevel.ERROR,
}


@lazy_frozen(kw_only=True)
class SynthesisMessage(metaclass=LazyAttrsMeta):
    """An info, warning or error a construct added, with the path of the construct (`/Stack/Api`)."""

    entry: MetadataEntry
    """The metadata entry: its type (`aws:cdk:warning`), data (the message) and trace."""
    id: str
    """The path of the construct, with a leading `/`."""
    level: SynthesisMessageLevel
    """Info, warning or error."""


def messages_of(metadata: Mapping[str, Any]) -> list[SynthesisMessage]:
    """The messages in a stack artifact's metadata (path -> entries), in its order."""
    found: list[SynthesisMessage] = []
    for path, entries in metadata.items():
        for entry in entries:
            level = _LEVEL_OF_TYPE.get(entry["type"])
            if level is not None:
                found.append(
                    SynthesisMessage(
                        id=path,
                        level=level,
                        entry=MetadataEntry(type=entry["type"], data=entry["data"], trace=entry.get("trace")),
                    )
                )
    return found
