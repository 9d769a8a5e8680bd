"""Strong references to stacks of other regions of the account (`cross_region_references=True`), laid out
as aws-cdk-lib lays them out: the producer writes each value to an SSM parameter of the consumer's region
(`Custom::CrossRegionExportWriter`, one per consumer region), and the consumer reads them
(`Custom::CrossRegionExportReader`, one per stack), each backed by a provider of the package's own code."""

from __future__ import annotations

from pathlib import Path

from .cfn_reference import CfnReference, import_across_stacks, reference_for
from .construct import Construct
from .custom_resource import CustomResource
from .custom_resource_provider import CustomResourceProviderBase
from .json_dumps import dumps as json_dumps
from .logical_id import make_unique_id
from .runtime_typing import TYPE_CHECKING
from .tokens.fn import Fn
from .tokens.lazy import Lazy

if TYPE_CHECKING:
    from typing import Any

    from .stack import Stack

_HANDLERS = Path(__file__).parent / "_cross_region_export_handlers"
_WRITER_TYPE = "Custom::CrossRegionExportWriter"
_READER_TYPE = "Custom::CrossRegionExportReader"
_EXPORTS_PREFIX = "/cdk/exports"

_WRITER_ACTIONS = ["ssm:DeleteParameters", "ssm:ListTagsForResource", "ssm:GetParameters", "ssm:PutParameter"]
_READER_ACTIONS = ["ssm:AddTagsToResource", "ssm:RemoveTagsFromResource", "ssm:GetParameters"]


def read_across_regions(reference: CfnReference, producer: Stack, consumer: Stack) -> dict[str, Any]:
    """Write `reference` to an SSM parameter of the consumer's region and return how `consumer` reads it.

    A nested consumer reads the value from the reader of its top-level stack, passed in as a parameter.
    """
    reading_stack, parameter_name = write_across_regions(reference, producer, consumer)
    value = _ExportReader.of(reading_stack).add(parameter_name)
    if reading_stack is consumer:
        return value.local_value()
    return import_across_stacks(value, reading_stack, consumer)


def write_across_regions(reference: CfnReference, producer: Stack, consumer: Stack) -> tuple[Stack, str]:
    """Write `reference` to the consumer's region (alone for strength "both", whose consumer reads an
    output): the stack that reads it (the consumer's top-level stack) and the parameter's name."""
    reading_stack = _top_level_stack_of(consumer)
    resolved = json_dumps(reference.local_value(), separators=(",", ":"))
    local_name = make_unique_id([producer.stack_name, str(producer.region), resolved])
    parameter_name = f"{_EXPORTS_PREFIX}/{reading_stack.stack_name}/{local_name}"
    writer = _ExportWriter.of(producer, str(reading_stack.region), str(reading_stack.account))
    writer.add(parameter_name, producer._output_value_of(reference))
    return reading_stack, parameter_name


def _top_level_stack_of(stack: Stack) -> Stack:
    while stack.nested_stack_parent is not None:
        stack = stack.nested_stack_parent
    return stack


def _provider(stack: Stack, resource_type: str, handler_folder: str) -> CustomResourceProviderBase:
    """The stack's provider of `resource_type`, at `<stack>/<type>CustomResourceProvider`."""
    id = f"{resource_type}CustomResourceProvider"
    existing = stack.node.try_find_child(id)
    if isinstance(existing, CustomResourceProviderBase):
        return existing
    # Differs from aws-cdk-lib: the handler is the package's own code, so the asset hash differs.
    return CustomResourceProviderBase(
        stack, id, code_directory=_HANDLERS / handler_folder, use_cfn_response_wrapper=True
    )


def _parameters_arn(stack: Stack, region: str, account: str, path: str) -> str:
    """The ARN of SSM parameters, in the partition of `stack` (the one whose role reads or writes them):
    literal under `@aws-cdk/core:enablePartitionLiterals`."""
    return Fn.join("", ["arn:", stack.partition, f":ssm:{region}:{account}:parameter{path}"])


class _ExportWriter(Construct):
    """The parameters a stack writes in one other region, at `<stack>/ExportsWriter<region><hash>`."""

    @classmethod
    def of(cls, producer: Stack, region: str, account: str) -> _ExportWriter:
        id = make_unique_id(["ExportsWriter", region])
        existing = producer.node.try_find_child(id)
        return existing if isinstance(existing, _ExportWriter) else cls(producer, id, region, account)

    def __init__(self, producer: Stack, id: str, region: str, account: str) -> None:
        super().__init__(producer, id)
        self._producer = producer
        self._exports: dict[str, Any] = {}
        provider = _provider(producer, _WRITER_TYPE, "writer")
        # One statement of the provider's role covers the parameters of every region the stack writes to.
        statement = provider.__dict__.get("_writer_statement")
        if statement is None:
            statement = {"Effect": "Allow", "Resource": [], "Action": list(_WRITER_ACTIONS)}
            provider.__dict__["_writer_statement"] = statement
            provider.add_to_role_policy(statement)
        statement["Resource"].append(_parameters_arn(producer, region, account, f"{_EXPORTS_PREFIX}/*"))
        CustomResource(
            self,
            "Resource",
            service_token=provider.service_token,
            resource_type=_WRITER_TYPE,
            properties={
                "WriterProps": {"region": region, "exports": Lazy.uncached_any(lambda: dict(self._exports))}
            },
        )

    def add(self, parameter_name: str, value: Any) -> None:
        if parameter_name not in self._exports:
            self._exports[parameter_name] = value
            self._producer._exports_changed = True


class _ExportReader(Construct):
    """The parameters a stack reads from other regions, at `<stack>/ExportsReader`."""

    @classmethod
    def of(cls, consumer: Stack) -> _ExportReader:
        existing = consumer.node.try_find_child("ExportsReader")
        return existing if isinstance(existing, _ExportReader) else cls(consumer)

    def __init__(self, consumer: Stack) -> None:
        super().__init__(consumer, "ExportsReader")
        self._consumer = consumer
        self._imports: dict[str, str] = {}
        provider = _provider(consumer, _READER_TYPE, "reader")
        provider.add_to_role_policy(
            {
                "Effect": "Allow",
                "Resource": _parameters_arn(
                    consumer,
                    str(consumer.region),
                    str(consumer.account),
                    f"{_EXPORTS_PREFIX}/{consumer.stack_name}/*",
                ),
                "Action": list(_READER_ACTIONS),
            }
        )
        self._resource = CustomResource(
            self,
            "Resource",
            service_token=provider.service_token,
            resource_type=_READER_TYPE,
            properties={
                "ReaderProps": {
                    "region": str(consumer.region),
                    "prefix": consumer.stack_name,
                    "imports": Lazy.uncached_any(lambda: dict(self._imports)),
                }
            },
        )

    def add(self, parameter_name: str) -> CfnReference:
        """The reader's attribute that holds the parameter's value."""
        if parameter_name not in self._imports:
            self._imports[parameter_name] = f"{{{{resolve:ssm:{parameter_name}}}}}"
            self._consumer._exports_changed = True
        return reference_for(self._resource._resource, parameter_name)
