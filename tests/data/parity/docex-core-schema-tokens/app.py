import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_sqs as sqs

try:
    from jsii import implements
except ImportError:

    def implements(*_interfaces):
        return lambda cls: cls


class Produces:
    def __init__(self, value):
        self.value = value

    def produce(self, context=None):
        return self.value


@implements(cdk.IStableStringProducer)
class ProducesString(Produces):
    pass


@implements(cdk.IStableNumberProducer)
class ProducesNumber(Produces):
    pass


@implements(cdk.IStableAnyProducer)
class ProducesAny(Produces):
    pass


app = cdk.App()
stack = cdk.Stack(app, "docex-core-schema-tokens")
limit = cdk.CfnParameter(stack, "Limit", type="Number")

# Tokens that resolve to literals are checked as those literals; references are left to CloudFormation.
queue = sqs.CfnQueue(
    stack,
    "Queue",
    delay_seconds=cdk.Lazy.number(ProducesNumber(2000)),
    maximum_message_size=limit.value_as_number,
    queue_name=cdk.Lazy.string(ProducesString("q" * 100)),
)
cdk.Validations.of(queue).acknowledge(cdk.Acknowledgment(id="CloudFormation-Validate::F3034", reason="lazy"))
function = lambda_.CfnFunction(
    stack,
    "Fn",
    role=cdk.Fn.import_value("RoleArn"),
    code=lambda_.CfnFunction.CodeProperty(zip_file="exports.handler = () => {}"),
    runtime="nodejs22.x",
    handler="index.handler",
    package_type=cdk.Lazy.string(ProducesString("Jar")),
    description=queue.attr_arn,
    timeout=cdk.Token.as_number(cdk.Fn.ref("Limit")),
)
function.add_property_override("KmsKeyArn", cdk.Lazy.any(ProducesAny(["key"])))
cdk.Validations.of(function).acknowledge(cdk.Acknowledgment(id="CloudFormation-Validate::F3012", reason="lazy"))
app.synth()
