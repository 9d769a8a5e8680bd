"""DistributedMap (aws_stepfunctions/states/distributed_map/*): item readers, item batcher, result writers,
the state machine's statements and the state's rules."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from apigwv2_integrations import App, Aws, Stack
from apigwv2_integrations import aws_s3 as s3
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations.assertions import Annotations, Match, Template
from apigwv2_integrations.core.errors import SynthesisError
from apigwv2_integrations.core.struct import fields_of
from tests.cfn_lint import assert_cfn_lint_clean

V2 = "@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2"
PARTITION = {"Ref": "AWS::Partition"}


def machine_of(stack: Stack, chainable: sfn.IChainable, **props: Any) -> sfn.StateMachine:
    return sfn.StateMachine(
        stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(chainable), **props
    )


def definition_of(stack: Stack, chainable: sfn.IChainable, **props: Any) -> Any:
    machine = machine_of(stack, chainable, **props)
    rendered = stack.resolve(machine.node.default_child._cfn_properties()["DefinitionString"])  # type: ignore[union-attr]
    return json.loads(rendered) if isinstance(rendered, str) else rendered


def state_of(stack: Stack, state: sfn.State, **props: Any) -> dict[str, Any]:
    """The state's JSON, with the tokens of the definition resolved in place."""
    rendered = definition_of(stack, state, **props)
    if isinstance(rendered, dict) and "Fn::Join" in rendered:
        parts = rendered["Fn::Join"][1]
        text = "".join(
            part if isinstance(part, str) else json.dumps(part).replace('"', "'") for part in parts
        )
        rendered = json.loads(text)
    return dict(rendered["States"][state.state_id])


def v2_stack(tmp_path: Any) -> Stack:
    return Stack(App(outdir=str(tmp_path / "out"), context={V2: True}), "Test")


def distributed(stack: Stack, id: str = "Map", **props: Any) -> sfn.DistributedMap:
    state = sfn.DistributedMap(stack, id, **props)
    state.item_processor(sfn.Pass(stack, f"{id}Item"))
    return state


def synth_errors(app: App) -> str:
    with pytest.raises(SynthesisError) as error:
        app.synth()
    return str(error.value)


def statements_of(template: dict[str, Any], logical_id_prefix: str) -> list[dict[str, Any]]:
    (policy,) = [
        resource
        for logical_id, resource in template["Resources"].items()
        if logical_id.startswith(logical_id_prefix) and resource["Type"] == "AWS::IAM::Policy"
    ]
    return list(policy["Properties"]["PolicyDocument"]["Statement"])


# --- rendering ----------------------------------------------------------------------------------------


def test_distributed_map_renders_distributed_processor_and_its_own_fields_after_the_map_fields(
    stack: Stack,
) -> None:
    bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "data")
    state = distributed(
        stack,
        comment="c",
        item_reader=sfn.S3JsonItemReader(bucket=bucket, key="items.json", max_items=10),
        item_batcher=sfn.ItemBatcher(max_items_per_batch=5, batch_input={"a": "b"}),
        label="orders",
        tolerated_failure_percentage=5,
        tolerated_failure_count=2,
        map_execution_type=sfn.StateMachineType.EXPRESS,
        max_concurrency=4,
        result_path="$.res",
    )
    assert list(state_of(stack, state).items()) == [
        ("Type", "Map"),
        ("Comment", "c"),
        ("ResultPath", "$.res"),
        ("End", True),
        (
            "ItemProcessor",
            {
                "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                "StartAt": "MapItem",
                "States": {"MapItem": {"Type": "Pass", "End": True}},
            },
        ),
        ("MaxConcurrency", 4),
        (
            "ItemReader",
            {
                "Resource": "arn:{'Ref': 'AWS::Partition'}:states:::s3:getObject",
                "ReaderConfig": {"InputType": "JSON", "MaxItems": 10},
                "Parameters": {"Bucket": "data", "Key": "items.json"},
            },
        ),
        ("ItemBatcher", {"MaxItemsPerBatch": 5, "BatchInput": {"a": "b"}}),
        ("ToleratedFailurePercentage", 5),
        ("ToleratedFailureCount", 2),
        ("Label", "orders"),
    ]


def test_zero_tolerated_failures_and_an_empty_label_are_left_out(stack: Stack) -> None:
    state = distributed(stack, tolerated_failure_percentage=0, tolerated_failure_count=0, label="")
    assert set(state_of(stack, state)) == {"Type", "End", "ItemProcessor"}


