import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb, aws_lambda as lambda_
from aws_cdk.aws_lambda_event_sources import DynamoEventSource

class EchoFunction(lambda_.Function):
    def __init__(self, scope, id):
        super().__init__(scope, id, handler="index.handler", runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline("exports.handler = async (event) => { console.log(JSON.stringify(event)); return { event }; }"))

app = cdk.App()
stack = cdk.Stack(app, "integ-lambda-ddb-bool-filter")
fn = EchoFunction(stack, "OnInsert")
table = dynamodb.Table(stack, "Flags", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    stream=dynamodb.StreamViewType.NEW_IMAGE, removal_policy=cdk.RemovalPolicy.DESTROY)
fn.add_event_source(DynamoEventSource(table, batch_size=5, starting_position=lambda_.StartingPosition.LATEST,
    filters=[lambda_.FilterCriteria.filter({
        "eventName": lambda_.FilterRule.is_equal("INSERT"),
        "dynamodb": {"NewImage": {"id": {"BOOL": lambda_.FilterRule.is_equal(True)}}},
    })]))
app.synth()
