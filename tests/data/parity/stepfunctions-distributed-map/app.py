"""Step Functions DistributedMap: every item reader (JSON, JSON lines, CSV with given headers and a delimiter, CSV with a header row, an S3 inventory manifest, the objects under a prefix), on a bucket of the stack, an imported bucket and a JSON path to the bucket name; an ItemBatcher with limits, limit paths and a batch input; ResultWriter and ResultWriterV2 (bucket, bucket name path, writer config only) side by side, so the `useDistributedMapResultWriterV2` flag picks one; label, tolerated failure count and percentage (and their paths), map_execution_type EXPRESS, item_selector, items_path, max_concurrency and its path, result_path, result_selector, retry and catch; a DistributedMap nested in an inline Map and in a Parallel branch; a JSONata machine (the `jsonata` factories, items given by an expression, JSONata item selector and concurrency, outputs and assign) in a stack with an environment; the json_path factory."""
import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "stepfunctions-distributed-map")

bucket = s3.Bucket(stack, "Data", removal_policy=cdk.RemovalPolicy.DESTROY)
results = s3.Bucket(stack, "Results", removal_policy=cdk.RemovalPolicy.DESTROY)
archive = s3.Bucket.from_bucket_name(stack, "Archive", "archive-bucket")

orders = sfn.DistributedMap(
    stack,
    "Orders",
    comment="one child execution per batch of orders",
    item_reader=sfn.S3JsonItemReader(bucket=bucket, key="orders.json", max_items=1000),
    item_batcher=sfn.ItemBatcher(max_items_per_batch=50, max_input_bytes_per_batch=65536, batch_input={"source": "orders"}),
    item_selector={"order.$": "$$.Map.Item.Value", "run.$": "$.run"},
    result_writer=sfn.ResultWriter(bucket=results, prefix="orders-v1"),
    result_writer_v2=sfn.ResultWriterV2(
        bucket=results,
        prefix="orders",
        writer_config=sfn.WriterConfig(output_type=sfn.OutputType.JSONL, transformation=sfn.Transformation.FLATTEN),
    ),
    label="orders",
    tolerated_failure_percentage=5,
    map_execution_type=sfn.StateMachineType.EXPRESS,
    max_concurrency=20,
    result_path="$.orders",
    result_selector={"written.$": "$.ResultWriterDetails"},
)
orders.item_processor(sfn.Pass(stack, "HandleOrder", parameters={"id.$": "$.order.id"}))
orders.add_retry(errors=[sfn.Errors.ALL], max_attempts=2)
failed = sfn.Fail(stack, "Failed", error="MapFailed")
orders.add_catch(failed, result_path="$.error")

rows = sfn.DistributedMap(
    stack,
    "Rows",
    item_reader=sfn.S3CsvItemReader(
        bucket=archive,
        key="rows.csv",
        csv_headers=sfn.CsvHeaders.use(["id", "amount"]),
        csv_delimiter=sfn.CsvDelimiter.SEMICOLON,
    ),
    item_batcher=sfn.ItemBatcher(max_items_per_batch_path="$.batchSize", max_input_bytes_per_batch_path="$.batchBytes"),
    result_writer=sfn.ResultWriter(bucket=archive),
    result_writer_v2=sfn.ResultWriterV2(bucket_name_path=sfn.JsonPath.string_at("$.outputBucket"), prefix="rows"),
    tolerated_failure_count_path="$.tolerated",
    tolerated_failure_percentage_path="$.toleratedPercent",
    max_concurrency_path="$.concurrency",
)
rows.item_processor(sfn.Pass(stack, "HandleRow"))

headed = sfn.DistributedMap(
    stack,
    "Headed",
    item_reader=sfn.S3CsvItemReader(bucket=archive, key="headed.csv", csv_headers=sfn.CsvHeaders.use_first_row(), max_items=10),
    tolerated_failure_count=3,
    result_writer_v2=sfn.ResultWriterV2(
        writer_config=sfn.WriterConfig(output_type=sfn.OutputType.JSON, transformation=sfn.Transformation.COMPACT)
    ),
)
headed.item_processor(sfn.Pass(stack, "HandleHeaded"))

lines = sfn.DistributedMap(
    stack,
    "Lines",
    item_reader=sfn.S3JsonLItemReader(bucket_name_path=sfn.JsonPath.string_at("$.linesBucket"), key=sfn.JsonPath.string_at("$.linesKey")),
)
lines.item_processor(sfn.Pass(stack, "HandleLine"))