def test_item_processor_execution_type_is_ignored_with_a_warning(stack: Stack) -> None:
    state = sfn.DistributedMap(stack, "Map")
    state.item_processor(sfn.Pass(stack, "Item"), execution_type=sfn.ProcessorType.EXPRESS)
    config = state_of(stack, state)["ItemProcessor"]["ProcessorConfig"]
    assert config == {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}
    warnings = [entry.data for entry in state.node.metadata if entry.type == "aws:cdk:warning"]
    assert warnings == [
        "Property 'ProcessorConfig.executionType' is ignored, use the 'mapExecutionType' in the 'DistributedMap' "
        "class instead. [ack: @aws-cdk/aws-stepfunctions:propertyIgnored]"
    ]


def test_csv_reader_renders_delimiter_and_given_headers(stack: Stack) -> None:
    reader = sfn.S3CsvItemReader(
        bucket_name_path="$.bucket",
        key="rows.csv",
        max_items=3,
        csv_delimiter=sfn.CsvDelimiter.SEMICOLON,
        csv_headers=sfn.CsvHeaders.use(["id", "amount"]),
    )
    assert stack.resolve(reader.render()) == {
        "Resource": {"Fn::Join": ["", ["arn:", PARTITION, ":states:::s3:getObject"]]},
        "ReaderConfig": {
            "InputType": "CSV",
            "MaxItems": 3,
            "CSVDelimiter": "SEMICOLON",
            "CSVHeaderLocation": "GIVEN",
            "CSVHeaders": ["id", "amount"],
        },
        "Parameters": {"Bucket": "$.bucket", "Key": "rows.csv"},
    }


def test_csv_reader_reads_headers_from_the_first_row_by_default() -> None:
    reader = sfn.S3CsvItemReader(bucket_name_path="$.b", key="k")
    assert reader.render()["ReaderConfig"] == {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"}
    assert repr(reader.csv_headers) == "CsvHeaders.use_first_row()"


@pytest.mark.parametrize(
    ("reader_class", "input_type"),
    [
        (sfn.S3JsonItemReader, "JSON"),
        (sfn.S3JsonLItemReader, "JSONL"),
        (sfn.S3ManifestItemReader, "MANIFEST"),
    ],
)
def test_file_readers_name_their_input_type(reader_class: Any, input_type: str) -> None:
    assert reader_class(bucket_name_path="$.b", key="k").render()["ReaderConfig"] == {"InputType": input_type}


def test_objects_reader_lists_the_bucket_with_max_items_only_when_set(stack: Stack) -> None:
    bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "data")
    reader = sfn.S3ObjectsItemReader(bucket=bucket, prefix="in/", max_items=5)
    assert stack.resolve(reader.render()) == {
        "Resource": {"Fn::Join": ["", ["arn:", PARTITION, ":states:::s3:listObjectsV2"]]},
        "ReaderConfig": {"MaxItems": 5},
        "Parameters": {"Bucket": "data", "Prefix": "in/"},
    }
    assert "ReaderConfig" not in sfn.S3ObjectsItemReader(bucket=bucket, max_items=0).render()


def test_readers_and_writers_render_arguments_for_jsonata_and_json_path_fields_for_jsonpath() -> None:
    reader = sfn.S3JsonItemReader(bucket_name_path=sfn.JsonPath.string_at("$.b"), key="k")
    assert reader.render()["Parameters"] == {"Bucket.$": "$.b", "Key": "k"}
    writer = sfn.ResultWriterV2(bucket_name_path="{% $b %}", prefix="p")
    assert writer.render(sfn.QueryLanguage.JSONATA)["Arguments"] == {"Bucket": "{% $b %}", "Prefix": "p"}


def test_result_writer_v2_renders_writer_config_alone_without_a_bucket() -> None:
    writer = sfn.ResultWriterV2(
        writer_config=sfn.WriterConfig(
            output_type=sfn.OutputType.JSONL, transformation=sfn.Transformation.FLATTEN
        )
    )
    assert writer.render() == {"WriterConfig": {"OutputType": "JSONL", "Transformation": "FLATTEN"}}
    assert writer.provide_policy_statements() == []
    assert sfn.ResultWriterV2().render() == {}


