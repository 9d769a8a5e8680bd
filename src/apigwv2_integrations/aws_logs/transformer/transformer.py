"""Transformer: the processors CloudWatch Logs runs on each event of a log group at ingestion
(`AWS::Logs::Transformer`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...cfn.aws_logs import CfnTransformer
from ...core.construct import Construct
from ...core.converters import to_tuple
from ...core.errors import ValidationError
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ._processor import IProcessor
from .json_mutator import JsonMutatorProcessor, JsonMutatorType
from .parser import ParserProcessor, ParserProcessorType
from .vended_log_parser import VendedLogParser

if TYPE_CHECKING:
    from typing import Any

    from ...interfaces.aws_logs import ILogGroupRef

_MAX_PROCESSORS = 20
_MAX_PARSERS = 5
_STANDARD_CLASS_WARNING = (
    "Transformers can only be created for log groups in the Standard log class. "
    "Ensure that your log group is using the Standard log class."
)


@lazy_frozen(kw_only=True)
class TransformerOptions(metaclass=LazyAttrsMeta):
    """Options of a transformer added to a log group (`LogGroup.add_transformer`)."""

    transformer_config: tuple[IProcessor, ...] = field(converter=to_tuple)
    """The processors, in the order they run: a parser first, 1 to 20 of them."""
    transformer_name: str
    """The transformer's name."""


@lazy_frozen(kw_only=True)
class TransformerProps(TransformerOptions, metaclass=LazyAttrsMeta):
    """Properties of a Transformer."""

    log_group: Any
    """The log group whose events are transformed (an `ILogGroupRef`)."""


def _is_parser(processor: IProcessor) -> bool:
    return isinstance(processor, (ParserProcessor, VendedLogParser))


def _is_parser_of(kind: ParserProcessorType) -> Callable[[IProcessor], bool]:
    return lambda processor: isinstance(processor, ParserProcessor) and processor.type is kind


def _is_json_mutator_of(kind: JsonMutatorType) -> Callable[[IProcessor], bool]:
    return lambda processor: isinstance(processor, JsonMutatorProcessor) and processor.type is kind


# The processors a transformer runs at most once: how an error names them, which they are, and whether
# they must be the first processor.
_AT_MOST_ONCE: tuple[tuple[str, Callable[[IProcessor], bool], bool], ...] = (
    ("VendedLogParsers", lambda processor: isinstance(processor, VendedLogParser), True),
    ("grok parsers (ParserProcessorType.GROK)", _is_parser_of(ParserProcessorType.GROK), False),
    ("addKeys processors (JsonMutatorType.ADD_KEYS)", _is_json_mutator_of(JsonMutatorType.ADD_KEYS), False),
    (
        "copyValue processors (JsonMutatorType.COPY_VALUE)",
        _is_json_mutator_of(JsonMutatorType.COPY_VALUE),
        False,
    ),
    ("parseToOCSF parsers (ParserProcessorType.OCSF)", _is_parser_of(ParserProcessorType.OCSF), True),
)


class Transformer(Resource):
    """A log transformer (`AWS::Logs::Transformer`).

    As in aws-cdk-lib, its `AWS::Logs::Transformer` resource is a child of the transformer's scope, named
    `ResourceTransformer`: a scope holds one transformer (a log group's own, with `add_transformer`).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        log_group: ILogGroupRef,
        transformer_config: Sequence[IProcessor],
        transformer_name: str,
    ) -> None:
        super().__init__(scope, id, physical_name=transformer_name)
        props = TransformerProps(
            log_group=log_group, transformer_config=transformer_config, transformer_name=transformer_name
        )
        processors = list(props.transformer_config)
        self._check_processors(processors)
        node = getattr(props.log_group, "node", None)
        if node is not None:
            # The log group's class may be an imported group's, unknown here: a reminder, as aws-cdk-lib's.
            node.add_metadata("warning", _STANDARD_CLASS_WARNING)
        CfnTransformer(
            scope,
            "ResourceTransformer",
            log_group_identifier=props.log_group.log_group_ref.log_group_name,
            transformer_config=[processor._render() for processor in processors],
        )

    def _check_processors(self, processors: list[IProcessor]) -> None:
        count = len(processors)
        if count == 0:
            raise ValidationError(
                self, "transformer_config=[] has no processors; give 1 to 20 processors, a parser first"
            )
        if count > _MAX_PROCESSORS:
            raise ValidationError(
                self,
                f"transformer_config has {count} processors; a transformer runs at most {_MAX_PROCESSORS}",
            )
        if not _is_parser(processors[0]):
            raise ValidationError(
                self,
                f"transformer_config[0]={processors[0]!r} is not a parser; put a ParserProcessor or a "
                "VendedLogParser first",
            )
        parsers = sum(1 for processor in processors if _is_parser(processor))
        if parsers > _MAX_PARSERS:
            raise ValidationError(
                self,
                f"transformer_config has {parsers} parsers (ParserProcessor and VendedLogParser); "
                f"a transformer runs at most {_MAX_PARSERS}",
            )
        for name, is_kind, must_be_first in _AT_MOST_ONCE:
            positions = [index for index, processor in enumerate(processors) if is_kind(processor)]
            if len(positions) > 1:
                raise ValidationError(
                    self,
                    f"transformer_config has {len(positions)} {name}, at {positions}; a transformer runs "
                    "at most one",
                )
            if must_be_first and positions and positions[0] != 0:
                index = positions[0]
                raise ValidationError(
                    self,
                    f"transformer_config[{index}]={processors[index]!r} is not the first processor; "
                    "move it to the front, as it must run first",
                )