listed = sfn.DistributedMap(
    stack,
    "Listed",
    item_reader=sfn.S3ObjectsItemReader(bucket=bucket, prefix="incoming/", max_items=500),
    label="listed",
)
listed.item_processor(sfn.Pass(stack, "HandleObject"))

anywhere = sfn.DistributedMap(
    stack,
    "Anywhere",
    item_reader=sfn.S3ObjectsItemReader(bucket_name_path=sfn.JsonPath.string_at("$.bucket")),
)
anywhere.item_processor(sfn.Pass(stack, "HandleAnywhere"))

inventory = sfn.DistributedMap.json_path(
    stack,
    "Inventory",
    item_reader=sfn.S3ManifestItemReader(bucket=archive, key="inventory/manifest.json"),
    label="inventory",
)
inventory.item_processor(sfn.Pass(stack, "HandleInventoryItem"))

from_input = sfn.DistributedMap(stack, "FromInput", items_path="$.items", state_name="Items from input")
from_input.item_processor(sfn.Pass(stack, "HandleItem"), execution_type=sfn.ProcessorType.STANDARD)
outer = sfn.Map(stack, "Outer", items_path="$.groups").item_processor(from_input)

branch_map = sfn.DistributedMap(stack, "BranchMap", items_path="$.branchItems", label="branch")
branch_map.item_processor(sfn.Pass(stack, "HandleBranchItem"))
parallel = sfn.Parallel(stack, "Fanout").branch(branch_map).branch(sfn.Pass(stack, "Other"))

definition = (
    sfn.Chain.start(orders)
    .next(rows)
    .next(headed)
    .next(lines)
    .next(listed)
    .next(anywhere)
    .next(inventory)
    .next(outer)
    .next(parallel)
)
sfn.StateMachine(stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(definition))

# A second machine with labelled maps only: the redrive statement names each label.
first = sfn.DistributedMap(stack, "First", label="first", items_path="$.a")
first.item_processor(sfn.Pass(stack, "FirstItem"))
second = sfn.DistributedMap(stack, "Second", label="second", items_path="$.b")
second.item_processor(sfn.Pass(stack, "SecondItem"))
sfn.StateMachine(stack, "Labelled", definition_body=sfn.DefinitionBody.from_chainable(first.next(second)))

jsonata_stack = cdk.Stack(
    app, "stepfunctions-distributed-map-jsonata", env=cdk.Environment(account="123456789012", region="eu-west-1")
)
source = s3.Bucket(jsonata_stack, "Source", removal_policy=cdk.RemovalPolicy.DESTROY)
files = sfn.DistributedMap.jsonata(
    jsonata_stack,
    "Files",
    item_reader=sfn.S3JsonItemReader(bucket=source, key="{% $states.input.key %}"),
    item_batcher=sfn.ItemBatcher(max_items_per_batch=10, batch_input={"run": "{% $states.input.run %}"}),
    jsonata_item_selector="{% {'value': $states.context.Map.Item.Value} %}",
    jsonata_max_concurrency="{% $states.input.concurrency %}",
    result_writer=sfn.ResultWriter(bucket=source, prefix="out-v1"),
    result_writer_v2=sfn.ResultWriterV2(bucket=source, prefix="{% $states.input.prefix %}"),
    tolerated_failure_count=2,
    tolerated_failure_percentage=10,
    label="files",
    outputs={"written": "{% $states.result.ResultWriterDetails %}"},
    assign={"mapped": "{% true %}"},
)
files.item_processor(sfn.Pass.jsonata(jsonata_stack, "HandleFile"))
inline_items = sfn.DistributedMap.jsonata(
    jsonata_stack,
    "InlineItems",
    items=sfn.ProvideItems.jsonata("{% [1, 2, 3] %}"),
    item_selector={"n": "{% $states.context.Map.Item.Value %}"},
    max_concurrency=2,
    map_execution_type=sfn.StateMachineType.EXPRESS,
)
inline_items.item_processor(sfn.Pass.jsonata(jsonata_stack, "HandleNumber"))
sfn.StateMachine(
    jsonata_stack,
    "JsonataMachine",
    query_language=sfn.QueryLanguage.JSONATA,
    definition_body=sfn.DefinitionBody.from_chainable(files.next(inline_items)),
)

app.synth()