def test_item_batcher_renders_limits_paths_and_batch_input_in_order() -> None:
    batcher = sfn.ItemBatcher(
        batch_input={"z": 1}, max_items_per_batch_path="$.a", max_input_bytes_per_batch=5
    )
    assert list(batcher.render().items()) == [
        ("MaxItemsPerBatchPath", "$.a"),
        ("MaxInputBytesPerBatch", 5),
        ("BatchInput", {"z": 1}),
    ]


# --- the result writer flag ---------------------------------------------------------------------------


def test_without_the_flag_result_writer_is_rendered_and_result_writer_v2_ignored(stack: Stack) -> None:
    bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "results")
    state = distributed(
        stack,
        result_writer=sfn.ResultWriter(bucket=bucket, prefix="v1"),
        result_writer_v2=sfn.ResultWriterV2(bucket=bucket, prefix="v2"),
    )
    assert state_of(stack, state)["ResultWriter"] == {
        "Resource": "arn:{'Ref': 'AWS::Partition'}:states:::s3:putObject",
        "Parameters": {"Bucket": "results", "Prefix": "v1"},
    }


def test_with_the_flag_result_writer_v2_is_rendered_and_result_writer_ignored(tmp_path: Any) -> None:
    stack = v2_stack(tmp_path)
    bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "results")
    state = distributed(
        stack,
        result_writer=sfn.ResultWriter(bucket=bucket, prefix="v1"),
        result_writer_v2=sfn.ResultWriterV2(
            bucket=bucket,
            prefix="v2",
            writer_config=sfn.WriterConfig(
                output_type=sfn.OutputType.JSON, transformation=sfn.Transformation.NONE
            ),
        ),
    )
    assert state_of(stack, state)["ResultWriter"] == {
        "Resource": "arn:{'Ref': 'AWS::Partition'}:states:::s3:putObject",
        "Parameters": {"Bucket": "results", "Prefix": "v2"},
        "WriterConfig": {"OutputType": "JSON", "Transformation": "NONE"},
    }


@pytest.mark.parametrize(
    ("writer", "warns"),
    [
        (sfn.ResultWriterV2(), True),
        (sfn.ResultWriterV2(prefix="only-a-prefix"), True),
        (sfn.ResultWriterV2(bucket_name_path="$.bucket"), False),
        (
            sfn.ResultWriterV2(
                writer_config=sfn.WriterConfig(
                    output_type=sfn.OutputType.JSON, transformation=sfn.Transformation.NONE
                )
            ),
            False,
        ),
    ],
)
def test_an_empty_result_writer_v2_is_a_warning(
    tmp_path: Any, writer: sfn.ResultWriterV2, warns: bool
) -> None:
    stack = v2_stack(tmp_path)
    state_of(stack, distributed(stack, result_writer_v2=writer))
    warnings = Annotations.from_stack(stack).find_warning("*", Match.any_value())
    assert [(w.id, w.entry.data) for w in warnings] == (
        [
            (
                "/Test/Map",
                "ResultWriter should specify at least the WriterConfig or the Bucket and Prefix "
                "[ack: @aws-cdk/aws-stepfunctions:emptyResultWriter]",
            )
        ]
        if warns
        else []
    )


# --- the state machine's statements -------------------------------------------------------------------


def test_role_gets_writer_then_reader_statements_and_a_distributed_map_policy(tmp_path: Any) -> None:
    stack = v2_stack(tmp_path)
    bucket = s3.Bucket(stack, "Data")
    state = distributed(
        stack,
        label="orders",
        item_reader=sfn.S3JsonItemReader(bucket=bucket, key="k"),
        result_writer_v2=sfn.ResultWriterV2(bucket=bucket),
    )
    machine_of(stack, state)
    template = Template.from_stack(stack).to_json()
    assert_cfn_lint_clean(template)
    objects = {"Fn::Join": ["", ["arn:", PARTITION, ":s3:::", {"Ref": "Data666C94C7"}, "/*"]]}
    assert statements_of(template, "MachineRoleDefaultPolicy") == [
        {
            "Action": [
                "s3:PutObject",
                "s3:GetObject",
                "s3:ListMultipartUploadParts",
                "s3:AbortMultipartUpload",
            ],
            "Effect": "Allow",
            "Resource": objects,
        },
        {"Action": "s3:GetObject", "Effect": "Allow", "Resource": objects},
    ]

    def execution(suffix: str) -> dict[str, Any]:
        name = {"Fn::Select": [6, {"Fn::Split": [":", {"Ref": "Machine6FC8AE80"}]}]}
        return {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    PARTITION,
                    ":states:",
                    {"Ref": "AWS::Region"},
                    ":",
                    {"Ref": "AWS::AccountId"},
                    ":execution:",
                    name,
                    suffix,
                ],
            ]
        }

    policy = template["Resources"]["MachineDistributedMapPolicy24ABC4F8"]["Properties"]
    assert policy["Roles"] == [{"Ref": "MachineRoleD2D3D395"}]
    assert policy["PolicyDocument"]["Statement"] == [
        {"Action": "states:StartExecution", "Effect": "Allow", "Resource": {"Ref": "Machine6FC8AE80"}},
        {
            "Action": ["states:DescribeExecution", "states:StopExecution"],
            "Effect": "Allow",
            "Resource": execution(":*"),
        },
        {"Action": "states:RedriveExecution", "Effect": "Allow", "Resource": execution("/orders:*")},
    ]


def test_redrive_covers_every_label_or_all_executions_when_a_map_has_none(app: App, stack: Stack) -> None:
    machine_of(
        stack, distributed(stack, "First", label="one").next(distributed(stack, "Second", label="two"))
    )
    other = Stack(app, "Other")
    machine_of(other, distributed(other, "First", label="one").next(distributed(other, "Second")))
    labelled = Template.from_stack(stack).to_json()
    redrive = statements_of(labelled, "MachineDistributedMapPolicy")[2]["Resource"]
    assert [item["Fn::Join"][1][-1] for item in redrive] == ["/one:*", "/two:*"]
    unlabelled = Template.from_stack(other).to_json()
    assert (
        statements_of(unlabelled, "MachineDistributedMapPolicy")[2]["Resource"]["Fn::Join"][1][-1] == "/*:*"
    )


def test_readers_and_writers_without_a_bucket_ask_for_what_aws_cdk_lib_asks(stack: Stack) -> None:
    assert sfn.S3JsonItemReader(bucket_name_path="$.b", key="k").provide_policy_statements() == []
    (listing,) = sfn.S3ObjectsItemReader(bucket_name_path="$.b").provide_policy_statements()
    assert listing.to_statement_json() == {"Action": "s3:ListBucket", "Effect": "Allow", "Resource": "*"}
    (writing,) = sfn.ResultWriterV2(bucket_name_path="$.b").provide_policy_statements()
    assert writing.to_statement_json()["Resource"] == "*"


# --- rules ---------------------------------------------------------------------------------------------


def test_distributed_map_problems_are_reported_at_synth(app: App, stack: Stack) -> None:
    bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "data")
    state = sfn.DistributedMap(
        stack,
        "Map",
        items_path="$.items",
        item_reader=sfn.S3JsonItemReader(bucket=bucket, bucket_name_path="$.b", key="k"),
        item_batcher=sfn.ItemBatcher(),
        result_writer_v2=sfn.ResultWriterV2(bucket=bucket, bucket_name_path="$.b"),
        label="a b" + "x" * 40,
        tolerated_failure_percentage=101,
        tolerated_failure_percentage_path="$.p",
        tolerated_failure_count=1,
        tolerated_failure_count_path="$.c",
    )
    state.item_processor(sfn.Pass(stack, "Item"), mode=sfn.ProcessorMode.INLINE)
    machine_of(stack, state)
    assert synth_errors(app) == (
        "synthesis failed with 10 validation errors:\n"
        "  Test/Map: item_processor(mode=ProcessorMode.INLINE) does not fit a DistributedMap state; "
        "leave mode unset or use a Map state\n"
        "  Test/Map: items_path and item_reader are both set; set only one\n"
        "  Test/Map: item_reader: bucket and bucket_name_path are both set; set only one\n"
        "  Test/Map: item_batcher: no batch limit is set; set max_items_per_batch, max_input_bytes_per_batch "
        "or one of their _path forms\n"
        "  Test/Map: result_writer_v2: bucket and bucket_name_path are both set; set only one\n"
        f"  Test/Map: label='a b{'x' * 40}' is longer than 40 characters; shorten it\n"
        f"  Test/Map: label='a b{'x' * 40}' contains whitespace, a control character or one of "
        '? * < > { } [ ] : ; , \\ | ^ ~ $ # % & ` "; remove them\n'
        "  Test/Map: tolerated_failure_percentage=101 is out of range; use 0 to 100\n"
        "  Test/Map: tolerated_failure_percentage and tolerated_failure_percentage_path are both set; "
        "set only one\n"
        "  Test/Map: tolerated_failure_count and tolerated_failure_count_path are both set; set only one"
    )


def test_distributed_map_needs_an_item_processor_and_a_reader_a_bucket(app: App, stack: Stack) -> None:
    state = sfn.DistributedMap(
        stack,
        "Map",
        item_reader=sfn.S3ObjectsItemReader(),
        item_batcher=sfn.ItemBatcher(
            max_items_per_batch=1,
            max_items_per_batch_path="$.a",
            max_input_bytes_per_batch=1,
            max_input_bytes_per_batch_path="$.b",
        ),
    )
    machine_of(stack, state)
    assert synth_errors(app) == (
        "synthesis failed with 4 validation errors:\n"
        "  Test/Map: a DistributedMap state needs an item processor; call item_processor(...)\n"
        "  Test/Map: item_reader: neither bucket nor bucket_name_path is set; set one of them\n"
        "  Test/Map: item_batcher: max_items_per_batch and max_items_per_batch_path are both set; set only one\n"
        "  Test/Map: item_batcher: max_input_bytes_per_batch and max_input_bytes_per_batch_path are both set; "
        "set only one"
    )


def test_distributed_item_processor_mode_needs_an_execution_type(app: App, stack: Stack) -> None:
    state = sfn.DistributedMap(stack, "Map", map_execution_type=sfn.StateMachineType.EXPRESS)
    state.item_processor(sfn.Pass(stack, "Item"), mode=sfn.ProcessorMode.DISTRIBUTED)
    machine_of(stack, state)
    assert synth_errors(app) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Map: item processor mode DISTRIBUTED needs an execution_type; "
        "pass execution_type= to item_processor()"
    )


def test_label_from_a_token_is_not_checked(app: App, stack: Stack) -> None:
    machine_of(stack, distributed(stack, label=Aws.REGION))
    app.synth()


def test_is_distributed_map(stack: Stack) -> None:
    assert sfn.DistributedMap.is_distributed_map(sfn.DistributedMap(stack, "Map"))
    assert not sfn.DistributedMap.is_distributed_map(sfn.Map(stack, "Inline"))


# --- props structs and factories -----------------------------------------------------------------------


def keywords_of(function: Any) -> set[str]:
    return set(inspect.signature(function).parameters) - {"self", "scope", "id"}


def field_names(struct: type) -> set[str]:
    return {attribute.name for attribute in fields_of(struct)}


def test_distributed_map_props_have_the_keywords_of_the_constructor_and_factories() -> None:
    assert field_names(sfn.DistributedMapProps) == keywords_of(sfn.DistributedMap.__init__)
    assert field_names(sfn.DistributedMapJsonPathProps) == keywords_of(sfn.DistributedMap.json_path)
    assert field_names(sfn.DistributedMapJsonataProps) == keywords_of(sfn.DistributedMap.jsonata)


def test_reader_writer_and_batcher_props_have_the_keywords_of_their_classes() -> None:
    pairs = [
        (sfn.S3FileItemReaderProps, sfn.S3JsonItemReader),
        (sfn.S3FileItemReaderProps, sfn.S3JsonLItemReader),
        (sfn.S3FileItemReaderProps, sfn.S3ManifestItemReader),
        (sfn.S3CsvItemReaderProps, sfn.S3CsvItemReader),
        (sfn.S3ObjectsItemReaderProps, sfn.S3ObjectsItemReader),
        (sfn.ItemBatcherProps, sfn.ItemBatcher),
        (sfn.ResultWriterProps, sfn.ResultWriter),
        (sfn.ResultWriterV2Props, sfn.ResultWriterV2),
        (sfn.WriterConfigProps, sfn.WriterConfig),
    ]
    for props, cls in pairs:
        assert field_names(props) == keywords_of(cls.__init__), cls.__name__


def test_jsonata_factory_sets_the_query_language(stack: Stack) -> None:
    state = sfn.DistributedMap.jsonata(stack, "Map", items=sfn.ProvideItems.jsonata("{% [1] %}"))
    assert state.query_language is sfn.QueryLanguage.JSONATA
